/**
 * Row 8: heap of this process (the loopback server runs in a worker thread with its own heap)
 * before and after a million stream events, with a fast and with a slow consumer, against a raw
 * `ws` socket (fast: parse and drop; slow: parse and queue without bound, as hand-written code
 * without a buffer policy would).
 */
import { WebSocket } from 'ws';
import { CurrencyComClient } from 'currencycom-ws';
import type { Loopback } from '../lib/loopback.js';
import { collectGarbage, sleep } from '../lib/stats.js';
import { closeRaw } from './stream.js';

export const MEMORY_SYMBOLS = ['BTC/USD', 'ETH/USD', 'LTC/USD', 'XRP/USD'];

export interface MemoryFigures {
  beforeMB: number;
  afterMB: number;
  /** Highest heapUsed sampled during the run (garbage included). */
  peakMB: number;
  delivered: number;
  dropped: number;
  seconds: number;
  bufferSize?: number;
  bufferPolicy?: string;
}

const MB = 2 ** 20;

function sampler(): { stop(): number } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().heapUsed) / MB;
    },
  };
}

function heapMB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * Ours: `fast` consumes with sub.on('data'); slow consumes with `for await` and waits 1 ms per
 * event, so the subscription's bounded buffer and its policy decide what it keeps.
 */
export async function memoryOurs(lb: Loopback, n: number, slow: boolean): Promise<MemoryFigures> {
  const client = new CurrencyComClient({ url: lb.url(n), rateLimit: false, reconnect: false });
  await client.connect();
  const beforeMB = heapMB();
  const peak = sampler();
  const t0 = performance.now();
  const sub = client.subscribeTrades({ symbols: MEMORY_SYMBOLS });
  let delivered = 0;
  if (slow) {
    for await (const event of sub) {
      delivered++;
      if (event.id === n - 1) break;
      await sleep(1);
    }
  } else {
    await new Promise<void>((resolve, reject) => {
      sub.on('data', () => {
        if (++delivered === n) resolve();
      });
      sub.on('error', reject);
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  const peakMB = peak.stop();
  const afterMB = heapMB();
  const figures: MemoryFigures = { beforeMB, afterMB, peakMB, delivered, dropped: sub.dropped, seconds, bufferSize: sub.bufferSize };
  sub.close();
  await client.close();
  return figures;
}

/** Baseline: raw socket; fast parses and drops, slow parses into an unbounded array drained 1 per ms. */
export async function memoryRaw(lb: Loopback, n: number, slow: boolean): Promise<MemoryFigures> {
  const ws = new WebSocket(lb.url(n));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const beforeMB = heapMB();
  const peak = sampler();
  const t0 = performance.now();
  let received = 0;
  let delivered = 0;
  const queue: unknown[] = [];
  let maxQueued = 0;
  await new Promise<void>((resolve) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.destination !== 'internal.trade') return;
      received++;
      if (!slow) {
        delivered++;
        if (received === n) resolve();
      } else queue.push(frame.payload);
    });
    ws.send(JSON.stringify({ destination: 'trades.subscribe', correlationId: 1, payload: { symbols: MEMORY_SYMBOLS } }));
    if (slow) {
      // the slow consumer: one event per ms, for as long as the stream lasts
      void (async () => {
        while (received < n) {
          maxQueued = Math.max(maxQueued, queue.length);
          if (queue.length > 0) {
            queue.shift();
            delivered++;
          }
          await sleep(1);
        }
        maxQueued = Math.max(maxQueued, queue.length);
        resolve();
      })();
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakMB = peak.stop();
  // measured while the backlog is still held, as it would be until the slow consumer caught up
  const afterMB = heapMB();
  const figures: MemoryFigures = { beforeMB, afterMB, peakMB, delivered, dropped: 0, seconds, bufferSize: slow ? maxQueued : 0 };
  queue.length = 0;
  await closeRaw(ws);
  return figures;
}
