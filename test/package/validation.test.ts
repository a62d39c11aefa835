/**
 * Validation: every fixture through the generated (standalone) validators, requests strictly and
 * replies/events tolerantly; crafted bad requests refused with path and rule; and ajv compiling the
 * same schemas in memory agrees with the precompiled validators on all of it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { validateEvent, validateReply, validateRequest, buildRequest, InvalidRequestError } from 'currencycom-ws';
import { loadDocument } from '../../generator/load.js';
import { buildModel } from '../../generator/model.js';
import { generateTypeModels } from '../../generator/emit/types.js';
import { assembleSchemas } from '../../generator/schemas.js';
import { ajvOptions } from '../../generator/emit/validators.js';
import { FIXTURES, ROOT, SPEC } from '../helpers/paths.js';

const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const requestFixtures = readdirSync(FIXTURES).filter((f) => /^(v1|ws)-.*-request(-ccxt)?\.json$/.test(f));

/** Reply payload fixtures → the request destination they answer. */
const replyFixtures: [string, string][] = [
  ['rest-account-payload-doc.json', '/api/v1/account'],
  ['rest-closeTradingPosition-payload-doc.json', '/api/v1/closeTradingPosition'],
  ['rest-currencies-payload-ccxt.json', '/api/v2/currencies'],
  ['rest-depositAddress-payload-ccxt.json', '/api/v2/depositAddress'],
  ['rest-exchangeInfo-payload-gotest.json', '/api/v1/exchangeInfo'],
  ['rest-klines-payload-ccxt.json', '/api/v1/klines'],
  ['rest-ledger-payload-ccxt.json', '/api/v2/ledger'],
  ['rest-myTrades-payload-ccxt.json', '/api/v1/myTrades'],
  ['rest-openOrders-payload-ccxt.json', '/api/v1/openOrders'],
  ['rest-order-create-full-payload-doc.json', '/api/v1/order/create'],
  ['rest-order-create-limit-payload-ccxt.json', '/api/v1/order/create'],
  ['rest-time-payload.json', '/api/v1/time'],
  ['rest-tradingPositions-payload-ccxt.json', '/api/v1/tradingPositions'],
  ['rest-updateTradingPosition-payload-doc.json', '/api/v1/updateTradingPosition'],
];
/** Whole frames from the sister platform whose payload shape the document adopts. */
const siblingReplies: [string, string][] = [
  ['sibling-capitalcom-marketData-subscribe-response.json', 'marketData.subscribe'],
  ['sibling-capitalcom-ping-response.json', 'ping'],
];
const eventFixtures = ['internal-quote-event-txn.json', 'internal-trade-event-gotest.json', 'ohlc-event-gotest-2023.json'];

/** Crafted requests a real server refuses. */
const badRequests: [string, string, Record<string, unknown>, string, string][] = [
  ['missing required field', '/api/v1/depth', { limit: 5 }, '/symbol', 'required'],
  ['enum value out of range', '/api/v1/klines', { symbol: 'BTC/USD', interval: '2m' }, '/interval', 'enum'],
  ['wrong type', '/api/v1/depth', { symbol: 'BTC/USD', limit: 'five' }, '/limit', 'type'],
  ['unknown field', '/api/v1/ticker/24hr', { symbol: 'BTC/USD', foo: 1 }, '/foo', 'additionalProperties'],
  ['limit above maximum', '/api/v1/depth', { symbol: 'BTC/USD', limit: 100000 }, '/limit', 'maximum'],
  ['empty symbols list', 'marketData.subscribe', { symbols: [] }, '/symbols', 'minItems'],
  ['signed request without signature', '/api/v1/account', { apiKey: 'k', timestamp: 1 }, '/signature', 'required'],
  ['recvWindow above 60000', '/api/v1/account', { apiKey: 'k', timestamp: 1, recvWindow: 60001, signature: 'a'.repeat(64) }, '/recvWindow', 'maximum'],
  ['decimal string with exponent', '/api/v1/order/create', { symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: '1e-7', apiKey: 'k', timestamp: 1, signature: 'a'.repeat(64) }, '/quantity', 'pattern'],
];

