import { describe, expect, it } from 'vitest';
import { Dec } from '../../templates/simulator/decimal.js';
import { INSTRUMENTS } from '../../templates/simulator/instruments.js';
import {
  INTERVAL_MS,
  barOpenTime,
  heikinAshi,
  heikinAshiNext,
  normalizeCandleType,
  normalizeInterval,
  type Bar,
} from '../../templates/simulator/candles.js';
import { Market } from '../../templates/simulator/market.js';

const T0 = Date.UTC(2024, 0, 10, 12, 0, 30); // a Wednesday, 30 s into a minute

function run(seed: number, ticks: number): string[] {
  const m = new Market({ seed, instruments: INSTRUMENTS, startTime: T0 });
  const out: string[] = [];
  for (let i = 1; i <= ticks; i++) {
    const r = m.tick(T0 + i * 250);
    out.push(JSON.stringify(r.quotes.map((q) => [q.symbol, q.bid.toString(), q.ofr.toString(), q.bidQty.toString()])));
    out.push(JSON.stringify(r.trades.map((t) => [t.id, t.price.toString(), t.size.toString(), t.buyer])));
  }
  return out;
}

const bar = (t: number, o: string, h: string, l: string, c: string): Bar => ({
  t,
  o: Dec.from(o),
  h: Dec.from(h),
  l: Dec.from(l),
  c: Dec.from(c),
  volume: 1,
});

