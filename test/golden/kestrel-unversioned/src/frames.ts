// Generated from kestrel-unversioned.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// The inbound frames this document fixes the shape of, read from their UTF-8 bytes: an event
// whose payload members are all scalars, its member names compared byte by byte, each value
// stored under a name written in; a member the document does not name is read too, when it is a
// scalar (see runtime/json-bytes.ts for what is read and what is not).
import { asciiBytes, cursor, readKey, readLiteral, readOther, readScalar } from './runtime/json-bytes.js';

type Json = Record<string, unknown>;

/** The event destinations and the OK status, as bytes to compare. */
const DESTINATIONS = ["tick.push"].map(asciiBytes);
const OK = asciiBytes("SUCCESS");

/**
 * An inbound frame read from its UTF-8 bytes, when it is an event of one of these destinations
 * written in the plainest JSON: `tick.push`. The result is the object JSON.parse would make
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
      case 5:
        if (b[k] === 0x73 && b[k + 1] === 0x74 && b[k + 2] === 0x61 && b[k + 3] === 0x74 && b[k + 4] === 0x65) {
          // "state"
          const v = readLiteral(b, OK) ? "SUCCESS" : readScalar(b);
          if (v === undefined) return undefined;
          frame["state"] = v;
          break;
        }
        if (b[k] === 0x72 && b[k + 1] === 0x6f && b[k + 2] === 0x75 && b[k + 3] === 0x74 && b[k + 4] === 0x65) {
          // "route"
          if (readLiteral(b, DESTINATIONS[0]!)) {
            frame["route"] = "tick.push";
            payload = onTickReader;
          } else return undefined;
          break;
        }
        if (readOther(b, frame, k)) break;
        return undefined;
      case 4:
        if (b[k] === 0x62 && b[k + 1] === 0x6f && b[k + 2] === 0x64 && b[k + 3] === 0x79) {
          // "body"
          const v = payload === undefined ? undefined : payload(b);
          if (v === undefined) return undefined;
          frame["body"] = v;
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

/** The payload of `tick.push` (Tick): its members in any order, each a scalar. */
function onTickReader(b: Uint8Array): Json | undefined {
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
      case 4:
        if (b[k] === 0x70 && b[k + 1] === 0x61 && b[k + 2] === 0x69 && b[k + 3] === 0x72) {
          // "pair"
          if ((o["pair"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (b[k] === 0x6c && b[k + 1] === 0x61 && b[k + 2] === 0x73 && b[k + 3] === 0x74) {
          // "last"
          if ((o["last"] = readScalar(b)) === undefined) return undefined;
          break;
        }
        if (readOther(b, o, k)) break;
        return undefined;
      case 2:
        if (b[k] === 0x61 && b[k + 1] === 0x74) {
          // "at"
          if ((o["at"] = readScalar(b)) === undefined) return undefined;
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