describe('generated validators', () => {
  it.each(requestFixtures)('request fixture %s validates strictly', (name) => {
    const m = fixture(name);
    expect(validateRequest(m.destination, m.payload)).toEqual({ valid: true, value: m.payload });
  });

  it.each(replyFixtures)('reply fixture %s validates tolerantly as the reply of %s', (name, destination) => {
    const payload = fixture(name);
    const before = JSON.stringify(payload);
    const r = validateReply(destination, payload);
    expect(r.valid ? 'valid' : r.errors).toBe('valid');
    expect(JSON.stringify(payload)).toBe(before); // the caller's object is left alone
  });

  it.each(siblingReplies)('sister-platform reply %s validates as the reply of %s', (name, destination) => {
    const r = validateReply(destination, fixture(name).payload);
    expect(r.valid ? 'valid' : r.errors).toBe('valid');
  });

  it.each(eventFixtures)('event fixture %s validates tolerantly', (name) => {
    const m = fixture(name);
    const r = validateEvent(m.destination, m.payload);
    expect(r.valid ? 'valid' : r.errors).toBe('valid');
  });

  it('decodes tolerated variants into the documented types', () => {
    const account = validateReply('/api/v1/account', fixture('rest-account-payload-doc.json'));
    expect(account.valid).toBe(true);
    const balances = (account as { value: { balances: { accountId: unknown; free: unknown }[] } }).value.balances;
    expect(balances[1]).toMatchObject({ accountId: '2376109060084932', free: '515.59092523' }); // number → decimal text

    const klines = validateReply('/api/v1/klines', fixture('rest-klines-payload-ccxt.json')); // a bare array
    expect(klines.valid && Array.isArray((klines.value as { lines: unknown[] }).lines)).toBe(true);

    const depth = validateEvent('marketdepth.event', { symbol: 'BTC/USD', data: JSON.stringify({ ts: 1, bid: { '100.5': 2 }, ofr: { '101': '3' } }) });
    expect(depth).toMatchObject({ valid: true, value: { data: { ts: 1, bid: { '100.5': 2 }, ofr: { '101': 3 } } } });

    const bar = validateEvent('ohlc.event', { symbol: 'BTC/USD', interval: 'M1', t: 1, o: '1.5', h: 2, l: 1, c: 1.5 });
    expect(bar).toMatchObject({ valid: true, value: { interval: '1m', o: 1.5 } });

    const quote = validateEvent('internal.quote', { symbolName: 'TXN', bid: '139.85', ofr: 139.92, timestamp: '1597850971558' });
    expect(quote).toMatchObject({ valid: true, value: { bid: 139.85, timestamp: 1597850971558 } });
  });

  it.each(badRequests)('refuses a request with %s, naming path and rule', (_, destination, payload, path, rule) => {
    const r = validateRequest(destination, payload);
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.errors).toContainEqual(expect.objectContaining({ path, rule }));
  });

  it('refuses events of the wrong types and unknown event destinations', () => {
    expect(validateEvent('internal.quote', { symbolName: 'TXN', bid: 'high', ofr: 1, timestamp: 1 }).valid).toBe(false);
    expect(validateEvent('internal.nothing', {}).valid).toBe(false);
  });
});

describe('in-memory ajv and the emitted standalone validators agree', async () => {
  const loaded = await loadDocument(SPEC);
  const types = await generateTypeModels(loaded.document, loaded.raw.components?.schemas ?? {});
  const model = buildModel(loaded, types.names);
  const set = assembleSchemas(model);
  const compile = (kind: 'request' | 'inbound', schema: Record<string, unknown>) => {
    const ajv = new Ajv({ ...ajvOptions(kind), code: { source: false } });
    ajv.addSchema(set.defs);
    return ajv.compile(schema);
  };
  const opOf = (destination: string) => model.operations.find((o) => Object.values(o.destinations).includes(destination))!;

  it('on every request fixture and every crafted bad request', () => {
    const cases: [string, unknown][] = [
      ...requestFixtures.map((n) => [fixture(n).destination, fixture(n).payload] as [string, unknown]),
      ...badRequests.map(([, d, p]) => [d, p] as [string, unknown]),
    ];
    for (const [destination, payload] of cases) {
      const memory = compile('request', set.requests[opOf(destination).id]!)(structuredClone(payload));
      expect(validateRequest(destination, payload).valid, destination).toBe(memory);
    }
  });

  it('on every reply and event fixture', () => {
    for (const [name, destination] of replyFixtures) {
      const op = opOf(destination);
      let payload = fixture(name);
      if (Array.isArray(payload) && op.bareArrayField) payload = { [op.bareArrayField]: payload };
      expect(validateReply(destination, fixture(name)).valid, name).toBe(compile('inbound', set.replies[op.id]!)(payload));
    }
    for (const name of eventFixtures) {
      const m = fixture(name);
      expect(validateEvent(m.destination, m.payload).valid, name).toBe(compile('inbound', set.events[m.destination]!)(structuredClone(m.payload)));
    }
  });
});

