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
import { cpuClock, type Measure } from '../lib/stats.js';

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
