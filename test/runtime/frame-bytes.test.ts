/**
 * The generated frame decoder (generated/src/frames.ts on runtime/json-bytes.ts) against the
 * client's usual path, JSON.parse with 64-bit integers kept as strings (json.ts parseJson): for
 * any bytes, it either gives up (undefined) or gives the very same value, members in the same
 * order, -0 included. And it must not give up on the plain frames the API sends.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFrameBytes } from '../../generated/src/frames.js';
import { parseJson } from '../../templates/runtime/json.js';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const NOT_JSON = Symbol('not JSON');

/** What the client's usual path makes of the bytes (NOT_JSON: it would report a bad frame). */
function reference(bytes: Uint8Array): unknown {
  try {
    return parseJson(strictUtf8.decode(bytes));
  } catch {
    return NOT_JSON;
  }
}

/** Equal as JSON values, with members in the same order and numbers compared with Object.is (-0). */
function same(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) return false; // the decoder makes no arrays
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/**
 * The decoder's result, checked against the reference: returns whether it read the frame. A
 * plain Uint8Array (no Node Buffer: strings are then made without latin1Slice) must read alike.
 */
function check(input: Uint8Array): boolean {
  const got = decodeFrameBytes(input);
  const plain = decodeFrameBytes(new Uint8Array(input));
  if (!same(plain, got)) throw new Error(`a plain Uint8Array reads differently: ${Buffer.from(input).toString()}`);
  if (got === undefined) return false;
  const want = reference(input);
  if (!same(got, want)) {
    throw new Error(`decoded differently from JSON.parse: ${Buffer.from(input).toString()}\n got ${JSON.stringify(got)}\nwant ${want === NOT_JSON ? 'a bad frame' : JSON.stringify(want)}`);
  }
  return true;
}

const compact = (name: string): string => JSON.stringify(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));

const TRADE = compact('internal-trade-event-gotest.json');
const QUOTE = compact('internal-quote-event-txn.json');
const OHLC = compact('ohlc-event-gotest-2023.json');

describe('the frame decoder reads the events the API sends', () => {
  it.each([
    ['a trade (radovsky1/go-currencycom websocket_service_test.go)', TRADE],
    ['a quote (a 2020 capture, ofr with 17 significant digits)', QUOTE],
    ['a candle (radovsky1/go-currencycom, 2023)', OHLC],
    ['a trade in the order the benchmark server writes', '{"status":"OK","destination":"internal.trade","payload":{"symbol":"BTC/USD","price":11400.95,"size":0.058,"id":7,"ts":1596625079959,"orderId":"00a02503-0079-54c4-0000-00004020316a","clientOrderId":"00a02503-0079-54c4-0000-482f00003a06","buyer":false}}'],
    ['members in another order, the envelope too', '{"destination":"internal.trade","payload":{"ts":1,"id":2,"size":0.5,"price":3},"status":"OK"}'],
    ['a payload with some members only', '{"status":"OK","destination":"internal.quote","payload":{"symbolName":"TXN","bid":1}}'],
    ['an empty payload', '{"status":"OK","destination":"ohlc.event","payload":{}}'],
    ['another status', '{"status":"PARTIAL","destination":"internal.trade","payload":{"id":1}}'],
    ['no status', '{"destination":"internal.trade","payload":{"id":1}}'],
    ['values of other types (the tolerant reader coerces them later)', '{"status":"OK","destination":"internal.trade","payload":{"price":"11400.95","size":null,"id":"7","buyer":"true","symbol":5}}'],
    ['numbers of every form', '{"destination":"internal.trade","payload":{"price":-0,"size":0.0,"id":-12,"ts":1.5e3,"symbol":1E-7,"orderId":123456789012345,"clientOrderId":0.1234567890123456789,"buyer":1e400}}'],
    ['a member twice (the last one wins, in the first one\'s place)', '{"destination":"internal.trade","payload":{"id":1,"price":2,"id":3}}'],
    ['members the document does not name (a drifted API), in the payload and the envelope', '{"status":"OK","ts":5,"destination":"internal.trade","payload":{"id":1,"venue":"x","2":true,"1":null,"id":4},"seq":"9"}'],
    ['a reply to an event destination (the reply path reads correlationId)', '{"status":"OK","destination":"internal.trade","correlationId":1,"payload":{"id":1}}'],
  ])('%s', (_name, text) => {
    expect(check(bytes(text))).toBe(true);
  });
});

