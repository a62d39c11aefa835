/**
 * The connection-owning client core. It knows no API fact: destinations, envelope members,
 * versions, limits and the heartbeat come from the `ProtocolSpec`; building, signing and decoding
 * from the `Codec`. The generated client extends it with one typed method per operation.
 *
 * Guarantees:
 * - Bad input (codec validation, missing credentials, unknown operation, unsupported version)
 *   rejects before anything is sent.
 * - A request whose reply is outstanding when the connection drops is rejected with
 *   ERR_CONNECTION_LOST (`outcomeUnknown: true`, with its `idempotent` flag) and never sent again.
 *   Live subscriptions are re-sent after a reconnect.
 * - Nothing queues without bound: in-flight plus waiting calls are capped by `maxPending`, the
 *   rate limiter's queue by `rateLimit.maxQueue`, every subscription's buffer by its size.
 * - The API secret lives in a private field: it is not enumerable, not in `util.inspect`, not in
 *   `JSON.stringify`, not in errors and not in log lines.
 * - Inbound frames that cannot be used are reported as 'warning' events (ERR_BAD_FRAME); they never
 *   throw or cause unhandled rejections. A value of an open enum the document does not list is
 *   delivered and reported as a 'warning' (ERR_UNKNOWN_VALUE), once per destination, field and value.
 * - An OK reply whose payload carries the document's failure fields rejects with ApiError; a
 *   subscription none of whose symbols the reply accepts ends with ERR_SUBSCRIPTION_REJECTED naming
 *   them (some refused: a warning with that code, and the subscription goes on).
 */

import { cancelReconnectWait, listen, openSocket, safely, setState, shutdown, type Connection } from './client/connection.js';
import { stopTimers } from './client/keep-alive.js';
import type { ClientEvents, ClientOptions, ConnectionState, LogLevel, Logger, ReconnectOptions, RequestOptions, SubscribeOptions, WebSocketConstructor } from './client/options.js';
import { KIND_REQUEST, removePending, type Pending } from './client/pending.js';
import { destinationIn, rejectOpenWaiters, resolveOperation, send, waitOpen } from './client/requests.js';
import { StreamRoute, own, type DestinationRoute, type SubEntry } from './client/routing.js';
import { startSubscription } from './client/subscriptions.js';
import { Backoff } from './backoff.js';
import { Emitter } from './emitter.js';
import {
  ClosedError,
  InvalidParamsError,
  MissingCredentialsError,
  UnknownOperationError,
  UnsupportedVersionError,
  hasErrorCode,
} from './errors.js';
import { defaultVersionFor } from './manifest.js';
import { RateLimiter } from './rate-limiter.js';
import type { Codec, FrameReader, OperationSpec, ProtocolSpec, RequestContext } from './spec.js';
import { Subscription, type BufferPolicy } from './subscription.js';

/** The options of a call given none (no object allocated per call). */
const NO_OPTIONS: RequestOptions = Object.freeze({});

export type {
  ClientEvents,
  ClientOptions,
  ConnectionState,
  LogLevel,
  Logger,
  ReconnectInfo,
  ReconnectOptions,
  RequestOptions,
  StateChange,
  SubscribeOptions,
  WebSocketConstructor,
  WebSocketLike,
} from './client/options.js';

// util.inspect's hook, by its registered name (no import of node:util in the runtime).
const INSPECT = 'nodejs.util.inspect.custom';

export class ClientCore extends Emitter<ClientEvents> {
  readonly spec: ProtocolSpec;
  readonly codec: Codec;
  readonly url: string;
  readonly apiVersion: string;
  /** Versions the server serves (the document's versions when no server is named). */
  readonly serverVersions: readonly string[];

  readonly #apiKey: string | undefined;
  readonly #apiSecret: string | undefined;

