// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * A seeded, deterministic simulated market: every instrument's price does a random walk, one step
 * per tick. The market produces what the API's streams and market-data requests carry: quotes
 * (`internal.quote`), full depth snapshots (`marketdepth.event`), trades (`internal.trade`),
 * OHLC bars (`ohlc.event`, classic and Heikin-Ashi) and kline history. No I/O and no clock of its
 * own: the caller passes the time to every tick.
 */
import { Dec } from './decimal.js';
import type { InstrumentDef } from './instruments.js';
export declare const INTERVAL_MS: {
    readonly '1m': 60000;
    readonly '5m': 300000;
    readonly '15m': 900000;
    readonly '30m': 1800000;
    readonly '1h': 3600000;
    readonly '4h': 14400000;
    readonly '1d': 86400000;
    readonly '1w': 604800000;
};
export type Interval = keyof typeof INTERVAL_MS;
export declare const INTERVALS: Interval[];
/** `1m` or its legacy alias `M1` → `1m`; anything else → undefined. */
export declare function normalizeInterval(value: unknown): Interval | undefined;
export type CandleType = 'classic' | 'heikin-ashi';
/** `classic`, or any of the Heikin-Ashi spellings in use (Swagger transcriptions, rousime/n8n-nodes-dzengi). */
export declare function normalizeCandleType(value: unknown): CandleType | undefined;
export declare function barIndex(time: number, interval: Interval): number;
export declare function barOpenTimeOfIndex(index: number, interval: Interval): number;
/** The open time of the bar that contains `time`. */
export declare function barOpenTime(time: number, interval: Interval): number;
export interface Bar {
    /** Open time, ms. */
    readonly t: number;
    readonly o: Dec;
    readonly h: Dec;
    readonly l: Dec;
    readonly c: Dec;
    readonly volume: number;
}
/**
 * The Heikin-Ashi bar of `bar` given the previous Heikin-Ashi bar:
 * close = (o+h+l+c)/4, open = (prevOpen+prevClose)/2 (or (o+c)/2 without a previous bar),
 * high = max(h, open, close), low = min(l, open, close); open and close rounded half-up to `dp`.
 */
