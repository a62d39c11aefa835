// Generated from asyncapi.yaml and templates/simulator/market.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A seeded, deterministic simulated market: every instrument's price does a random walk, one step
* per tick. The market produces what the API's streams and market-data requests carry: quotes
* (`internal.quote`), full depth snapshots (`marketdepth.event`), trades (`internal.trade`),
* OHLC bars (`ohlc.event`, classic and Heikin-Ashi) and kline history. No I/O and no clock of its
* own: the caller passes the time to every tick.
*/
import { INTERVAL_MS, INTERVALS, barIndex, barOpenTimeOfIndex, heikinAshiNext, heikinAshi } from "./candles.js";
import { Dec } from "./decimal.js";
import { Rng, hash32, hashUnit } from "./rng.js";
const MAX_BARS = 1e3;
const MAX_TRADES = 1e3;
const HA_WARMUP = 30;
function uuidLike(a, b) {
	const hex = (n, w) => n.toString(16).padStart(w, "0").slice(-w);
	return `00a0${hex(a >>> 16, 4)}-${hex(a & 65535, 4)}-54c4-0000-${hex(b, 12)}`;
}
export class Market {
	seed;
	startTime;
	symbols = new Map();
	bookLevels;
	tickCount = 0;
	nextTradeId = 1616651347;
	pending = [];
	constructor(options) {
		this.seed = options.seed >>> 0;
		this.startTime = options.startTime;
		this.bookLevels = options.bookLevels ?? 50;
		for (const inst of options.instruments) {
			const tick = Dec.from(inst.tickSize);
			const p0 = Dec.from(inst.initialPrice).roundToStep(tick, "half-up");
			const p0Ticks = Number(p0.stepsOf(tick));
			const state = {
				inst,
				tick,
				step: Dec.from(inst.stepSize),
				minQty: Dec.from(inst.minQty),
				typicalQty: Dec.from(inst.typicalQty),
				spreadTicks: Math.max(1, inst.spreadTicks),
				volTicks: Math.max(1, p0Ticks * inst.volatility),
				anchorTicks: p0Ticks,
				minTicks: Math.max(1, Math.round(p0Ticks / 20)),
				rng: new Rng(hash32(this.seed, inst.symbol)),
				p0,
				bidTicks: p0Ticks,
				bidQty: Dec.ZERO,
				ofrQty: Dec.ZERO,
				ts: options.startTime,
				startIndex: new Map(),
				series: new Map(),
				trades: []
			};
			state.bidQty = this.randomQty(state, state.rng.next());
			state.ofrQty = this.randomQty(state, state.rng.next());
			this.symbols.set(inst.symbol, state);
			const bid = this.bidOf(state);
			for (const interval of INTERVALS) {
				const index = barIndex(options.startTime, interval);
				state.startIndex.set(interval, index);
				const warm = [];
				for (let k = index - HA_WARMUP; k < index; k++) warm.push(this.syntheticBar(state, interval, k));
				const has = heikinAshi(warm, inst.quotePrecision);
				state.series.set(interval, {
					current: {
						t: barOpenTimeOfIndex(index, interval),
						o: bid,
						h: bid,
						l: bid,
						c: bid,
						volume: 0
					},
					index,
					history: new Map(),
					prevHa: has[has.length - 1]
				});
			}
			this.prefillTrades(state);
		}
	}
	/** Symbols the market quotes, in definition order. */
	symbolNames() {
		return [...this.symbols.keys()];
	}
	has(symbol) {
		return this.symbols.has(symbol);
	}
	/** How many ticks have run. */
	get ticks() {
		return this.tickCount;
	}
	/** Advances every instrument by one random-walk step at time `now`. */
	tick(now) {
		this.tickCount++;
		const quotes = [];
		const trades = [];
		for (const s of this.symbols.values()) {
			// Always the same number of draws per tick, so the path depends on the seed only.
			const move = s.rng.normal();
			const qb = s.rng.next();
			const qo = s.rng.next();
			const tradeRoll = s.rng.next();
			const tradeSide = s.rng.next();
			const tradeSize = s.rng.next();
			const reversion = (s.anchorTicks - s.bidTicks) * .002;
			s.bidTicks = Math.max(s.minTicks, s.bidTicks + Math.round(move * s.volTicks + reversion));
			s.bidQty = this.randomQty(s, qb);
			s.ofrQty = this.randomQty(s, qo);
			s.ts = now;
			const bid = this.bidOf(s);
			let traded = Dec.ZERO;
			if (tradeRoll < .35) {
				const buyer = tradeSide < .5;
				const size = this.randomQty(s, tradeSize * .4);
				traded = size;
				trades.push(this.addTrade(s, buyer ? this.ofrOf(s) : bid, size, buyer, now, uuidLike(this.tickCount, hash32(this.seed, s.inst.symbol, this.tickCount)), ""));
			}
			for (const interval of INTERVALS) this.updateSeries(s, interval, now, bid, traded);
			quotes.push(this.quoteOfState(s));
		}
		const recorded = this.pending;
		this.pending = [];
		return {
			time: now,
			quotes,
			trades: [...recorded, ...trades]
		};
	}
	/** Records a trade (e.g. a user's fill): kept for aggTrades and pushed with the next tick. */
	recordTrade(symbol, price, size, buyer, ts, orderId, clientOrderId = orderId) {
		const s = this.state(symbol);
		const t = this.addTrade(s, price, size, buyer, ts, orderId, clientOrderId);
		this.pending.push(t);
		for (const interval of INTERVALS) this.updateSeries(s, interval, ts, undefined, size);
		return t;
	}
	quote(symbol) {
		return this.quoteOfState(this.state(symbol));
	}
	/** The mid price, rounded to the tick. */
	mid(symbol) {
		const s = this.state(symbol);
		return this.bidOf(s).add(this.ofrOf(s)).divInt(2).roundToStep(s.tick, "half-up");
	}
	quoteEvent(symbol) {
		const q = this.quote(symbol);
		return {
			symbolName: q.symbol,
			bid: q.bid.toNumber(),
			bidQty: q.bidQty.toNumber(),
			ofr: q.ofr.toNumber(),
			ofrQty: q.ofrQty.toNumber(),
			timestamp: q.timestamp
		};
	}
	/** The visible book, best level first, `levels` per side (at most the book's depth). */
	depth(symbol, levels = 10) {
		const s = this.state(symbol);
		const n = Math.max(1, Math.min(levels, this.bookLevels));
		const gap = Math.max(1, Math.round(s.spreadTicks / 4));
		const bids = [];
		const asks = [];
		for (let i = 0; i < n; i++) {
			const bidTicks = s.bidTicks - i * gap;
			if (bidTicks > 0) {
				bids.push({
					price: s.tick.mulInt(bidTicks),
					qty: i === 0 ? s.bidQty : this.randomQty(s, hashUnit(this.seed, s.inst.symbol, this.tickCount, "b", i))
				});
			}
			asks.push({
				price: s.tick.mulInt(s.bidTicks + s.spreadTicks + i * gap),
				qty: i === 0 ? s.ofrQty : this.randomQty(s, hashUnit(this.seed, s.inst.symbol, this.tickCount, "a", i))
			});
		}
		return {
			symbol,
			ts: s.ts,
			updateId: this.tickCount,
			bids,
			asks
		};
	}
	depthEvent(symbol, levels = 10) {
		const book = this.depth(symbol, levels);
		const side = (ls) => {
			const out = {};
			for (const l of ls) out[l.price.toString()] = l.qty.toNumber();
			return out;
		};
		return {
			symbol,
			data: {
				ts: book.ts,
				bid: side(book.bids),
				ofr: side(book.asks)
			}
		};
	}
	/** The bar being built now for (symbol, interval), classic or Heikin-Ashi. */
	currentBar(symbol, interval, type = "classic") {
		const s = this.state(symbol);
		const series = this.seriesOf(s, interval);
		if (type === "classic") return series.current;
		return heikinAshiNext(series.current, series.prevHa, s.inst.quotePrecision);
	}
	ohlcEvent(symbol, interval, type, intervalAsSent = interval, typeAsSent = type) {
		const b = this.currentBar(symbol, interval, type);
		return {
			symbol,
			interval: intervalAsSent,
			type: typeAsSent,
			t: b.t,
			o: b.o.toNumber(),
			h: b.h.toNumber(),
			l: b.l.toNumber(),
			c: b.c.toNumber()
		};
	}
	/**
	* Kline history up to `now`, oldest first: bars opened before the market started are synthetic
	* (a deterministic function of seed, symbol, interval and bar index that ends at the initial
	* price); later bars are the live ones.
	*/
	klines(symbol, interval, now, query = {}) {
		const s = this.state(symbol);
		const limit = Math.max(1, Math.min(query.limit ?? 500, 1e3));
		const kNow = barIndex(now, interval);
		const kEnd = Math.min(kNow, query.endTime === undefined ? kNow : barIndex(query.endTime, interval));
		let kFrom;
		let kTo;
		if (query.startTime !== undefined) {
			const first = barIndex(query.startTime, interval);
			kFrom = barOpenTimeOfIndex(first, interval) < query.startTime ? first + 1 : first;
			kTo = Math.min(kEnd, kFrom + limit - 1);
		} else {
			kTo = kEnd;
			kFrom = kEnd - limit + 1;
		}
		if (kTo < kFrom) return [];
		const type = query.type ?? "classic";
		const warmFrom = type === "classic" ? kFrom : kFrom - HA_WARMUP;
		const bars = [];
		for (let k = warmFrom; k <= kTo; k++) {
			const b = this.barAt(s, interval, k);
			if (b) bars.push(b);
		}
		if (type === "classic") return bars;
		const firstTime = barOpenTimeOfIndex(kFrom, interval);
		return heikinAshi(bars, s.inst.quotePrecision).filter((b) => b.t >= firstTime);
	}
	/** Recent trades of a symbol, oldest first, optionally within [startTime, endTime]. */
	trades(symbol, query = {}) {
		const s = this.state(symbol);
		const limit = Math.max(1, Math.min(query.limit ?? 500, 1e3));
		const within = s.trades.filter((t) => (query.startTime === undefined || t.ts >= query.startTime) && (query.endTime === undefined || t.ts <= query.endTime));
		return query.startTime !== undefined ? within.slice(0, limit) : within.slice(-limit);
	}
	lastTrade(symbol) {
		const s = this.state(symbol);
		return s.trades[s.trades.length - 1];
	}
	/** 24 hour statistics, from the hourly bars. */
	ticker24h(symbol, now) {
		const s = this.state(symbol);
		const bars = this.klines(symbol, "1h", now, { limit: 25 });
		const window = bars.slice(-24);
		const first = window[0];
		const prev = bars.length > 24 ? bars[0] : first;
		let high = first.h;
		let low = first.l;
		let volume = Dec.ZERO;
		let quoteVolume = Dec.ZERO;
		for (const b of window) {
			high = Dec.max(high, b.h);
			low = Dec.min(low, b.l);
			const v = Dec.from(b.volume);
			volume = volume.add(v);
			quoteVolume = quoteVolume.add(v.mul(b.c));
		}
		const q = this.quoteOfState(s);
		const last = s.trades[s.trades.length - 1];
		const lastPrice = last ? last.price : q.bid;
		high = Dec.max(high, lastPrice);
		low = Dec.min(low, lastPrice);
		return {
			symbol,
			openPrice: first.o,
			highPrice: high,
			lowPrice: low,
			lastPrice,
			lastQty: last ? last.size : Dec.ZERO,
			bidPrice: q.bid,
			askPrice: q.ofr,
			volume: volume.round(s.inst.baseAssetPrecision, "down"),
			quoteVolume: quoteVolume.round(2, "down"),
			weightedAvgPrice: volume.isZero() ? lastPrice : quoteVolume.div(volume).roundToStep(s.tick, "half-up"),
			prevClosePrice: prev.o,
			openTime: first.t,
			closeTime: now
		};
	}
	// -------------------------------------------------------------------------------------------
	state(symbol) {
		const s = this.symbols.get(symbol);
		if (!s) throw new RangeError(`unknown symbol: ${symbol}`);
		return s;
	}
	seriesOf(s, interval) {
		return s.series.get(interval);
	}
	bidOf(s) {
		return s.tick.mulInt(s.bidTicks);
	}
	ofrOf(s) {
		return s.tick.mulInt(s.bidTicks + s.spreadTicks);
	}
	quoteOfState(s) {
		return {
			symbol: s.inst.symbol,
			bid: this.bidOf(s),
			ofr: this.ofrOf(s),
			bidQty: s.bidQty,
			ofrQty: s.ofrQty,
			timestamp: s.ts
		};
	}
	/** A quantity between 0.2 and 1.8 typical sizes, on the lot step, at least the minimum. */
	randomQty(s, u) {
		const factor = Dec.from((.2 + 1.6 * u).toFixed(6));
		const q = s.typicalQty.mul(factor).roundToStep(s.step, "down");
		return Dec.max(q, s.minQty);
	}
	addTrade(s, price, size, buyer, ts, orderId, clientOrderId) {
		const t = {
			symbol: s.inst.symbol,
			id: this.nextTradeId++,
			price,
			size,
			ts,
			buyer,
			orderId,
			clientOrderId
		};
		s.trades.push(t);
		if (s.trades.length > MAX_TRADES) s.trades.splice(0, s.trades.length - MAX_TRADES);
		return t;
	}
	prefillTrades(s) {
		const rng = new Rng(hash32(this.seed, s.inst.symbol, "history"));
		for (let i = 30; i >= 1; i--) {
			const buyer = rng.next() < .5;
			const size = this.randomQty(s, rng.next() * .4);
			const price = buyer ? this.ofrOf(s) : this.bidOf(s);
			const ts = this.startTime - i * 2e3;
			this.addTrade(s, price, size, buyer, ts, uuidLike(i, hash32(this.seed, s.inst.symbol, i)), "");
		}
	}
	/** Moves the live bar of `interval` to time `now`; `price` updates OHLC, `volume` adds. */
	updateSeries(s, interval, now, price, volume) {
		const series = this.seriesOf(s, interval);
		const k = barIndex(now, interval);
		if (k > series.index) {
			const done = series.current;
			series.history.set(series.index, done);
			if (series.history.size > MAX_BARS) {
				const oldest = series.history.keys().next().value;
				series.history.delete(oldest);
			}
			series.prevHa = heikinAshiNext(done, series.prevHa, s.inst.quotePrecision);
			const open = price ?? done.c;
			series.current = {
				t: barOpenTimeOfIndex(k, interval),
				o: open,
				h: open,
				l: open,
				c: open,
				volume: 0
			};
			series.index = k;
		} else if (k < series.index) {
			return;
		}
		const b = series.current;
		const p = price ?? b.c;
		series.current = {
			t: b.t,
			o: b.o,
			h: Dec.max(b.h, p),
			l: Dec.min(b.l, p),
			c: price === undefined ? b.c : p,
			volume: Number(Dec.from(b.volume).add(volume).toString())
		};
	}
	barAt(s, interval, k) {
		const start = s.startIndex.get(interval);
		if (k < start) return this.syntheticBar(s, interval, k);
		const series = this.seriesOf(s, interval);
		if (k === series.index) return series.current;
		return series.history.get(k) ?? (k < series.index ? this.syntheticBar(s, interval, k) : undefined);
	}
	/** Relative volatility of one bar of `interval`. */
	barVol(s, interval) {
		return Math.min(.02, s.inst.volatility * Math.sqrt(INTERVAL_MS[interval] / 250));
	}
	pathValue(s, interval, k) {
		const v = this.barVol(s, interval);
		const ph = (n) => hashUnit(this.seed, s.inst.symbol, interval, "phase", n) * 2 * Math.PI;
		const noise = hashUnit(this.seed, s.inst.symbol, interval, k) * 2 - 1;
		return v * (4 * Math.sin(k / 13 + ph(1)) + 3 * Math.sin(k / 47 + ph(2)) + 6 * Math.sin(k / 181 + ph(3)) + 1.5 * noise);
	}
	/** Synthetic close of bar k: the initial price at the bar before the start, a wave before it. */
	syntheticClose(s, interval, k) {
		const start = s.startIndex.get(interval) ?? barIndex(this.startTime, interval);
		const ref = start - 1;
		const p0 = Number(s.p0.toString());
		const p = k === ref ? p0 : p0 * Math.exp(this.pathValue(s, interval, k) - this.pathValue(s, interval, ref));
		return this.snap(s, p, "half-up");
	}
	snap(s, p, mode) {
		const ticks = Dec.from(p.toFixed(10)).stepsOf(s.tick, mode);
		return s.tick.mulInt(ticks > 0n ? ticks : 1n);
	}
	syntheticBar(s, interval, k) {
		const o = this.syntheticClose(s, interval, k - 1);
		const c = this.syntheticClose(s, interval, k);
		const v = this.barVol(s, interval);
		const u1 = hashUnit(this.seed, s.inst.symbol, interval, k, "h");
		const u2 = hashUnit(this.seed, s.inst.symbol, interval, k, "l");
		const u3 = hashUnit(this.seed, s.inst.symbol, interval, k, "v");
		const hi = Dec.max(o, c);
		const lo = Dec.min(o, c);
		const h = Dec.max(hi, this.snap(s, Number(hi.toString()) * (1 + v * .6 * u1), "ceil"));
		const l = Dec.min(lo, this.snap(s, Number(lo.toString()) * (1 - v * .6 * u2), "floor"));
		const vol = Math.max(1, Math.round(Number(s.typicalQty.toString()) * 20 * (.5 + u3) * 1e3) / 1e3);
		return {
			t: barOpenTimeOfIndex(k, interval),
			o,
			h,
			l,
			c,
			volume: vol
		};
	}
}
//# sourceMappingURL=market.js.map