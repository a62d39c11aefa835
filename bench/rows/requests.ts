/**
 * Row 2: correlated requests. `client.depth()` (built, validated, sent, reply matched by its
 * correlation id and decoded) against a raw `ws` socket with a hand-written correlation map, on
 * the same loopback server, which answers every request with an order book.
 */
import { WebSocket } from 'ws';
import { CurrencyComClient } from 'currencycom-ws';
import type { Loopback } from '../lib/loopback.js';
import { alternatePieces, cpuClock, percentile, type Measure, type Piece } from '../lib/stats.js';
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

/**
 * Requests per second of two requesters on the loopback, paired finely: both connections stay
 * open, and batches of `batch` requests (`inFlight` outstanding at all times) alternate between
 * them, the order flipping every batch, each batch timed from its first call to its last reply.
 * Whole runs of 20 000 requests each left the two sides to different moments of a shared
 * machine; batches of a few ms give them the same. One figure per round for each side, `total`
 * requests per side per round; the main thread's CPU ms per side too.
 */
export async function throughputPaired(
  rounds: number,
  total: number,
  inFlight: number,
  makeOurs: () => Promise<Requester>,
  makeBase: () => Promise<Requester>,
  batch = 2_000,
): Promise<{ ours: number[]; base: number[]; oursCpuMs: number[]; baseCpuMs: number[] }> {
  const [a, b] = [await makeOurs(), await makeBase()];
  const timed = (r: Requester) => async (): Promise<Piece> => {
    let issued = 0;
    const lane = async (): Promise<void> => {
      while (issued < batch) {
        issued++;
        await r.call();
      }
    };
    const cpu = cpuClock();
    const t0 = performance.now();
    await Promise.all(Array.from({ length: inFlight }, lane));
    const t = performance.now() - t0;
    return { t, cpuMs: cpu() ?? 0 };
  };
  try {
    const batches = Math.max(1, Math.round(total / batch));
    const r = await alternatePieces(rounds, batches, 3, timed(a), timed(b));
    const n = batches * batch;
    return { ours: r.a.map((ms) => (n / ms) * 1000), base: r.b.map((ms) => (n / ms) * 1000), oursCpuMs: r.aCpuMs, baseCpuMs: r.bCpuMs };
  } finally {
    await a.close();
    await b.close();
  }
}

/**
 * Round-trip times in µs of two requesters, one request at a time, paired request by request:
 * both connections stay open and each request of one is followed by one of the other (the order
 * flips every pair), so both sides meet the same moments of the machine. Per round, each side's
 * p50 and p99 over `count` requests.
 */
export async function latenciesPaired(
  rounds: number,
  count: number,
  makeOurs: () => Promise<Requester>,
  makeBase: () => Promise<Requester>,
  warm = 200,
): Promise<{ ours: { p50: number; p99: number }[]; base: { p50: number; p99: number }[] }> {
  const [a, b] = [await makeOurs(), await makeBase()];
  const rtt = async (r: Requester): Promise<number> => {
    const t0 = performance.now();
    await r.call();
    return (performance.now() - t0) * 1000;
  };
  try {
    for (let i = 0; i < warm; i++) (await rtt(a), await rtt(b));
    const ours: { p50: number; p99: number }[] = [];
    const base: { p50: number; p99: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const [ua, ub] = [new Array<number>(count), new Array<number>(count)];
      for (let i = 0; i < count; i++) {
        if (i % 2 === 0) (ua[i] = await rtt(a)), (ub[i] = await rtt(b));
        else (ub[i] = await rtt(b)), (ua[i] = await rtt(a));
      }
      ua.sort((x, y) => x - y);
      ub.sort((x, y) => x - y);
      ours.push({ p50: percentile(ua, 50), p99: percentile(ua, 99) });
      base.push({ p50: percentile(ub, 50), p99: percentile(ub, 99) });
    }
    return { ours, base };
  } finally {
    await a.close();
    await b.close();
  }
}
