/**
 * Every fault mode of the simulator, through the real client.
 */

import { afterEach, describe, expect, it } from 'vitest';
import type { ClientError, QuoteEvent, StateChange } from 'currencycom-ws';
import { cleanup, client, floorTo, parseFrames, rejectionOf, sim, sleep, tappedWebSocket, waitFor } from './helpers.js';

afterEach(cleanup);

type Sim = Awaited<ReturnType<typeof sim>>;

/** What the simulated exchange holds open for the account, read from the simulator itself. */
function openInSimulator(s: Sim, symbol: string): { orderId: string; price: string }[] {
  return (s.exchange.request('openOrders', { symbol }, { version: 'v2', apiKey: s.apiKey }) as { openOrders: { orderId: string; price: string }[] }).openOrders;
}

function restingPrice(s: Sim, symbol: string): string {
  return floorTo(s.market.quote(symbol).bid.toNumber() * 0.8, '0.01');
}

describe('dropConnections', () => {
  it('reconnects, re-sends live subscriptions and events flow again; an order in flight fails with ERR_CONNECTION_LOST and reached the exchange exactly once', async () => {
    const s = await sim({ tickMs: 20 });
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, WebSocket, heartbeatIntervalMs: 0 });
    const states: StateChange[] = [];
    c.on('state', (x) => states.push(x));
    await c.connect();

    const quotes: QuoteEvent[] = [];
    const sub = c.subscribeMarketData({ symbols: ['BTC/USD'] });
    sub.on('data', (q) => quotes.push(q));
    await sub.ready;
    await waitFor(() => quotes.length >= 2, 'quotes before the drop');

    // an order whose reply is held back, so it is in flight when the connection drops
    s.faults.delayReplies(5000);
    const price = restingPrice(s, 'ETH/USD');
    const order = c.createOrder({ symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price });
    await waitFor(() => openInSimulator(s, 'ETH/USD').length === 1, 'the simulator to take the order');
    s.faults.dropConnections();
    const error = await rejectionOf(order);
    expect(error).toMatchObject({
      code: 'ERR_CONNECTION_LOST',
      outcomeUnknown: true,
      idempotent: false,
      destination: '/api/v2/order/create',
      operationId: 'createOrder',
    });
    s.faults.reset();

    await waitFor(() => c.state === 'open' && states.some((x) => x.state === 'reconnecting'), 'the client to reconnect');
    expect(states.map((x) => x.state)).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    expect(tap.sockets.length).toBe(2);
    // the live subscription was sent again on the new connection, and quotes flow again
    await waitFor(() => parseFrames(tap.sent).filter((f) => f.destination === 'marketData.subscribe').length === 2, 'the subscription to be re-sent');
    const before = quotes.length;
    await waitFor(() => quotes.length >= before + 3, 'quotes after the reconnect');
    expect(sub.closed).toBe(false);

    // exactly once: one create frame was ever sent, and the exchange holds exactly one such order
    expect(parseFrames(tap.sent).filter((f) => f.destination === '/api/v2/order/create').length).toBe(1);
    const held = openInSimulator(s, 'ETH/USD');
    expect(held.length).toBe(1);
    expect(held[0]!.price).toBe(price);
    const listed = await c.openOrders({ symbol: 'ETH/USD' });
    expect(listed.openOrders.map((o) => String(o.orderId))).toEqual([held[0]!.orderId]);
  });
});

describe('delayReplies', () => {
  it('a reply later than requestTimeoutMs: ERR_TIMEOUT (outcome unknown); within the timeout: answered', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, requestTimeoutMs: 150, heartbeatIntervalMs: 0 });
    const warnings: ClientError[] = [];
    c.on('warning', (w) => warnings.push(w));
    await c.connect();
    s.faults.delayReplies(600);
    const error = await rejectionOf(c.time());
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', outcomeUnknown: true, idempotent: true, timeoutMs: 150, destination: '/api/v2/time' });
    const orderError = await rejectionOf(c.createOrder({ symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: restingPrice(s, 'ETH/USD') }));
    expect(orderError).toMatchObject({ code: 'ERR_TIMEOUT', outcomeUnknown: true, idempotent: false });
    // the same delay with a longer per-call timeout is answered
    expect((await c.time({}, { timeoutMs: 2000 })).serverTime).toBeGreaterThan(0);
    s.faults.delayReplies(0);
    await sleep(700); // the late replies of the timed-out calls arrive and are dropped quietly
    expect((await c.time()).serverTime).toBeGreaterThan(0);
    expect(c.state).toBe('open');
    expect(warnings).toEqual([]);
  });
});

describe('sendMalformedFrame', () => {
  it('the client emits a warning (ERR_BAD_FRAME) and keeps working, pending requests included', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    const warnings: ClientError[] = [];
    c.on('warning', (w) => warnings.push(w));
    await c.connect();
    s.faults.delayReplies(100);
    const pending = c.time();
    s.faults.sendMalformedFrame();
    await waitFor(() => warnings.length === 1, 'a warning');
    expect(warnings[0]!.code).toBe('ERR_BAD_FRAME');
    expect((await pending).serverTime).toBeGreaterThan(0);
    s.faults.reset();
    s.faults.sendMalformedFrame('[1, 2, 3]');
    await waitFor(() => warnings.length === 2, 'a second warning');
    expect(warnings[1]!.code).toBe('ERR_BAD_FRAME');
    expect(c.state).toBe('open');
    expect((await c.depth({ symbol: 'BTC/USD', limit: 5 })).asks.length).toBeGreaterThan(0);
  });
});

