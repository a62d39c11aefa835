/**
 * Streams end to end: the client routes the simulator's pushed events to the subscriptions whose
 * parameters they match, and to no other.
 */

import { afterEach, describe, expect, it } from 'vitest';
import type { OhlcEvent, QuoteEvent, TradeEvent } from 'currencycom-ws';
import { cleanup, client, sim, waitFor } from './helpers.js';

afterEach(cleanup);

async function ticked(s: Awaited<ReturnType<typeof sim>>, until: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !until(); i++) {
    s.tick();
    await new Promise((r) => setTimeout(r, 5));
  }
  await waitFor(until, what, 2000);
}

describe('event routing', () => {
  it('quotes and trades: each subscription receives its own symbols only', async () => {
    const s = await sim({ tickMs: 0 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    await c.connect();
    const btc: QuoteEvent[] = [];
    const eth: QuoteEvent[] = [];
    const trades: TradeEvent[] = [];
    const a = c.subscribeMarketData({ symbols: ['BTC/USD'] }).on('data', (q) => btc.push(q));
    const b = c.subscribeMarketData({ symbols: ['ETH/USD'] }).on('data', (q) => eth.push(q));
    const t = c.subscribeTrades({ symbols: ['ETH/USD', 'TXN'] }).on('data', (x) => trades.push(x));
    await Promise.all([a.ready, b.ready, t.ready]);
    await ticked(s, () => btc.length >= 3 && eth.length >= 3 && new Set(trades.map((x) => x.symbol)).size === 2, 'quotes and trades of every symbol');
    expect(new Set(btc.map((q) => q.symbolName))).toEqual(new Set(['BTC/USD']));
    expect(new Set(eth.map((q) => q.symbolName))).toEqual(new Set(['ETH/USD']));
    expect(new Set(trades.map((x) => x.symbol))).toEqual(new Set(['ETH/USD', 'TXN']));
  });

  it('candles: subscriptions with different intervals and candle types each receive their own', async () => {
    const s = await sim({ tickMs: 0 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    await c.connect();
    const classic: OhlcEvent[] = [];
    const heikin: OhlcEvent[] = [];
    const a = c.subscribeOHLCMarketData({ symbols: ['BTC/USD'], intervals: ['1m'] }).on('data', (e) => classic.push(e));
    const b = c.subscribeOHLCMarketData({ symbols: ['BTC/USD'], intervals: ['5m', '1h'], type: 'heikin-ashi' }).on('data', (e) => heikin.push(e));
    await Promise.all([a.ready, b.ready]);
    await ticked(s, () => classic.length >= 2 && new Set(heikin.map((e) => e.interval)).size === 2, 'candles of every subscription');
    expect(new Set(classic.map((e) => `${e.interval} ${e.type ?? 'classic'}`))).toEqual(new Set(['1m classic']));
    expect(new Set(heikin.map((e) => `${e.interval} ${e.type}`))).toEqual(new Set(['5m heikin-ashi', '1h heikin-ashi']));
  });

  // Regression: events are decoded to the canonical `1m`; a subscription made with `M1` once
  // received nothing because its values were not mapped through the stream's aliases.
  it('candles subscribed with the M1 spelling of the interval reach the subscriber', async () => {
    const s = await sim({ tickMs: 0 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    await c.connect();
    const got: OhlcEvent[] = [];
    const sub = c.subscribeOHLCMarketData({ symbols: ['BTC/USD'], intervals: ['M1' as '1m'] }).on('data', (e) => got.push(e));
    expect(await sub.ready).toEqual({ subscriptions: { 'BTC/USD': 'PROCESSED' } });
    for (let i = 0; i < 5; i++) s.tick();
    await new Promise((r) => setTimeout(r, 200));
    expect(got.length, 'candles delivered').toBeGreaterThan(0);
    expect(got[0]!.interval).toBe('1m');
  });
});
