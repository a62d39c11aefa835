// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { OperationSpec } from "../../runtime/spec.js";
import { type CandleType, type Interval } from "../candles.js";
import type { TickResult } from "../market-records.js";
import type { Connection, SimState } from "./state.js";
export type StreamKind = "quotes" | "depth" | "trades" | "ohlc";
/** The subscribe operations the simulator serves, by the API's operationIds. */
export declare const STREAM_OPERATIONS: Readonly<Record<string, {
	kind: StreamKind;
	defaultEvent: string;
}>>;
export interface OhlcSubscription {
	readonly symbol: string;
	readonly interval: Interval;
	readonly intervalAsSent: string;
	readonly type: CandleType;
	readonly typeAsSent: string;
}
export declare function subscribe(sim: SimState, conn: Connection, op: OperationSpec, payload: Record<string, unknown>): {
	reply: unknown;
	after: () => void;
};
export declare function pushTick(sim: SimState, result: TickResult): void;
/** The event destination of a stream: the document's, else the API's usual one. */
export declare function eventOf(sim: SimState, kind: StreamKind): string;
//# sourceMappingURL=streams.d.ts.map