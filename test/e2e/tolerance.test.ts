/**
 * Failures are failures, surprises are reported, end to end:
 * - against the simulator: a subscription whose every symbol is refused ends with an error naming
 *   them (a `for await` loop does not hang); some refused → a warning, and the others stream; the
 *   client and the simulator refuse the same depth limits; a per-call recvWindow is sent and signed;
 * - against a small server on loopback that answers as the document says the API may: an OK reply
 *   carrying errorCode, or code and msg, rejects with ApiError; an event with a value the document
 *   does not list is delivered and reported as a warning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { ApiError, SubscriptionRejectedError, type ClientError } from 'currencycom-ws';
import { RawClient, cleanup, client, parseFrames, rejectionOf, sim, tappedWebSocket, waitFor } from './helpers.js';

afterEach(cleanup);

function warningsOf(c: ReturnType<typeof client>): ClientError[] {
  const seen: ClientError[] = [];
  c.on('warning', (w) => seen.push(w));
  return seen;
}

describe('subscriptions refused by the simulator', () => {
  it('every symbol refused: the subscription ends with an error naming each symbol and its status', async () => {
    const s = await sim();
    const c = client({ url: s.url });
    await c.connect();
    const sub = c.subscribeMarketData({ symbols: ['BTC/USDT', 'NOPE'] });
    const error = await rejectionOf(
      (async () => {
        for await (const quote of sub) throw new Error(`no quote expected, got ${JSON.stringify(quote)}`);
        return 'ended without an error';
      })(),
    );
    expect(error).toBeInstanceOf(SubscriptionRejectedError);
    expect(error).toMatchObject({ code: 'ERR_SUBSCRIPTION_REJECTED', partial: false, refused: { 'BTC/USDT': 'REJECTED', NOPE: 'REJECTED' } });
    expect(error.message).toMatch(/BTC\/USDT \(REJECTED\), NOPE \(REJECTED\)/);
    expect(sub.closed).toBe(true);
  });

  it('some symbols refused: a warning names them, and the accepted symbol streams', async () => {
    const s = await sim();
    const c = client({ url: s.url });
    const warnings = warningsOf(c);
    await c.connect();
    const sub = c.subscribeMarketData({ symbols: ['BTC/USD', 'BTC/USDT'] });
    const quotes: string[] = [];
    sub.on('data', (q) => quotes.push(q.symbolName));
    await sub.ready;
    await waitFor(() => warnings.some((w) => w.code === 'ERR_SUBSCRIPTION_REJECTED'), 'the partial-refusal warning');
    expect(warnings.find((w) => w.code === 'ERR_SUBSCRIPTION_REJECTED')).toMatchObject({ partial: true, refused: { 'BTC/USDT': 'REJECTED' } });
    for (let i = 0; i < 20 && quotes.length === 0; i++) {
      s.tick();
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => quotes.length > 0, 'a quote of the accepted symbol');
    expect(new Set(quotes)).toEqual(new Set(['BTC/USD']));
    expect(sub.closed).toBe(false);
  });
});

describe('one document, one set of limits', () => {
  it('client and simulator agree on depth limits: 2 is served, 5000 refused by both', async () => {
    const s = await sim();
    const c = client({ url: s.url });
    await c.connect();
    const two = await c.depth({ symbol: 'ETH/USD', limit: 2 });
    expect(two.bids.length).toBeLessThanOrEqual(2);
    const refused = await rejectionOf(c.depth({ symbol: 'ETH/USD', limit: 5000 }));
    expect(refused).toMatchObject({ code: 'ERR_INVALID_REQUEST', field: 'limit', rule: 'maximum' });
    const raw = await RawClient.connect(s.url);
    const reply = await raw.call('/api/v1/depth', 1, { symbol: 'ETH/USD', limit: 5000 });
    expect(reply.status).not.toBe('OK');
    expect(String(reply.payload.msg)).toContain('limit');
    const ok = await raw.call('/api/v1/depth', 2, { symbol: 'ETH/USD', limit: 2 });
    expect(ok.status).toBe('OK');
  });

  it('sends a per-call recvWindow, signed, and the simulator accepts it', async () => {
    const s = await sim();
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiKey: s.apiKey, apiSecret: s.apiSecret, WebSocket, recvWindow: 5000 });
    await c.connect();
    await c.account({}, { recvWindow: 1234 });
    await c.account({});
    const sent = parseFrames(tap.sent).filter((f) => f.destination?.endsWith('/account'));
    expect(sent.map((f) => f.payload.recvWindow)).toEqual([1234, 5000]);
  });
});

/** A server that answers each request with `answer(frame)` (undefined: no reply). */
async function fakeServer(answer: (frame: Record<string, any>, socket: ServerSocket) => unknown): Promise<{ url: string; push(frame: unknown): void }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const sockets = new Set<ServerSocket>();
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      const reply = answer(frame, socket);
      if (reply !== undefined) socket.send(JSON.stringify(reply));
    });
  });
  onCleanup(() => new Promise<void>((resolve) => {
    for (const s of sockets) s.terminate();
    wss.close(() => resolve());
  }));
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/connect`,
    push: (frame) => {
      for (const s of sockets) s.send(JSON.stringify(frame));
    },
  };
}
const closers: (() => Promise<void>)[] = [];
function onCleanup(f: () => Promise<void>): void {
  closers.push(f);
}
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

describe('failures inside an OK reply', () => {
  const ok = (frame: Record<string, any>, payload: unknown) => ({ status: 'OK', destination: frame.destination, correlationId: String(frame.correlationId), payload });

  it('an OK reply with code and msg rejects with ApiError', async () => {
    const server = await fakeServer((f) => (f.destination === 'ping' ? ok(f, {}) : ok(f, { code: -1121, msg: 'Invalid symbol.' })));
    const c = client({ url: server.url });
    await c.connect();
    const error = await rejectionOf(c.depth({ symbol: 'NOPE', limit: 5 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'ERR_API', apiCode: -1121, apiMessage: 'Invalid symbol.', errorName: 'INVALID_SYMBOL', status: 'OK' });
  });

  it('an OK subscription reply with errorCode ends the subscription with ApiError', async () => {
    const server = await fakeServer((f) => (f.destination === 'ping' ? ok(f, {}) : ok(f, { errorCode: 'error.invalid.symbol' })));
    const c = client({ url: server.url });
    await c.connect();
    const sub = c.subscribeTrades({ symbols: ['BTC/USD'] });
    const error = await rejectionOf(sub.ready);
    expect(error).toMatchObject({ code: 'ERR_API', errorName: 'error.invalid.symbol' });
  });

  it('an event with a value the document does not list is delivered, and reported once as a warning', async () => {
    const server = await fakeServer((f) => (f.destination === 'ping' ? ok(f, {}) : ok(f, { subscriptions: { 'BTC/USD': 'PROCESSED' } })));
    const c = client({ url: server.url });
    const warnings = warningsOf(c);
    await c.connect();
    const sub = c.subscribeOHLCMarketData({ symbols: ['BTC/USD'], intervals: ['1m'] });
    const candles: unknown[] = [];
    sub.on('data', (candle) => candles.push(candle));
    await sub.ready;
    const candle = { symbol: 'BTC/USD', interval: '1m', type: 'renko', t: 1673619780000, o: 1, h: 2, l: 0.5, c: 1.5 };
    server.push({ status: 'OK', destination: 'ohlc.event', payload: candle });
    server.push({ status: 'OK', destination: 'ohlc.event', payload: { ...candle, t: candle.t + 60000 } });
    await waitFor(() => candles.length === 2, 'both candles');
    expect(candles[0]).toMatchObject({ type: 'renko' });
    const unknown = warnings.filter((w) => w.code === 'ERR_UNKNOWN_VALUE');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ destination: 'ohlc.event', field: '/type', value: 'renko' });
  });
});
