// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// The inbound frames this document fixes the shape of, read from their UTF-8 bytes: an event
// whose payload members are all scalars, its member names compared byte by byte, each value
// stored under a name written in; a member the document does not name is read too, when it is a
// scalar (see runtime/json-bytes.ts for what is read and what is not).
import { asciiBytes, cursor, readKey, readLiteral, readOther, readScalar } from './runtime/json-bytes.js';

type Json = Record<string, unknown>;

/** The event destinations and the OK status, as bytes to compare. */
const DESTINATIONS = ["internal.quote", "ohlc.event", "internal.trade"].map(asciiBytes);
const OK = asciiBytes("OK");

/**
 * An inbound frame read from its UTF-8 bytes, when it is an event of one of these destinations
 * written in the plainest JSON: `internal.quote`, `ohlc.event`, `internal.trade`. The result is the object JSON.parse would make
 * of the same bytes. `undefined` for any other frame (a reply, another event, anything the byte
 * reader leaves to JSON.parse): the client then decodes and parses it as usual.
 */
export function decodeFrameBytes(b: Uint8Array): Json | undefined {
  if (b[0] !== 0x7b) return undefined;
  cursor.pos = 1;
  const frame: Json = {};
  let payload: ((b: Uint8Array) => Json | undefined) | undefined;
  while (true) {
    const k = readKey(b);
    if (k < 0) return undefined;
    switch (cursor.keyLength) {
      case 6:
        if (b[k] === 0x73 && b[k + 1] === 0x74 && b[k + 2] === 0x61 && b[k + 3] === 0x74 && b[k + 4] === 0x75 && b[k + 5] === 0x73) {
          // "status"
          const v = readLiteral(b, OK) ? "OK" : readScalar(b);
          if (v === undefined) return undefined;
          frame["status"] = v;
          break;
        }
        if (readOther(b, frame, k)) break;
        return undefined;
      case 11:
        if (b[k] === 0x64 && b[k + 1] === 0x65 && b[k + 2] === 0x73 && b[k + 3] === 0x74 && b[k + 4] === 0x69 && b[k + 5] === 0x6e && b[k + 6] === 0x61 && b[k + 7] === 0x74 && b[k + 8] === 0x69 && b[k + 9] === 0x6f && b[k + 10] === 0x6e) {
          // "destination"
          if (readLiteral(b, DESTINATIONS[0]!)) {
            frame["destination"] = "internal.quote";
            payload = onQuoteReader;
          } else if (readLiteral(b, DESTINATIONS[1]!)) {
            frame["destination"] = "ohlc.event";
            payload = onOHLCReader;
          } else if (readLiteral(b, DESTINATIONS[2]!)) {
            frame["destination"] = "internal.trade";
            payload = onTradeReader;
          } else return undefined;
          break;
        }
        if (readOther(b, frame, k)) break;
        return undefined;
      case 7:
        if (b[k] === 0x70 && b[k + 1] === 0x61 && b[k + 2] === 0x79 && b[k + 3] === 0x6c && b[k + 4] === 0x6f && b[k + 5] === 0x61 && b[k + 6] === 0x64) {
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
    if (c === 0x2c) continue;
    return c === 0x7d && cursor.pos === b.length ? frame : undefined;
  }
}

/** The payload of `internal.quote` (QuoteEvent): its members in any order, each a scalar. */
function onQuoteReader(b: Uint8Array): Json | undefined {
  if (b[cursor.pos] !== 0x7b) return undefined;
  const o: Json = {};
  if (b[++cursor.pos] === 0x7d) {
    cursor.pos++;
    return o;
  }
  while (true) {
    const k = readKey(b);
    if (k < 0) return undefined;
    switch (cursor.keyLength) {
      case 10:
        if (b[k] === 0x73 && b[k + 1] === 0x79 && b[k + 2] === 0x6d && b[k + 3] === 0x62 && b[k + 4] === 0x6f && b[k + 5] === 0x6c && b[k + 6] === 0x4e && b[k + 7] === 0x61 && b[k + 8] === 0x6d && b[k + 9] === 0x65) {
          // "symbolName"
          if ((o["symbolName"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 3:
        if (b[k] === 0x62 && b[k + 1] === 0x69 && b[k + 2] === 0x64) {
          // "bid"
          if ((o["bid"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x6f && b[k + 1] === 0x66 && b[k + 2] === 0x72) {
          // "ofr"
          if ((o["ofr"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 6:
        if (b[k] === 0x62 && b[k + 1] === 0x69 && b[k + 2] === 0x64 && b[k + 3] === 0x51 && b[k + 4] === 0x74 && b[k + 5] === 0x79) {
          // "bidQty"
          if ((o["bidQty"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x6f && b[k + 1] === 0x66 && b[k + 2] === 0x72 && b[k + 3] === 0x51 && b[k + 4] === 0x74 && b[k + 5] === 0x79) {
          // "ofrQty"
          if ((o["ofrQty"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 9:
        if (b[k] === 0x74 && b[k + 1] === 0x69 && b[k + 2] === 0x6d && b[k + 3] === 0x65 && b[k + 4] === 0x73 && b[k + 5] === 0x74 && b[k + 6] === 0x61 && b[k + 7] === 0x6d && b[k + 8] === 0x70) {
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
    if (c === 0x2c) continue;
    return c === 0x7d ? o : undefined;
  }
}

/** The payload of `ohlc.event` (OhlcEvent): its members in any order, each a scalar. */
function onOHLCReader(b: Uint8Array): Json | undefined {
  if (b[cursor.pos] !== 0x7b) return undefined;
  const o: Json = {};
  if (b[++cursor.pos] === 0x7d) {
    cursor.pos++;
    return o;
  }
  while (true) {
    const k = readKey(b);
    if (k < 0) return undefined;
    switch (cursor.keyLength) {
      case 6:
        if (b[k] === 0x73 && b[k + 1] === 0x79 && b[k + 2] === 0x6d && b[k + 3] === 0x62 && b[k + 4] === 0x6f && b[k + 5] === 0x6c) {
          // "symbol"
          if ((o["symbol"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 8:
        if (b[k] === 0x69 && b[k + 1] === 0x6e && b[k + 2] === 0x74 && b[k + 3] === 0x65 && b[k + 4] === 0x72 && b[k + 5] === 0x76 && b[k + 6] === 0x61 && b[k + 7] === 0x6c) {
          // "interval"
          if ((o["interval"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 4:
        if (b[k] === 0x74 && b[k + 1] === 0x79 && b[k + 2] === 0x70 && b[k + 3] === 0x65) {
          // "type"
          if ((o["type"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 1:
        if (b[k] === 0x74) {
          // "t"
          if ((o["t"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x6f) {
          // "o"
          if ((o["o"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x68) {
          // "h"
          if ((o["h"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x6c) {
          // "l"
          if ((o["l"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x63) {
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
    if (c === 0x2c) continue;
    return c === 0x7d ? o : undefined;
  }
}

/** The payload of `internal.trade` (TradeEvent): its members in any order, each a scalar. */
function onTradeReader(b: Uint8Array): Json | undefined {
  if (b[cursor.pos] !== 0x7b) return undefined;
  const o: Json = {};
  if (b[++cursor.pos] === 0x7d) {
    cursor.pos++;
    return o;
  }
  while (true) {
    const k = readKey(b);
    if (k < 0) return undefined;
    switch (cursor.keyLength) {
      case 6:
        if (b[k] === 0x73 && b[k + 1] === 0x79 && b[k + 2] === 0x6d && b[k + 3] === 0x62 && b[k + 4] === 0x6f && b[k + 5] === 0x6c) {
          // "symbol"
          if ((o["symbol"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 5:
        if (b[k] === 0x70 && b[k + 1] === 0x72 && b[k + 2] === 0x69 && b[k + 3] === 0x63 && b[k + 4] === 0x65) {
          // "price"
          if ((o["price"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x62 && b[k + 1] === 0x75 && b[k + 2] === 0x79 && b[k + 3] === 0x65 && b[k + 4] === 0x72) {
          // "buyer"
          if ((o["buyer"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 4:
        if (b[k] === 0x73 && b[k + 1] === 0x69 && b[k + 2] === 0x7a && b[k + 3] === 0x65) {
          // "size"
          if ((o["size"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 2:
        if (b[k] === 0x69 && b[k + 1] === 0x64) {
          // "id"
          if ((o["id"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x74 && b[k + 1] === 0x73) {
          // "ts"
          if ((o["ts"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 7:
        if (b[k] === 0x6f && b[k + 1] === 0x72 && b[k + 2] === 0x64 && b[k + 3] === 0x65 && b[k + 4] === 0x72 && b[k + 5] === 0x49 && b[k + 6] === 0x64) {
          // "orderId"
          if ((o["orderId"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 13:
        if (b[k] === 0x63 && b[k + 1] === 0x6c && b[k + 2] === 0x69 && b[k + 3] === 0x65 && b[k + 4] === 0x6e && b[k + 5] === 0x74 && b[k + 6] === 0x4f && b[k + 7] === 0x72 && b[k + 8] === 0x64 && b[k + 9] === 0x65 && b[k + 10] === 0x72 && b[k + 11] === 0x49 && b[k + 12] === 0x64) {
          // "clientOrderId"
          if ((o["clientOrderId"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 12:
        if (b[k] === 0x69 && b[k + 1] === 0x6e && b[k + 2] === 0x73 && b[k + 3] === 0x74 && b[k + 4] === 0x72 && b[k + 5] === 0x75 && b[k + 6] === 0x6d && b[k + 7] === 0x65 && b[k + 8] === 0x6e && b[k + 9] === 0x74 && b[k + 10] === 0x49 && b[k + 11] === 0x64) {
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
    if (c === 0x2c) continue;
    return c === 0x7d ? o : undefined;
  }
}
