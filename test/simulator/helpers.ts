/**
 * Test helpers for the simulator: a tiny hand-made ProtocolSpec, deps with a signer written here
 * from `getHash()` in Currencycom/openApiExamples (api_ws/intro.js, api_ws/lib/SocketClient.js),
 * independent of the generated one, and a raw `ws` test client.
 */

import { createHmac } from 'node:crypto';
import { WebSocket } from 'ws';
import type { OperationSpec, ProtocolSpec } from '../../templates/runtime/spec.js';
import type { SimulatorDeps, SimulatorValidation, SimulatorValidationIssue } from '../../templates/simulator/deps.js';

const V = ['v1', 'v2'] as const;

function op(id: string, path: string, extra: Partial<OperationSpec> = {}, versions: readonly string[] = V): OperationSpec {
  const destinations: Record<string, string> = {};
  for (const v of versions) destinations[v] = `/api/${v}/${path}`;
  return {
    id,
    kind: 'request',
    summary: id,
    destinations,
    address: `/api/{version}/${path}`,
    signed: false,
    idempotent: true,
    weight: 1,
    rateLimits: [],
    ...extra,
  };
}

function sub(id: string, destination: string, eventDestination: string, field: string): OperationSpec {
  return {
    id,
    kind: 'subscribe',
    summary: id,
    destinations: { '': destination },
    address: destination,
    signed: false,
    idempotent: true,
    weight: 1,
    rateLimits: [],
    stream: { eventDestination, eventOperation: `on${id}`, events: eventDestination.includes('trade') ? 'facts' : 'state', match: [{ param: 'symbols', field }] },
  };
}

const SIGNED = { signed: true } as const;

export interface SpecOptions {
  readonly requestWeightLimit?: number;
  readonly ordersLimit?: number;
}

export function makeSpec(o: SpecOptions = {}): ProtocolSpec {
  const operations: OperationSpec[] = [
    {
      id: 'ping',
      kind: 'heartbeat',
      summary: 'ping',
      destinations: { '': 'ping' },
      address: 'ping',
      signed: false,
      idempotent: true,
      weight: 0,
      rateLimits: [],
    },
    op('time', 'time'),
    op('exchangeInfo', 'exchangeInfo'),
    op('depth', 'depth'),
    op('klines', 'klines'),
    op('ticker24hr', 'ticker/24hr'),
    op('account', 'account', SIGNED),
    op('leverageSettings', 'leverageSettings', SIGNED),
    op('createOrder', 'order/create', { signed: true, idempotent: false, rateLimits: ['orders'] }),
    op('cancelOrder', 'order/cancel', SIGNED),
    op('openOrders', 'openOrders', { signed: true, rateLimits: ['openOrders'] }),
    op('fetchOrder', 'fetchOrder', SIGNED, ['v2']),
    op('myTrades', 'myTrades', SIGNED),
    op('tradingPositions', 'tradingPositions', SIGNED),
    op('closeTradingPosition', 'closeTradingPosition', SIGNED),
    sub('subscribeMarketData', 'marketData.subscribe', 'internal.quote', 'symbolName'),
    sub('subscribeDepthMarketData', 'depthMarketData.subscribe', 'marketdepth.event', 'symbol'),
    sub('subscribeOHLCMarketData', 'OHLCMarketData.subscribe', 'ohlc.event', 'symbol'),
    sub('subscribeTrades', 'trades.subscribe', 'internal.trade', 'symbol'),
  ];
  return {
    title: 'test',
    versionParameter: 'version',
    versions: V,
    defaultVersion: 'v2',
    defaultServer: 'local',
    servers: { local: { name: 'local', url: 'ws://127.0.0.1/connect', title: 'local', versions: V } },
    envelope: {
      destinationField: 'destination',
      correlationIdField: 'correlationId',
      payloadField: 'payload',
      statusField: 'status',
      okStatus: 'OK',
      errorCodeField: 'code',
      errorTextField: 'msg',
      errorNameField: 'errorCode',
    },
    heartbeat: { operation: 'ping', serverTimeoutMs: 30_000, clientIntervalMs: 20_000, deadAfterMs: 45_000 },
    signing: { keyField: 'apiKey', timestampField: 'timestamp', recvWindowField: 'recvWindow', signatureField: 'signature' },
    rateLimits: [
      { id: 'requestWeight', appliesTo: 'all', limit: o.requestWeightLimit ?? 1200, intervalMs: 60_000, description: 'weight' },
      { id: 'orders', appliesTo: 'listed', limit: o.ordersLimit ?? 10, intervalMs: 60_000, description: 'orders' },
      { id: 'openOrders', appliesTo: 'listed', limit: 5, intervalMs: 1_000, description: 'openOrders' },
    ],
    operations: Object.fromEntries(operations.map((x) => [x.id, x])),
    errorCodes: { [-1121]: 'INVALID_SYMBOL' },
  };
}

