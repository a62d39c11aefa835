/**
 * Row 3 (signing) and the standalone half of row 4 (validation): tight loops in this process.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { buildRequest, codec, validateEvent, validateRequest } from 'currencycom-ws';
import type { SchemaDump } from '../lib/schemas.js';
import { ROOT } from '../lib/peer.js';
import { opsPerSecond } from '../lib/stats.js';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const API_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const T0 = 1_700_000_000_000;

export interface Signers {
  ours: (iterations: number) => number;
  hmac: (iterations: number) => number;
  /** One signed envelope / one bare HMAC, for paired loops (stats.ts pairedOps). */
  oursOnce: (i: number) => unknown;
  hmacOnce: (i: number) => unknown;
  cryptoJs: ((iterations: number) => number) | undefined;
  /** Empty when the three produce the same signature for the same request; else what differs. */
  check: string;
}

export function signers(CryptoJS: any | undefined): Signers {
  const canonical = (ts: number): string => `apiKey=${API_KEY}&timestamp=${ts}`;
  const ours = (i: number) => buildRequest('/api/v1/account', {}, { apiKey: API_KEY, apiSecret: API_SECRET, timestamp: T0 + i, correlationId: i });
  const hmac = (i: number) => createHmac('sha256', API_SECRET).update(canonical(T0 + i)).digest('hex');
  const cjs = CryptoJS === undefined ? undefined : (i: number) => CryptoJS.HmacSHA256(canonical(T0 + i), API_SECRET).toString(CryptoJS.enc.Hex);
  const sig = (ours(7).payload as { signature: string }).signature;
  const problems: string[] = [];
  if (sig !== hmac(7)) problems.push('createHmac over the canonical string gives another signature');
  if (cjs !== undefined && sig !== cjs(7)) problems.push('crypto-js gives another signature');
  return {
    ours: (n) => opsPerSecond(n, ours),
    hmac: (n) => opsPerSecond(n, hmac),
    oursOnce: ours,
    hmacOnce: hmac,
    cryptoJs: cjs === undefined ? undefined : (n) => opsPerSecond(n, cjs),
    check: problems.join('; '),
  };
}

export interface Validators {
  requestOurs: (n: number) => number;
  requestAjv: (n: number) => number;
  /** validateEvent (public: copies the payload first, never changes it). */
  eventPublic: (n: number) => number;
  /** codec.decodeEvent: the client's inbound path (decodes in place). */
  eventDecode: (n: number) => number;
  eventAjv: (n: number) => number;
  check: string;
  /** ms to compile the request and event schemas used here with ajv. */
  compileMs: number;
}

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8'));

export function validators(dump: SchemaDump): Validators {
  const order = fixture('v1-order-create-limit-request.json') as { destination: string; payload: Record<string, unknown> };
  const event = fixture('internal-trade-event-gotest.json') as { destination: string; payload: Record<string, unknown> };
  const t0 = performance.now();
  const strict = new Ajv({ ...dump.options.request, code: { source: false } } as never);
  strict.addSchema(dump.defs);
  const requestAjv = strict.compile(dump.requests[dump.operationOf[order.destination]!]!);
  const inbound = new Ajv({ ...dump.options.inbound, code: { source: false } } as never);
  inbound.addSchema(dump.defs);
  const eventAjv = inbound.compile(dump.events[event.destination]!);
  const compileMs = performance.now() - t0;
  const problems: string[] = [];
  if (validateRequest(order.destination, order.payload).valid !== true || requestAjv(order.payload) !== true) problems.push('the order fixture is not valid to both');
  if (validateEvent(event.destination, event.payload).valid !== true || eventAjv(event.payload) !== true) problems.push('the trade event is not valid to both');
  const ev = event.payload;
  return {
    requestOurs: (n) => opsPerSecond(n, () => validateRequest(order.destination, order.payload)),
    requestAjv: (n) => opsPerSecond(n, () => requestAjv(order.payload)),
    eventPublic: (n) => opsPerSecond(n, () => validateEvent('internal.trade', ev)),
    eventDecode: (n) => opsPerSecond(n, () => codec.decodeEvent('internal.trade', ev)),
    eventAjv: (n) => opsPerSecond(n, () => eventAjv(ev)),
    check: problems.join('; '),
    compileMs,
  };
}
