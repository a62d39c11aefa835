/** Small statistics and timing helpers for the benchmark (no assertions: figures only). */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** Figures of one side (ours or a baseline) over the runs. */
export interface Side {
  readonly label: string;
  readonly unit: string;
  readonly runs: number[];
}

/**
 * Runs `ours` and `base` alternately (ours first on even rounds, the baseline first on odd ones),
 * after one untimed warm-up of each, and returns their figures.
 */
/** Rejects when `run` has not settled within `ms` (so that no run of the bench can hang). */
export function bounded<T>(run: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([run, limit]).finally(() => clearTimeout(timer));
}

export async function alternate(
  rounds: number,
  ours: () => Promise<number | Measure> | number | Measure,
  base: () => Promise<number | Measure> | number | Measure,
  warmup = true,
): Promise<{ ours: number[]; base: number[]; oursCpuMs: (number | undefined)[]; baseCpuMs: (number | undefined)[] }> {
  const RUN_LIMIT_MS = 120_000;
  const o = () => bounded(Promise.resolve(ours()), RUN_LIMIT_MS, 'a run of ours');
  const s = () => bounded(Promise.resolve(base()), RUN_LIMIT_MS, 'a baseline run');
  if (warmup) {
    await o();
    await s();
  }
  const a: Measure[] = [];
  const b: Measure[] = [];
  const m = (v: number | Measure): Measure => (typeof v === 'number' ? { value: v } : v);
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    if (r % 2 === 0) {
      a.push(m(await o()));
      collectGarbage();
      b.push(m(await s()));
    } else {
      b.push(m(await s()));
      collectGarbage();
      a.push(m(await o()));
    }
  }
  return { ours: a.map((x) => x.value), base: b.map((x) => x.value), oursCpuMs: a.map((x) => x.cpuMs), baseCpuMs: b.map((x) => x.cpuMs) };
}

/** Pairwise ratios a[i]/b[i]. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((v, i) => v / b[i]!);
}

let gcFn: (() => void) | undefined;

/** A full GC when possible (exposes V8's gc without a command-line flag). */
export function collectGarbage(): void {
  if (gcFn === undefined) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (typeof g === 'function') gcFn = g;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

/** Operations per second of `fn` called `iterations` times (one timed batch). */
export function opsPerSecond(iterations: number, fn: (i: number) => unknown): number {
  let sink: unknown;
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) sink = fn(i);
  const ms = performance.now() - t0;
  blackhole(sink);
  return (iterations / ms) * 1000;
}

/** One timed piece of a paired row: its time (wall ms or CPU µs, as the row measures) and the main thread's CPU ms. */
export interface Piece {
  readonly t: number;
  readonly cpuMs?: number;
}

/**
 * The alternation of the paired rows: `warm` untimed pairs, then in each round `pieces` pairs of
 * one piece of `a` and one of `b`, the order flipping every pair, with timers and I/O let run
 * every 50 pairs. Per round, each side's summed time and CPU ms. Alternating whole runs of a few
 * hundred ms left the two sides to different moments of a shared machine; pieces of a few ms
 * give them the same.
 */
export async function alternatePieces(
  rounds: number,
  pieces: number,
  warm: number,
  a: () => Piece | Promise<Piece>,
  b: () => Piece | Promise<Piece>,
): Promise<{ a: number[]; b: number[]; aCpuMs: number[]; bCpuMs: number[] }> {
  for (let i = 0; i < warm; i++) (await a(), await b());
  const out = { a: [] as number[], b: [] as number[], aCpuMs: [] as number[], bCpuMs: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const sum = { a: 0, b: 0, aCpu: 0, bCpu: 0 };
    for (let i = 0; i < pieces; i++) {
      const first = i % 2 === 0;
      const x = first ? await a() : await b();
      const y = first ? await b() : await a();
      const [pa, pb] = first ? [x, y] : [y, x];
      sum.a += pa.t;
      sum.b += pb.t;
      sum.aCpu += pa.cpuMs ?? 0;
      sum.bCpu += pb.cpuMs ?? 0;
      if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    }
    out.a.push(sum.a);
    out.b.push(sum.b);
    out.aCpuMs.push(sum.aCpu);
    out.bCpuMs.push(sum.bCpu);
  }
  return out;
}

/** The process's CPU time in µs (user + system). */
export function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/**
 * Operations per CPU second of two tight loops, paired finely (alternatePieces): batches of
 * `batch` calls, each timed in the process's CPU time. One figure per round for each side.
 */
export async function pairedOps(rounds: number, iterations: number, a: (i: number) => unknown, b: (i: number) => unknown, batch = 1_000): Promise<{ ours: number[]; base: number[] }> {
  let sink: unknown;
  const piece = (fn: (i: number) => unknown): (() => Piece) => {
    let i = 0;
    return () => {
      const t = cpuUs();
      for (const end = i + batch; i < end; i++) sink = fn(i);
      return { t: cpuUs() - t };
    };
  };
  const batches = Math.max(1, Math.round(iterations / batch));
  const r = await alternatePieces(rounds, batches, Math.min(batches, 20), piece(a), piece(b));
  blackhole(sink);
  return { ours: r.a.map((us) => ((batches * batch) / us) * 1e6), base: r.b.map((us) => ((batches * batch) / us) * 1e6) };
}

let sunk: unknown;
/** Keeps a value alive so the optimiser cannot drop the work that made it. */
export function blackhole(value: unknown): void {
  sunk = value;
}
export function lastSunk(): unknown {
  return sunk;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


/**
 * CPU time of the calling thread in ms (Linux /proc/thread-self/stat, 10 ms ticks), or undefined
 * elsewhere. Unlike wall time it does not count the time the thread waited for a core, so it stays
 * meaningful on a busy machine; the loopback server's worker thread is not included.
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A measured run: its figure, and the main thread's CPU ms spent in the timed part. */
export interface Measure {
  readonly value: number;
  readonly cpuMs?: number;
}

/** Starts a CPU clock of this thread; the returned function reads the ms spent since. */
export function cpuClock(): () => number | undefined {
  const start = threadCpuMs();
  return () => {
    const end = threadCpuMs();
    return start === undefined || end === undefined ? undefined : end - start;
  };
}
