// Generated from asyncapi.yaml and templates/simulator/candles.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Candles of the simulated market: the intervals and candle types the streams and kline requests
* accept (with the spellings in use), where a bar of an interval opens, and Heikin-Ashi bars.
*/
import { Dec } from "./decimal.js";
// ---------------------------------------------------------------------------------------------
// Intervals and candle types
export const INTERVAL_MS = {
	"1m": 6e4,
	"5m": 3e5,
	"15m": 9e5,
	"30m": 18e5,
	"1h": 36e5,
	"4h": 144e5,
	"1d": 864e5,
	"1w": 6048e5
};
export const INTERVALS = Object.keys(INTERVAL_MS);
/** Legacy spellings seen in ccxt (ts/src/pro/currencycom.ts). */
const INTERVAL_ALIASES = {
	M1: "1m",
	M5: "5m",
	M15: "15m",
	M30: "30m",
	H1: "1h",
	H4: "4h",
	D1: "1d",
	W1: "1w"
};
/** `1m` or its legacy alias `M1` → `1m`; anything else → undefined. */
export function normalizeInterval(value) {
	if (typeof value !== "string") return undefined;
	if (Object.prototype.hasOwnProperty.call(INTERVAL_MS, value)) return value;
	return INTERVAL_ALIASES[value];
}
/** `classic`, or any of the Heikin-Ashi spellings in use (Swagger transcriptions, rousime/n8n-nodes-dzengi). */
export function normalizeCandleType(value) {
	if (value === undefined || value === null) return "classic";
	if (typeof value !== "string") return undefined;
	const v = value.toLowerCase().replace(/[\s_-]/g, "");
	if (v === "classic") return "classic";
	if (v === "heikinashi" || v === "heikenashi") return "heikin-ashi";
	return undefined;
}
/** Epoch 1970-01-01 was a Thursday; weekly bars open on Monday 00:00 UTC. */
const WEEK_OFFSET = 4 * 864e5;
function intervalOffset(interval) {
	return interval === "1w" ? WEEK_OFFSET : 0;
}
export function barIndex(time, interval) {
	return Math.floor((time - intervalOffset(interval)) / INTERVAL_MS[interval]);
}
export function barOpenTimeOfIndex(index, interval) {
	return index * INTERVAL_MS[interval] + intervalOffset(interval);
}
/** The open time of the bar that contains `time`. */
export function barOpenTime(time, interval) {
	return barOpenTimeOfIndex(barIndex(time, interval), interval);
}
/**
* The Heikin-Ashi bar of `bar` given the previous Heikin-Ashi bar:
* close = (o+h+l+c)/4, open = (prevOpen+prevClose)/2 (or (o+c)/2 without a previous bar),
* high = max(h, open, close), low = min(l, open, close); open and close rounded half-up to `dp`.
*/
export function heikinAshiNext(bar, prev, dp) {
	const c = bar.o.add(bar.h).add(bar.l).add(bar.c).divInt(4).round(dp, "half-up");
	const o = (prev ? prev.o.add(prev.c) : bar.o.add(bar.c)).divInt(2).round(dp, "half-up");
	const h = Dec.max(bar.h, Dec.max(o, c));
	const l = Dec.min(bar.l, Dec.min(o, c));
	return {
		t: bar.t,
		o,
		h,
		l,
		c,
		volume: bar.volume
	};
}
/** Heikin-Ashi bars of a classic series, oldest first. */
export function heikinAshi(bars, dp, prev) {
	const out = [];
	let p = prev;
	for (const bar of bars) {
		p = heikinAshiNext(bar, p, dp);
		out.push(p);
	}
	return out;
}
//# sourceMappingURL=candles.js.map