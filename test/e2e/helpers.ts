/**
 * Helpers of the end-to-end tests: the generated client (`currencycom-ws`, i.e. generated/dist)
 * against the generated simulator (`currencycom-ws/simulator`), plus a tiny raw `ws` client and
 * the request examples of asyncapi.yaml.
 */

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { parse } from 'yaml';
import { CurrencyComClient, type ClientError, type ClientOptions } from 'currencycom-ws';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from 'currencycom-ws/simulator';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_PATH = join(ROOT, 'asyncapi.yaml');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `pred` until it holds; throws (naming `what`) after `timeoutMs`. */
export async function waitFor(pred: () => boolean, what: string, timeoutMs = 5000, stepMs = 10): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(stepMs);
  }
}

/** The rejection of a promise that must reject (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<ClientError & Record<string, unknown>> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error as ClientError & Record<string, unknown>;
  }
  // Outside the try: a promise that resolves fails the test instead of being returned as its error.
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}

// ---------------------------------------------------------------------------------------------
// Credentials, simulators and clients, all closed by `cleanup()`

export function keyPair(): { apiKey: string; apiSecret: string } {
  return { apiKey: 'e2e-' + randomBytes(8).toString('hex'), apiSecret: randomBytes(24).toString('hex') };
}

const toClose: (() => Promise<unknown>)[] = [];

/** Closes everything `sim()`, `client()` and `RawClient.connect()` opened, newest first. */
export async function cleanup(): Promise<void> {
  while (toClose.length > 0) {
    try {
      await toClose.pop()!();
    } catch {
      // already gone
    }
  }
}

export async function sim(options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator & { apiKey: string; apiSecret: string }> {
  const pair = keyPair();
  const apiKey = options.apiKey ?? pair.apiKey;
  const apiSecret = options.apiSecret ?? pair.apiSecret;
  const s = await startSimulator({ port: 0, seed: 3, tickMs: 0, ...options, apiKey, apiSecret });
  toClose.push(() => s.close());
  return Object.assign(s, { apiKey, apiSecret });
}

export function client(options: ClientOptions): CurrencyComClient {
  const c = new CurrencyComClient({ reconnect: { initialDelayMs: 20, maxDelayMs: 100, jitter: 'none' }, ...options });
  toClose.push(() => c.close());
  return c;
}

// ---------------------------------------------------------------------------------------------
// A WebSocket (the `ws` one) that records every frame the client sends and receives, undecoded.

export interface Tap {
  readonly sent: string[];
  readonly received: string[];
  /** The sockets made so far (one per connection attempt). */
  readonly sockets: WebSocket[];
}

export function tappedWebSocket(): { tap: Tap; WebSocket: NonNullable<ClientOptions['WebSocket']> } {
  const tap: Tap = { sent: [], received: [], sockets: [] };
  class TappedWebSocket extends WebSocket {
    constructor(url: string) {
      super(url);
      tap.sockets.push(this);
      this.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) tap.received.push(data.toString('utf8'));
      });
    }
    override send(data: unknown, ...rest: unknown[]): void {
      if (typeof data === 'string') tap.sent.push(data);
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  }
  return { tap, WebSocket: TappedWebSocket as unknown as NonNullable<ClientOptions['WebSocket']> };
}

export interface Frame {
  status?: string;
  destination?: string;
  correlationId?: string | number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload?: any;
}

