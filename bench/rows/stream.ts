/**
 * Row 1 (stream delivery), the inbound half of row 4 (validation on/off through the client) and
 * row 7 (ccxt's currencycom WebSocket client on the same stream).
 *
 * Every run opens a fresh connection to the loopback server, subscribes to trades of one symbol
 * and times from the subscribe request to the n-th event handed to user code.
 */
import { WebSocket } from 'ws';
import { CurrencyComClient } from 'currencycom-ws';
import type { Loopback } from '../lib/loopback.js';
import { alternatePieces, cpuClock, type Measure, type Piece } from '../lib/stats.js';

export const SYMBOL = 'BTC/USD';

export interface OursOptions {
  readonly validateInbound?: boolean;
  /** 'data': sub.on('data'); 'iterate': for await. */
  readonly consume?: 'data' | 'iterate';
}

/** Events per second through a CurrencyComClient subscription (and the main thread's CPU ms). */
export async function streamOurs(lb: Loopback, n: number, options: OursOptions = {}): Promise<Measure> {
  const client = new CurrencyComClient({
    url: lb.url(n),
    rateLimit: false,
    reconnect: false,
    validateInbound: options.validateInbound ?? true,
  });
  await client.connect();
  try {
    const cpu = cpuClock();
    const t0 = performance.now();
    const sub = client.subscribeTrades({ symbols: [SYMBOL] });
    let count = 0;
    if (options.consume === 'iterate') {
      for await (const event of sub) {
        if (event.symbol !== SYMBOL) throw new Error(`unexpected symbol ${event.symbol}`);
        if (++count === n) break;
      }
    } else {
      await new Promise<void>((resolve, reject) => {
        sub.on('data', (event) => {
          if (++count === n) resolve();
          else if (event.id !== count - 1) reject(new Error(`event ${event.id} out of order (want ${count - 1})`));
        });
        sub.on('error', reject);
      });
    }
    const ms = performance.now() - t0;
    const cpuMs = cpu();
    sub.close();
    return { value: (n / ms) * 1000, cpuMs };
  } finally {
    await client.close();
  }
}

/**
 * A live stream consumer on its own loopback connection, fed by `Loopback.blast`: `count` events
 * handed to user code so far, `reach(n)` settles when the count gets to n.
 */
export interface LiveConsumer {
  readonly tag: string;
  readonly count: number;
  reach(target: number): Promise<void>;
  close(): Promise<void>;
}

/** Counts events, checks their order (ids go on from blast to blast) and wakes the bench at its target. */
class Counter {
  count = 0;
  private target = Infinity;
  private wake: (() => void) | undefined;
  private fail: ((error: Error) => void) | undefined;
  private failure: Error | undefined;

  tick(id: number): void {
    if (id !== this.count) this.error(new Error(`event ${id} out of order (want ${this.count})`));
    if (++this.count === this.target) this.wake!();
  }

  error(error: Error): void {
    this.failure ??= error;
    this.fail?.(error);
  }

  reach(target: number): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.count >= target) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.target = target;
      this.wake = resolve;
      this.fail = reject;
    });
  }
}

/** A CurrencyComClient subscription on a tagged connection, read with sub.on('data') or for await. */
export async function oursLive(lb: Loopback, tag: string, options: OursOptions = {}): Promise<LiveConsumer> {
  const client = new CurrencyComClient({
    url: lb.taggedUrl(tag),
    rateLimit: false,
    reconnect: false,
    validateInbound: options.validateInbound ?? true,
  });
  await client.connect();
  const sub = client.subscribeTrades({ symbols: [SYMBOL] });
  await sub.ready;
  const counter = new Counter();
  if (options.consume === 'iterate') {
    void (async () => {
      for await (const event of sub) {
        if (event.symbol !== SYMBOL) counter.error(new Error(`unexpected symbol ${event.symbol}`));
        counter.tick(event.id);
      }
    })().catch((error: Error) => counter.error(error));
  } else {
    sub.on('data', (event) => counter.tick(event.id));
  }
  sub.on('error', (error) => counter.error(error));
  return {
    tag,
    get count() {
      return counter.count;
    },
    reach: (target) => counter.reach(target),
    close: async () => {
      sub.close();
      await client.close();
    },
  };
}

/**
 * A minimal async iterator over a queue, as a careful user would hand-write one for raw `ws`:
 * `next()` takes a queued value in an already settled promise, or waits for the next `push`.
 */
class MinimalAsyncQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;

  push(value: T): void {
    const wake = this.waiting;
    if (wake !== undefined) {
      this.waiting = undefined;
      wake({ value, done: false });
    } else this.items.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head++]!;
      if (this.head === this.items.length) (this.items = []), (this.head = 0);
      return Promise.resolve({ value, done: false });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * The limit on a tagged connection: a raw `ws` socket that subscribes, then only JSON.parses.
 * `iterate`: the parsed events are read with `for await` through a MinimalAsyncQueue (the raw
 * code's own async iterator), for comparison with the subscription's.
 */
export async function rawLive(lb: Loopback, tag: string, consume: 'callback' | 'iterate' = 'callback'): Promise<LiveConsumer> {
  const ws = new WebSocket(lb.taggedUrl(tag));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const counter = new Counter();
  const queue = consume === 'iterate' ? new MinimalAsyncQueue<{ id: number }>() : undefined;
  if (queue !== undefined) {
    void (async () => {
      for await (const event of queue) counter.tick(event.id);
    })();
  }
  await new Promise<void>((resolve) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.destination === 'internal.trade') {
        if (queue === undefined) counter.tick(frame.payload.id);
        else queue.push(frame.payload);
      } else if (frame.correlationId === '1') resolve();
    });
    ws.send(JSON.stringify({ destination: 'trades.subscribe', correlationId: 1, payload: { symbols: [SYMBOL] } }));
  });
  return {
    tag,
    get count() {
      return counter.count;
    },
    reach: (target) => counter.reach(target),
    close: () => closeRaw(ws),
  };
}