  /** @internal */
  readonly requestTimeoutMs: number;
  /** @internal */
  deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal */
  deadlineAt: number = 0;
  /** @internal A slowly decaying maximum of recent request round trips, in ms (the rate limiter's margin). */
  roundTripMs: number = 0;
  /** @internal */
  readonly connectTimeoutMs: number;
  /** @internal */
  readonly heartbeatIntervalMs: number;
  /** @internal */
  readonly deadAfterMs: number;
  /** @internal */
  readonly reconnectOptions: ReconnectOptions | false;
  /** @internal */
  readonly whileReconnecting: 'wait' | 'fail';
  /** @internal */
  readonly connectWaitMs: number;
  /** @internal */
  readonly maxPending: number;
  /** @internal */
  readonly rateMaxWaitMs: number;
  /** @internal */
  readonly signedRecvWindow: number | undefined;
  /** @internal */
  readonly validateInbound: boolean;
  /** @internal */
  readonly bufferDefaults: { bufferSize?: number; bufferPolicy?: BufferPolicy; lossless?: boolean };
  /** @internal */
  readonly logger: Logger | undefined;
  /** @internal */
  readonly WebSocketCtor: WebSocketConstructor | undefined;
  /** @internal */
  readonly limiter: RateLimiter | undefined;
  /** @internal */
  readonly backoff: Backoff;

  // envelope member names, read once
  /** @internal */
  readonly destField: string;
  /** @internal */
  readonly cidField: string;
  /** @internal */
  readonly payloadField: string;
  /** @internal */
  readonly statusField: string;
  /** @internal */
  readonly okStatus: string;
  /** @internal The codec's generated reader of an inbound frame's envelope members, or one by the names above. */
  readonly frameReader: FrameReader;

  /** @internal */
  readonly destinations: Map<string, DestinationRoute> = new Map();
  /** @internal operationId → its operation and destination in this client's API version, once resolved (bounded by the spec's operations). */
  readonly callTargets: Map<string, { readonly op: OperationSpec; readonly destination: string }> = new Map();
  /** @internal Unknown enum values already reported (destination, field, value). */
  readonly reportedUnknown: Set<string> = new Set();
  /** @internal */
  readonly streams: Map<string, StreamRoute> = new Map();
  /** @internal The stream route of each of `frameReader.events` (undefined: no subscription has those events). */
  readonly streamByIndex: (StreamRoute | undefined)[];
  /** @internal */
  readonly heartbeatOp: OperationSpec | undefined;
  /** @internal */
  readonly heartbeatDestination: string | undefined;

  /** @internal */
  readonly pending: Map<string, Pending> = new Map();
  /** @internal */
  readonly openWaiters: Set<{ resolve: () => void; reject: (error: Error) => void }> = new Set();
  /** @internal */
  readonly subs: Set<SubEntry> = new Set();
  /** @internal */
  currentState: ConnectionState = 'closed';
  /** @internal */
  conn: Connection | undefined;
  /** @internal */
  connectionCount: number = 0;
  /** @internal */
  nextCorrelationId: number = 0;
  /** @internal */
  outstanding: number = 0;
  /** @internal */
  userClosed: boolean = false;
  /** @internal */
  connecting: Promise<void> | undefined;
  /** @internal */
  reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal */
  reconnectWake: (() => void) | undefined;
  /** @internal */
  heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  /** @internal */
  deadTimer: ReturnType<typeof setInterval> | undefined;
  /** @internal */
  heartbeatKey: string | undefined;
  /** @internal Frames received on the current connection; read by the dead-connection check, not per frame. */
  received: number = 0;
  /** @internal */
  receivedAtCheck: number = 0;
  /** @internal */
  silentSince: number = 0;