describe('failNext', () => {
  it('the next request to an operation or destination fails with that code and text, once', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, heartbeatIntervalMs: 0 });
    await c.connect();
    s.faults.failNext('account', { code: -1000, msg: 'simulated outage' });
    const e1 = await rejectionOf(c.account({}));
    expect(e1).toMatchObject({ code: 'ERR_API', apiCode: -1000, apiMessage: 'simulated outage', destination: '/api/v2/account', errorName: 'UNKNOWN' });
    expect((await c.account({})).balances.length).toBeGreaterThan(0);

    s.faults.failNext('/api/v2/order/create', { code: -2010, msg: 'Account has insufficient balance for requested action.' });
    const e2 = await rejectionOf(c.createOrder({ symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: restingPrice(s, 'ETH/USD') }));
    expect(e2).toMatchObject({ code: 'ERR_API', apiCode: -2010, errorName: 'NEW_ORDER_REJECTED', apiMessage: 'Account has insufficient balance for requested action.' });
    expect(openInSimulator(s, 'ETH/USD')).toEqual([]); // refused before the exchange saw it
  });
});

describe('goSilent', () => {
  it('the client finds the silent connection dead (deadAfterMs) and reconnects once the silence ends; events flow again', async () => {
    const s = await sim({ tickMs: 20 });
    const c = client({
      url: s.url,
      apiVersion: 'v2',
      heartbeatIntervalMs: 50,
      deadAfterMs: 300,
      reconnect: { initialDelayMs: 200, maxDelayMs: 200, jitter: 'none' },
    });
    const reasons: string[] = [];
    const states: string[] = [];
    c.on('state', (x) => states.push(x.state));
    await c.connect();
    const quotes: QuoteEvent[] = [];
    const sub = c.subscribeMarketData({ symbols: ['ETH/USD'] });
    sub.on('data', (q) => quotes.push(q));
    await sub.ready;
    await waitFor(() => quotes.length >= 2, 'quotes before the silence');

    // the silence ends as soon as the client has given the connection up (before it reconnects)
    c.on('reconnecting', (r) => {
      reasons.push(r.reason);
      s.faults.goSilent(false);
    });
    const silentAt = quotes.length;
    s.faults.goSilent(true);
    await waitFor(() => reasons.length >= 1, 'the client to find the connection dead', 3000);
    expect(reasons[0]).toMatch(/dead/);
    expect(quotes.length - silentAt).toBeLessThanOrEqual(1); // nothing (but one in flight) during the silence

    await waitFor(() => c.state === 'open' && states.filter((x) => x === 'open').length === 2, 'the client to reconnect', 3000);
    expect((await c.time()).serverTime).toBeGreaterThan(0);
    const before = quotes.length;
    await waitFor(() => quotes.length >= before + 3, 'quotes after the silence', 3000);
    expect(sub.closed).toBe(false);
    expect(reasons.length).toBe(1);
  });

  // Regression: a subscribe swallowed by the server (here: the silence ends just after the client
  // reconnected during it) once left the stream dead with no error while heartbeats kept the
  // connection alive. An unanswered subscribe now times out and drops the connection, and the
  // reconnect sends every live subscription again.
  it('a subscription re-sent into the silence is not lost: the unanswered subscribe drops the connection and events come back', async () => {
    const s = await sim({ tickMs: 20 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 50, deadAfterMs: 300, requestTimeoutMs: 500 });
    let opens = 0;
    c.on('open', () => {
      opens++;
      // the first reconnect happens during the silence; end it once the re-sent subscribe frame was swallowed
      if (opens === 2) setTimeout(() => s.faults.goSilent(false), 50);
    });
    await c.connect();
    const quotes: QuoteEvent[] = [];
    const sub = c.subscribeMarketData({ symbols: ['ETH/USD'] });
    sub.on('data', (q) => quotes.push(q));
    await sub.ready;
    s.faults.goSilent(true);
    await waitFor(() => opens === 2, 'a reconnect during the silence', 3000);
    await sleep(100);
    expect((await c.time()).serverTime).toBeGreaterThan(0); // the connection works again
    const before = quotes.length;
    // give the client well over deadAfterMs and requestTimeoutMs to notice and recover
    await sleep(1500);
    expect(c.state).toBe('open');
    expect(sub.closed).toBe(false);
    expect(quotes.length, 'quotes after the silence').toBeGreaterThan(before);
  });
});

describe('reset', () => {
  it('turns every fault off at once', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, requestTimeoutMs: 300, heartbeatIntervalMs: 0 });
    await c.connect();
    s.faults.delayReplies(10_000);
    s.faults.failNext('time', { code: -1000, msg: 'x' });
    s.faults.goSilent(true);
    s.faults.reset();
    expect((await c.time()).serverTime).toBeGreaterThan(0);
    expect((await c.account({})).balances.length).toBeGreaterThan(0);
  });
});
