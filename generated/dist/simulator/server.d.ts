// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
/**
 * The local exchange simulator's WebSocket server: speaks the API's envelope protocol on
 * `ws://127.0.0.1:<port>/connect`, routes every frame by its destination to the operation that
 * declares it, validates, authenticates (apiKey, HMAC signature, timestamp/recvWindow), applies
 * the rate limits, enforces the ping rule, answers from the simulated exchange and pushes the
 * subscribed market data streams. `faults` injects failures for client tests.
 */
import type { SimulatorDeps, SimulatorOptions, SimulatorValidationIssue } from './deps.js';
import { ApiError } from './errors.js';
import { Exchange } from './exchange.js';
import { type Market } from './market.js';
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
export type { SimulatorOptions } from './deps.js';
/** The top-level parameter an issue is about ('' if it cannot be told). */
export declare function issueField(issue: SimulatorValidationIssue): string;
/**
 * The error the API gives for failed validation, or undefined when only `ignored` fields are
 * concerned. Unknown parameters → -1104; a missing one → -1128; any other failure → -1100.
 */
export declare function validationError(issues: readonly SimulatorValidationIssue[], payload: Readonly<Record<string, unknown>>, ignored?: ReadonlySet<string>): ApiError | undefined;
/** Constant-time comparison of two signatures. */
export declare function signaturesEqual(given: string, expected: string): boolean;
export declare function createSimulator(deps: SimulatorDeps, options: SimulatorOptions): Promise<Simulator>;
//# sourceMappingURL=server.d.ts.map