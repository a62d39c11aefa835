/**
 * Candles of the simulated market: the intervals and candle types the streams and kline requests
 * accept (with the spellings in use), where a bar of an interval opens, and Heikin-Ashi bars.
 */

import { Dec } from './decimal.js';

// ---------------------------------------------------------------------------------------------
// Intervals and candle types

export const INTERVAL_MS = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '30m': 1_800_000,
  '1h': 3_600_000,
  '4h': 14_400_000,
  '1d': 86_400_000,
  '1w': 604_800_000,
} as const;

export type Interval = keyof typeof INTERVAL_MS;
export const INTERVALS = Object.keys(INTERVAL_MS) as Interval[];

/** Legacy spellings seen in ccxt (ts/src/pro/currencycom.ts). */
const INTERVAL_ALIASES: Readonly<Record<string, Interval>> = {
  M1: '1m',
  M5: '5m',
  M15: '15m',
  M30: '30m',
  H1: '1h',
  H4: '4h',
  D1: '1d',
  W1: '1w',
};

/** `1m` or its legacy alias `M1` → `1m`; anything else → undefined. */
export function normalizeInterval(value: unknown): Interval | undefined {
  if (typeof value !== 'string') return undefined;
  if (Object.prototype.hasOwnProperty.call(INTERVAL_MS, value)) return value as Interval;
  return INTERVAL_ALIASES[value];
}

export type CandleType = 'classic' | 'heikin-ashi';

/** `classic`, or any of the Heikin-Ashi spellings in use (Swagger transcriptions, rousime/n8n-nodes-dzengi). */
export function normalizeCandleType(value: unknown): CandleType | undefined {
  if (value === undefined || value === null) return 'classic';
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase().replace(/[\s_-]/g, '');
  if (v === 'classic') return 'classic';
  if (v === 'heikinashi' || v === 'heikenashi') return 'heikin-ashi';
  return undefined;
}

/** Epoch 1970-01-01 was a Thursday; weekly bars open on Monday 00:00 UTC. */
const WEEK_OFFSET = 4 * 86_400_000;

function intervalOffset(interval: Interval): number {
  return interval === '1w' ? WEEK_OFFSET : 0;
}

export function barIndex(time: number, interval: Interval): number {
  return Math.floor((time - intervalOffset(interval)) / INTERVAL_MS[interval]);
}

export function barOpenTimeOfIndex(index: number, interval: Interval): number {
  return index * INTERVAL_MS[interval] + intervalOffset(interval);
}

/** The open time of the bar that contains `time`. */
export function barOpenTime(time: number, interval: Interval): number {
  return barOpenTimeOfIndex(barIndex(time, interval), interval);
}

// ---------------------------------------------------------------------------------------------
// Bars

export interface Bar {
  /** Open time, ms. */
  readonly t: number;
  readonly o: Dec;
  readonly h: Dec;
  readonly l: Dec;
  readonly c: Dec;
  readonly volume: number;
}

/**
 * The Heikin-Ashi bar of `bar` given the previous Heikin-Ashi bar:
 * close = (o+h+l+c)/4, open = (prevOpen+prevClose)/2 (or (o+c)/2 without a previous bar),
 * high = max(h, open, close), low = min(l, open, close); open and close rounded half-up to `dp`.
 */
export function heikinAshiNext(bar: Bar, prev: Bar | undefined, dp: number): Bar {
  const c = bar.o.add(bar.h).add(bar.l).add(bar.c).divInt(4).round(dp, 'half-up');
  const o = (prev ? prev.o.add(prev.c) : bar.o.add(bar.c)).divInt(2).round(dp, 'half-up');
  const h = Dec.max(bar.h, Dec.max(o, c));
  const l = Dec.min(bar.l, Dec.min(o, c));
  return { t: bar.t, o, h, l, c, volume: bar.volume };
}

/** Heikin-Ashi bars of a classic series, oldest first. */
export function heikinAshi(bars: readonly Bar[], dp: number, prev?: Bar): Bar[] {
  const out: Bar[] = [];
  let p = prev;
  for (const bar of bars) {
    p = heikinAshiNext(bar, p, dp);
    out.push(p);
  }
  return out;
}
