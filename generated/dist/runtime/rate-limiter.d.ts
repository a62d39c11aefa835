// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { OperationSpec, RateLimitSpec } from "./spec.js";
export type RateLimitedOperation = Pick<OperationSpec, "id" | "weight" | "rateLimits">;
export interface RateLimiterOptions {
	/** Most calls allowed to wait at once (default 1000). */
	readonly maxQueue?: number;
	/** Default for `acquire`'s maxWaitMs (default 10000). */
	readonly maxWaitMs?: number;
	/** Clock in ms (default performance.now); injectable for tests. */
	readonly now?: () => number;
	/**
	* Extra ms every window lasts (default none). The server counts a request when it receives it,
	* up to a round trip after we counted it; the client passes its round-trip estimate so a slot
	* is reused only once the server's window has surely moved on too.
	*/
	readonly margin?: () => number;
}
export interface AcquireOptions {
	readonly signal?: AbortSignal | undefined;
	readonly maxWaitMs?: number | undefined;
}
export declare class RateLimiter {
	private readonly windows;
	private readonly charges;
	private readonly queue;
	private readonly maxQueue;
	private readonly defaultMaxWaitMs;
	private readonly now;
	private readonly margin;
	private timer;
	constructor(limits: readonly RateLimitSpec[], options?: RateLimiterOptions);
	/** Calls waiting for their turn. */
	get queued(): number;
	/** Units used now in the window of a limit. */
	used(limitId: string): number;
	/** How long `op` would have to wait now, ignoring the queue (Infinity: never). */
	waitTime(op: RateLimitedOperation): number;
	/** Takes a turn now when nobody is queued and every limit has room; otherwise false, nothing recorded. */
	tryAcquire(op: RateLimitedOperation): boolean;
	/** Records `op` without waiting (for sends that must go out, such as re-subscriptions). */
	consume(op: RateLimitedOperation): void;
	/** Waits for the turn of `op` (FIFO). Rejects ERR_RATE_LIMITED, ERR_QUEUE_FULL or ERR_ABORTED. */
	acquire(op: RateLimitedOperation, options?: AcquireOptions): Promise<void>;
	/** Rejects every waiting call (the client closed). */
	rejectAll(makeError: (op: RateLimitedOperation) => Error): void;
	private pump;
	private drop;
	private cleanup;
	private waitOf;
	private chargesOf;
}
//# sourceMappingURL=rate-limiter.d.ts.map