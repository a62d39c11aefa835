/**
 * The document's rate limits on both sides: the simulator enforces them per connection, the client
 * paces its calls by the same limits.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { spec } from 'currencycom-ws';
import { cleanup, client, parseFrames, rejectionOf, sim, tappedWebSocket } from './helpers.js';

afterEach(cleanup);

const openOrdersLimit = spec.rateLimits.find((l) => l.id === 'openOrders')!;

describe('rate limits', () => {
  it(`a call that would wait longer than rateLimit.maxWaitMs is refused by the client (ERR_RATE_LIMITED) and never sent`, async () => {
    expect(openOrdersLimit, 'the document limits openOrders').toBeDefined();
    const s = await sim();
    const { tap, WebSocket } = tappedWebSocket();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, WebSocket, heartbeatIntervalMs: 0, rateLimit: { maxWaitMs: 0 } });
    await c.connect();
    const n = openOrdersLimit.limit + 2;
    const results = await Promise.allSettled(Array.from({ length: n }, () => c.openOrders({ symbol: 'ETH/USD' })));
    const codes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as { code: string }).code));
    expect(codes).toEqual([...Array(openOrdersLimit.limit).fill('ok'), 'ERR_RATE_LIMITED', 'ERR_RATE_LIMITED']);
    expect(parseFrames(tap.sent).filter((f) => f.destination === '/api/v2/openOrders').length).toBe(openOrdersLimit.limit);
  });

  it('without the client limiter the simulator refuses the call over the limit', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, heartbeatIntervalMs: 0, rateLimit: false });
    await c.connect();
    const results = await Promise.allSettled(Array.from({ length: openOrdersLimit.limit + 1 }, () => c.openOrders({ symbol: 'ETH/USD' })));
    const last = results[results.length - 1]!;
    expect(last.status).toBe('rejected');
    expect(await rejectionOf(Promise.reject((last as PromiseRejectedResult).reason))).toMatchObject({ code: 'ERR_API', apiCode: -1000 });
    expect(results.filter((r) => r.status === 'fulfilled').length).toBe(openOrdersLimit.limit);
  });

  // Regression: the client counts a call when it sends it, the server when it receives it. Any
  // delay between the two (jitter, a GC pause, a busy event loop — 250 ms here) once let the client
  // release calls the server still counted. Windows now last one round-trip estimate longer.
  it('calls paced by the client limiter are never refused by the server, even when the first ones reached it late', async () => {
    const s = await sim();
    const c = client({ url: s.url, apiVersion: 'v2', apiKey: s.apiKey, apiSecret: s.apiSecret, heartbeatIntervalMs: 0 });
    await c.connect();
    const calls = Array.from({ length: openOrdersLimit.limit + 3 }, () => c.openOrders({ symbol: 'ETH/USD' }));
    const stallUntil = Date.now() + 250; // the process is busy: the server reads the first frames late
    while (Date.now() < stallUntil) {
      // busy
    }
    const results = await Promise.allSettled(calls);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [`${(r.reason as { code: string }).code} ${(r.reason as Error).message}`] : []));
    expect(refused).toEqual([]);
  });
});
