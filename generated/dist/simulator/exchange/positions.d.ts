// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Leverage positions: listing, history, updating take-profit/stop-loss, opening and closing, execution reports. */
import { Dec } from "../decimal.js";
import type { Exchange, RequestContext } from "../exchange.js";
import { type Params } from "./params.js";
import { type Account, type ExecReport, type Order, type Position } from "./records.js";
export declare function tradingPositions(ex: Exchange, ctx: RequestContext): unknown;
export declare function tradingPositionsHistory(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function updateTradingPosition(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function closeTradingPosition(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function openPosition(ex: Exchange, acct: Account, order: Order, price: Dec, now: number): boolean;
export declare function closePosition(ex: Exchange, pos: Position, source: "USER" | "TP" | "SL", now: number): void;
export declare function report(ex: Exchange, pos: Position, status: ExecReport["status"], source: ExecReport["source"], price: Dec, quantity: Dec, fee: Dec, now: number, rpl?: Dec): void;
//# sourceMappingURL=positions.d.ts.map