/**
 * A client written only from the public protocol (no import from the package's client or codec):
 * raw `ws`, its own envelopes `{destination, correlationId, payload}`, its own signer with
 * node:crypto — payload keys sorted with JavaScript's default sort, `key=value` joined by `&`,
 * HMAC-SHA256 of the secret, lowercase hex. The simulator is started as any user would start it;
 * only its URL is handed over.
 */

import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { validateEvent, validateReply } from 'currencycom-ws';
import { RawClient, cleanup, sim } from './helpers.js';

afterEach(cleanup);

/** The documented rule, written here independently of the package. */
function signPayload(payload: Record<string, unknown>, secret: string): string {
  const text = Object.keys(payload)
    .sort()
    .map((k) => `${k}=${String(payload[k])}`)
    .join('&');
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

class Independent {
  private id = 100;
  constructor(
    readonly raw: RawClient,
    private readonly apiKey: string,
    private readonly apiSecret: string,
  ) {}

  call(destination: string, payload: Record<string, unknown> = {}) {
    return this.raw.call(destination, ++this.id, payload);
  }

  signed(destination: string, params: Record<string, unknown> = {}) {
    const payload: Record<string, unknown> = { ...params, apiKey: this.apiKey, timestamp: Date.now() };
    payload.signature = signPayload(payload, this.apiSecret);
    return this.call(destination, payload);
  }
}

describe('an independent client written to the public protocol', () => {
  it('reads the account, places a LIMIT order, sees it open, cancels it and receives a subscription', async () => {
    // as a user starts it: only credentials and a free port; market ticking on its own
    const s = await sim({ tickMs: undefined, seed: undefined });
    const me = new Independent(await RawClient.connect(s.url), s.apiKey, s.apiSecret);

    const pong = await me.call('ping');
    expect(pong).toMatchObject({ status: 'OK', destination: 'ping', payload: {} });

    const account = await me.signed('/api/v2/account', { showZeroBalance: true });
    expect(account.status, JSON.stringify(account)).toBe('OK');
    expect(account.destination).toBe('/api/v2/account');
    expect(validateReply('/api/v2/account', account.payload)).toMatchObject({ valid: true });
    const usd = (account.payload.balances as { asset: string; free: string }[]).find((b) => b.asset === 'USD');
    expect(usd, 'a USD balance').toBeDefined();
    const usdBefore = Number(usd!.free);

    // a price well below the market, from the public order book
    const book = await me.call('/api/v2/depth', { symbol: 'ETH/USD', limit: 5 });
    expect(book.status).toBe('OK');
    const bestBid = Number(book.payload.bids[0][0]);
    const price = (Math.floor(bestBid * 0.8 * 100) / 100).toFixed(2);
    const order = await me.signed('/api/v2/order/create', {
      symbol: 'ETH/USD',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price,
    });
    expect(order.status, JSON.stringify(order)).toBe('OK');
    expect(validateReply('/api/v2/order/create', order.payload)).toMatchObject({ valid: true });
    expect(order.payload).toMatchObject({ symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', status: 'NEW', price });
    const orderId = order.payload.orderId as string;

    const open = await me.signed('/api/v2/openOrders', { symbol: 'ETH/USD' });
    expect(open.status).toBe('OK');
    expect((open.payload.openOrders as { orderId: string }[]).map((o) => o.orderId)).toContain(orderId);

    const locked = await me.signed('/api/v2/account', { showZeroBalance: true });
    const usdLocked = (locked.payload.balances as { asset: string; free: string }[]).find((b) => b.asset === 'USD')!;
    expect(Number(usdLocked.free)).toBeLessThan(usdBefore); // the order reserves money

    const cancel = await me.signed('/api/v2/order/cancel', { symbol: 'ETH/USD', orderId });
    expect(cancel.status, JSON.stringify(cancel)).toBe('OK');
    expect(cancel.payload).toMatchObject({ orderId, status: 'CANCELED' });
    const after = await me.signed('/api/v2/openOrders', { symbol: 'ETH/USD' });
    expect((after.payload.openOrders as { orderId: string }[]).map((o) => o.orderId)).not.toContain(orderId);

    const sub = await me.call('marketData.subscribe', { symbols: ['ETH/USD'] });
    expect(sub).toMatchObject({ status: 'OK', destination: 'marketData.subscribe', payload: { subscriptions: { 'ETH/USD': 'PROCESSED' } } });
    // events: no correlationId, their own destination
    const first = await me.raw.next((f) => f.destination === 'internal.quote' && f.correlationId === undefined);
    expect(first.payload.symbolName).toBe('ETH/USD');
    expect(validateEvent('internal.quote', first.payload)).toMatchObject({ valid: true });
    const count = () => me.raw.frames.filter((f) => f.destination === 'internal.quote').length;
    const until = Date.now() + 3000;
    while (count() < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(count(), 'quotes keep coming on their own').toBeGreaterThanOrEqual(3);
  });

  it('is refused (-1022) when it signs the keys in insertion order instead of sorted: the rule is the sorted one', async () => {
    const s = await sim();
    const raw = await RawClient.connect(s.url);
    const payload: Record<string, unknown> = { symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price: '100', apiKey: s.apiKey, timestamp: Date.now() };
    const unsorted = Object.keys(payload)
      .map((k) => `${k}=${String(payload[k])}`)
      .join('&');
    expect(unsorted).not.toBe(
      Object.keys(payload)
        .sort()
        .map((k) => `${k}=${String(payload[k])}`)
        .join('&'),
    );
    const bad = await raw.call('/api/v2/order/create', 1, { ...payload, signature: createHmac('sha256', s.apiSecret).update(unsorted).digest('hex') });
    expect(bad.status).not.toBe('OK');
    expect(bad.payload).toMatchObject({ code: -1022 });
    const good = await raw.call('/api/v2/order/create', 2, { ...payload, signature: signPayload(payload, s.apiSecret) });
    expect(good.status, JSON.stringify(good)).toBe('OK');
  });
});
