// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The state one running simulator shares between its parts: the resolved options, the spec's
* envelope and signing, the exchange, the routing table, the open connections and the faults.
*/
import type { OperationSpec, ProtocolSpec } from "../../runtime/spec.js";
import type { SimulatorDeps, SimulatorRequestLog } from "../deps.js";
import type { Exchange } from "../exchange.js";
import type { Market } from "../market.js";
import type { FaultError } from "../server.js";
import type { OhlcSubscription, StreamKind } from "./streams.js";
/**
* What the simulator uses of a `ws` socket. Declared here rather than imported from 'ws' so the
* package's declarations need no @types/ws: a consumer type-checking libraries needs only what the
* package depends on.
*/
export interface ServerSocket {
	readonly readyState: number;
	send(data: string): void;
	close(code?: number, reason?: string): void;
	terminate(): void;
}
export interface Connection {
	readonly id: number;
	readonly ws: ServerSocket;
	readonly quotes: Set<string>;
	readonly depth: Set<string>;
	readonly trades: Set<string>;
	readonly ohlc: Map<string, OhlcSubscription>;
	heartbeat: NodeJS.Timeout | undefined;
	readonly rate: Map<string, {
		t: number;
		w: number;
	}[]>;
}
export interface Route {
	readonly op: OperationSpec;
	readonly version: string;
}
export interface SimState {
	readonly deps: SimulatorDeps;
	readonly spec: ProtocolSpec;
	readonly env: ProtocolSpec["envelope"];
	readonly signing: ProtocolSpec["signing"];
	readonly now: () => number;
	readonly heartbeatTimeoutMs: number;
	readonly rateLimitsOn: boolean;
	readonly recvWindowDefault: number;
	readonly errorStatus: string;
	readonly depthLevels: number;
	/** apiKey → apiSecret. */
	readonly secrets: ReadonlyMap<string, string>;
	readonly exchange: Exchange;
	readonly market: Market;
	/** Destination → operation and version. */
	readonly routes: ReadonlyMap<string, Route>;
	/** Versioned destinations split around the version: used to tell "wrong version" apart. */
	readonly templates: readonly {
		readonly prefix: string;
		readonly suffix: string;
	}[];
	/** The event destination of each stream the document declares. */
	readonly streamEvents: ReadonlyMap<StreamKind, string>;
	readonly signingFields: ReadonlySet<string>;
	readonly connections: Set<Connection>;
	/** Queued failures by destination or operationId (faults.failNext). */
	readonly failures: Map<string, FaultError[]>;
	readonly pendingTimers: Set<NodeJS.Timeout>;
	/** The request log (options.onRequest). */
	readonly onRequest: ((entry: SimulatorRequestLog) => void) | undefined;
	/** Set when a signature is refused, for the request log: the canonical text expected. */
	refusedCanonical: string | undefined;
	silent: boolean;
	replyDelayMs: number;
	closed: boolean;
	nextConnectionId: number;
}
//# sourceMappingURL=state.d.ts.map