export declare function heikinAshiNext(bar: Bar, prev: Bar | undefined, dp: number): Bar;
/** Heikin-Ashi bars of a classic series, oldest first. */
export declare function heikinAshi(bars: readonly Bar[], dp: number, prev?: Bar): Bar[];
/** `internal.quote` payload. */
export interface QuoteEvent {
    symbolName: string;
    bid: number;
    bidQty: number;
    ofr: number;
    ofrQty: number;
    timestamp: number;
}
/** `internal.trade` payload. */
export interface TradeEvent {
    symbol: string;
    price: number;
    size: number;
    id: number;
    ts: number;
    orderId: string;
    clientOrderId: string;
    buyer: boolean;
}
/** `marketdepth.event` payload (data as an object, as the Swagger model and current ccxt have it). */
export interface DepthEvent {
    symbol: string;
    data: {
        ts: number;
        bid: Record<string, number>;
        ofr: Record<string, number>;
    };
}
/** `ohlc.event` payload. */
export interface OhlcEvent {
    symbol: string;
    interval: string;
    type: string;
    t: number;
    o: number;
    h: number;
    l: number;
    c: number;
}
/** The current best prices of a symbol, as decimals. */
export interface Quote {
    readonly symbol: string;
    readonly bid: Dec;
    readonly ofr: Dec;
    readonly bidQty: Dec;
    readonly ofrQty: Dec;
    readonly timestamp: number;
}
export interface TradeRecord {
    readonly symbol: string;
    readonly id: number;
    readonly price: Dec;
    readonly size: Dec;
    readonly ts: number;
    readonly buyer: boolean;
    readonly orderId: string;
    readonly clientOrderId: string;
}
export interface DepthLevel {
    readonly price: Dec;
    readonly qty: Dec;
}
export interface DepthBook {
    readonly symbol: string;
    readonly ts: number;
    readonly updateId: number;
    /** Best first. */
    readonly bids: readonly DepthLevel[];
    /** Best first. */
    readonly asks: readonly DepthLevel[];
}
export interface TickResult {
    readonly time: number;
    readonly quotes: readonly Quote[];
    /** Market trades of this tick plus trades recorded (user fills) since the last tick. */
    readonly trades: readonly TradeRecord[];
}
export interface KlineQuery {
    readonly startTime?: number;
    readonly endTime?: number;
    readonly limit?: number;
    readonly type?: CandleType;
}
export interface Ticker24h {
    readonly symbol: string;
    readonly openPrice: Dec;
    readonly highPrice: Dec;
    readonly lowPrice: Dec;
    readonly lastPrice: Dec;
    readonly lastQty: Dec;
    readonly bidPrice: Dec;
    readonly askPrice: Dec;
    readonly volume: Dec;
    readonly quoteVolume: Dec;
    readonly weightedAvgPrice: Dec;
    readonly prevClosePrice: Dec;
    readonly openTime: number;
    readonly closeTime: number;
}
export interface MarketOptions {
    readonly seed: number;
    readonly instruments: readonly InstrumentDef[];
    /** The time of the market's first quote (ms). */
    readonly startTime: number;
    /** Depth levels kept per side in the book (default 50). */
    readonly bookLevels?: number;
}
export declare class Market {
    readonly seed: number;
    readonly startTime: number;
    private readonly symbols;
    private readonly bookLevels;
    private tickCount;
    private nextTradeId;
    private pending;
    constructor(options: MarketOptions);
    /** Symbols the market quotes, in definition order. */
    symbolNames(): string[];
    has(symbol: string): boolean;
    /** How many ticks have run. */
    get ticks(): number;
    /** Advances every instrument by one random-walk step at time `now`. */
    tick(now: number): TickResult;
    /** Records a trade (e.g. a user's fill): kept for aggTrades and pushed with the next tick. */
    recordTrade(symbol: string, price: Dec, size: Dec, buyer: boolean, ts: number, orderId: string, clientOrderId?: string): TradeRecord;
    quote(symbol: string): Quote;
    /** The mid price, rounded to the tick. */
    mid(symbol: string): Dec;
    quoteEvent(symbol: string): QuoteEvent;
    /** The visible book, best level first, `levels` per side (at most the book's depth). */
    depth(symbol: string, levels?: number): DepthBook;
    depthEvent(symbol: string, levels?: number): DepthEvent;
    /** The bar being built now for (symbol, interval), classic or Heikin-Ashi. */
    currentBar(symbol: string, interval: Interval, type?: CandleType): Bar;
    ohlcEvent(symbol: string, interval: Interval, type: CandleType, intervalAsSent?: string, typeAsSent?: string): OhlcEvent;
    /**
     * Kline history up to `now`, oldest first: bars opened before the market started are synthetic
     * (a deterministic function of seed, symbol, interval and bar index that ends at the initial
     * price); later bars are the live ones.
     */
    klines(symbol: string, interval: Interval, now: number, query?: KlineQuery): Bar[];
    /** Recent trades of a symbol, oldest first, optionally within [startTime, endTime]. */
    trades(symbol: string, query?: {
        startTime?: number;
        endTime?: number;
        limit?: number;
    }): TradeRecord[];
    lastTrade(symbol: string): TradeRecord | undefined;
    /** 24 hour statistics, from the hourly bars. */
    ticker24h(symbol: string, now: number): Ticker24h;
    private state;
    private seriesOf;
    private bidOf;
    private ofrOf;
    private quoteOfState;
    /** A quantity between 0.2 and 1.8 typical sizes, on the lot step, at least the minimum. */
    private randomQty;
    private addTrade;
    private prefillTrades;
    /** Moves the live bar of `interval` to time `now`; `price` updates OHLC, `volume` adds. */
    private updateSeries;
    private barAt;
    /** Relative volatility of one bar of `interval`. */
    private barVol;
    private pathValue;
    /** Synthetic close of bar k: the initial price at the bar before the start, a wave before it. */
    private syntheticClose;
    private snap;
    private syntheticBar;
}
//# sourceMappingURL=market.d.ts.map