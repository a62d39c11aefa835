/**
 * The client's own JavaScript cost, without sockets: a fake WebSocket (the client's `WebSocket`
 * option) hands the same frames to ours and to the raw baseline code, synchronously for a stream,
 * in a microtask for a reply. No kernel, no second thread, no network: on a busy machine these
 * figures move far less than the loopback ones, and they show exactly what the runtime adds.
 */
import { CurrencyComClient } from 'currencycom-ws';
import { alternatePieces, cpuUs, type Measure, type Piece } from '../lib/stats.js';

const PRICES = Array.from({ length: 100 }, (_, i) => (11400.95 + i * 0.05).toFixed(2));
const BOOK = '"payload":{"lastUpdateId":1027024,"bids":[[11400.95,0.5],[11400.9,1.25]],"asks":[[11401,0.75],[11401.05,2]]}}';

function tradeFrame(id: number): Buffer {
  return Buffer.from(
    `{"status":"OK","destination":"internal.trade","payload":{"symbol":"BTC/USD","price":${PRICES[id % 100]},"size":0.058,"id":${id},` +
      `"ts":${1_596_625_079_952 + id},"orderId":"00a02503-0079-54c4-0000-00004020316a","clientOrderId":"00a02503-0079-54c4-0000-482f00003a06","buyer":${id % 2 === 0}}}`,
  );
}

let frames: Buffer[] = [];
function framesFor(n: number): Buffer[] {
  if (frames.length !== n) frames = Array.from({ length: n }, (_, i) => tradeFrame(i));
  return frames;
}

let texts: string[] = [];
function textsFor(n: number): string[] {
  if (texts.length !== n) texts = Array.from({ length: n }, (_, i) => tradeFrame(i).toString());
  return texts;
}

type Listener = (...args: any[]) => void;

/** Speaks the envelope like the loopback server: subscribe and request replies in a microtask. */
export class FakeSocket {
  static last: FakeSocket | undefined;
  readyState = 0;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(_url: string) {
    FakeSocket.last = this;
    setTimeout(() => {
      this.readyState = 1;
      this.emit('open');
    }, 0);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }

  send(text: string): void {
    const f = JSON.parse(text) as { destination: string; correlationId: unknown };
    const head = `{"status":"OK","destination":${JSON.stringify(f.destination)},"correlationId":"${String(f.correlationId)}",`;
    const reply = Buffer.from(f.destination === 'trades.subscribe' ? `${head}"payload":{"subscriptions":{"BTC/USD":"PROCESSED"}}}` : head + BOOK);
    queueMicrotask(() => this.emit('message', reply, false));
  }

  /** Delivers n trade frames synchronously, as ws does for the frames of one TCP read. */
  blast(n: number): void {
    const list = framesFor(n);
    for (let i = 0; i < n; i++) this.emit('message', list[i], false);
  }

  close(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.emit('close', 1000, '');
  }

  terminate(): void {
    this.close();
  }
}

/** The same socket handing frames over as strings, as the runtimes' built-in WebSocket does. */
export class TextFakeSocket extends FakeSocket {
  override blast(n: number): void {
    const list = textsFor(n);
    for (let i = 0; i < n; i++) this.emit('message', list[i], false);
  }
}

async function oursClient(validateInbound = true, Socket: typeof FakeSocket = FakeSocket): Promise<CurrencyComClient> {
  const client = new CurrencyComClient({ url: 'ws://fake/connect', WebSocket: Socket, rateLimit: false, reconnect: false, heartbeatIntervalMs: 0, validateInbound });
  await client.connect();
  return client;
}

async function rawSocket(Socket: typeof FakeSocket = FakeSocket): Promise<FakeSocket> {
  const ws = new Socket('ws://fake/connect');
  await new Promise<void>((resolve) => ws.on('open', () => resolve()));
  return ws;
}

/** A stream consumer on the fake socket: `blast(n)` hands it n trade frames, synchronously. */
interface Blaster {
  blast(n: number): void;
  /** Events it has handed on so far. */
  readonly count: number;
  close(): Promise<void>;
}

/** The client: frames in, events handed to sub.on('data'). */
export async function oursBlaster(validateInbound = true, Socket: typeof FakeSocket = FakeSocket): Promise<Blaster> {
  const client = await oursClient(validateInbound, Socket);
  const socket = FakeSocket.last!;
  const sub = client.subscribeTrades({ symbols: ['BTC/USD'] });
  await sub.ready;
  const b = { count: 0, blast: (n: number) => socket.blast(n), close: () => client.close() };
  sub.on('data', () => void b.count++);
  return b;
}

/**
 * The limit: the raw code, which only JSON.parses and reads the destination. It turns the frame
 * into text with `String(data)`, as the speed issue's baseline does; `decode: 'toString'` calls
 * `data.toString()` instead, ~0.1 µs cheaper per frame on Node 20 (String() goes through
 * ToPrimitive), the strictest baseline. `decode: 'text'`: the frames come as strings
 * (TextFakeSocket), which the raw code parses as they are.
 */