describe('buildRequest', () => {
  const ctx = { apiKey: 'key', apiSecret: 'very-secret-value', timestamp: 1700000000000, correlationId: 9 };

  it('is deterministic with timestamp and correlationId given', () => {
    const a = buildRequest('/api/v1/account', { showZeroBalance: true }, ctx);
    expect(a).toEqual(buildRequest('/api/v1/account', { showZeroBalance: true }, ctx));
    expect(a).toMatchObject({ destination: '/api/v1/account', correlationId: 9, payload: { showZeroBalance: true, apiKey: 'key', timestamp: 1700000000000 } });
    expect(Object.keys(a)).toEqual(['destination', 'correlationId', 'payload']);
  });

  it('does not sign a public request and adds nothing to it', () => {
    expect(buildRequest('/api/v2/depth', { symbol: 'BTC/USD' }, { correlationId: 'a' })).toEqual({ destination: '/api/v2/depth', correlationId: 'a', payload: { symbol: 'BTC/USD' } });
  });

  const refusals: [string, () => unknown, string, string, string][] = [
    ['an unknown destination', () => buildRequest('/api/v1/nothing' as never, {} as never, ctx), 'ERR_UNKNOWN_DESTINATION', 'destination', 'known-destination'],
    ['a destination in a version it does not exist in', () => buildRequest('/api/v1/fetchOrder' as never, { symbol: 'BTC/USD', orderId: 'x' } as never, ctx), 'ERR_UNSUPPORTED_VERSION', 'destination', 'version'],
    ['a missing param', () => buildRequest('/api/v1/depth', {} as never, ctx), 'ERR_INVALID_REQUEST', 'symbol', 'required'],
    ['an invalid param', () => buildRequest('/api/v1/klines', { symbol: 'BTC/USD', interval: '2m' } as never, ctx), 'ERR_INVALID_REQUEST', 'interval', 'enum'],
    ['a signed call without credentials', () => buildRequest('/api/v1/account', {}, {}), 'ERR_MISSING_CREDENTIALS', 'apiKey', 'credentials'],
    ['a signed call without the secret', () => buildRequest('/api/v1/account', {}, { apiKey: 'k' }), 'ERR_MISSING_CREDENTIALS', 'apiSecret', 'credentials'],
    ['a non-finite number', () => buildRequest('/api/v1/depth', { symbol: 'BTC/USD', limit: Number.NaN } as never, ctx), 'ERR_INVALID_REQUEST', 'limit', 'finite'],
    ['params that are not an object', () => buildRequest('/api/v1/depth', 'BTC/USD' as never, ctx), 'ERR_INVALID_REQUEST', 'payload', 'type'],
  ];
  it.each(refusals)('refuses %s, naming destination, field and rule', (_, call, code, field, rule) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code, field, rule });
    const e = error as InvalidRequestError;
    expect(e.message).toContain(e.destination);
    expect(e.message).toContain(field);
    expect(`${e.message} ${JSON.stringify(e)} ${e.stack}`).not.toContain('very-secret-value');
  });

  it('keeps decimal strings as strings and never writes exponent notation', () => {
    const frame = buildRequest('/api/v1/order/create', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.00000010', price: 1e21 }, ctx);
    const payload = frame.payload as Record<string, unknown>;
    expect(payload.quantity).toBe('0.00000010');
    expect(payload.price).toBe('1000000000000000000000');
    expect(JSON.stringify(frame)).not.toMatch(/[:,[]-?\d+(\.\d+)?[eE][-+]?\d/);
  });
});

