// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The simulated exchange: accounts, balances, orders, fills, leverage positions and the market
* data requests, with the API's field names, reply shapes and error codes (as
* asyncapi.yaml describes them). Pure and deterministic: no I/O, time comes from the injected clock, randomness from the
* seeded market. Every operation is a handler (one module per area under exchange/);
* `request(operationId, params, ctx)` dispatches by the API's operationIds and throws `ApiError`
* for what the API would refuse.
*/
import { ApiError } from "./errors.js";
import { type AssetDef, type InstrumentDef } from "./instruments.js";
import { Market } from "./market.js";
import type { TickResult } from "./market-records.js";
import type { Params } from "./exchange/params.js";
import type { Account, ExecReport, Order, Position } from "./exchange/records.js";
export type { Params } from "./exchange/params.js";
export type { OrderStatus, OrderType, Side, TimeInForce } from "./exchange/records.js";
/** Who asks and through which API version (`''` = unversioned: every instrument). */
export interface RequestContext {
	readonly version: string;
	readonly apiKey?: string;
}
export interface ExchangeAccountOptions {
	readonly apiKey: string;
	/** Initial balances by asset (decimal strings); assets not named start with their default. */
	readonly balances?: Readonly<Record<string, string>>;
}
export interface ExchangeOptions {
	readonly accounts: readonly ExchangeAccountOptions[];
	readonly seed?: number;
	readonly now?: () => number;
	readonly instruments?: readonly InstrumentDef[];
	readonly assets?: readonly AssetDef[];
	/** A market to trade against; by default one is made from the seed and instruments. */
	readonly market?: Market;
	/**
	* Defaults of request parameters by operationId, as the document states them (the generated
	* spec's `defaults`). Ranges are not checked here: requests are validated against the
	* document before they reach the exchange, so client and simulator refuse the same values.
	*/
	readonly paramDefaults?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
type Handler = (ctx: RequestContext, params: Params) => unknown;
export declare class Exchange {
	readonly market: Market;
	readonly now: () => number;
	/** @internal */
	readonly instruments: readonly InstrumentDef[];
	/** @internal */
	readonly bySymbol: Map<string, InstrumentDef>;
	/** @internal */
	readonly assets: readonly AssetDef[];
	/** @internal */
	readonly accounts: Map<string, Account>;
	/** @internal */
	readonly orders: Map<string, Order>;
	/** @internal */
	readonly positions: Map<string, Position>;
	/** @internal */
	readonly history: ExecReport[];
	/** @internal */
	readonly seed: number;
	/** @internal */
	orderSeq: number;
	/** @internal */
	positionSeq: number;
	/** @internal */
	tradeSeq: number;
	/** @internal */
	requestSeq: number;
	/** @internal */
	ledgerSeq: number;
	/** @internal */
	execSeq: number;
	/** operationId → handler. */
	readonly handlers: Readonly<Record<string, Handler>>;
	/** @internal */
	readonly paramDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
	constructor(options: ExchangeOptions);
	/** Runs operation `operationId`; throws ApiError as the API would refuse. */
	request(operationId: string, params: Params, ctx: RequestContext): unknown;
	supports(operationId: string): boolean;
	hasApiKey(apiKey: string): boolean;
	/** Advances the market one step, then fills crossing orders and triggers TP/SL. */
	tick(now?: number): TickResult;
	/** A balance as decimal strings (for tests and tools). */
	balance(apiKey: string, asset: string): {
		free: string;
		locked: string;
		accountId: string;
	};
	/** The instruments listed in `version`. */
	listed(version: string): InstrumentDef[];
	/** The instrument of a symbol as a versioned request sees it, or -1121. */
	instrument(version: string, symbol: string): InstrumentDef;
}
export { ApiError };
//# sourceMappingURL=exchange.d.ts.map