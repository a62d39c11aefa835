// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
/**
 * The simulated exchange: accounts, balances, orders, fills, leverage positions and the market
 * data requests, with the API's field names, reply shapes and error codes (catalogue sections 2,
 * 5). Pure and deterministic: no I/O, time comes from the injected clock, randomness from the
 * seeded market. Every operation is a method; `request(operationId, params, ctx)` dispatches by
 * the API's operationIds and throws `ApiError` for what the API would refuse.
 */
import { ApiError } from './errors.js';
import { type AssetDef, type InstrumentDef } from './instruments.js';
import { Market, type TickResult } from './market.js';
export type Params = Readonly<Record<string, unknown>>;
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
}
export type Side = 'BUY' | 'SELL';
export type OrderType = 'LIMIT' | 'MARKET' | 'STOP';
export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED' | 'REJECTED';
export type TimeInForce = 'GTC' | 'IOC' | 'FOK';
type Handler = (ctx: RequestContext, params: Params) => unknown;
export declare class Exchange {
    readonly market: Market;
    readonly now: () => number;
    private readonly instruments;
    private readonly bySymbol;
    private readonly assets;
    private readonly accounts;
    private readonly orders;
    private readonly positions;
    private readonly history;
    private readonly seed;
    private orderSeq;
    private positionSeq;
    private tradeSeq;
    private requestSeq;
    private ledgerSeq;
    private execSeq;
    /** operationId → handler. */
    readonly handlers: Readonly<Record<string, Handler>>;
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
    time(): {
        serverTime: number;
    };
    exchangeInfo(ctx: RequestContext): unknown;
    private symbolInfo;
    depth(ctx: RequestContext, p: Params): unknown;
    aggTrades(ctx: RequestContext, p: Params): unknown;
    klines(ctx: RequestContext, p: Params): unknown;
    ticker24hr(ctx: RequestContext, p: Params): unknown;
    account(ctx: RequestContext, p: Params): unknown;
    leverageSettings(ctx: RequestContext, p: Params): unknown;
    myTrades(ctx: RequestContext, p: Params): unknown;
    tradingFees(ctx: RequestContext): unknown;
    tradingLimits(ctx: RequestContext): unknown;
    fundingLimits(ctx: RequestContext): unknown;
    currencies(ctx: RequestContext): unknown;
    depositAddress(ctx: RequestContext, p: Params): unknown;
    private transactionsOf;
    createOrder(ctx: RequestContext, p: Params): unknown;
    private createLeverageOrder;
    cancelOrder(ctx: RequestContext, p: Params): unknown;
    openOrders(ctx: RequestContext, p: Params): unknown;
    fetchOrder(ctx: RequestContext, p: Params): unknown;
    updateTradingOrder(ctx: RequestContext, p: Params): unknown;
    tradingPositions(ctx: RequestContext): unknown;
    tradingPositionsHistory(ctx: RequestContext, p: Params): unknown;
    updateTradingPosition(ctx: RequestContext, p: Params): unknown;
    closeTradingPosition(ctx: RequestContext, p: Params): unknown;
    private addAccount;
    private ledgerAdd;
    private accountOf;
    private accountFor;
    private assetDef;
    private balanceOf;
    private precisionOf;
    /** Spot money: notional rounded against the customer, commission half-up, in the quote asset. */
    private spotAmounts;
    /** Leverage money: margin = notional / leverage (rounded up), fee = notional × tradingFee %. */
    private leverageAmounts;
    private marginFraction;
    private checkTpSl;
    private newOrder;
    private lock;
    private unlock;
    private fillSpot;
    private recordFill;
    private openPosition;
    private closePosition;
    private report;
    /** Fills resting orders the market has crossed, expires old ones, triggers TP/SL. */
    private processBook;
    private fmtPrice;
    private fillView;
    private orderResult;
    private positionView;
}
export { ApiError };
//# sourceMappingURL=exchange.d.ts.map