export async function rawBlaster(decode: 'String' | 'toString' | 'text' = 'String'): Promise<Blaster> {
  const ws = await rawSocket(decode === 'text' ? TextFakeSocket : FakeSocket);
  const b = { count: 0, blast: (n: number) => ws.blast(n), close: async () => ws.close() };
  if (decode === 'text') {
    ws.on('message', (data: string) => {
      const frame = JSON.parse(data);
      if (frame.destination === 'internal.trade') b.count++;
    });
  } else if (decode === 'String') {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(String(data));
      if (frame.destination === 'internal.trade') b.count++;
    });
  } else {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString());
      if (frame.destination === 'internal.trade') b.count++;
    });
  }
  return b;
}

/**
 * Events per CPU second of two consumers, paired finely (alternatePieces): in every round they
 * take `events` frames each in blasts of 100, every blast one synchronous call timed in the
 * process's CPU time, which leaves out the time the machine gives other processes. One figure per
 * round for each side.
 */
export async function fakeStreamPaired(
  rounds: number,
  events: number,
  makeOurs: () => Promise<Blaster>,
  makeBase: () => Promise<Blaster>,
): Promise<{ ours: number[]; base: number[] }> {
  const BLAST = 100;
  const [a, b] = [await makeOurs(), await makeBase()];
  const piece = (c: Blaster) => (): Piece => {
    const t = cpuUs();
    c.blast(BLAST);
    return { t: cpuUs() - t };
  };
  try {
    const blasts = Math.max(1, Math.round(events / BLAST));
    const [startA, startB] = [a.count, b.count];
    const r = await alternatePieces(rounds, blasts, 300, piece(a), piece(b));
    const n = blasts * BLAST;
    const [gotA, gotB] = [a.count - startA, b.count - startB];
    if (gotA !== rounds * n + 300 * BLAST || gotB !== gotA) throw new Error(`fake stream: events lost (ours ${gotA}, baseline ${gotB})`);
    return { ours: r.a.map((us) => (n / us) * 1e6), base: r.b.map((us) => (n / us) * 1e6) };
  } finally {
    await a.close();
    await b.close();
  }
}

/** Events per second of client JavaScript in one long blast (bench/profile.ts stream-js). */
export async function fakeStreamOurs(n: number): Promise<Measure> {
  framesFor(n);
  const b = await oursBlaster();
  const t0 = performance.now();
  b.blast(n);
  const ms = performance.now() - t0;
  await b.close();
  if (b.count !== n) throw new Error(`fake stream: ${n - b.count} events lost`);
  return { value: (n / ms) * 1000 };
}

/** µs of client JavaScript per request, one at a time (build, send, match, decode, resolve). */
export async function fakeRequestsOurs(n: number): Promise<Measure> {
  const client = await oursClient();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await client.depth({ symbol: 'BTC/USD', limit: 2 });
  const us = ((performance.now() - t0) * 1000) / n;
  await client.close();
  return { value: us };
}

export async function fakeRequestsRaw(n: number): Promise<Measure> {
  const raw = await rawFakeRequester();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await raw.call();
  const us = ((performance.now() - t0) * 1000) / n;
  await raw.close();
  return { value: us };
}

/** One request at a time through a requester on the fake socket. */
interface FakeRequester {
  call(): Promise<unknown>;
  close(): Promise<void>;
}

async function oursFakeRequester(): Promise<FakeRequester> {
  const client = await oursClient();
  return { call: () => client.depth({ symbol: 'BTC/USD', limit: 2 }), close: () => client.close() };
}

/**
 * µs of JavaScript per request, one at a time, of the client and of the hand-written Map on the
 * fake socket, paired finely: batches of 100 requests alternate between the two, each batch timed
 * in the process's CPU time (the fake socket answers in a microtask: a batch is all CPU). One
 * figure per round for each side, `n` requests per side per round.
 */
export async function fakeRequestsPaired(rounds: number, n: number): Promise<{ ours: number[]; base: number[] }> {
  const BATCH = 100;
  const [a, b] = [await oursFakeRequester(), await rawFakeRequester()];
  const piece = (r: FakeRequester) => async (): Promise<Piece> => {
    const t = cpuUs();
    for (let i = 0; i < BATCH; i++) await r.call();
    return { t: cpuUs() - t };
  };
  try {
    const batches = Math.max(1, Math.round(n / BATCH));
    const r = await alternatePieces(rounds, batches, 100, piece(a), piece(b));
    return { ours: r.a.map((us) => us / (batches * BATCH)), base: r.b.map((us) => us / (batches * BATCH)) };
  } finally {
    await a.close();
    await b.close();
  }
}

/** The hand-written correlation Map on the fake socket. */
async function rawFakeRequester(): Promise<FakeRequester> {
  const ws = await rawSocket();
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  ws.on('message', (data: Buffer) => {
    const frame = JSON.parse(String(data));
    const key = String(frame.correlationId);
    const p = pending.get(key);
    if (p === undefined) return;
    pending.delete(key);
    if (frame.status === 'OK') p.resolve(frame.payload);
    else p.reject(new Error(String(frame.status)));
  });
  const call = () =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(String(id), { resolve, reject });
      ws.send(JSON.stringify({ destination: '/api/v1/depth', correlationId: id, payload: { symbol: 'BTC/USD', limit: 2 } }));
    });
  return { call, close: async () => ws.close() };
}
