// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { SimulatorDeps, SimulatorOptions } from "./deps.js";
import { Exchange } from "./exchange.js";
import type { Market } from "./market.js";
export { signaturesEqual } from "./server/auth.js";
export { issueField, validationError } from "./server/validation.js";
export interface FaultError {
	readonly code: number;
	readonly msg: string;
}
export interface Faults {
	/** Terminates every open connection abruptly (no close frame); the server keeps accepting. */
	dropConnections(): void;
	/** Delays every reply (not events) by `ms`; 0 turns the delay off. */
	delayReplies(ms: number): void;
	/** Sends a frame that is not valid JSON to every connection (default: a truncated reply). */
	sendMalformedFrame(text?: string): void;
	/** The next request to this destination or operationId fails with `error` (queued, once each). */
	failNext(destinationOrOperationId: string, error: FaultError): void;
	/** Silent: ignore requests and pings, push no events, enforce no ping rule; stay connected. */
	goSilent(on?: boolean): void;
	/** Turns every fault off. */
	reset(): void;
}
export interface Simulator {
	readonly url: string;
	readonly port: number;
	readonly faults: Faults;
	readonly exchange: Exchange;
	readonly market: Market;
	/** Runs one market tick now (fills crossing orders, pushes events). */
	tick(): void;
	/** Number of open connections. */
	connectionCount(): number;
	close(): Promise<void>;
}
/** The running simulator (the name the generated glue uses). */
export type RunningSimulator = Simulator;
export type { SimulatorOptions } from "./deps.js";
export declare function createSimulator(deps: SimulatorDeps, options: SimulatorOptions): Promise<Simulator>;
//# sourceMappingURL=server.d.ts.map