/** As getHash() does: own keys sorted by UTF-16 code units, `key=value` raw, joined with `&`. */
export function canonicalString(payload: Record<string, unknown>): string {
  return Object.keys(payload)
    .sort()
    .map((k) => `${k}=${String(payload[k])}`)
    .join('&');
}

export function sign(payload: Record<string, unknown>, secret: string): string {
  return createHmac('sha256', secret).update(canonicalString(payload), 'utf8').digest('hex');
}

/**
 * Permissive, except two strict schemas: depth (symbol required; symbol and limit only; every
 * issue reported) and order/create, which like the generated validator includes the signing
 * fields and stops at the first issue.
 */
export function validateRequest(destination: string, payload: unknown): SimulatorValidation {
  if (/\/order\/create$/.test(destination)) {
    const p = payload as Record<string, unknown>;
    for (const k of ['symbol', 'side', 'type', 'quantity', 'apiKey', 'timestamp', 'signature']) {
      if (p[k] === undefined) return { valid: false, errors: [{ path: `/${k}`, rule: 'required', message: 'is required' }] };
    }
    const known = ['symbol', 'side', 'type', 'quantity', 'price', 'timeInForce', 'accountId', 'leverage', 'apiKey', 'timestamp', 'recvWindow', 'signature'];
    for (const k of Object.keys(p)) {
      if (!known.includes(k)) return { valid: false, errors: [{ path: `/${k}`, rule: 'additionalProperties', message: 'is not a known field here' }] };
    }
    if (!/^[0-9a-f]{64}$/.test(String(p.signature))) return { valid: false, errors: [{ path: '/signature', rule: 'pattern', message: 'must match pattern' }] };
    return { valid: true };
  }
  if (!/\/depth$/.test(destination)) return { valid: true };
  const p = payload as Record<string, unknown>;
  const errors: SimulatorValidationIssue[] = [];
  if (p.symbol === undefined) errors.push({ path: '', rule: 'required', message: "must have required property 'symbol'" });
  for (const k of Object.keys(p)) {
    if (k !== 'symbol' && k !== 'limit') errors.push({ path: `/${k}`, rule: 'additionalProperties', message: 'must NOT have additional properties' });
  }
  if (p.limit !== undefined && typeof p.limit !== 'number') errors.push({ path: '/limit', rule: 'type', message: 'must be integer' });
  return errors.length > 0 ? { valid: false, errors } : { valid: true };
}

export function makeDeps(o: SpecOptions = {}): SimulatorDeps {
  return { spec: makeSpec(o), validateRequest, canonicalString, sign };
}

export const API_KEY = 'test-key';
export const API_SECRET = 'test-secret';

export function signed(payload: Record<string, unknown>, timestamp: number, apiKey = API_KEY, secret = API_SECRET): Record<string, unknown> {
  const p: Record<string, unknown> = { ...payload, apiKey, timestamp };
  return { ...p, signature: sign(p, secret) };
}

// ---------------------------------------------------------------------------------------------

export interface Frame {
  status?: string;
  destination?: string;
  correlationId?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload?: any;
}

export class TestClient {
  readonly frames: Frame[] = [];
  readonly raw: string[] = [];
  closed: { code: number; reason: string } | undefined;
  private waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private rawWaiters: { pred: (s: string) => boolean; resolve: (s: string) => void }[] = [];
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];
  private nextId = 1;
  pongs = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const text = data.toString();
      this.raw.push(text);
      this.rawWaiters = this.rawWaiters.filter((w) => (w.pred(text) ? (w.resolve(text), false) : true));
      let f: Frame;
      try {
        f = JSON.parse(text) as Frame;
      } catch {
        return;
      }
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => (w.pred(f) ? (w.resolve(f), false) : true));
    });
    ws.on('pong', () => this.pongs++);
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const w of this.closeWaiters) w(this.closed);
      this.closeWaiters = [];
    });
  }

  static connect(url: string): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const c = new TestClient(ws);
      ws.once('open', () => resolve(c));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first frame (already received or future) matching `pred`. */
  next(pred: (f: Frame) => boolean, timeoutMs = 3000): Promise<Frame> {
    const found = this.frames.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  nextRaw(pred: (s: string) => boolean, timeoutMs = 3000): Promise<string> {
    const found = this.raw.find(pred);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching raw frame within ${timeoutMs} ms`)), timeoutMs);
      this.rawWaiters.push({
        pred,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      });
    });
  }

  /** Sends a request and resolves with the frame carrying its correlationId. */
  request(destination: string, payload: unknown = {}, timeoutMs = 3000): Promise<Frame> {
    const id = this.nextId++;
    this.send({ destination, correlationId: id, payload });
    return this.next((f) => f.correlationId === String(id), timeoutMs);
  }

  waitClose(timeoutMs = 3000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not closed within ${timeoutMs} ms`)), timeoutMs);
      this.closeWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
