// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Candles of the simulated market: the intervals and candle types the streams and kline requests
* accept (with the spellings in use), where a bar of an interval opens, and Heikin-Ashi bars.
*/
import { Dec } from "./decimal.js";
export declare const INTERVAL_MS: {
	readonly "1m": 60_000;
	readonly "5m": 300_000;
	readonly "15m": 900_000;
	readonly "30m": 1_800_000;
	readonly "1h": 3_600_000;
	readonly "4h": 14_400_000;
	readonly "1d": 86_400_000;
	readonly "1w": 604_800_000;
};
export type Interval = keyof typeof INTERVAL_MS;
export declare const INTERVALS: Interval[];
/** `1m` or its legacy alias `M1` → `1m`; anything else → undefined. */
export declare function normalizeInterval(value: unknown): Interval | undefined;
export type CandleType = "classic" | "heikin-ashi";
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
//# sourceMappingURL=candles.d.ts.map