describe('the frame decoder leaves other frames to JSON.parse', () => {
  it.each([
    ['a reply', '{"status":"OK","destination":"ping","correlationId":"1","payload":{}}'],
    ['an event whose payload has arrays (depth)', '{"status":"OK","destination":"marketdepth.event","payload":{"symbol":"BTC/USD","data":{"bid":{"1":2}}}}'],
    ['an unknown destination', '{"status":"OK","destination":"internal.other","payload":{"id":1}}'],
    ['a member named __proto__', '{"status":"OK","destination":"internal.trade","payload":{"__proto__":{"id":1}}}'],
    ['an unknown member with an object value', '{"status":"OK","destination":"internal.trade","payload":{"id":1,"venue":{"a":1}}}'],
    ['the payload before the destination', '{"payload":{"id":1},"destination":"internal.trade"}'],
    ['whitespace', '{"status": "OK","destination":"internal.trade","payload":{"id":1}}'],
    ['an escape in a string', '{"status":"OK","destination":"internal.trade","payload":{"symbol":"BTC\\/USD"}}'],
    ['non-ASCII text', '{"status":"OK","destination":"internal.trade","payload":{"symbol":"Ölpreis"}}'],
    ['a nested value', '{"status":"OK","destination":"internal.trade","payload":{"id":{"n":1}}}'],
    ['an integer beyond 2^53', '{"status":"OK","destination":"internal.trade","payload":{"id":9007199254740993}}'],
    ['a 16-digit integer', '{"status":"OK","destination":"internal.trade","payload":{"id":1234567890123456}}'],
    ['a leading zero', '{"status":"OK","destination":"internal.trade","payload":{"id":01}}'],
    ['a bare fraction', '{"status":"OK","destination":"internal.trade","payload":{"id":.5}}'],
    ['a plus sign', '{"status":"OK","destination":"internal.trade","payload":{"id":+1}}'],
    ['a dot without digits', '{"status":"OK","destination":"internal.trade","payload":{"id":1.}}'],
    ['an exponent without digits', '{"status":"OK","destination":"internal.trade","payload":{"id":1e}}'],
    ['NaN', '{"status":"OK","destination":"internal.trade","payload":{"id":NaN}}'],
    ['a trailing comma', '{"status":"OK","destination":"internal.trade","payload":{"id":1,}}'],
    ['bytes after the frame', '{"status":"OK","destination":"internal.trade","payload":{"id":1}}x'],
    ['a control character in a string', '{"status":"OK","destination":"internal.trade","payload":{"symbol":"a\tb"}}'],
    ['a BOM', '\ufeff{"status":"OK","destination":"internal.trade","payload":{"id":1}}'],
    ['an array', '[1]'],
  ])('%s', (_name, text) => {
    expect(decodeFrameBytes(bytes(text))).toBeUndefined();
  });

  it('gives up on every truncation of a frame, and on every single byte changed in it that JSON.parse would read otherwise', () => {
    for (const text of [TRADE, QUOTE, OHLC]) {
      const full = bytes(text);
      for (let n = 0; n < full.length; n++) expect(decodeFrameBytes(full.subarray(0, n))).toBeUndefined();
      let read = 0;
      for (let i = 0; i < full.length; i++) {
        for (const replacement of [0x20, 0x22, 0x2c, 0x30, 0x31, 0x2e, 0x2d, 0x65, 0x5c, 0x7b, 0x7d, 0x5b, 0x3a, 0x61, 0xc3, 0x00]) {
          const changed = Buffer.from(full);
          changed[i] = replacement;
          if (check(changed)) read++;
        }
      }
      expect(read).toBeGreaterThan(0); // changed values (digits, letters) are still read, and checked
    }
  });
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the frame decoder against JSON.parse on random frames', () => {
  it('reads every decimal of up to 17 significant digits and scale up to 30 exactly as JSON.parse does', () => {
    const next = random(1);
    let read = 0;
    for (let n = 0; n < 100_000; n++) {
      const digits = 1 + Math.floor(next() * 17);
      let mantissa = String(1 + Math.floor(next() * 9));
      for (let d = 1; d < digits; d++) mantissa += String(Math.floor(next() * 10));
      const scale = Math.floor(next() * 31);
      const text = scale === 0 ? mantissa : scale >= mantissa.length ? `0.${'0'.repeat(scale - mantissa.length)}${mantissa}` : `${mantissa.slice(0, -scale)}.${mantissa.slice(-scale)}`;
      const sign = next() < 0.3 ? '-' : '';
      if (check(bytes(`{"destination":"internal.trade","payload":{"price":${sign}${text}}}`))) read++;
    }
    expect(read).toBeGreaterThan(90_000); // all but integers of 16 digits or more
  });

  it('reads random doubles as JSON.stringify writes them (exponents included) exactly as JSON.parse does', () => {
    const next = random(2);
    const view = new DataView(new ArrayBuffer(8));
    let read = 0;
    for (let n = 0; n < 50_000; n++) {
      view.setUint32(0, Math.floor(next() * 2 ** 32));
      view.setUint32(4, Math.floor(next() * 2 ** 32));
      const x = view.getFloat64(0);
      if (!Number.isFinite(x)) continue;
      if (check(bytes(`{"destination":"internal.quote","payload":{"bid":${JSON.stringify(x)}}}`))) read++;
    }
    expect(read).toBeGreaterThan(40_000);
  });

  it('reads or gives up on random frames, never differing from JSON.parse', () => {
    const next = random(3);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const members: Record<string, readonly string[]> = {
      'internal.trade': ['symbol', 'price', 'size', 'id', 'ts', 'orderId', 'clientOrderId', 'buyer', 'instrumentId', 'other'],
      'internal.quote': ['symbolName', 'bid', 'bidQty', 'ofr', 'ofrQty', 'timestamp', 'symbol'],
      'ohlc.event': ['symbol', 'interval', 'type', 't', 'o', 'h', 'l', 'c', 'v'],
      'marketdepth.event': ['symbol', 'ts'],
    };
    const values = [
      () => String(Math.floor(next() * 1e6)),
      () => (next() * 1e5).toFixed(Math.floor(next() * 8)),
      () => JSON.stringify(next() * 10 ** Math.floor(next() * 40 - 20)),
      () => pick(['0', '-0', '-0.0', '1e5', '2E-3', '12345678901234567', '9007199254740991', '1.', '01', '-', '1e', 'true', 'false', 'null', 'nul', 'tru']),
      () => JSON.stringify(pick(['BTC/USD', 'Oil - Brent.', '', 'a"b', 'tab\t', 'é', '\u2028', 'x\\y', '1m', 'classic'])),
      () => pick(['[]', '{}', '[1,2]', '{"a":1}', '"unterminated']),
    ];
    let read = 0;
    for (let n = 0; n < 30_000; n++) {
      const destination = pick(Object.keys(members));
      const names = members[destination]!.filter(() => next() < 0.7).sort(() => next() - 0.5);
      if (next() < 0.05 && names.length > 0) names.push(names[0]!); // a member twice
      const payload = `{${names.map((name) => `"${name}":${pick(values)()}`).join(',')}}`;
      const envelope = [`"status":${next() < 0.9 ? '"OK"' : '"ERR"'}`, `"destination":"${destination}"`, `"payload":${payload}`];
      if (next() < 0.1) envelope.push(`"correlationId":${Math.floor(next() * 100)}`);
      if (next() < 0.1) envelope.reverse();
      let text = `{${envelope.join(',')}}`;
      if (next() < 0.1) {
        const at = Math.floor(next() * text.length);
        text = text.slice(0, at) + pick([' ', '', ',', '"', '}', '0', '\\']) + text.slice(at + (next() < 0.5 ? 1 : 0));
      }
      if (check(bytes(text))) read++;
    }
    expect(read).toBeGreaterThan(500); // 591 of the 30 000 with this seed: most have a member or a value it leaves alone
  });
});
