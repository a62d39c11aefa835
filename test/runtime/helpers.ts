/**
 * A made-up exchange ("Zephyr") with its own destinations, envelope member names, versions,
 * limits and a fake signing scheme, so the runtime tests prove the runtime is generic.
 */
import { createHash } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Codec, OperationSpec, ProtocolSpec, RequestContext, ValidationIssue, ValidationResult } from '../../templates/runtime/spec.js';
import { ClientCore, type ClientOptions } from '../../templates/runtime/client.js';

export const SECRET = 'zephyr-SECRET-7f3a9c';
export const KEY = 'zephyr-key-1';

function op(o: Partial<OperationSpec> & Pick<OperationSpec, 'id' | 'destinations'>): OperationSpec {
  return {
    kind: 'request',
    address: Object.values(o.destinations)[0]!.replace(/\/\d\.0\//, '/{ver}/'),
    summary: o.id,
    signed: false,
    idempotent: true,
    weight: 1,
    rateLimits: [],
    ...o,
  };
}

export function makeSpec(overrides: Partial<ProtocolSpec> = {}): ProtocolSpec {
  return {
    title: 'Zephyr',
    versionParameter: 'ver',
    versions: ['1.0', '2.0'],
    defaultVersion: '2.0',
    defaultServer: 'main',
    servers: {
      main: { name: 'main', url: 'ws://127.0.0.1:9/unused', title: 'Main', versions: ['1.0', '2.0'] },
      sandbox: { name: 'sandbox', url: 'ws://127.0.0.1:9/unused', title: 'Sandbox', versions: ['1.0'] },
    },
    envelope: {
      destinationField: 'route',
      correlationIdField: 'rid',
      payloadField: 'body',
      statusField: 'result',
      okStatus: 'SUCCESS',
      errorCodeField: 'errNo',
      errorTextField: 'errText',
      errorNameField: 'errKind',
    },
    heartbeat: { operation: 'keepAlive', serverTimeoutMs: 1000, clientIntervalMs: 200, deadAfterMs: 600 },
    signing: { keyField: 'key', timestampField: 'nonceTime', recvWindowField: 'window', signatureField: 'sig' },
    rateLimits: [
      { id: 'weight', appliesTo: 'all', limit: 1000, intervalMs: 1000, description: 'weight per second' },
      { id: 'trades', appliesTo: 'listed', limit: 3, intervalMs: 400, description: 'trades' },
    ],
    operations: {
      keepAlive: op({ id: 'keepAlive', kind: 'heartbeat', destinations: { '': 'sys.keepalive' }, weight: 0 }),
      echo: op({ id: 'echo', destinations: { '1.0': 'rpc/1.0/echo', '2.0': 'rpc/2.0/echo' } }),
      wallet: op({ id: 'wallet', signed: true, weight: 2, destinations: { '1.0': 'rpc/1.0/wallet', '2.0': 'rpc/2.0/wallet' } }),
      legacyStats: op({ id: 'legacyStats', destinations: { '1.0': 'rpc/1.0/stats' } }),
      placeTrade: op({
        id: 'placeTrade',
        signed: true,
        idempotent: false,
        rateLimits: ['trades'],
        destinations: { '1.0': 'rpc/1.0/trade/place', '2.0': 'rpc/2.0/trade/place' },
      }),
      watchTicks: op({
        id: 'watchTicks',
        kind: 'subscribe',
        destinations: { '': 'feed.ticks.start' },
        stream: { eventDestination: 'feed.tick', eventOperation: 'onTick', events: 'state', match: [{ param: 'pairs', field: 'p' }] },
      }),
      watchCandles: op({
        id: 'watchCandles',
        kind: 'subscribe',
        destinations: { '': 'feed.candles.start' },
        stream: {
          eventDestination: 'feed.candle',
          eventOperation: 'onCandle',
          events: 'state',
          match: [
            { param: 'pairs', field: 'p' },
            { param: 'spans', field: 'span', default: ['1m'] },
          ],
        },
      }),
    },
    errorCodes: { [-7]: 'NO_SUCH_PAIR' },
    ...overrides,
  };
}

/** The error the fake codec throws on bad input (shaped like the generated one). */
export class FakeRequestError extends Error {
  readonly code = 'ERR_INVALID_REQUEST';
  constructor(
    readonly destination: string,
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${destination}: ${field} ${rule}`);
  }
}

type FieldRule = { type: 'string' | 'number' | 'string[]' | 'any'; required?: boolean; enum?: readonly string[] };
const REQUEST_SCHEMAS: Record<string, Record<string, FieldRule>> = {
  keepAlive: {},
  echo: { text: { type: 'any' }, n: { type: 'number' } },
  wallet: { asset: { type: 'string' } },
  legacyStats: {},
  placeTrade: {
    pair: { type: 'string', required: true },
    side: { type: 'string', required: true, enum: ['BUY', 'SELL'] },
    amount: { type: 'number', required: true },
  },
  watchTicks: { pairs: { type: 'string[]', required: true } },
  watchCandles: { pairs: { type: 'string[]', required: true }, spans: { type: 'string[]' } },
};

export function fakeSign(body: Record<string, unknown>, secret: string): string {
  const canonical = Object.keys(body)
    .sort()
    .map((k) => `${k}:${String(body[k])}`)
    .join('|');
  return createHash('sha256').update(`${secret}#${canonical}`).digest('base64url');
}

export function makeCodec(spec: ProtocolSpec = makeSpec()): Codec & { built: number } {
  const byDestination = new Map<string, OperationSpec>();
  for (const o of Object.values(spec.operations)) for (const d of Object.values(o.destinations)) byDestination.set(d, o);
  const codec = {
    built: 0,
    buildRequest(destination: string, params: unknown, ctx: RequestContext): Record<string, unknown> {
      const o = byDestination.get(destination);
      if (o === undefined) throw new FakeRequestError(destination, '', 'known destination');
      const given = (params ?? {}) as Record<string, unknown>;
      if (typeof given !== 'object' || Array.isArray(given)) throw new FakeRequestError(destination, '', 'object');
      const schema = REQUEST_SCHEMAS[o.id] ?? {};
      for (const k of Object.keys(given)) if (!(k in schema)) throw new FakeRequestError(destination, k, 'additionalProperties');
      for (const [k, rule] of Object.entries(schema)) {
        const v = given[k];
        if (v === undefined) {
          if (rule.required) throw new FakeRequestError(destination, k, 'required');
          continue;
        }
        const ok =
          rule.type === 'any' ||
          (rule.type === 'string[]' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === rule.type);
        if (!ok) throw new FakeRequestError(destination, k, `type ${rule.type}`);
        if (rule.enum && !rule.enum.includes(v as string)) throw new FakeRequestError(destination, k, 'enum');
      }
      const body: Record<string, unknown> = { ...given };
      if (o.signed) {
        if (!ctx.apiKey || !ctx.apiSecret) throw new FakeRequestError(destination, spec.signing.keyField, 'credentials');
        body[spec.signing.keyField] = ctx.apiKey;
        body[spec.signing.timestampField] = ctx.timestamp ?? Date.now();
        if (ctx.recvWindow !== undefined) body[spec.signing.recvWindowField] = ctx.recvWindow;
        body[spec.signing.signatureField] = fakeSign(body, ctx.apiSecret);
      }
      codec.built++;
      return { route: destination, rid: ctx.correlationId, body };
    },
    decodeReply(operationId: string, payload: unknown): ValidationResult {
      if (operationId === 'wallet') {
        const issues: ValidationIssue[] = [];
        const p = payload as Record<string, unknown> | null;
        if (p === null || typeof p !== 'object') return { valid: false, errors: [{ path: '', rule: 'type', message: 'must be object' }] };
        if (typeof p.owner !== 'string') issues.push({ path: '/owner', rule: 'type', message: 'must be string' });
        if (typeof p.funds === 'string' && p.funds.trim() !== '' && !Number.isNaN(Number(p.funds))) p.funds = Number(p.funds);
        if (typeof p.funds !== 'number') issues.push({ path: '/funds', rule: 'type', message: 'must be number' });
        return issues.length === 0 ? { valid: true, value: p } : { valid: false, errors: issues };
      }
      return { valid: true, value: payload };
    },
    decodeEvent(eventDestination: string, payload: unknown): ValidationResult {
      const p = payload as Record<string, unknown> | null;
      if (p === null || typeof p !== 'object') return { valid: false, errors: [{ path: '', rule: 'type', message: 'must be object' }] };
      if (typeof p.p !== 'string') return { valid: false, errors: [{ path: '/p', rule: 'type', message: 'must be string' }] };
      if (eventDestination === 'feed.tick') {
        if (typeof p.px === 'string') p.px = Number(p.px);
        if (typeof p.px !== 'number' || Number.isNaN(p.px)) return { valid: false, errors: [{ path: '/px', rule: 'type', message: 'must be number' }] };
      }
      return { valid: true, value: p };
    },
  };
  return codec;
}

export interface Frame {
  route?: string;
  rid?: number | string;
  body?: Record<string, unknown>;
}

export interface ServerConnection {
  readonly socket: WebSocket;
  readonly frames: Frame[];
  reply(frame: Frame, body?: unknown, result?: string): void;
  send(message: unknown): void;
}

export type FrameHandler = (frame: Frame, conn: ServerConnection, server: TestServer) => void;

export interface TestServer {
  readonly url: string;
  readonly wss: WebSocketServer;
  /** Every frame received, over all connections, in order. */
  readonly frames: Frame[];
  readonly connections: ServerConnection[];
  handler: FrameHandler;
  close(): Promise<void>;
}

/**
 * A real `ws` server on 127.0.0.1, port 0. The default handler answers keep-alives and echoes
 * `rpc/.../echo`; a custom handler may call `defaultHandler` for what it does not care about.
 */
export async function startServer(handler: FrameHandler = defaultHandler, options: { autoPong?: boolean } = {}): Promise<TestServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: options.autoPong ?? true });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const address = wss.address();
  if (address === null || typeof address === 'string') throw new Error('unexpected address');
  const server: TestServer = {
    url: `ws://127.0.0.1:${address.port}/connect`,
    wss,
    frames: [],
    connections: [],
    handler,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
  wss.on('connection', (socket) => {
    const conn: ServerConnection = {
      socket,
      frames: [],
      reply(frame, body = {}, result = 'SUCCESS') {
        socket.send(JSON.stringify({ result, route: frame.route, rid: String(frame.rid), body }));
      },
      send(message) {
        socket.send(typeof message === 'string' ? message : JSON.stringify(message));
      },
    };
    server.connections.push(conn);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      conn.frames.push(frame);
      server.frames.push(frame);
      server.handler(frame, conn, server);
    });
  });
  return server;
}

