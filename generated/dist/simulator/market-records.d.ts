// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* What the simulated market hands out: the stream payloads it produces (quotes, trades, depth,
* OHLC bars) and its own records of quotes, trades, depth books, ticks and 24-hour tickers.
*/
import type { CandleType } from "./candles.js";
import type { Dec } from "./decimal.js";
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
//# sourceMappingURL=market-records.d.ts.map