// Generated from asyncapi.yaml and templates/simulator/server/streams.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Market data streams: subscribing (with a first snapshot) and pushing every market tick as events. */
import { WebSocket } from "ws";
import { ApiErrors } from "../errors.js";
import { normalizeCandleType, normalizeInterval } from "../candles.js";
import { sendEvent } from "./frames.js";
/** The subscribe operations the simulator serves, by the API's operationIds. */
export const STREAM_OPERATIONS = {
	subscribeMarketData: {
		kind: "quotes",
		defaultEvent: "internal.quote"
	},
	subscribeDepthMarketData: {
		kind: "depth",
		defaultEvent: "marketdepth.event"
	},
	subscribeOHLCMarketData: {
		kind: "ohlc",
		defaultEvent: "ohlc.event"
	},
	subscribeTrades: {
		kind: "trades",
		defaultEvent: "internal.trade"
	}
};
/**
* Per-symbol subscription statuses: subscribed symbols get the document's first accepted status
* (`x-subscription-status`), unknown symbols this one, which the document counts as refused.
*/
const ACCEPTED_STATUS = "PROCESSED";
const REFUSED_STATUS = "REJECTED";
export function subscribe(sim, conn, op, payload) {
	const stream = STREAM_OPERATIONS[op.id];
	if (!stream) throw ApiErrors.notSupported(op.id);
	const symbolsRaw = payload.symbols;
	if (symbolsRaw === undefined || symbolsRaw === null) throw ApiErrors.mandatoryParam("symbols");
	const symbols = typeof symbolsRaw === "string" ? [symbolsRaw] : symbolsRaw;
	if (!Array.isArray(symbols) || symbols.some((s) => typeof s !== "string")) throw ApiErrors.illegalParam("symbols");
	let intervals = [];
	let type = "classic";
	let typeAsSent = "classic";
	if (stream.kind === "ohlc") {
		const raw = payload.intervals ?? ["1m"];
		const list = typeof raw === "string" ? [raw] : raw;
		if (!Array.isArray(list) || list.length === 0) throw ApiErrors.illegalParam("intervals");
		intervals = list.map((s) => {
			const interval = normalizeInterval(s);
			if (!interval) throw ApiErrors.illegalParam("intervals", `unknown interval ${JSON.stringify(s)}`);
			return {
				interval,
				sent: s
			};
		});
		const t = normalizeCandleType(payload.type);
		if (!t) throw ApiErrors.illegalParam("type", "valid types are classic and heikin-ashi");
		type = t;
		typeAsSent = typeof payload.type === "string" ? payload.type : t;
	}
	const subscriptions = {};
	const added = [];
	const addedOhlc = [];
	for (const symbol of symbols) {
		if (!sim.market.has(symbol)) {
			subscriptions[symbol] = REFUSED_STATUS;
			continue;
		}
		subscriptions[symbol] = op.subscriptionStatus?.accepted[0] ?? ACCEPTED_STATUS;
		if (stream.kind === "ohlc") {
			for (const i of intervals) {
				const sub = {
					symbol,
					interval: i.interval,
					intervalAsSent: i.sent,
					type,
					typeAsSent
				};
				conn.ohlc.set(`${symbol}\u0000${i.sent}\u0000${typeAsSent}`, sub);
				addedOhlc.push(sub);
			}
		} else {
			conn[stream.kind].add(symbol);
			added.push(symbol);
		}
	}
	const after = () => {
		// A snapshot right after subscribing, as the streams' first event.
		const dest = eventOf(sim, stream.kind);
		if (stream.kind === "quotes") for (const s of added) sendEvent(sim, conn, dest, sim.market.quoteEvent(s));
		if (stream.kind === "depth") for (const s of added) sendEvent(sim, conn, dest, sim.market.depthEvent(s, sim.depthLevels));
		for (const sub of addedOhlc) sendEvent(sim, conn, dest, sim.market.ohlcEvent(sub.symbol, sub.interval, sub.type, sub.intervalAsSent, sub.typeAsSent));
	};
	return {
		reply: { subscriptions },
		after
	};
}
export function pushTick(sim, result) {
	if (sim.silent) return;
	const quoteDest = eventOf(sim, "quotes");
	const depthDest = eventOf(sim, "depth");
	const tradeDest = eventOf(sim, "trades");
	const ohlcDest = eventOf(sim, "ohlc");
	for (const conn of sim.connections) {
		if (conn.ws.readyState !== WebSocket.OPEN) continue;
		for (const q of result.quotes) {
			if (conn.quotes.has(q.symbol)) {
				sendEvent(sim, conn, quoteDest, {
					symbolName: q.symbol,
					bid: q.bid.toNumber(),
					bidQty: q.bidQty.toNumber(),
					ofr: q.ofr.toNumber(),
					ofrQty: q.ofrQty.toNumber(),
					timestamp: q.timestamp
				});
			}
			if (conn.depth.has(q.symbol)) sendEvent(sim, conn, depthDest, sim.market.depthEvent(q.symbol, sim.depthLevels));
		}
		for (const t of result.trades) {
			if (!conn.trades.has(t.symbol)) continue;
			sendEvent(sim, conn, tradeDest, {
				symbol: t.symbol,
				price: t.price.toNumber(),
				size: t.size.toNumber(),
				id: t.id,
				ts: t.ts,
				orderId: t.orderId,
				clientOrderId: t.clientOrderId,
				buyer: t.buyer
			});
		}
		for (const sub of conn.ohlc.values()) {
			sendEvent(sim, conn, ohlcDest, sim.market.ohlcEvent(sub.symbol, sub.interval, sub.type, sub.intervalAsSent, sub.typeAsSent));
		}
	}
}
/** The event destination of a stream: the document's, else the API's usual one. */
export function eventOf(sim, kind) {
	const found = sim.streamEvents.get(kind);
	if (found !== undefined) return found;
	return Object.values(STREAM_OPERATIONS).find((s) => s.kind === kind)?.defaultEvent ?? kind;
}
//# sourceMappingURL=streams.js.map