export function defaultHandler(frame: Frame, conn: ServerConnection): void {
  const route = frame.route ?? '';
  if (route === 'sys.keepalive') conn.reply(frame, {});
  else if (route.endsWith('/echo')) conn.reply(frame, frame.body ?? {});
  else if (route.endsWith('/stats')) conn.reply(frame, { visitors: 3 });
  else if (route.endsWith('.start')) {
    const subscriptions: Record<string, string> = {};
    for (const p of (frame.body?.pairs as string[] | undefined) ?? []) subscriptions[p] = 'OK';
    conn.reply(frame, { subscriptions });
  } else if (route.endsWith('/wallet')) conn.reply(frame, { owner: 'me', funds: '12.5' });
}

export function frameCount(server: TestServer, route: string): number {
  return server.frames.filter((f) => f.route === route).length;
}

/** Polls until `predicate` holds (fails after timeoutMs). */
export async function waitFor(predicate: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Whether clients made without a WebSocket option use the runtime's built-in WHATWG WebSocket
 * (Node 22+; the Node 24 run of this suite) rather than `ws` (Node 20 has no global WebSocket).
 */
export const BUILTIN_WEBSOCKET: boolean = typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';

/** A client on the test server; heartbeats off unless asked for, quick reconnects. */
export function makeClient(server: TestServer, options: Partial<ClientOptions> = {}, spec = makeSpec()): ClientCore {
  return new ClientCore(spec, makeCodec(spec), {
    url: server.url,
    server: 'main',
    apiKey: KEY,
    apiSecret: SECRET,
    heartbeatIntervalMs: 0,
    deadAfterMs: 0,
    requestTimeoutMs: 2000,
    reconnect: { initialDelayMs: 20, maxDelayMs: 100, jitter: 'none' },
    ...options,
  });
}

/** Captures the rejection of a promise (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the promise to reject');
}
