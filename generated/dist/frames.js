// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// The inbound frames this document fixes the shape of, read from their UTF-8 bytes: an event
// whose payload members are all scalars, its member names compared byte by byte, each value
// stored under a name written in; a member the document does not name is read too, when it is a
// scalar (see runtime/json-bytes.ts for what is read and what is not).
import { asciiBytes, cursor, readKey, readLiteral, readOther, readScalar } from "./runtime/json-bytes.js";
/** The event destinations and the OK status, as bytes to compare. */
const DESTINATIONS = [
	"internal.quote",
	"ohlc.event",
	"internal.trade"
].map(asciiBytes);
const OK = asciiBytes("OK");
/**
* An inbound frame read from its UTF-8 bytes, when it is an event of one of these destinations
* written in the plainest JSON: `internal.quote`, `ohlc.event`, `internal.trade`. The result is the object JSON.parse would make
* of the same bytes. `undefined` for any other frame (a reply, another event, anything the byte
* reader leaves to JSON.parse): the client then decodes and parses it as usual.
*/
export function decodeFrameBytes(b) {
	if (b[0] !== 123) return undefined;
	cursor.pos = 1;
	const frame = {};
	let payload;
	while (true) {
		const k = readKey(b);
		if (k < 0) return undefined;
		switch (cursor.keyLength) {
			case 6:
				if (b[k] === 115 && b[k + 1] === 116 && b[k + 2] === 97 && b[k + 3] === 116 && b[k + 4] === 117 && b[k + 5] === 115) {
					// "status"
					const v = readLiteral(b, OK) ? "OK" : readScalar(b);
					if (v === undefined) return undefined;
					frame["status"] = v;
					break;
				}
				if (readOther(b, frame, k)) break;
				return undefined;
			case 11:
				if (b[k] === 100 && b[k + 1] === 101 && b[k + 2] === 115 && b[k + 3] === 116 && b[k + 4] === 105 && b[k + 5] === 110 && b[k + 6] === 97 && b[k + 7] === 116 && b[k + 8] === 105 && b[k + 9] === 111 && b[k + 10] === 110) {
					// "destination"
					if (readLiteral(b, DESTINATIONS[0])) {
						frame["destination"] = "internal.quote";
						payload = onQuoteReader;
					} else if (readLiteral(b, DESTINATIONS[1])) {
						frame["destination"] = "ohlc.event";
						payload = onOHLCReader;
					} else if (readLiteral(b, DESTINATIONS[2])) {
						frame["destination"] = "internal.trade";
						payload = onTradeReader;
					} else return undefined;
					break;
				}
				if (readOther(b, frame, k)) break;
				return undefined;
			case 7:
				if (b[k] === 112 && b[k + 1] === 97 && b[k + 2] === 121 && b[k + 3] === 108 && b[k + 4] === 111 && b[k + 5] === 97 && b[k + 6] === 100) {
					// "payload"
					const v = payload === undefined ? undefined : payload(b);
					if (v === undefined) return undefined;
					frame["payload"] = v;
					break;
				}
				if (readOther(b, frame, k)) break;
				return undefined;
			default:
				if (readOther(b, frame, k)) break;
				return undefined;
		}
		const c = b[cursor.pos++];
		if (c === 44) continue;
		return c === 125 && cursor.pos === b.length ? frame : undefined;
	}
}
/** The payload of `internal.quote` (QuoteEvent): its members in any order, each a scalar. */
function onQuoteReader(b) {
	if (b[cursor.pos] !== 123) return undefined;
	const o = {};
	if (b[++cursor.pos] === 125) {
		cursor.pos++;
		return o;
	}
	while (true) {
		const k = readKey(b);
		if (k < 0) return undefined;
		switch (cursor.keyLength) {
			case 10:
				if (b[k] === 115 && b[k + 1] === 121 && b[k + 2] === 109 && b[k + 3] === 98 && b[k + 4] === 111 && b[k + 5] === 108 && b[k + 6] === 78 && b[k + 7] === 97 && b[k + 8] === 109 && b[k + 9] === 101) {
					// "symbolName"
					if ((o["symbolName"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 3:
				if (b[k] === 98 && b[k + 1] === 105 && b[k + 2] === 100) {
					// "bid"
					if ((o["bid"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 111 && b[k + 1] === 102 && b[k + 2] === 114) {
					// "ofr"
					if ((o["ofr"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 6:
				if (b[k] === 98 && b[k + 1] === 105 && b[k + 2] === 100 && b[k + 3] === 81 && b[k + 4] === 116 && b[k + 5] === 121) {
					// "bidQty"
					if ((o["bidQty"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 111 && b[k + 1] === 102 && b[k + 2] === 114 && b[k + 3] === 81 && b[k + 4] === 116 && b[k + 5] === 121) {
					// "ofrQty"
					if ((o["ofrQty"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 9:
				if (b[k] === 116 && b[k + 1] === 105 && b[k + 2] === 109 && b[k + 3] === 101 && b[k + 4] === 115 && b[k + 5] === 116 && b[k + 6] === 97 && b[k + 7] === 109 && b[k + 8] === 112) {
					// "timestamp"
					if ((o["timestamp"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			default:
				if (readOther(b, o, k)) break;
				return undefined;
		}
		const c = b[cursor.pos++];
		if (c === 44) continue;
		return c === 125 ? o : undefined;
	}
}
/** The payload of `ohlc.event` (OhlcEvent): its members in any order, each a scalar. */
function onOHLCReader(b) {
	if (b[cursor.pos] !== 123) return undefined;
	const o = {};
	if (b[++cursor.pos] === 125) {
		cursor.pos++;
		return o;
	}
	while (true) {
		const k = readKey(b);
		if (k < 0) return undefined;
		switch (cursor.keyLength) {
			case 6:
				if (b[k] === 115 && b[k + 1] === 121 && b[k + 2] === 109 && b[k + 3] === 98 && b[k + 4] === 111 && b[k + 5] === 108) {
					// "symbol"
					if ((o["symbol"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 8:
				if (b[k] === 105 && b[k + 1] === 110 && b[k + 2] === 116 && b[k + 3] === 101 && b[k + 4] === 114 && b[k + 5] === 118 && b[k + 6] === 97 && b[k + 7] === 108) {
					// "interval"
					if ((o["interval"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 4:
				if (b[k] === 116 && b[k + 1] === 121 && b[k + 2] === 112 && b[k + 3] === 101) {
					// "type"
					if ((o["type"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 1:
				if (b[k] === 116) {
					// "t"
					if ((o["t"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 111) {
					// "o"
					if ((o["o"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 104) {
					// "h"
					if ((o["h"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 108) {
					// "l"
					if ((o["l"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 99) {
					// "c"
					if ((o["c"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			default:
				if (readOther(b, o, k)) break;
				return undefined;
		}
		const c = b[cursor.pos++];
		if (c === 44) continue;
		return c === 125 ? o : undefined;
	}
}
/** The payload of `internal.trade` (TradeEvent): its members in any order, each a scalar. */
function onTradeReader(b) {
	if (b[cursor.pos] !== 123) return undefined;
	const o = {};
	if (b[++cursor.pos] === 125) {
		cursor.pos++;
		return o;
	}
	while (true) {
		const k = readKey(b);
		if (k < 0) return undefined;
		switch (cursor.keyLength) {
			case 6:
				if (b[k] === 115 && b[k + 1] === 121 && b[k + 2] === 109 && b[k + 3] === 98 && b[k + 4] === 111 && b[k + 5] === 108) {
					// "symbol"
					if ((o["symbol"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 5:
				if (b[k] === 112 && b[k + 1] === 114 && b[k + 2] === 105 && b[k + 3] === 99 && b[k + 4] === 101) {
					// "price"
					if ((o["price"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 98 && b[k + 1] === 117 && b[k + 2] === 121 && b[k + 3] === 101 && b[k + 4] === 114) {
					// "buyer"
					if ((o["buyer"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 4:
				if (b[k] === 115 && b[k + 1] === 105 && b[k + 2] === 122 && b[k + 3] === 101) {
					// "size"
					if ((o["size"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 2:
				if (b[k] === 105 && b[k + 1] === 100) {
					// "id"
					if ((o["id"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (b[k] === 116 && b[k + 1] === 115) {
					// "ts"
					if ((o["ts"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 7:
				if (b[k] === 111 && b[k + 1] === 114 && b[k + 2] === 100 && b[k + 3] === 101 && b[k + 4] === 114 && b[k + 5] === 73 && b[k + 6] === 100) {
					// "orderId"
					if ((o["orderId"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 13:
				if (b[k] === 99 && b[k + 1] === 108 && b[k + 2] === 105 && b[k + 3] === 101 && b[k + 4] === 110 && b[k + 5] === 116 && b[k + 6] === 79 && b[k + 7] === 114 && b[k + 8] === 100 && b[k + 9] === 101 && b[k + 10] === 114 && b[k + 11] === 73 && b[k + 12] === 100) {
					// "clientOrderId"
					if ((o["clientOrderId"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			case 12:
				if (b[k] === 105 && b[k + 1] === 110 && b[k + 2] === 115 && b[k + 3] === 116 && b[k + 4] === 114 && b[k + 5] === 117 && b[k + 6] === 109 && b[k + 7] === 101 && b[k + 8] === 110 && b[k + 9] === 116 && b[k + 10] === 73 && b[k + 11] === 100) {
					// "instrumentId"
					if ((o["instrumentId"] = readScalar(b)) === undefined) return undefined;
					break;
				}
				if (readOther(b, o, k)) break;
				return undefined;
			default:
				if (readOther(b, o, k)) break;
				return undefined;
		}
		const c = b[cursor.pos++];
		if (c === 44) continue;
		return c === 125 ? o : undefined;
	}
}
//# sourceMappingURL=frames.js.map