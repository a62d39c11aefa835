// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* What the simulator needs from the generated package (spec, validator, signer) and the options
* it takes. The generated glue passes the generated `spec`, `validateRequest`, `canonicalString`
* and `sign`; tests pass hand-made ones.
*/
import type { ProtocolSpec } from "../runtime/spec.js";
export interface SimulatorValidationIssue {
	/** JSON pointer into the payload. */
	readonly path: string;
	/** The rule that failed, e.g. `required`, `additionalProperties`, `type`, `enum`. */
	readonly rule: string;
	readonly message: string;
}
export type SimulatorValidation = {
	readonly valid: true;
} | {
	readonly valid: false;
	readonly errors: readonly SimulatorValidationIssue[];
};
export interface SimulatorDeps {
	readonly spec: ProtocolSpec;
	/** Validates a request payload (the caller's parameters) against the destination's schema. */
	validateRequest(destination: string, payload: unknown): SimulatorValidation;
	/** The canonical string a signature is computed over. */
	canonicalString(payload: Record<string, unknown>): string;
	/** The signature of `payload` (without its signature field) under `secret`. */
	sign(payload: Record<string, unknown>, secret: string): string;
}
export interface SimulatorAccountOptions {
	readonly apiKey: string;
	readonly apiSecret: string;
	/** Initial balances by asset, as decimal strings (others start with the simulator's defaults). */
	readonly balances?: Readonly<Record<string, string>>;
}
/** One answered request, for a request log (`onRequest`). Never holds a secret. */
export interface SimulatorRequestLog {
	/** The destination asked for (absent when the frame had none). */
	readonly destination?: string;
	readonly correlationId?: string;
	/** The reply's status (the spec's OK status or the error status). */
	readonly status: string;
	/** The error replied, if any. */
	readonly error?: {
		readonly code: number | string;
		readonly msg: string;
	};
	/** For a refused signature: the canonical text the simulator signed to compare (the secret is not in it). */
	readonly expectedCanonical?: string;
}
export interface SimulatorOptions {
	/** TCP port; 0 (default) picks a free one. */
	readonly port?: number;
	/** Interface to listen on; default `127.0.0.1`. */
	readonly host?: string;
	/** The WebSocket path; default `/connect`. Upgrades to other paths are refused with 404. */
	readonly path?: string;
	/** The credentials of the one simulated account (or use `accounts`). */
	readonly apiKey?: string;
	readonly apiSecret?: string;
	/** Further accounts, each with its own key pair. */
	readonly accounts?: readonly SimulatorAccountOptions[];
	/** Close connections not pinged for this long; default `spec.heartbeat.serverTimeoutMs`. */
	readonly heartbeatTimeoutMs?: number;
	/** Seed of the simulated market (default 1): the same seed gives the same prices. */
	readonly seed?: number;
	/** Market tick period in ms (default 250); 0 = no automatic ticks (call `tick()`). */
	readonly tickMs?: number;
	/** The clock for timestamps, recvWindow and rate limits; default `Date.now`. */
	readonly now?: () => number;
	/** Enforce `spec.rateLimits` per connection (default true). */
	readonly rateLimits?: boolean;
	/** recvWindow when a signed request sends none (default 5000 ms). */
	readonly recvWindowDefault?: number;
	/** Status of error replies (default `ERROR`); success uses `spec.envelope.okStatus`. */
	readonly errorStatus?: string;
	/** Depth levels per side in `marketdepth.event` snapshots (default 10). */
	readonly depthLevels?: number;
	/** Called for every request answered (a request log); default none. */
	readonly onRequest?: (entry: SimulatorRequestLog) => void;
}
//# sourceMappingURL=deps.d.ts.map