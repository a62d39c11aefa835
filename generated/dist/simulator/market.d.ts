// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A seeded, deterministic simulated market: every instrument's price does a random walk, one step
* per tick. The market produces what the API's streams and market-data requests carry: quotes
* (`internal.quote`), full depth snapshots (`marketdepth.event`), trades (`internal.trade`),
* OHLC bars (`ohlc.event`, classic and Heikin-Ashi) and kline history. No I/O and no clock of its
* own: the caller passes the time to every tick.
*/
import { type Interval, type CandleType, type Bar } from "./candles.js";
import { Dec } from "./decimal.js";
import type { InstrumentDef } from "./instruments.js";
import type { QuoteEvent, DepthEvent, OhlcEvent, Quote, TradeRecord, DepthBook, TickResult, KlineQuery, Ticker24h } from "./market-records.js";
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