describe('market determinism', () => {
  it('gives the same path for the same seed and a different one for another seed', () => {
    const a = run(7, 200);
    const b = run(7, 200);
    const c = run(8, 200);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('walks: prices move, stay on the tick and keep bid < ofr', () => {
    const m = new Market({ seed: 3, instruments: INSTRUMENTS, startTime: T0 });
    const first = m.quote('BTC/USD').bid;
    const seen = new Set<string>();
    for (let i = 1; i <= 300; i++) {
      m.tick(T0 + i * 250);
      for (const sym of m.symbolNames()) {
        const q = m.quote(sym);
        const inst = INSTRUMENTS.find((x) => x.symbol === sym);
        expect(q.bid.isMultipleOf(inst?.tickSize ?? '1')).toBe(true);
        expect(q.ofr.isMultipleOf(inst?.tickSize ?? '1')).toBe(true);
        expect(q.bid.lt(q.ofr)).toBe(true);
        expect(q.bid.isPositive()).toBe(true);
      }
      seen.add(m.quote('BTC/USD').bid.toString());
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(seen.has(first.toString()) || seen.size > 1).toBe(true);
  });

  it('synthetic history depends on the seed only, not on how many ticks ran', () => {
    const a = new Market({ seed: 11, instruments: INSTRUMENTS, startTime: T0 });
    const b = new Market({ seed: 11, instruments: INSTRUMENTS, startTime: T0 });
    for (let i = 1; i <= 50; i++) b.tick(T0 + i * 250);
    const before = T0 - 10 * 60_000;
    const ka = a.klines('ETH/USD', '1m', T0, { endTime: before, limit: 50 });
    const kb = b.klines('ETH/USD', '1m', T0 + 50 * 250, { endTime: before, limit: 50 });
    expect(ka.map((x) => [x.t, x.o.toString(), x.c.toString()])).toEqual(kb.map((x) => [x.t, x.o.toString(), x.c.toString()]));
  });
});

describe('intervals and candle types', () => {
  it('normalises the 1m and legacy M1 spellings', () => {
    expect(normalizeInterval('1m')).toBe('1m');
    expect(normalizeInterval('M1')).toBe('1m');
    expect(normalizeInterval('H4')).toBe('4h');
    expect(normalizeInterval('W1')).toBe('1w');
    expect(normalizeInterval('M3')).toBeUndefined();
    expect(normalizeInterval('2m')).toBeUndefined();
    expect(normalizeCandleType(undefined)).toBe('classic');
    expect(normalizeCandleType('heikin-ashi')).toBe('heikin-ashi');
    expect(normalizeCandleType('heiken-ashi')).toBe('heikin-ashi');
    expect(normalizeCandleType('heikinAshi')).toBe('heikin-ashi');
    expect(normalizeCandleType('renko')).toBeUndefined();
  });

  it('aligns bars; weekly bars open on Monday 00:00 UTC', () => {
    expect(barOpenTime(T0, '1m')).toBe(Date.UTC(2024, 0, 10, 12, 0, 0));
    expect(barOpenTime(T0, '4h')).toBe(Date.UTC(2024, 0, 10, 12, 0, 0));
    expect(barOpenTime(T0, '1d')).toBe(Date.UTC(2024, 0, 10));
    expect(barOpenTime(T0, '1w')).toBe(Date.UTC(2024, 0, 8));
    expect(new Date(barOpenTime(T0, '1w')).getUTCDay()).toBe(1);
  });
});

describe('heikin-ashi', () => {
  it('computes close, open, high and low from the classic bar and the previous HA bar', () => {
    const b1 = bar(0, '10', '14', '8', '12');
    const ha1 = heikinAshiNext(b1, undefined, 2);
    expect(ha1.c.toString()).toBe('11'); // (10+14+8+12)/4
    expect(ha1.o.toString()).toBe('11'); // (10+12)/2
    expect(ha1.h.toString()).toBe('14');
    expect(ha1.l.toString()).toBe('8');
    const b2 = bar(60_000, '12', '13', '11', '13');
    const [h1, h2] = heikinAshi([b1, b2], 2);
    expect(h1).toEqual(ha1);
    expect(h2?.o.toString()).toBe('11'); // (11+11)/2
    expect(h2?.c.toString()).toBe('12.25'); // (12+13+11+13)/4
    expect(h2?.h.toString()).toBe('13');
    expect(h2?.l.toString()).toBe('11');
  });

  it('rounds open and close to the precision and keeps h/l enclosing them', () => {
    const ha = heikinAshiNext(bar(0, '1.01', '1.02', '1.00', '1.02'), bar(0, '5', '9', '1', '6'), 2);
    expect(ha.c.toString()).toBe('1.01'); // 4.05/4 = 1.0125
    expect(ha.o.toString()).toBe('5.5');
    expect(ha.h.toString()).toBe('5.5');
    expect(ha.l.toString()).toBe('1');
  });
});

describe('bars, klines, depth, trades', () => {
  it('keeps a live bar per interval that rolls over at the boundary', () => {
    const m = new Market({ seed: 5, instruments: INSTRUMENTS, startTime: T0 });
    m.tick(T0 + 1000);
    const b1 = m.currentBar('BTC/USD', '1m');
    expect(b1.t).toBe(barOpenTime(T0, '1m'));
    expect(b1.h.gte(Dec.max(b1.o, b1.c))).toBe(true);
    expect(b1.l.lte(Dec.min(b1.o, b1.c))).toBe(true);
    m.tick(T0 + 40_000); // next minute
    const b2 = m.currentBar('BTC/USD', '1m');
    expect(b2.t).toBe(b1.t + 60_000);
    expect(m.currentBar('BTC/USD', '1h').t).toBe(barOpenTime(T0, '1h'));
    const ev = m.ohlcEvent('BTC/USD', '1m', 'heikin-ashi', 'M1', 'heikin-ashi');
    expect(ev).toMatchObject({ symbol: 'BTC/USD', interval: 'M1', type: 'heikin-ashi', t: b2.t });
    expect(typeof ev.o).toBe('number');
  });

  it('serves klines: limit, order, spacing, start time, current bar last', () => {
    const m = new Market({ seed: 5, instruments: INSTRUMENTS, startTime: T0 });
    for (let i = 1; i <= 8; i++) m.tick(T0 + i * 250);
    const now = T0 + 2000;
    for (const interval of ['1m', '1h', '1w'] as const) {
      const k = m.klines('ETH/USD', interval, now, { limit: 20 });
      expect(k).toHaveLength(20);
      for (let i = 1; i < k.length; i++) expect((k[i] as Bar).t - (k[i - 1] as Bar).t).toBe(INTERVAL_MS[interval]);
      expect(k[k.length - 1]?.t).toBe(barOpenTime(now, interval));
      for (const b of k) {
        expect(b.h.gte(Dec.max(b.o, b.c))).toBe(true);
        expect(b.l.lte(Dec.min(b.o, b.c))).toBe(true);
      }
    }
    const start = barOpenTime(now, '1m') - 5 * 60_000;
    const fromStart = m.klines('ETH/USD', '1m', now, { startTime: start, limit: 3 });
    expect(fromStart.map((b) => b.t)).toEqual([start, start + 60_000, start + 120_000]);
    // The synthetic history ends where the live market starts.
    const k = m.klines('ETH/USD', '1m', now, { limit: 2 });
    expect(k[0]?.c.toString()).toBe('1800');
    expect(k[1]?.o.toString()).toBe('1800');
  });

  it('heikin-ashi klines follow from the classic ones', () => {
    const m = new Market({ seed: 9, instruments: INSTRUMENTS, startTime: T0 });
    const classic = m.klines('TXN', '5m', T0, { limit: 40 });
    const ha = m.klines('TXN', '5m', T0, { limit: 10, type: 'heikin-ashi' });
    expect(ha).toHaveLength(10);
    for (let i = 1; i < ha.length; i++) {
      const prev = ha[i - 1] as Bar;
      const cur = ha[i] as Bar;
      const src = classic.find((b) => b.t === cur.t) as Bar;
      expect(cur.c.eq(src.o.add(src.h).add(src.l).add(src.c).divInt(4).round(2))).toBe(true);
      expect(cur.o.eq(prev.o.add(prev.c).divInt(2).round(2))).toBe(true);
    }
  });

  it('depth snapshots: best levels are the quote, bids descend, asks ascend', () => {
    const m = new Market({ seed: 2, instruments: INSTRUMENTS, startTime: T0 });
    m.tick(T0 + 250);
    const q = m.quote('Oil - Brent.');
    const book = m.depth('Oil - Brent.', 10);
    expect(book.bids).toHaveLength(10);
    expect(book.asks).toHaveLength(10);
    expect(book.bids[0]?.price.eq(q.bid)).toBe(true);
    expect(book.asks[0]?.price.eq(q.ofr)).toBe(true);
    for (let i = 1; i < 10; i++) {
      expect(book.bids[i]?.price.lt(book.bids[i - 1]?.price as Dec)).toBe(true);
      expect(book.asks[i]?.price.gt(book.asks[i - 1]?.price as Dec)).toBe(true);
    }
    const ev = m.depthEvent('Oil - Brent.', 5);
    expect(ev.symbol).toBe('Oil - Brent.');
    expect(typeof ev.data).toBe('object');
    expect(Object.keys(ev.data.bid)).toHaveLength(5);
    expect(ev.data.bid[q.bid.toString()]).toBe(q.bidQty.toNumber());
  });

  it('records trades for aggTrades and pushes them with the next tick', () => {
    const m = new Market({ seed: 2, instruments: INSTRUMENTS, startTime: T0 });
    expect(m.trades('BTC/USD').length).toBe(30); // pre-filled history
    const t = m.recordTrade('BTC/USD', Dec.from('30001'), Dec.from('0.5'), true, T0 + 10, 'order-1');
    const r = m.tick(T0 + 250);
    expect(r.trades[0]).toEqual(t);
    expect(m.lastTrade('BTC/USD')?.id).toBeGreaterThanOrEqual(t.id);
    const inWindow = m.trades('BTC/USD', { startTime: T0, endTime: T0 + 100 });
    expect(inWindow.map((x) => x.orderId)).toEqual(['order-1']);
  });
});