  constructor(spec: ProtocolSpec, codec: Codec, options: ClientOptions = {}) {
    super();
    this.spec = spec;
    this.codec = codec;
    this.#apiKey = options.apiKey;
    this.#apiSecret = options.apiSecret;

    const serverName = options.server ?? (options.url === undefined ? spec.defaultServer : undefined);
    const server = serverName === undefined ? undefined : own(spec.servers, serverName);
    if (serverName !== undefined && server === undefined) {
      throw new InvalidParamsError(
        `Unknown server ${JSON.stringify(serverName)}: use one of ${Object.keys(spec.servers).join(', ')} or pass url.`,
        { field: 'server', rule: 'enum' },
      );
    }
    const url = options.url ?? server?.url;
    if (url === undefined || url === '') throw new InvalidParamsError('Pass url or server.', { field: 'url', rule: 'required' });
    this.url = url;
    this.serverVersions = server?.versions ?? spec.versions;
    const served = this.serverVersions;
    let version = options.apiVersion;
    if (version === undefined) {
      version = defaultVersionFor(spec.defaultVersion, served);
    } else if (!spec.versions.includes(version) || (served.length > 0 && !served.includes(version))) {
      throw new UnsupportedVersionError(
        spec.versions.includes(version)
          ? `API version ${version} is not served by ${server?.name ?? url} (it serves ${served.join(', ')}).`
          : `Unknown API version ${version} (the API has ${spec.versions.join(', ')}).`,
        version,
      );
    }
    this.apiVersion = version;

    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? spec.heartbeat.clientIntervalMs;
    this.deadAfterMs = options.deadAfterMs ?? spec.heartbeat.deadAfterMs;
    this.reconnectOptions = options.reconnect ?? {};
    this.whileReconnecting = options.whileReconnecting ?? 'wait';
    this.connectWaitMs = options.connectWaitMs ?? this.requestTimeoutMs;
    this.maxPending = options.maxPending ?? 10_000;
    this.signedRecvWindow = options.recvWindow;
    this.validateInbound = options.validateInbound ?? true;
    this.bufferDefaults = { ...options.subscriptionBuffer };
    this.logger = options.logger;
    this.WebSocketCtor = options.WebSocket;
    const rate = options.rateLimit ?? {};
    this.rateMaxWaitMs = rate === false ? 0 : rate.maxWaitMs ?? this.requestTimeoutMs;
    this.limiter =
      rate === false || spec.rateLimits.length === 0
        ? undefined
        : new RateLimiter(spec.rateLimits, {
          maxWaitMs: this.rateMaxWaitMs,
          margin: () => this.roundTripMs,
          ...(rate.maxQueue === undefined ? {} : { maxQueue: rate.maxQueue }),
        });
    const reconnect = this.reconnectOptions === false ? {} : this.reconnectOptions;
    this.backoff = new Backoff({
      ...(reconnect.initialDelayMs === undefined ? {} : { initialDelayMs: reconnect.initialDelayMs }),
      ...(reconnect.maxDelayMs === undefined ? {} : { maxDelayMs: reconnect.maxDelayMs }),
      ...(reconnect.jitter === undefined ? {} : { jitter: reconnect.jitter }),
      ...(reconnect.random === undefined ? {} : { random: reconnect.random }),
    });

    const env = spec.envelope;
    this.destField = env.destinationField;
    this.cidField = env.correlationIdField;
    this.payloadField = env.payloadField;
    this.statusField = env.statusField;
    this.okStatus = env.okStatus;

    for (const op of Object.values(spec.operations)) {
      for (const [v, destination] of Object.entries(op.destinations)) this.destinations.set(destination, { op, version: v });
      if (op.stream !== undefined && !this.streams.has(op.stream.eventDestination)) {
        this.streams.set(op.stream.eventDestination, new StreamRoute(op.stream));
      }
    }
    // The codec's generated reader numbers every event destination of the spec; one that does
    // not (a codec made for another spec) is not used, so that no stream's events go unrouted.
    const generated = codec.frameReader;
    this.frameReader = generated !== undefined && [...this.streams.keys()].every((d) => generated.events[generated.eventIndex(d)] === d) ? generated : readerByName(env, [...this.streams.keys()]);
    this.streamByIndex = this.frameReader.events.map((destination) => this.streams.get(destination));
    this.heartbeatOp = own(spec.operations, spec.heartbeat.operation);
    this.heartbeatDestination =
      this.heartbeatOp === undefined ? undefined : destinationIn(this, this.heartbeatOp, this.apiVersion);
  }

  // ---------------------------------------------------------------- public API

  get state(): ConnectionState {
    return this.currentState;
  }

  /** Requests sent and waiting for their reply. */
  get pendingCount(): number {
    let n = 0;
    for (const p of this.pending.values()) if (p.kind === KIND_REQUEST) n++;
    return n;
  }

  /** Live subscriptions. */
  get subscriptionCount(): number {
    return this.subs.size;
  }

  /** The destination of an operation in this client's API version, or undefined. */
  destinationOf(operationId: string): string | undefined {
    const op = own(this.spec.operations, operationId);
    return op === undefined ? undefined : destinationIn(this, op, this.apiVersion);
  }

