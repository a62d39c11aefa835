// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Exponential backoff with jitter for reconnecting.
*
* - `full` (default): delay = random × min(maxDelayMs, initialDelayMs × factor^attempt).
* - `decorrelated`: delay = min(maxDelayMs, random between initialDelayMs and previous × 3).
* - `none`: delay = min(maxDelayMs, initialDelayMs × factor^attempt).
*
* `random` is injectable for tests (a function returning [0, 1)).
*/
export type Jitter = "full" | "decorrelated" | "none";
export interface BackoffOptions {
	readonly initialDelayMs?: number;
	readonly maxDelayMs?: number;
	readonly factor?: number;
	readonly jitter?: Jitter;
	readonly random?: () => number;
}
export declare class Backoff {
	readonly initialDelayMs: number;
	readonly maxDelayMs: number;
	readonly factor: number;
	readonly jitter: Jitter;
	private readonly random;
	private attempt;
	private previous;
	constructor(options?: BackoffOptions);
	/** Number of delays handed out since the last reset. */
	get attempts(): number;
	/** The delay before the next attempt, in ms. */
	next(): number;
	/** Starts over after a success. */
	reset(): void;
}
//# sourceMappingURL=backoff.d.ts.map