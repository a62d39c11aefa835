import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { SimulatorOptions } from '../../templates/simulator/deps.js';
import { createSimulator, issueField, signaturesEqual, validationError, type Simulator } from '../../templates/simulator/server.js';
import { FIXTURES } from '../helpers/paths.js';
import { API_KEY, API_SECRET, TestClient, makeDeps, signed, sleep, type SpecOptions } from './helpers.js';

const T0 = Date.UTC(2024, 0, 10, 12, 0, 0);

const open: { sims: Simulator[]; clients: TestClient[] } = { sims: [], clients: [] };

async function start(options: Partial<SimulatorOptions> = {}, spec: SpecOptions = {}): Promise<Simulator> {
  const sim = await createSimulator(makeDeps(spec), { apiKey: API_KEY, apiSecret: API_SECRET, tickMs: 0, now: () => T0, seed: 1, ...options });
  open.sims.push(sim);
  return sim;
}

async function connect(sim: Simulator): Promise<TestClient> {
  const c = await TestClient.connect(sim.url);
  open.clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of open.clients.splice(0)) c.close();
  for (const s of open.sims.splice(0)) await s.close();
});

describe('server: connection and routing', () => {
  it('listens on 127.0.0.1 with a free port at /connect and refuses other paths', async () => {
    const sim = await start();
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`ws://127.0.0.1:${sim.port}/connect`);
    const c = await connect(sim);
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    const refused = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${sim.port}/other`);
      ws.on('unexpected-response', (_req, res) => resolve(`status ${res.statusCode}`));
      ws.on('error', (e) => resolve(`error ${e.message}`));
      ws.on('open', () => resolve('open'));
    });
    expect(refused).toMatch(/404/);
  });

  it('answers by destination with the correlationId as a string and the destination echoed', async () => {
    const sim = await start();
    const c = await connect(sim);
    c.send({ destination: '/api/v1/time', correlationId: 41, payload: {} });
    const r = await c.next((f) => f.correlationId === '41');
    expect(r).toEqual({ status: 'OK', destination: '/api/v1/time', correlationId: '41', payload: { serverTime: T0 } });
    c.send({ destination: '/api/v2/time', correlationId: 'abc', payload: {} });
    expect((await c.next((f) => f.correlationId === 'abc')).status).toBe('OK');
    c.send({ destination: 'ping' });
    const pong = await c.next((f) => f.destination === 'ping');
    expect(pong).toEqual({ status: 'OK', destination: 'ping', payload: {} });
  });

  it('answers unknown destinations and versions that do not exist with an error', async () => {
    const sim = await start();
    const c = await connect(sim);
    const unknown = await c.request('/api/v1/nothing');
    expect(unknown).toMatchObject({ status: 'ERROR', destination: '/api/v1/nothing', payload: { code: -1000 } });
    expect(unknown.payload.msg).toContain('Unknown destination');
    const v1only = await c.request('/api/v1/fetchOrder', signed({ symbol: 'BTC/USD', orderId: 'x' }, T0));
    expect(v1only).toMatchObject({ status: 'ERROR', payload: { code: -1000, msg: 'Destination /api/v1/fetchOrder is not available in API version v1' } });
    const v3 = await c.request('/api/v3/time');
    expect(v3.payload.msg).toContain('API version v3');
    const v2 = await c.request('/api/v2/fetchOrder', signed({ symbol: 'BTC/USD', orderId: 'x' }, T0));
    expect(v2.payload).toEqual({ code: -2013, msg: 'Order does not exist' });
  });

  it('answers malformed client frames with an error and keeps the connection', async () => {
    const sim = await start();
    const c = await connect(sim);
    c.send('{not json');
    const e = await c.next((f) => f.status === 'ERROR');
    expect(e.payload.code).toBe(-1000);
    expect(e.correlationId).toBeUndefined();
    const r = await c.request('/api/v1/depth', 'oops');
    expect(r).toMatchObject({ status: 'ERROR', payload: { code: -1100 } });
    expect((await c.request('/api/v1/time')).status).toBe('OK');
  });

  it('maps validation failures to the API codes', async () => {
    const sim = await start();
    const c = await connect(sim);
    const extra = await c.request('/api/v1/depth', { symbol: 'BTC/USD', foo: 1 });
    expect(extra.payload.code).toBe(-1104);
    expect(extra.payload.msg).toBe('Not all sent parameters were read, read 1 parameters but was sent 2 (unread: foo)');
    const missing = await c.request('/api/v1/depth', {});
    expect(missing.payload.code).toBe(-1128);
    expect(missing.payload.msg).toContain("'symbol'");
    const badType = await c.request('/api/v1/depth', { symbol: 'BTC/USD', limit: 'x' });
    expect(badType.payload.code).toBe(-1100);
    expect(badType.payload.msg).toContain("'limit'");
    const ok = await c.request('/api/v1/depth', { symbol: 'BTC/USD', limit: 5 });
    expect(ok.payload.bids).toHaveLength(5);
  });

  it('validates signed payloads with a validator that knows the signing fields and stops at the first issue', async () => {
    const sim = await start();
    const c = await connect(sim);
    const base = { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.001', price: '20000' };
    const extra = await c.request('/api/v1/order/create', signed({ ...base, bogus: 1 }, T0));
    expect(extra.payload).toMatchObject({ code: -1104 });
    expect(extra.payload.msg).toContain('(unread: bogus)');
    const missing = await c.request('/api/v1/order/create', signed({ symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT' }, T0));
    expect(missing.payload.msg).toContain("'quantity'");
    const upper = signed(base, T0);
    upper.signature = String(upper.signature).toUpperCase();
    expect((await c.request('/api/v1/order/create', upper)).payload.code).toBe(-1022);
    const noSignature = signed(base, T0);
    delete noSignature.signature;
    expect((await c.request('/api/v1/order/create', noSignature)).payload.code).toBe(-1022);
    expect((await c.request('/api/v1/order/create', signed(base, T0))).status).toBe('OK');
  });

  it('shows Hong Kong symbols on v2 only', async () => {
    const sim = await start();
    const c = await connect(sim);
    expect((await c.request('/api/v1/depth', { symbol: '00700' })).payload).toEqual({ code: -1121, msg: 'Invalid symbol.' });
    expect((await c.request('/api/v2/depth', { symbol: '00700', limit: 5 })).status).toBe('OK');
    const v1 = (await c.request('/api/v1/exchangeInfo')).payload.symbols.map((s: { symbol: string }) => s.symbol);
    expect(v1).not.toContain('00700');
  });
});

describe('server: signed requests', () => {
  it('accepts a correctly signed request and answers with the account', async () => {
    const sim = await start();
    const c = await connect(sim);
    const r = await c.request('/api/v1/account', signed({}, T0));
    expect(r.status).toBe('OK');
    expect(r.payload.balances.find((b: { asset: string }) => b.asset === 'USD').free).toBe('10000.00');
  });

  it('accepts the official fixture request signed with the published key pair', async () => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, 'v1-account-request.json'), 'utf8'));
    const pair = { apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A', apiSecret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j' };
    const sim = await start({ accounts: [pair], now: () => fixture.payload.timestamp + 100 });
    const c = await connect(sim);
    c.send(fixture);
    const r = await c.next((f) => f.correlationId === String(fixture.correlationId));
    expect(r.status).toBe('OK');
    c.send({ ...fixture, payload: { ...fixture.payload, showZeroBalance: true } });
    const bad = await c.next((f) => f.correlationId === String(fixture.correlationId) && f.status === 'ERROR');
    expect(bad.payload).toEqual({ code: -1022, msg: 'Signature for this request is not valid.' });
  });

  it('rejects bad signatures, unknown and missing keys', async () => {
    const sim = await start();
    const c = await connect(sim);
    const wrongSecret = await c.request('/api/v1/account', signed({}, T0, API_KEY, 'other-secret'));
    expect(wrongSecret.payload).toEqual({ code: -1022, msg: 'Signature for this request is not valid.' });
    const tampered = signed({ symbol: 'BTC/USD' }, T0);
    tampered.symbol = 'ETH/USD';
    expect((await c.request('/api/v1/myTrades', tampered)).payload.code).toBe(-1022);
    const upper = signed({}, T0);
    upper.signature = String(upper.signature).toUpperCase();
    expect((await c.request('/api/v1/account', upper)).payload.code).toBe(-1022);
    expect((await c.request('/api/v1/account', { timestamp: T0, apiKey: API_KEY })).payload.code).toBe(-1022);
    const unknownKey = await c.request('/api/v1/account', signed({}, T0, 'nobody', API_SECRET));
    expect(unknownKey.payload).toEqual({ code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' });
    expect((await c.request('/api/v1/account', { timestamp: T0 })).payload.code).toBe(-2014);
  });

  it('checks the timestamp against recvWindow', async () => {
    const sim = await start();
    const c = await connect(sim);
    const old = await c.request('/api/v1/account', signed({}, T0 - 6000));
    expect(old.payload).toEqual({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
    const wider = await c.request('/api/v1/account', signed({ recvWindow: 10000 }, T0 - 6000));
    expect(wider.status).toBe('OK');
    const ahead = await c.request('/api/v1/account', signed({}, T0 + 5000));
    expect(ahead.payload).toEqual({ code: -1021, msg: 'your time is ahead of server' });
    const tooWide = await c.request('/api/v1/account', signed({ recvWindow: 70000 }, T0));
    expect(tooWide.payload.code).toBe(-1100);
  });

  it('uses recvWindowDefault', async () => {
    const sim = await start({ recvWindowDefault: 20000 });
    const c = await connect(sim);
    expect((await c.request('/api/v1/account', signed({}, T0 - 15000))).status).toBe('OK');
  });

  it('trades through the socket: create, list, cancel, cancel again', async () => {
    const sim = await start();
    const c = await connect(sim);
    const created = await c.request('/api/v1/order/create', signed({ symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '20000', timeInForce: 'GTC' }, T0));
    expect(created.payload).toMatchObject({ status: 'NEW', symbol: 'BTC/USD' });
    const list = await c.request('/api/v1/openOrders', signed({}, T0));
    expect(list.payload.openOrders).toHaveLength(1);
    const cancel = signed({ symbol: 'BTC/USD', orderId: created.payload.orderId }, T0);
    expect((await c.request('/api/v1/order/cancel', cancel)).payload.status).toBe('CANCELED');
    expect((await c.request('/api/v1/order/cancel', cancel)).payload).toEqual({ code: -2011, msg: 'UNKNOWN_ORDER' });
    const lev = await c.request('/api/v1/leverageSettings', signed({ symbol: 'ETH/USD' }, T0));
    expect(lev.payload).toEqual({ code: -1128, msg: 'Only leverage symbol allowed here: ETH/USD' });
  });
});

describe('server: ping rule', () => {
  it('closes a connection that is not pinged within heartbeatTimeoutMs', async () => {
    const sim = await start({ heartbeatTimeoutMs: 300 });
    const c = await connect(sim);
    const closed = await c.waitClose(3000);
    expect(closed.code).toBe(1000);
    expect(closed.reason).toContain('Not pinged');
  });

  it('keeps a connection that sends application pings', async () => {
    const sim = await start({ heartbeatTimeoutMs: 500 });
    const c = await connect(sim);
    for (let i = 0; i < 10; i++) {
      c.send({ destination: 'ping', correlationId: i, payload: {} });
      await sleep(100);
    }
    expect(c.closed).toBeUndefined();
    expect(c.frames.filter((f) => f.destination === 'ping')).toHaveLength(10);
    await c.waitClose(3000); // and it closes once the pings stop
  });

  it('keeps a connection that sends protocol pings, and answers them with pongs', async () => {
    const sim = await start({ heartbeatTimeoutMs: 500 });
    const c = await connect(sim);
    for (let i = 0; i < 10; i++) {
      c.ws.ping();
      await sleep(100);
    }
    expect(c.closed).toBeUndefined();
    expect(c.pongs).toBeGreaterThanOrEqual(9);
  });

  it('does not count other requests as pings', async () => {
    const sim = await start({ heartbeatTimeoutMs: 300 });
    const c = await connect(sim);
    for (let i = 0; i < 3; i++) {
      c.send({ destination: '/api/v1/time', correlationId: i, payload: {} });
      await sleep(60);
    }
    await c.waitClose(3000);
  });
});

describe('server: rate limits', () => {
  it('refuses orders beyond the listed limit per connection', async () => {
    const sim = await start({}, { ordersLimit: 3 });
    const a = await connect(sim);
    const order = () => signed({ symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.001', price: '20000' }, T0);
    for (let i = 0; i < 3; i++) expect((await a.request('/api/v1/order/create', order())).status).toBe('OK');
    const refused = await a.request('/api/v1/order/create', order());
    expect(refused.status).toBe('ERROR');
    expect(refused.payload.code).toBe(-1000);
    expect(refused.payload.msg).toBe('Too many requests: rate limit orders allows 3 per 60000 ms.');
    expect((await a.request('/api/v1/time')).status).toBe('OK');
    const b = await connect(sim);
    expect((await b.request('/api/v1/order/create', order())).status).toBe('OK');
  });

  it('counts request weight against the limit that applies to all, pings weigh nothing', async () => {
    const sim = await start({}, { requestWeightLimit: 4 });
    const c = await connect(sim);
    for (let i = 0; i < 4; i++) expect((await c.request('/api/v1/time')).status).toBe('OK');
    expect((await c.request('/api/v1/time')).payload.msg).toContain('requestWeight');
    expect((await c.request('ping')).status).toBe('OK');
  });

  it('can be switched off', async () => {
    const sim = await start({ rateLimits: false }, { requestWeightLimit: 2 });
    const c = await connect(sim);
    for (let i = 0; i < 5; i++) expect((await c.request('/api/v1/time')).status).toBe('OK');
  });
});

describe('server: subscriptions and events', () => {
  it('answers subscribe with PROCESSED per symbol and pushes quotes without correlationId', async () => {
    const sim = await start();
    const c = await connect(sim);
    const r = await c.request('marketData.subscribe', { symbols: ['BTC/USD', 'NOPE'] });
    expect(r).toEqual({ status: 'OK', destination: 'marketData.subscribe', correlationId: '1', payload: { subscriptions: { 'BTC/USD': 'PROCESSED', NOPE: 'REJECTED' } } });
    const snap = await c.next((f) => f.destination === 'internal.quote');
    expect(snap.correlationId).toBeUndefined();
    expect(snap.status).toBe('OK');
    expect(Object.keys(snap.payload).sort()).toEqual(['bid', 'bidQty', 'ofr', 'ofrQty', 'symbolName', 'timestamp']);
    expect(snap.payload.symbolName).toBe('BTC/USD');
    // A second subscribe adds symbols.
    await c.request('marketData.subscribe', { symbols: ['Oil - Brent.'] });
    const before = c.frames.length;
    sim.tick();
    await c.next((f) => c.frames.indexOf(f) >= before && f.payload?.symbolName === 'Oil - Brent.');
    await c.next((f) => c.frames.indexOf(f) >= before && f.payload?.symbolName === 'BTC/USD');
    expect(c.frames.some((f) => f.payload?.symbolName === 'ETH/USD')).toBe(false);
  });

  it('pushes depth snapshots with data as an object', async () => {
    const sim = await start();
    const c = await connect(sim);
    await c.request('depthMarketData.subscribe', { symbols: ['Natural Gas'] });
    sim.tick();
    const e = await c.next((f) => f.destination === 'marketdepth.event');
    expect(e.payload.symbol).toBe('Natural Gas');
    expect(typeof e.payload.data).toBe('object');
    expect(Object.keys(e.payload.data).sort()).toEqual(['bid', 'ofr', 'ts']);
    expect(Object.keys(e.payload.data.bid)).toHaveLength(10);
  });

  it('echoes the OHLC interval and type as requested (1m and legacy M1)', async () => {
    const sim = await start();
    const c = await connect(sim);
    await c.request('OHLCMarketData.subscribe', { symbols: ['BTC/USD_LEVERAGE'], intervals: ['M1'] });
    await c.request('OHLCMarketData.subscribe', { symbols: ['BTC/USD_LEVERAGE'], intervals: ['1m', '1h'], type: 'heikin-ashi' });
    sim.tick();
    const m1 = await c.next((f) => f.destination === 'ohlc.event' && f.payload.interval === 'M1');
    expect(m1.payload).toMatchObject({ symbol: 'BTC/USD_LEVERAGE', type: 'classic' });
    expect(Object.keys(m1.payload).sort()).toEqual(['c', 'h', 'interval', 'l', 'o', 'symbol', 't', 'type']);
    const ha = await c.next((f) => f.destination === 'ohlc.event' && f.payload.interval === '1h' && f.payload.type === 'heikin-ashi');
    expect(ha.payload.t % 3_600_000).toBe(0);
    const bad = await c.request('OHLCMarketData.subscribe', { symbols: ['BTC/USD'], intervals: ['7m'] });
    expect(bad).toMatchObject({ status: 'ERROR', payload: { code: -1100 } });
  });

  it('pushes trades, including the user’s own fills', async () => {
    const sim = await start();
    const c = await connect(sim);
    await c.request('trades.subscribe', { symbols: ['BTC/USD'] });
    const order = await c.request('/api/v1/order/create', signed({ symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: '0.01' }, T0));
    sim.tick();
    const t = await c.next((f) => f.destination === 'internal.trade' && f.payload.orderId === order.payload.orderId);
    expect(t.payload).toMatchObject({ symbol: 'BTC/USD', size: 0.01, buyer: true });
    expect(Object.keys(t.payload).sort()).toEqual(['buyer', 'clientOrderId', 'id', 'orderId', 'price', 'size', 'symbol', 'ts']);
  });

  it('ticks on its own every tickMs', async () => {
    const sim = await start({ tickMs: 20, now: Date.now });
    const c = await connect(sim);
    await c.request('marketData.subscribe', { symbols: ['ETH/USD'] });
    await c.next((f) => f.destination === 'internal.quote' && c.frames.filter((x) => x.destination === 'internal.quote').length >= 4, 3000);
    expect(sim.market.ticks).toBeGreaterThan(0);
  });
});

describe('server: faults', () => {
  it('dropConnections terminates clients; the server keeps accepting', async () => {
    const sim = await start();
    const c = await connect(sim);
    sim.faults.dropConnections();
    const closed = await c.waitClose();
    expect(closed.code).toBe(1006);
    const d = await connect(sim);
    expect((await d.request('/api/v1/time')).status).toBe('OK');
  });

  it('delayReplies holds replies back', async () => {
    const sim = await start();
    const c = await connect(sim);
    sim.faults.delayReplies(400);
    const pending = c.request('/api/v1/time');
    await sleep(100);
    expect(c.frames).toHaveLength(0);
    expect((await pending).status).toBe('OK');
    sim.faults.delayReplies(0);
    expect((await c.request('/api/v1/time', {}, 1000)).status).toBe('OK');
  });

  it('sendMalformedFrame sends a frame that is not JSON', async () => {
    const sim = await start();
    const c = await connect(sim);
    sim.faults.sendMalformedFrame();
    const raw = await c.nextRaw(() => true);
    expect(() => JSON.parse(raw)).toThrow();
    sim.faults.sendMalformedFrame('garbage');
    await c.nextRaw((s) => s === 'garbage');
  });

  it('failNext fails the next matching request once, by destination or operationId', async () => {
    const sim = await start();
    const c = await connect(sim);
    sim.faults.failNext('createOrder', { code: -1000, msg: 'An unknown error occured while processing the request.' });
    sim.faults.failNext('/api/v1/time', { code: -1021, msg: 'market data service is not available' });
    const order = () => signed({ symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.001', price: '20000' }, T0);
    const first = await c.request('/api/v2/order/create', order());
    expect(first).toMatchObject({ status: 'ERROR', payload: { code: -1000 } });
    expect((await c.request('/api/v2/order/create', order())).status).toBe('OK');
    expect((await c.request('/api/v2/time')).status).toBe('OK');
    expect((await c.request('/api/v1/time')).payload).toEqual({ code: -1021, msg: 'market data service is not available' });
    expect((await c.request('/api/v1/time')).status).toBe('OK');
  });

  it('goSilent stops replies and events but keeps the connection; turning it off resumes', async () => {
    const sim = await start({ heartbeatTimeoutMs: 300 });
    const c = await connect(sim);
    await c.request('marketData.subscribe', { symbols: ['BTC/USD'] });
    sim.faults.goSilent(true);
    const count = c.frames.length;
    c.send({ destination: '/api/v1/time', correlationId: 'silent', payload: {} });
    sim.tick();
    await sleep(600); // longer than the heartbeat timeout: silence suspends the ping rule
    expect(c.frames.length).toBe(count);
    expect(c.closed).toBeUndefined();
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    sim.faults.goSilent(false);
    expect((await c.request('ping')).status).toBe('OK');
    expect(c.frames.some((f) => f.correlationId === 'silent')).toBe(false);
  });

  it('close() ends clients and frees the port', async () => {
    const sim = await start();
    const c = await connect(sim);
    await sim.close();
    await c.waitClose();
    await expect(TestClient.connect(sim.url)).rejects.toBeTruthy();
  });
});

describe('validation and signature helpers', () => {
  it('finds the field of an issue', () => {
    expect(issueField({ path: '/limit', rule: 'type', message: 'must be integer' })).toBe('limit');
    expect(issueField({ path: '', rule: 'required', message: "must have required property 'symbol'" })).toBe('symbol');
    expect(issueField({ path: '/symbols/0', rule: 'type', message: 'x' })).toBe('symbols');
  });

  it('ignores issues about signing fields', () => {
    const issues = [{ path: '/apiKey', rule: 'additionalProperties', message: 'no' }];
    expect(validationError(issues, { apiKey: 'k' }, new Set(['apiKey']))).toBeUndefined();
    expect(validationError(issues, { apiKey: 'k' })?.code).toBe(-1104);
  });

  it('compares signatures', () => {
    expect(signaturesEqual('abc', 'abc')).toBe(true);
    expect(signaturesEqual('abc', 'abd')).toBe(false);
    expect(signaturesEqual('abc', 'abcd')).toBe(false);
  });
});