export function parseFrames(texts: readonly string[]): Frame[] {
  const out: Frame[] = [];
  for (const t of texts) {
    try {
      out.push(JSON.parse(t) as Frame);
    } catch {
      // not JSON (the malformed-frame fault)
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A tiny raw client written to the public protocol only.

export class RawClient {
  readonly frames: Frame[] = [];
  readonly texts: string[] = [];
  closed: { code: number; reason: string } | undefined;
  private waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private closeWaiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      this.texts.push(text);
      let f: Frame;
      try {
        f = JSON.parse(text) as Frame;
      } catch {
        return;
      }
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => (w.pred(f) ? (w.resolve(f), false) : true));
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString('utf8') };
      for (const w of this.closeWaiters.splice(0)) w();
    });
    ws.on('error', () => undefined);
  }

  static connect(url: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const c = new RawClient(ws);
      toClose.push(async () => c.ws.terminate());
      ws.once('open', () => resolve(c));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  next(pred: (f: Frame) => boolean, timeoutMs = 3000): Promise<Frame> {
    const found = this.frames.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`raw client: no matching frame within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** Sends `{destination, correlationId, payload}` and resolves with the frame answering it. */
  async call(destination: string, correlationId: number, payload: Record<string, unknown>, timeoutMs = 3000): Promise<Frame> {
    this.send({ destination, correlationId, payload });
    return this.next((f) => f.correlationId === String(correlationId), timeoutMs);
  }

  whenClosed(timeoutMs: number): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`raw client: still open after ${timeoutMs} ms`)), timeoutMs);
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve(this.closed!);
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The document's request examples

type Node = Record<string, unknown>;
let docCache: Node | undefined;

export function document(): Node {
  docCache ??= parse(readFileSync(SPEC_PATH, 'utf8')) as Node;
  return docCache;
}

function deref(value: unknown): Node {
  let node = value as Node;
  for (let i = 0; i < 10 && node && typeof node.$ref === 'string'; i++) {
    const ref = node.$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
    let at: unknown = document();
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      at = (at as Node)[key];
      if (at === undefined) throw new Error(`unresolved $ref ${ref}`);
    }
    node = at as Node;
  }
  return node;
}

/** The example payloads of an operation's request message(s), as the document writes them. */
export function requestExamples(operationId: string): Record<string, unknown>[] {
  const op = (document().operations as Record<string, Node>)[operationId];
  if (op === undefined) throw new Error(`no operation ${operationId} in asyncapi.yaml`);
  const out: Record<string, unknown>[] = [];
  for (const m of (op.messages as unknown[]) ?? []) {
    const msg = deref(m);
    for (const ex of (msg.examples as Node[] | undefined) ?? []) {
      if (ex.payload !== undefined) out.push(structuredClone(ex.payload) as Record<string, unknown>);
    }
  }
  return out;
}

/** `{}` when the request message's payload is an empty object schema; examples otherwise. */
export function firstExample(operationId: string): Record<string, unknown> {
  const all = requestExamples(operationId);
  if (all.length === 0) throw new Error(`asyncapi.yaml has no request example for ${operationId}`);
  return all[0]!;
}

// ---------------------------------------------------------------------------------------------
// Decimal helpers for adapting example prices and quantities to the simulated market

export function decimalsOf(step: string | number): number {
  const text = String(step);
  if (/e-/i.test(text)) return Number(text.split(/e-/i)[1]);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** `value` rounded down to a multiple of `step`, as a plain decimal string. */
export function floorTo(value: number, step: string | number): string {
  const s = Number(step);
  return (Math.floor(value / s + 1e-9) * s).toFixed(decimalsOf(step));
}

export function ceilTo(value: number, step: string | number): string {
  const s = Number(step);
  return (Math.ceil(value / s - 1e-9) * s).toFixed(decimalsOf(step));
}

export interface SymbolInfo {
  readonly symbol: string;
  readonly marketType?: string;
  readonly status?: string;
  readonly tickSize?: string | number;
  readonly filters?: readonly { filterType: string; [k: string]: unknown }[];
}

export function filter(info: SymbolInfo, type: string): Record<string, unknown> | undefined {
  return info.filters?.find((f) => f.filterType === type) as Record<string, unknown> | undefined;
}

/** The smallest quantity ≥ `wanted` allowed by LOT_SIZE that is worth MIN_NOTIONAL at `price`. */
export function validQuantity(info: SymbolInfo, price: number, wanted?: number): string {
  const lot = filter(info, 'LOT_SIZE');
  const step = String(lot?.stepSize ?? lot?.minQty ?? '0.0001');
  const minQty = Number(lot?.minQty ?? step);
  const notional = Number(filter(info, 'MIN_NOTIONAL')?.minNotional ?? 0);
  let q = Math.max(minQty, wanted ?? 0, (notional * 1.5) / price);
  q = Number(ceilTo(q, step));
  return q.toFixed(decimalsOf(step));
}

export function tickOf(info: SymbolInfo): string {
  return String(info.tickSize ?? filter(info, 'PRICE_FILTER')?.tickSize ?? '0.01');
}
