// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { Exchange, RequestContext } from "../exchange.js";
import { type Params } from "./params.js";
import { type LedgerEntry } from "./records.js";
export declare function account(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function leverageSettings(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function myTrades(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function tradingFees(ex: Exchange, ctx: RequestContext): unknown;
export declare function tradingLimits(ex: Exchange, ctx: RequestContext): unknown;
export declare function fundingLimits(ex: Exchange, ctx: RequestContext): unknown;
export declare function currencies(ex: Exchange, ctx: RequestContext): unknown;
export declare function depositAddress(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function transactionsOf(ex: Exchange, ctx: RequestContext, p: Params, keep: (e: LedgerEntry) => boolean): unknown;
//# sourceMappingURL=account.d.ts.map