/**
 * Streams end to end: the client routes the simulator's pushed events to the subscriptions whose
 * parameters they match, and to no other.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { SlowConsumerError, codec, spec, type OhlcEvent, type QuoteEvent, type TradeEvent } from 'currencycom-ws';
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
  it("the generated frame reader numbers every stream's event destination, and no other string", () => {
    const reader = codec.frameReader!;
    const streams = Object.values(spec.operations).flatMap((op) => (op.stream === undefined ? [] : [op.stream.eventDestination]));
    expect(streams.length).toBeGreaterThan(0);
    for (const d of streams) expect(reader.events[reader.eventIndex(d)]).toBe(d);
    reader.events.forEach((d, i) => expect(reader.eventIndex(d)).toBe(i));
    const others = ['', '__proto__', 'constructor', 'toString', ...Object.values(spec.operations).flatMap((op) => Object.values(op.destinations))];
    for (const d of others) expect(reader.eventIndex(d), d).toBe(-1);
    const frame = JSON.parse('{"status":"OK","destination":"x","correlationId":7,"payload":{"a":1}}') as Record<string, unknown>;
    const env = spec.envelope;
    expect([reader.correlationId(frame), reader.destination(frame), reader.payload(frame), reader.status(frame)]).toEqual([
      frame[env.correlationIdField],
      frame[env.destinationField],
      frame[env.payloadField],
      frame[env.statusField],
    ]);
  });

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

describe('streams of facts never lose events silently', () => {
  it('a trade flood to a consumer that does not read: ERR_SLOW_CONSUMER warnings name the stream and every dropped trade', async () => {
    const s = await sim({ tickMs: 0 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    const warnings: SlowConsumerError[] = [];
    c.on('warning', (w) => {
      if (w instanceof SlowConsumerError) warnings.push(w);
    });
    await c.connect();
    // Quotes are state: the same slow consumer is given the latest per symbol, without warnings.
    const quotes = c.subscribeMarketData({ symbols: ['BTC/USD', 'ETH/USD'] }, { bufferSize: 4 });
    const trades = c.subscribeTrades({ symbols: ['BTC/USD', 'ETH/USD'] }, { bufferSize: 4 });
    await Promise.all([quotes.ready, trades.ready]);
    await ticked(s, () => trades.dropped >= 20 && quotes.dropped >= 20, 'trades and quotes dropped for the slow consumer');
    expect(warnings.length).toBeGreaterThan(0);
    const first = warnings[0]!;
    expect(first.code).toBe('ERR_SLOW_CONSUMER');
    expect(first.destination).toBe(trades.destination);
    expect(first.operationId).toBe('subscribeTrades');
    expect(first.dropped).toBe(1);
    expect(first.message).toMatch(/dropped 1 events/);
    expect(trades.buffered).toBe(4);
    trades.close(); // what was still unreported is reported when it ends
    expect(warnings.every((w) => w.destination === trades.destination)).toBe(true);
    expect(warnings.reduce((sum, w) => sum + w.dropped, 0)).toBe(trades.dropped);
    expect(warnings.at(-1)!.totalDropped).toBe(trades.dropped);
    console.log(`trade flood: ${trades.dropped} trades dropped, reported in ${warnings.length} warnings; quotes conflated: ${quotes.dropped}`);
  });

  it('lossless delivery: the first trade that does not fit ends the subscription with ERR_SLOW_CONSUMER', async () => {
    const s = await sim({ tickMs: 0 });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    await c.connect();
    const trades = c.subscribeTrades({ symbols: ['BTC/USD', 'ETH/USD', 'TXN'] }, { bufferSize: 3, lossless: true });
    await trades.ready;
    await ticked(s, () => trades.closed, 'the lossless subscription to end');
    expect(trades.error).toBeInstanceOf(SlowConsumerError);
    expect(trades.error).toMatchObject({ code: 'ERR_SLOW_CONSUMER', ended: true, destination: trades.destination, bufferSize: 3 });
    // The buffered trades are still read before the error.
    const read: TradeEvent[] = [];
    await expect(
      (async () => {
        for await (const t of trades) read.push(t);
      })(),
    ).rejects.toBe(trades.error);
    expect(read).toHaveLength(3);
  });
});