  /** Opens the connection. Resolves when it is open; rejects (ERR_NOT_CONNECTED) when the attempt fails. */
  connect(): Promise<void> {
    if (this.currentState === 'open') return Promise.resolve();
    if (this.connecting !== undefined) return this.connecting;
    if (this.currentState === 'reconnecting') return waitOpen(this, undefined, Infinity, {});
    this.userClosed = false;
    setState(this, 'connecting', 'connect() called');
    const attempt = openSocket(this).then(
      () => {
        this.connecting = undefined;
      },
      (error: Error) => {
        this.connecting = undefined;
        if (!this.userClosed) shutdown(this, `connecting failed: ${error.message}`);
        throw error;
      },
    );
    this.connecting = attempt;
    return attempt;
  }

  /** Closes the connection for good: pending calls reject with ERR_CLOSED, subscriptions end. */
  close(): Promise<void> {
    const wasClosed = this.currentState === 'closed' && this.conn === undefined;
    this.userClosed = true;
    const conn = this.conn;
    this.conn = undefined;
    stopTimers(this);
    cancelReconnectWait(this);
    if (!wasClosed) setState(this, 'closed', 'close() called');
    const closedError = (ref: { destination?: string; operationId?: string }): Error =>
      new ClosedError('The client was closed; the call was not sent.', ref);
    for (const p of [...this.pending.values()]) {
      removePending(this, p);
      p.reject?.(
        new ClosedError(
          `The client was closed while waiting for the reply to ${p.destination}: its outcome is unknown.`,
          { destination: p.destination, operationId: p.op.id, correlationId: p.key },
          true,
        ),
      );
    }
    rejectOpenWaiters(this, closedError({}));
    this.limiter?.rejectAll((op) => closedError({ operationId: op.id }));
    for (const entry of [...this.subs]) entry.sub.close();
    conn?.settle?.(new ClosedError('The client was closed before the connection opened.'));
    if (conn === undefined) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const socket = conn.socket;
      if (socket.readyState >= 2 /* CLOSING, CLOSED */ && typeof socket.terminate !== 'function') {
        resolve();
        return;
      }
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        safely(() => (socket.terminate ?? socket.close).call(socket));
        resolve();
      }, 1000);
      listen(socket, 'close', done);
      safely(() => socket.close(1000, 'client closed'));
      if (socket.readyState === 3) done();
    });
  }

  /** Sends a request to a destination and resolves with its decoded reply. */
  // Not generic: the generated client narrows destination, params and reply per destination.
  request(destination: string, params?: unknown, options?: RequestOptions): Promise<unknown> {
    const route = this.destinations.get(destination);
    if (route === undefined) {
      return Promise.reject(new UnknownOperationError(`Unknown destination ${JSON.stringify(destination)}.`, { destination }));
    }
    if (route.version !== '' && this.serverVersions.length > 0 && !this.serverVersions.includes(route.version)) {
      return Promise.reject(
        new UnsupportedVersionError(
          `${destination} belongs to API version ${route.version}, which ${this.url} does not serve (it serves ${this.serverVersions.join(', ')}).`,
          route.version,
          { destination, operationId: route.op.id },
        ),
      );
    }
    return send(this, route.op, destination, params, options ?? NO_OPTIONS);
  }

  /** Calls an operation by its operationId in this client's API version. */
  call<T = unknown>(operationId: string, params?: unknown, options?: RequestOptions): Promise<T> {
    try {
      let target = this.callTargets.get(operationId);
      if (target === undefined) {
        target = resolveOperation(this, operationId);
        this.callTargets.set(operationId, target);
      }
      return send(this, target.op, target.destination, params, options ?? NO_OPTIONS) as Promise<T>;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Subscribes to a stream. Throws at once on bad input (nothing sent), when the client is closed,
   * or while reconnecting with `whileReconnecting: 'fail'`. A subscription made while the
   * connection is (re)opening is sent when it opens.
   */
  // Not generic: the generated client narrows the event type per destination.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  subscribe(destination: string, params?: unknown, options?: SubscribeOptions): Subscription<any> {
    const route = this.destinations.get(destination);
    if (route === undefined || route.op.kind !== 'subscribe' || route.op.stream === undefined) {
      throw new UnknownOperationError(
        route === undefined
          ? `Unknown destination ${JSON.stringify(destination)}.`
          : `${destination} is not a subscription; use request().`,
        { destination },
      );
    }
    return startSubscription<unknown>(this, route.op, destination, params, options ?? {});
  }

  /** Subscribes by operationId in this client's API version (see subscribe). */
  subscribeOperation<T = unknown>(operationId: string, params?: unknown, options?: SubscribeOptions): Subscription<T> {
    const { op, destination } = resolveOperation(this, operationId);
    if (op.kind !== 'subscribe' || op.stream === undefined) {
      throw new UnknownOperationError(`${operationId} is not a subscription; use call().`, { operationId, destination });
    }
    return startSubscription<T>(this, op, destination, params, options ?? {});
  }

  toJSON(): Record<string, unknown> {
    return {
      url: this.url,
      apiVersion: this.apiVersion,
      state: this.currentState,
      credentials: this.#apiSecret === undefined ? 'none' : '[redacted]',
      pending: this.pending.size,
      subscriptions: this.subs.size,
    };
  }

  /** What util.inspect shows: the same redacted view as toJSON (installed under Symbol.for(INSPECT) below). */
  inspectRedacted(): string {
    return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
  }

  // ---------------------------------------------------------------- requests

  /** @internal */
  build(op: OperationSpec, destination: string, params: unknown, correlationId: number, recvWindowOverride?: number): Record<string, unknown> {
    const recvWindow = recvWindowOverride ?? this.signedRecvWindow;
    const ctx: RequestContext = op.signed
      ? {
        apiKey: this.#apiKey,
        apiSecret: this.#apiSecret,
        timestamp: Date.now(),
        correlationId,
        ...(recvWindow === undefined ? {} : { recvWindow }),
      }
      : { correlationId };
    try {
      return this.codec.buildRequest(destination, params, ctx);
    } catch (error) {
      if (hasErrorCode(error)) throw error; // the codec's own typed error, untouched
      throw new InvalidParamsError(this.redact(error instanceof Error ? error.message : String(error)), {
        destination,
        operationId: op.id,
      });
    }
  }

  /** @internal */
  checkCredentials(op: OperationSpec, ref: { destination: string; operationId: string }): void {
    if (op.signed && (this.#apiKey === undefined || this.#apiKey === '' || this.#apiSecret === undefined || this.#apiSecret === '')) {
      throw new MissingCredentialsError(ref);
    }
  }

  // ---------------------------------------------------------------- subscriptions
  // ---------------------------------------------------------------- inbound frames
  // ---------------------------------------------------------------- connection
  // ---------------------------------------------------------------- heartbeat
  // ---------------------------------------------------------------- util

  /** @internal */
  log(level: LogLevel, message: string, details?: Record<string, unknown>): void {
    const logger = this.logger;
    if (logger === undefined) return;
    let safeDetails = details;
    if (details !== undefined && this.#apiSecret !== undefined && this.#apiSecret !== '') {
      safeDetails = {};
      for (const [k, v] of Object.entries(details)) safeDetails[k] = typeof v === 'string' ? this.redact(v) : v;
    }
    try {
      logger(level, this.redact(message), safeDetails);
    } catch {
      // a failing logger must not break the client
    }
  }

  /** @internal Belt and braces: no text the client produces may carry the secret. */
  redact(text: string): string {
    const secret = this.#apiSecret;
    return secret === undefined || secret.length < 4 || !text.includes(secret) ? text : text.split(secret).join('[redacted]');
  }
}

/** A FrameReader for a codec that has none: reads by the envelope's names, finds event destinations in a Map. */
function readerByName(env: ProtocolSpec['envelope'], events: readonly string[]): FrameReader {
  const { correlationIdField, destinationField, payloadField, statusField } = env;
  const index = new Map(events.map((destination, i) => [destination, i]));
  return {
    correlationId: (f) => f[correlationIdField],
    destination: (f) => f[destinationField],
    payload: (f) => f[payloadField],
    status: (f) => f[statusField],
    events,
    eventIndex: (destination) => index.get(destination) ?? -1,
  };
}

// Declared outside the class so declarations can be emitted file by file (isolatedDeclarations).
Object.defineProperty(ClientCore.prototype, Symbol.for(INSPECT), {
  value(this: ClientCore): string {
    return this.inspectRedacted();
  },
});