/**
 * Events per second of two live consumers on the loopback, paired finely: both connections stay
 * open, and the server sends blasts of `blastSize` events to one and then the other (the order
 * flips every blast), each blast timed from the bench's order to the server to its last event in
 * user code. Alternating whole runs of a few hundred ms left each side to whatever the shared
 * machine did in its run (the same code's rate moved by 30 % from one run to the next);
 * alternating every few ms gives both sides the same conditions. One figure per round for each
 * side, `events` per side per round; the main thread's CPU ms per side too.
 */
export async function streamPaired(
  lb: Loopback,
  rounds: number,
  events: number,
  makeOurs: (tag: string) => Promise<LiveConsumer>,
  makeBase: (tag: string) => Promise<LiveConsumer>,
  blastSize = 5_000,
): Promise<{ ours: number[]; base: number[]; oursCpuMs: number[]; baseCpuMs: number[] }> {
  const [a, b] = [await makeOurs('ours'), await makeBase('base')];
  const timed = (c: LiveConsumer) => async (): Promise<Piece> => {
    const target = c.count + blastSize;
    const cpu = cpuClock();
    const t0 = performance.now();
    lb.blast(c.tag, blastSize);
    await c.reach(target);
    const t = performance.now() - t0;
    return { t, cpuMs: cpu() ?? 0 };
  };
  try {
    const blasts = Math.max(1, Math.round(events / blastSize));
    const r = await alternatePieces(rounds, blasts, 4, timed(a), timed(b));
    const n = blasts * blastSize;
    return { ours: r.a.map((ms) => (n / ms) * 1000), base: r.b.map((ms) => (n / ms) * 1000), oursCpuMs: r.aCpuMs, baseCpuMs: r.bCpuMs };
  } finally {
    await a.close();
    await b.close();
  }
}

/** The limit: a raw `ws` socket that sends the same subscribe frame and only JSON.parses. */
export async function streamRaw(lb: Loopback, n: number): Promise<Measure> {
  const ws = new WebSocket(lb.url(n));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  try {
    const cpu = cpuClock();
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      let count = 0;
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data));
        if (frame.destination === 'internal.trade' && ++count === n) resolve();
      });
      ws.send(JSON.stringify({ destination: 'trades.subscribe', correlationId: 1, payload: { symbols: [SYMBOL] } }));
    });
    const ms = performance.now() - t0;
    return { value: (n / ms) * 1000, cpuMs: cpu() };
  } finally {
    await closeRaw(ws);
  }
}

export function closeRaw(ws: WebSocket): Promise<void> {
  return new Promise<void>((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) return resolve();
    const timer = setTimeout(() => {
      ws.terminate();
      resolve();
    }, 1000);
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close();
  });
}

/** Market entry ccxt needs for the symbol (set directly: loadMarkets would fetch over HTTPS). */
const CCXT_MARKET = {
  id: SYMBOL,
  symbol: SYMBOL,
  base: 'BTC',
  quote: 'USD',
  baseId: 'BTC',
  quoteId: 'USD',
  type: 'spot',
  spot: true,
  margin: false,
  swap: false,
  future: false,
  option: false,
  contract: false,
  active: true,
  precision: { amount: 0.0001, price: 0.01 },
  limits: { amount: {}, price: {}, cost: {}, leverage: {} },
  info: {},
};

/**
 * Events per second through ccxt.pro.currencycom().watchTrades(), pointed at the loopback server by
 * overriding urls.api.ws (ws:// needs loadHttpProxyAgent(), which only loads node:http's Agent). Counts trades by id (watchTrades returns what arrived since the last call,
 * capped at tradesLimit), so no event is counted twice or missed.
 */
export async function streamCcxt(ccxt: any, lb: Loopback, n: number): Promise<Measure> {
  const exchange = new ccxt.pro.currencycom({
    urls: { api: { ws: lb.url(n) } },
  });
  exchange.setMarkets([CCXT_MARKET]);
  await exchange.loadHttpProxyAgent(); // ccxt refuses ws:// URLs (no TLS) without a plain http.Agent
  try {
    const cpu = cpuClock();
    const t0 = performance.now();
    let last = -1;
    while (last < n - 1) {
      const trades = await exchange.watchTrades(SYMBOL);
      last = Number(trades[trades.length - 1].id);
    }
    const ms = performance.now() - t0;
    return { value: (n / ms) * 1000, cpuMs: cpu() };
  } finally {
    await exchange.close();
  }
}
