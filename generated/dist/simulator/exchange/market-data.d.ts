// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { Exchange, RequestContext } from "../exchange.js";
import type { InstrumentDef } from "../instruments.js";
import { type Params } from "./params.js";
export declare function time(ex: Exchange): {
	serverTime: number;
};
export declare function exchangeInfo(ex: Exchange, ctx: RequestContext): unknown;
export declare function symbolInfo(ex: Exchange, i: InstrumentDef): Record<string, unknown>;
export declare function depth(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function aggTrades(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function klines(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function ticker24hr(ex: Exchange, ctx: RequestContext, p: Params): unknown;
//# sourceMappingURL=market-data.d.ts.map