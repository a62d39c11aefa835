/**
 * The API's refusals, end to end through the real client: the simulator answers with the API's
 * codes and the client turns them into ERR_API errors; what the client itself refuses is not sent.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, spec } from 'currencycom-ws';
import { cleanup, client, parseFrames, RawClient, rejectionOf, sim, tappedWebSocket } from './helpers.js';

afterEach(cleanup);

function expectApiError(error: unknown, apiCode: number | number[], destination?: string): void {
  expect(error, String(error)).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  expect(e.code).toBe('ERR_API');
  expect(Array.isArray(apiCode) ? apiCode : [apiCode]).toContain(e.apiCode);
  expect(e.errorName).toBe(spec.errorCodes[e.apiCode!]);
  if (destination !== undefined) expect(e.destination).toBe(destination);
}

describe("a time window longer than the document's x-time-window (aggTrades: under one hour)", () => {
  it('the client refuses it before sending; sent raw, the simulator answers -1128; a shorter one is served', async () => {
    const s = await sim();
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiVersion: 'v1', WebSocket });
    await c.connect();
    const now = Date.now();
    const error = await rejectionOf(c.aggTrades({ symbol: 'BTC/USD', startTime: now - 2 * 3_600_000, endTime: now }));
    expect(error).toMatchObject({ code: 'ERR_INVALID_REQUEST', field: 'endTime', rule: 'max-window' });
    expect(parseFrames(tap.sent).filter((f) => f.destination === '/api/v1/aggTrades')).toEqual([]);
    const served = await c.aggTrades({ symbol: 'BTC/USD', startTime: now - 3_599_000, endTime: now });
    expect(Array.isArray(served.aggTrades)).toBe(true);

    const raw = await RawClient.connect(s.url);
    const refused = await raw.call('/api/v1/aggTrades', 1, { symbol: 'BTC/USD', startTime: now - 3_600_000, endTime: now });
    expect(refused.status).not.toBe('OK');
    expect(JSON.stringify(refused.payload)).toContain('-1128');
    expect(JSON.stringify(refused.payload)).toContain('endTime must be less than 3600000 ms after startTime');
  });
});

describe('signed requests refused by the server', () => {
  it('a wrong secret: -1022, and the secret is in no error text', async () => {
    const s = await sim();
    const wrongSecret = 'not-the-secret-' + s.apiSecret.slice(0, 8);
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: wrongSecret });
    await c.connect();
    const error = await rejectionOf(c.account({ showZeroBalance: true }));
    expectApiError(error, -1022, '/api/v2/account');
    expect(String(error.message)).not.toContain(wrongSecret);
    expect(JSON.stringify(error)).not.toContain(wrongSecret);
    // the right secret on the same simulator works: it is the signature that was refused
    const ok = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret });
    await ok.connect();
    expect((await ok.account({})).balances.length).toBeGreaterThan(0);
  });

  it('an unknown apiKey: -2015 (or -2014)', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v1', apiKey: 'nobody-' + s.apiKey, apiSecret: s.apiSecret });
    await c.connect();
    expectApiError(await rejectionOf(c.account({})), [-2015, -2014], '/api/v1/account');
    expectApiError(await rejectionOf(c.openOrders({})), [-2015, -2014], '/api/v1/openOrders');
  });

  it('a timestamp outside recvWindow (server clock 10 s ahead): -1021; and one ahead of the server (clock 10 s behind): -1021', async () => {
    const ahead = await sim({ now: () => Date.now() + 10_000 });
    const late = client({ url: ahead.url, apiVersion: 'v2', apiKey: ahead.apiKey, apiSecret: ahead.apiSecret });
    await late.connect();
    const e1 = await rejectionOf(late.account({}));
    expectApiError(e1, -1021);
    expect(e1.apiMessage).toMatch(/recvWindow/);
    // a wider recvWindow the client sends makes the same request pass
    const wide = client({ url: ahead.url, apiVersion: 'v2', apiKey: ahead.apiKey, apiSecret: ahead.apiSecret, recvWindow: 30_000 });
    await wide.connect();
    expect((await wide.account({})).balances.length).toBeGreaterThan(0);

    const behind = await sim({ now: () => Date.now() - 10_000 });
    const early = client({ url: behind.url, apiVersion: 'v2', apiKey: behind.apiKey, apiSecret: behind.apiSecret });
    await early.connect();
    const e2 = await rejectionOf(early.account({}));
    expectApiError(e2, -1021);
    expect(e2.apiMessage).toMatch(/ahead/);
  });
});

describe('parameters refused by the server', () => {
  it('an unknown symbol: -1121; a symbol of v2 only asked through v1: -1121', async () => {
    const s = await sim();
    const v2 = client({ url: s.url, apiVersion: 'v2' });
    const v1 = client({ url: s.url, apiVersion: 'v1' });
    await Promise.all([v1.connect(), v2.connect()]);
    expectApiError(await rejectionOf(v2.depth({ symbol: 'NOPE/USD' })), -1121, '/api/v2/depth');
    const list1 = new Set((await v1.exchangeInfo()).symbols.map((x) => x.symbol));
    const only2 = (await v2.exchangeInfo()).symbols.map((x) => x.symbol).filter((x) => !list1.has(x));
    expect(only2.length, 'v2 lists instruments v1 does not').toBeGreaterThan(0);
    const symbol = only2[0]!;
    expect((await v2.depth({ symbol, limit: 5 })).bids.length).toBeGreaterThan(0);
    expectApiError(await rejectionOf(v1.depth({ symbol, limit: 5 })), -1121, '/api/v1/depth');
  });

  it('leverageSettings of a spot symbol: -1128', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret });
    await c.connect();
    const info = await c.exchangeInfo();
    const spot = info.symbols.find((x) => x.marketType === 'SPOT')!;
    const leverage = info.symbols.find((x) => x.marketType === 'LEVERAGE')!;
    expect((await c.leverageSettings({ symbol: leverage.symbol })).values.length).toBeGreaterThan(0);
    const error = await rejectionOf(c.leverageSettings({ symbol: spot.symbol }));
    expectApiError(error, -1128, '/api/v2/leverageSettings');
  });

  it('cancelling an order that does not exist: -2011', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v1', apiKey: s.apiKey, apiSecret: s.apiSecret });
    await c.connect();
    const error = await rejectionOf(c.cancelOrder({ symbol: 'ETH/USD', orderId: '00000000-0000-0003-0000-00000000dead' }));
    expectApiError(error, -2011, '/api/v1/order/cancel');
  });
});

describe('refused by the client before sending', () => {
  it('fetchOrder through a v1 client: ERR_UNSUPPORTED_VERSION, nothing sent', async () => {
    const s = await sim();
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiVersion: 'v1', apiKey: s.apiKey, apiSecret: s.apiSecret, WebSocket, heartbeatIntervalMs: 0 });
    await c.connect();
    await c.time();
    const before = tap.sent.length;
    const error = await rejectionOf(c.fetchOrder({ symbol: 'BTC/USD_LEVERAGE', orderId: '00000000-0000-0003-0000-000006eaaaa0' }));
    expect(error.code).toBe('ERR_UNSUPPORTED_VERSION');
    expect(error.message).toMatch(/v1/);
    expect(tap.sent.length).toBe(before);
    expect(parseFrames(tap.sent).map((f) => f.destination)).not.toContain('/api/v2/fetchOrder');
    // the same call through a v2 client reaches the server (which does not know the order)
    const v2 = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret });
    await v2.connect();
    expectApiError(await rejectionOf(v2.fetchOrder({ symbol: 'BTC/USD_LEVERAGE', orderId: '00000000-0000-0003-0000-000006eaaaa0' })), -2013);
  });

  it('a signed call without credentials: ERR_MISSING_CREDENTIALS, nothing sent', async () => {
    const s = await sim();
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiVersion: 'v2', WebSocket, heartbeatIntervalMs: 0 });
    await c.connect();
    expect((await rejectionOf(c.account({}))).code).toBe('ERR_MISSING_CREDENTIALS');
    expect(tap.sent.length).toBe(0);
  });
});