describe("a time window the document bounds (aggTrades' x-time-window: less than one hour)", () => {
  const T = 1_700_000_000_000;
  it.each([
    ['both ends, 1 ms short of an hour', { startTime: T - 3_599_999, endTime: T }, undefined],
    ['only startTime', { startTime: T - 86_400_000 }, undefined],
    ['only endTime', { endTime: T }, undefined],
    ['both ends, exactly an hour apart', { startTime: T - 3_600_000, endTime: T }, 'must be less than 3600000 ms after startTime (it is 3600000 ms after it)'],
    ['both ends, a day apart', { startTime: T - 86_400_000, endTime: T }, 'must be less than 3600000 ms after startTime (it is 86400000 ms after it)'],
  ])('%s', (_given, window, refusal) => {
    const params = { symbol: 'BTC/USD', ...window };
    const build = () => buildRequest('/api/v1/aggTrades', params, { correlationId: 1 });
    const checked = validateRequest('/api/v1/aggTrades', params);
    if (refusal === undefined) {
      expect(build().payload).toEqual(params);
      expect(checked.valid).toBe(true);
      return;
    }
    let error: unknown;
    try {
      build();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_REQUEST', field: 'endTime', rule: 'max-window' });
    expect((error as Error).message).toContain(refusal);
    expect(checked).toEqual({ valid: false, errors: [{ path: '/endTime', rule: 'max-window', message: refusal }] });
  });
});

describe("the main entry's combined validator modules and the client's per-operation modules", () => {
  /** In a fresh Node process: how many operations' validators the client would still import (prepare() gives a promise). */
  const stillToLoad = (entry: string): { toLoad: number; operations: number } => {
    const script = `
      const { CurrencyComClient } = await import(${JSON.stringify(entry)});
      const { spec } = await import(${JSON.stringify(join(ROOT, 'generated', 'dist', 'spec.js'))});
      const client = new CurrencyComClient({ url: 'ws://127.0.0.1:9/unused', reconnect: false });
      const ids = Object.keys(spec.operations);
      const pending = ids.map((id) => client.codec.prepare?.(id)).filter((p) => p !== undefined);
      await Promise.all(pending);
      console.log(JSON.stringify({ toLoad: pending.length, operations: ids.length }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    return JSON.parse(out.trim()) as { toLoad: number; operations: number };
  };

  it('a client takes its validators from the combined modules once the main entry has loaded them: it imports no module of an operation and its first call waits for nothing', () => {
    const viaMain = stillToLoad('currencycom-ws');
    expect(viaMain.operations).toBeGreaterThan(20);
    expect(viaMain.toLoad).toBe(0);
    // The client module alone (as a page bundles it without buildRequest or the validate
    // functions) still loads each operation's own modules on its first call.
    const alone = stillToLoad(join(ROOT, 'generated', 'dist', 'client.js'));
    expect(alone.toLoad).toBe(alone.operations);
  });

  it('are the same validators: same answers and errors on every fixture and crafted bad request', async () => {
    const { validators } = await import('../../generated/dist/validators/all.js');
    const { loaders } = await import('../../generated/dist/validators/lazy.js');
    const { spec } = await import('../../generated/dist/spec.js');
    const opOf = (destination: string) => Object.values(spec.operations).find((o) => Object.values(o.destinations).includes(destination))!.id;
    const requests: [string, unknown][] = [
      ...requestFixtures.map((n) => [opOf(fixture(n).destination), fixture(n).payload] as [string, unknown]),
      ...badRequests.map(([, d, p]) => [opOf(d), p] as [string, unknown]),
    ];
    const replies = replyFixtures.map(([name, destination]) => [opOf(destination), fixture(name)] as [string, unknown]);
    const events = eventFixtures.map((name) => [fixture(name).destination, fixture(name).payload] as [string, unknown]);
    let compared = 0;
    const same = (a: { (d: unknown): boolean; errors?: unknown }, b: { (d: unknown): boolean; errors?: unknown }, payload: unknown, what: string) => {
      const x = structuredClone(payload);
      const y = structuredClone(payload);
      expect(a(x), what).toBe(b(y));
      expect(a.errors, what).toEqual(b.errors);
      expect(x, what).toEqual(y); // the same coercions
      compared++;
    };
    for (const [id, payload] of [...requests, ...replies]) {
      const own = await loaders[id]!();
      same(validators.requestValidators![id]!, own.request, payload, `${id} request`);
      same(validators.replyValidators![id]!, own.reply, payload, `${id} reply`);
    }
    for (const [destination, payload] of events) {
      const id = Object.values(spec.operations).find((o) => o.stream?.eventDestination === destination)?.id;
      expect(id, destination).toBeDefined();
      same(validators.eventValidators![destination]!, (await loaders[id!]!()).events[destination]!, payload, destination);
    }
    // every validator of the tables is one of the combined modules' (none left out)
    expect(Object.keys(validators.requestValidators!).sort()).toEqual(Object.keys(spec.operations).sort());
    expect(compared).toBeGreaterThan(50);
  });
});
