/**
 * Row 2: correlated requests. `client.depth()` (built, validated, sent, reply matched by its
 * correlation id and decoded) against a raw `ws` socket with a hand-written correlation map, on
 * the same loopback server, which answers every request with an order book.
 */
import { WebSocket } from 'ws';
import { CurrencyComClient } from 'currencycom-ws';
import type { Loopback } from '../lib/loopback.js';
import { cpuClock, percentile, type Measure } from '../lib/stats.js';
import { closeRaw } from './stream.js';

type Requester = { call(): Promise<unknown>; close(): Promise<void> };

const PARAMS = { symbol: 'BTC/USD', limit: 2 } as const;

export async function oursRequester(lb: Loopback): Promise<Requester> {
  // The document's rate limits would throttle a benchmark to a few requests a second: off here.
  const client = new CurrencyComClient({ url: lb.url(), rateLimit: false, reconnect: false });
  await client.connect();
  return { call: () => client.depth(PARAMS), close: () => client.close() };
}

/** The baseline a careful user would write by hand on `ws`: a Map from correlation id to its promise. */
export async function rawRequester(lb: Loopback): Promise<Requester> {
  const ws = new WebSocket(lb.url());
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    const cid = frame.correlationId;
    if (cid === undefined) return;
    const key = String(cid);
    const p = pending.get(key);
    if (p === undefined) return;
    pending.delete(key);
    if (frame.status === 'OK') p.resolve(frame.payload);
    else p.reject(new Error(String(frame.status)));
  });
  return {
    call: () =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(String(id), { resolve, reject });
        ws.send(JSON.stringify({ destination: '/api/v1/depth', correlationId: id, payload: PARAMS }));
      }),
    close: () => closeRaw(ws),
  };
}

/** Requests per second with `inFlight` requests outstanding at all times, `total` in all. */
export async function throughput(make: () => Promise<Requester>, total: number, inFlight: number): Promise<Measure> {
  const r = await make();
  try {
    let issued = 0;
    const cpu = cpuClock();
    const t0 = performance.now();
    const lane = async (): Promise<void> => {
      while (issued < total) {
        issued++;
        await r.call();
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
    const ms = performance.now() - t0;
    return { value: (total / ms) * 1000, cpuMs: cpu() };
  } finally {
    await r.close();
  }
}

/** Round-trip times in µs of `count` requests sent one at a time (after `warm` untimed ones). */
export async function latencies(make: () => Promise<Requester>, count: number, warm = 200): Promise<{ p50: number; p99: number; cpuUs?: number }> {
  const r = await make();
  try {
    for (let i = 0; i < warm; i++) await r.call();
    const cpu = cpuClock();
    const us: number[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      await r.call();
      us[i] = (performance.now() - t0) * 1000;
    }
    const cpuMs = cpu();
    us.sort((a, b) => a - b);
    return { p50: percentile(us, 50), p99: percentile(us, 99), ...(cpuMs === undefined ? {} : { cpuUs: (cpuMs * 1000) / count }) };
  } finally {
    await r.close();
  }
}
