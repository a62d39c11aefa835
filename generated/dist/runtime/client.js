// Generated from asyncapi.yaml and templates/runtime/client.ts by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
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
 *   throw or cause unhandled rejections.
 */
import { Backoff } from './backoff.js';
import { Emitter } from './emitter.js';
import { AbortedError, ApiError, BadFrameError, ClientError, ClosedError, ConnectionLostError, InvalidParamsError, InvalidReplyError, MissingCredentialsError, NotConnectedError, QueueFullError, TimeoutError, UnknownOperationError, UnsupportedVersionError, hasErrorCode, } from './errors.js';
import { parseJson, stringifyJson } from './json.js';
import { RateLimiter } from './rate-limiter.js';
import { Subscription } from './subscription.js';
const OPEN = 1;
const KIND_REQUEST = 0;
const KIND_SUBSCRIBE = 1;
const KIND_HEARTBEAT = 2;
const EXCERPT = 200;
// util.inspect's hook, by its registered name (no import of node:util in the runtime).
const INSPECT = 'nodejs.util.inspect.custom';
/** Routes the events of one event destination to the matching subscriptions. */
class StreamRoute {
    stream;
    keyField;
    keyDefault;
    extra;
    extraDefaults;
    byKey = new Map();
    anyKey = [];
    all = [];
    constructor(stream) {
        this.stream = stream;
        const first = stream.match[0];
        this.keyField = first?.field ?? '';
        this.keyDefault = first === undefined ? undefined : toValues(first.default)?.[0];
        this.extra = stream.match.slice(1);
        this.extraDefaults = this.extra.map((m) => toValues(m.default));
    }
    add(entry) {
        this.all = [...this.all, entry];
        if (entry.keys === null)
            this.anyKey = [...this.anyKey, entry];
        else
            for (const key of entry.keys)
                this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
    }
    remove(entry) {
        this.all = this.all.filter((e) => e !== entry);
        if (entry.keys === null)
            this.anyKey = this.anyKey.filter((e) => e !== entry);
        else
            for (const key of entry.keys) {
                const list = (this.byKey.get(key) ?? []).filter((e) => e !== entry);
                if (list.length === 0)
                    this.byKey.delete(key);
                else
                    this.byKey.set(key, list);
            }
    }
    /** The hot path: one Map lookup, then the matching subscriptions. */
    dispatch(payload) {
        const event = (payload !== null && typeof payload === 'object' ? payload : undefined);
        let value = event === undefined || this.keyField === '' ? undefined : event[this.keyField];
        if (value === undefined || value === null)
            value = this.keyDefault;
        if (value === undefined) {
            const all = this.all;
            for (let i = 0; i < all.length; i++)
                this.offer(all[i], event, payload);
            return;
        }
        const list = this.byKey.get(typeof value === 'string' ? value : String(value));
        if (list !== undefined)
            for (let i = 0; i < list.length; i++)
                this.offer(list[i], event, payload);
        const anyKey = this.anyKey;
        for (let i = 0; i < anyKey.length; i++)
            this.offer(anyKey[i], event, payload);
    }
    offer(entry, event, payload) {
        const extra = this.extra;
        for (let i = 0; i < extra.length; i++) {
            const allowed = entry.filters[i];
            if (allowed === null || allowed === undefined)
                continue;
            const value = event?.[extra[i].field];
            if (value === undefined || value === null) {
                const defaults = this.extraDefaults[i];
                if (defaults !== undefined && !defaults.some((d) => allowed.has(d)))
                    return;
                continue;
            }
            if (!allowed.has(typeof value === 'string' ? value : String(value)))
                return;
        }
        entry.sub.deliver(payload);
    }
}
function toValues(value) {
    if (value === undefined || value === null)
        return undefined;
    if (Array.isArray(value))
        return value.map((v) => String(v));
    return [String(value)];
}
let defaultWebSocket;
function loadDefaultWebSocket() {
    const global = globalThis.WebSocket;
    if (global !== undefined)
        return Promise.resolve(global);
    defaultWebSocket ??= import('ws').then((mod) => {
        const m = mod;
        const ctor = m.WebSocket ?? m.default;
        if (ctor === undefined)
            throw new Error('the ws package exports no WebSocket');
        return ctor;
    });
    return defaultWebSocket;
}
export class ClientCore extends Emitter {
    spec;
    codec;
    url;
    apiVersion;
    /** Versions the server serves (the document's versions when no server is named). */
    serverVersions;
    #apiKey;
    #apiSecret;
    requestTimeoutMs;
    deadlineTimer;
    deadlineAt = 0;
    /** A slowly decaying maximum of recent request round trips, in ms (the rate limiter's margin). */
    roundTripMs = 0;
    connectTimeoutMs;
    heartbeatIntervalMs;
    deadAfterMs;
    reconnectOptions;
    whileReconnecting;
    connectWaitMs;
    maxPending;
    rateMaxWaitMs;
    recvWindow;
    validateInbound;
    bufferDefaults;
    logger;
    WebSocketCtor;
    limiter;
    backoff;
    // envelope member names, read once
    destField;
    cidField;
    payloadField;
    statusField;
    okStatus;
    destinations = new Map();
    streams = new Map();
    heartbeatOp;
    heartbeatDestination;
    pending = new Map();
    openWaiters = new Set();
    subs = new Set();
    currentState = 'closed';
    conn;
    connectionCount = 0;
    nextCorrelationId = 0;
    outstanding = 0;
    userClosed = false;
    connecting;
    reconnectTimer;
    reconnectWake;
    heartbeatTimer;
    deadTimer;
    heartbeatKey;
    /** Frames received on the current connection; read by the dead-connection check, not per frame. */
    received = 0;
    receivedAtCheck = 0;
    silentSince = 0;
    constructor(spec, codec, options = {}) {
        super();
        this.spec = spec;
        this.codec = codec;
        this.#apiKey = options.apiKey;
        this.#apiSecret = options.apiSecret;
        const serverName = options.server ?? (options.url === undefined ? spec.defaultServer : undefined);
        const server = serverName === undefined ? undefined : own(spec.servers, serverName);
        if (serverName !== undefined && server === undefined) {
            throw new InvalidParamsError(`Unknown server ${JSON.stringify(serverName)}: use one of ${Object.keys(spec.servers).join(', ')} or pass url.`, { field: 'server', rule: 'enum' });
        }
        const url = options.url ?? server?.url;
        if (url === undefined || url === '')
            throw new InvalidParamsError('Pass url or server.', { field: 'url', rule: 'required' });
        this.url = url;
        this.serverVersions = server?.versions ?? spec.versions;
        const served = this.serverVersions;
        let version = options.apiVersion;
        if (version === undefined) {
            version = served.includes(spec.defaultVersion) || served.length === 0 ? spec.defaultVersion : served[served.length - 1];
        }
        else if (!spec.versions.includes(version) || (served.length > 0 && !served.includes(version))) {
            throw new UnsupportedVersionError(spec.versions.includes(version)
                ? `API version ${version} is not served by ${server?.name ?? url} (it serves ${served.join(', ')}).`
                : `Unknown API version ${version} (the API has ${spec.versions.join(', ')}).`, version);
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
        this.recvWindow = options.recvWindow;
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
            for (const [v, destination] of Object.entries(op.destinations))
                this.destinations.set(destination, { op, version: v });
            if (op.stream !== undefined && !this.streams.has(op.stream.eventDestination)) {
                this.streams.set(op.stream.eventDestination, new StreamRoute(op.stream));
            }
        }
        this.heartbeatOp = own(spec.operations, spec.heartbeat.operation);
        this.heartbeatDestination =
            this.heartbeatOp === undefined ? undefined : this.destinationIn(this.heartbeatOp, this.apiVersion);
    }
    // ---------------------------------------------------------------- public API
    get state() {
        return this.currentState;
    }
    /** Requests sent and waiting for their reply. */
    get pendingCount() {
        let n = 0;
        for (const p of this.pending.values())
            if (p.kind === KIND_REQUEST)
                n++;
        return n;
    }
    /** Live subscriptions. */
    get subscriptionCount() {
        return this.subs.size;
    }
    /** The destination of an operation in this client's API version, or undefined. */
    destinationOf(operationId) {
        const op = own(this.spec.operations, operationId);
        return op === undefined ? undefined : this.destinationIn(op, this.apiVersion);
    }
    /** Opens the connection. Resolves when it is open; rejects (ERR_NOT_CONNECTED) when the attempt fails. */
    connect() {
        if (this.currentState === 'open')
            return Promise.resolve();
        if (this.connecting !== undefined)
            return this.connecting;
        if (this.currentState === 'reconnecting')
            return this.waitOpen(undefined, Infinity, {});
        this.userClosed = false;
        this.setState('connecting', 'connect() called');
        const attempt = this.attempt().then(() => {
            this.connecting = undefined;
        }, (error) => {
            this.connecting = undefined;
            if (!this.userClosed)
                this.shutdown(`connecting failed: ${error.message}`);
            throw error;
        });
        this.connecting = attempt;
        return attempt;
    }
    /** Closes the connection for good: pending calls reject with ERR_CLOSED, subscriptions end. */
    close() {
        const wasClosed = this.currentState === 'closed' && this.conn === undefined;
        this.userClosed = true;
        const conn = this.conn;
        this.conn = undefined;
        this.stopTimers();
        this.cancelReconnectWait();
        if (!wasClosed)
            this.setState('closed', 'close() called');
        const closedError = (ref) => new ClosedError('The client was closed; the call was not sent.', ref);
        for (const p of [...this.pending.values()]) {
            this.removePending(p);
            p.reject?.(new ClosedError(`The client was closed while waiting for the reply to ${p.destination}: its outcome is unknown.`, { destination: p.destination, operationId: p.op.id, correlationId: p.key }, true));
        }
        this.rejectOpenWaiters(closedError({}));
        this.limiter?.rejectAll((op) => closedError({ operationId: op.id }));
        for (const entry of [...this.subs])
            entry.sub.close();
        conn?.settle?.(new ClosedError('The client was closed before the connection opened.'));
        if (conn === undefined)
            return Promise.resolve();
        return new Promise((resolve) => {
            const socket = conn.socket;
            if (socket.readyState >= 2 /* CLOSING, CLOSED */ && typeof socket.terminate !== 'function') {
                resolve();
                return;
            }
            const done = () => {
                clearTimeout(timer);
                resolve();
            };
            const timer = setTimeout(() => {
                safely(() => (socket.terminate ?? socket.close).call(socket));
                resolve();
            }, 1000);
            listen(socket, 'close', done);
            safely(() => socket.close(1000, 'client closed'));
            if (socket.readyState === 3)
                done();
        });
    }
    /** Sends a request to a destination and resolves with its decoded reply. */
    // Not generic: the generated client narrows destination, params and reply per destination.
    request(destination, params, options) {
        const route = this.destinations.get(destination);
        if (route === undefined) {
            return Promise.reject(new UnknownOperationError(`Unknown destination ${JSON.stringify(destination)}.`, { destination }));
        }
        if (route.version !== '' && this.serverVersions.length > 0 && !this.serverVersions.includes(route.version)) {
            return Promise.reject(new UnsupportedVersionError(`${destination} belongs to API version ${route.version}, which ${this.url} does not serve (it serves ${this.serverVersions.join(', ')}).`, route.version, { destination, operationId: route.op.id }));
        }
        return this.send(route.op, destination, params, options ?? {});
    }
    /** Calls an operation by its operationId in this client's API version. */
    call(operationId, params, options) {
        try {
            const { op, destination } = this.resolveOperation(operationId);
            return this.send(op, destination, params, options ?? {});
        }
        catch (error) {
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
    subscribe(destination, params, options) {
        const route = this.destinations.get(destination);
        if (route === undefined || route.op.kind !== 'subscribe' || route.op.stream === undefined) {
            throw new UnknownOperationError(route === undefined
                ? `Unknown destination ${JSON.stringify(destination)}.`
                : `${destination} is not a subscription; use request().`, { destination });
        }
        return this.startSubscription(route.op, destination, params, options ?? {});
    }
    /** Subscribes by operationId in this client's API version (see subscribe). */
    subscribeOperation(operationId, params, options) {
        const { op, destination } = this.resolveOperation(operationId);
        if (op.kind !== 'subscribe' || op.stream === undefined) {
            throw new UnknownOperationError(`${operationId} is not a subscription; use call().`, { operationId, destination });
        }
        return this.startSubscription(op, destination, params, options ?? {});
    }
    toJSON() {
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
    inspectRedacted() {
        return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
    }
    // ---------------------------------------------------------------- requests
    resolveOperation(operationId) {
        const op = own(this.spec.operations, operationId);
        if (op === undefined)
            throw new UnknownOperationError(`Unknown operation ${JSON.stringify(operationId)}.`, { operationId });
        const destination = this.destinationIn(op, this.apiVersion);
        if (destination === undefined) {
            throw new UnsupportedVersionError(`Operation ${operationId} does not exist in API version ${this.apiVersion} (it exists in ${Object.keys(op.destinations).join(', ')}).`, this.apiVersion, { operationId });
        }
        return { op, destination };
    }
    destinationIn(op, version) {
        return own(op.destinations, version) ?? own(op.destinations, '');
    }
    send(op, destination, params, options) {
        const ref = { destination, operationId: op.id };
        let correlationId;
        let frame;
        try {
            const signal = options.signal;
            if (signal?.aborted)
                throw new AbortedError({ ...ref, sent: false, reason: signal.reason });
            if (op.kind === 'subscribe')
                throw new UnknownOperationError(`${destination} is a subscription; use subscribe().`, ref);
            this.checkCredentials(op, ref);
            this.checkCanSend(ref);
            // In flight (pending) plus waiting to be sent (outstanding): bounded together.
            if (this.outstanding + this.pending.size >= this.maxPending)
                throw new QueueFullError('Calls in flight or waiting', this.maxPending, ref);
            // The operation's validators load on its first call (a bundler's chunk); then this is a no-op.
            const loading = this.codec.prepare?.(op.id);
            if (loading !== undefined)
                return loading.then(() => this.send(op, destination, params, options));
            correlationId = ++this.nextCorrelationId;
            frame = this.build(op, destination, params, correlationId);
        }
        catch (error) {
            return Promise.reject(error);
        }
        // The common case goes out now, without an async frame: open connection, room in every limit.
        const limiter = this.limiter;
        if (this.currentState === 'open' && (limiter === undefined || limiter.tryAcquire(op))) {
            return this.transmit(op, destination, correlationId, frame, options.signal, options.timeoutMs ?? this.requestTimeoutMs);
        }
        return this.sendLater(op, destination, params, options, correlationId, frame, ref);
    }
    /** A call that must wait for the connection or for its turn in a rate limit (bounded waits). */
    async sendLater(op, destination, params, options, correlationId, frame, ref) {
        const signal = options.signal;
        this.outstanding++;
        try {
            if (this.currentState !== 'open')
                await this.waitOpen(signal, this.connectWaitMs, ref);
            const limiter = this.limiter;
            if (limiter !== undefined && !limiter.tryAcquire(op)) {
                await limiter.acquire(op, { signal, maxWaitMs: this.rateMaxWaitMs });
                if (this.currentState !== 'open') {
                    this.checkCanSend(ref);
                    await this.waitOpen(signal, this.connectWaitMs, ref);
                }
            }
            if (signal?.aborted)
                throw new AbortedError({ ...ref, sent: false, reason: signal.reason });
            if (op.signed)
                frame = this.build(op, destination, params, correlationId); // fresh timestamp after waiting
        }
        finally {
            this.outstanding--;
        }
        return this.transmit(op, destination, correlationId, frame, signal, options.timeoutMs ?? this.requestTimeoutMs);
    }
    transmit(op, destination, correlationId, frame, signal, timeoutMs) {
        const conn = this.conn;
        const key = String(correlationId);
        const ref = { destination, operationId: op.id, correlationId: key };
        if (conn === undefined || conn.socket.readyState !== OPEN) {
            return Promise.reject(new NotConnectedError(`The connection is not open; ${destination} was not sent.`, ref));
        }
        const text = stringifyJson(frame);
        return new Promise((resolve, reject) => {
            const p = {
                key,
                op,
                destination,
                kind: KIND_REQUEST,
                resolve,
                reject,
                entry: undefined,
                timer: undefined,
                signal,
                onAbort: undefined,
            };
            try {
                conn.socket.send(text);
            }
            catch (error) {
                reject(new NotConnectedError(`Sending ${destination} failed; it was not sent.`, ref, error));
                return;
            }
            this.pending.set(key, p);
            const sentAt = performance.now();
            p.sentAt = sentAt;
            p.deadline = sentAt + timeoutMs;
            p.onTimeout = () => reject(new TimeoutError({ ...ref, timeoutMs, idempotent: op.idempotent }));
            this.armDeadline(p.deadline);
            if (signal !== undefined) {
                p.onAbort = () => {
                    if (this.pending.get(key) !== p)
                        return;
                    this.removePending(p);
                    reject(new AbortedError({ ...ref, sent: true, reason: signal.reason }));
                };
                signal.addEventListener('abort', p.onAbort, { once: true });
            }
        });
    }
    removePending(p) {
        if (this.pending.get(p.key) === p)
            this.pending.delete(p.key);
        if (p.timer !== undefined)
            clearTimeout(p.timer);
        if (p.onAbort !== undefined)
            p.signal?.removeEventListener('abort', p.onAbort);
    }
    build(op, destination, params, correlationId) {
        const ctx = op.signed
            ? {
                apiKey: this.#apiKey,
                apiSecret: this.#apiSecret,
                timestamp: Date.now(),
                correlationId,
                ...(this.recvWindow === undefined ? {} : { recvWindow: this.recvWindow }),
            }
            : { correlationId };
        try {
            return this.codec.buildRequest(destination, params, ctx);
        }
        catch (error) {
            if (hasErrorCode(error))
                throw error; // the codec's own typed error, untouched
            throw new InvalidParamsError(this.redact(error instanceof Error ? error.message : String(error)), {
                destination,
                operationId: op.id,
            });
        }
    }
    checkCredentials(op, ref) {
        if (op.signed && (this.#apiKey === undefined || this.#apiKey === '' || this.#apiSecret === undefined || this.#apiSecret === '')) {
            throw new MissingCredentialsError(ref);
        }
    }
    /** Throws when a call cannot even wait for the connection. */
    checkCanSend(ref) {
        const state = this.currentState;
        if (state === 'open' || state === 'connecting')
            return;
        if (state === 'reconnecting') {
            if (this.whileReconnecting === 'fail') {
                throw new NotConnectedError(`The client is reconnecting; ${ref.destination ?? 'the call'} was not sent.`, ref);
            }
            return;
        }
        if (this.userClosed)
            throw new ClosedError('The client is closed; the call was not sent.', ref);
        throw new NotConnectedError(`The client is not connected (call connect() first); ${ref.destination ?? 'the call'} was not sent.`, ref);
    }
    waitOpen(signal, waitMs, ref) {
        if (this.currentState === 'open')
            return Promise.resolve();
        return new Promise((resolve, reject) => {
            let timer;
            const onAbort = () => {
                finish();
                reject(new AbortedError({ ...ref, sent: false, reason: signal?.reason }));
            };
            const finish = () => {
                this.openWaiters.delete(waiter);
                if (timer !== undefined)
                    clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
            };
            const waiter = {
                resolve: () => {
                    finish();
                    resolve();
                },
                reject: (error) => {
                    finish();
                    reject(error);
                },
            };
            this.openWaiters.add(waiter);
            if (Number.isFinite(waitMs)) {
                timer = setTimeout(() => {
                    finish();
                    reject(new NotConnectedError(`No open connection within ${waitMs} ms; ${ref.destination ?? 'the call'} was not sent.`, ref));
                }, waitMs);
            }
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    rejectOpenWaiters(error) {
        for (const w of [...this.openWaiters])
            w.reject(error);
    }
    // ---------------------------------------------------------------- subscriptions
    startSubscription(op, destination, params, options) {
        const ref = { destination, operationId: op.id };
        const stream = op.stream;
        if (options.signal?.aborted)
            throw new AbortedError({ ...ref, sent: false, reason: options.signal.reason });
        this.checkCredentials(op, ref);
        this.checkCanSend(ref);
        // Validators not loaded yet (first use of the operation): the params are checked when they
        // are, and a refusal then ends the subscription with the error instead of throwing here.
        const loading = this.codec.prepare?.(op.id);
        const correlationId = loading === undefined ? ++this.nextCorrelationId : 0;
        const frame = loading === undefined ? this.build(op, destination, params, correlationId) : undefined;
        const route = this.streams.get(stream.eventDestination);
        const given = params !== null && typeof params === 'object' ? params : {};
        const first = stream.match[0];
        // Decoded events carry canonical values (`1m`), so the subscription's own spellings (`M1`) are mapped too.
        const canonical = (m, values) => values === undefined || m.aliases === undefined ? values : values.map((v) => m.aliases[v] ?? v);
        const keys = first === undefined ? null : unique(canonical(first, toValues(given[first.param]) ?? toValues(first.default)));
        const filters = stream.match.slice(1).map((m) => {
            const values = canonical(m, toValues(given[m.param]) ?? toValues(m.default));
            return values === undefined ? null : new Set(values);
        });
        let entry;
        const signal = options.signal;
        const onAbort = () => sub.close();
        const sub = new Subscription({
            destination,
            operationId: op.id,
            keyFields: stream.match.map((m) => m.field),
            bufferSize: options.bufferSize ?? this.bufferDefaults.bufferSize,
            bufferPolicy: options.bufferPolicy ?? this.bufferDefaults.bufferPolicy,
            onEnd: () => {
                signal?.removeEventListener('abort', onAbort);
                if (entry !== undefined)
                    this.removeSubscription(entry);
            },
        });
        entry = {
            sub: sub,
            op,
            destination,
            params,
            route,
            keys,
            filters,
            pendingKey: undefined,
            connection: -1,
            preparing: loading !== undefined,
        };
        this.subs.add(entry);
        route.add(entry);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (loading !== undefined) {
            loading.then(() => {
                entry.preparing = false;
                if (this.currentState === 'open')
                    this.sendSubscription(entry);
            }, (error) => sub.fail(error instanceof Error ? error : new Error(String(error))));
        }
        else if (this.currentState === 'open')
            this.sendSubscription(entry, frame, correlationId);
        return sub;
    }
    /** Sends (or re-sends, with a fresh frame) the subscribe request of a live subscription. */
    sendSubscription(entry, frame, correlationId) {
        const conn = this.conn;
        if (conn === undefined || conn.socket.readyState !== OPEN || entry.sub.closed || entry.preparing)
            return;
        let id = correlationId ?? 0;
        let built = frame;
        if (built === undefined) {
            id = ++this.nextCorrelationId;
            try {
                built = this.build(entry.op, entry.destination, entry.params, id);
            }
            catch (error) {
                entry.sub.fail(error instanceof Error ? error : new Error(String(error)));
                return;
            }
        }
        if (entry.pendingKey !== undefined) {
            const old = this.pending.get(entry.pendingKey);
            if (old !== undefined)
                this.removePending(old);
        }
        const key = String(id);
        // An unanswered subscribe means the connection is not healthy: drop it, so the reconnect sends
        // every live subscription again instead of leaving this one silently without events.
        const timer = setTimeout(() => {
            const p = this.pending.get(key);
            if (p === undefined || this.conn !== conn)
                return;
            this.removePending(p);
            entry.pendingKey = undefined;
            const reason = `the subscription to ${entry.destination} was not answered within ${this.requestTimeoutMs} ms`;
            this.emit('warning', new TimeoutError({ destination: entry.destination, operationId: entry.op.id, correlationId: key, timeoutMs: this.requestTimeoutMs, idempotent: entry.op.idempotent }));
            this.log('warn', reason, { destination: entry.destination });
            this.dropped(reason);
        }, this.requestTimeoutMs);
        this.pending.set(key, {
            key,
            op: entry.op,
            destination: entry.destination,
            kind: KIND_SUBSCRIBE,
            resolve: undefined,
            reject: undefined,
            entry,
            timer,
            signal: undefined,
            onAbort: undefined,
        });
        entry.pendingKey = key;
        entry.connection = conn.id;
        this.limiter?.consume(entry.op); // counted, never delayed: a subscription is sent once per connection
        try {
            conn.socket.send(stringifyJson(built));
        }
        catch (error) {
            this.log('warn', 'sending a subscription failed', { destination: entry.destination, error: String(error) });
        }
    }
    removeSubscription(entry) {
        if (!this.subs.delete(entry))
            return;
        entry.route.remove(entry);
        if (entry.pendingKey !== undefined) {
            const p = this.pending.get(entry.pendingKey);
            if (p !== undefined)
                this.removePending(p);
        }
    }
    // ---------------------------------------------------------------- inbound frames
    handleText(text) {
        let frame;
        try {
            frame = parseJson(text);
        }
        catch {
            this.badFrame('not JSON', text);
            return;
        }
        if (frame === null || typeof frame !== 'object' || Array.isArray(frame)) {
            this.badFrame('not a JSON object', text);
            return;
        }
        const f = frame;
        const correlationId = f[this.cidField];
        if (correlationId !== undefined && correlationId !== null) {
            this.handleReply(f, typeof correlationId === 'string' ? correlationId : String(correlationId));
            return;
        }
        const destination = f[this.destField];
        if (typeof destination !== 'string') {
            this.badFrame(`no ${this.destField} and no ${this.cidField}`, text);
            return;
        }
        const route = this.streams.get(destination);
        if (route === undefined) {
            if (destination !== this.heartbeatDestination)
                this.badFrame(`unknown ${this.destField} ${JSON.stringify(destination)}`, text, { destination });
            return;
        }
        if (route.all.length === 0)
            return; // no live subscription wants it (streams cannot be stopped server-side)
        let payload = f[this.payloadField];
        if (this.validateInbound) {
            let result;
            try {
                result = this.codec.decodeEvent(destination, payload);
            }
            catch (error) {
                this.badFrame(`decoding the event failed: ${String(error)}`, text, { destination });
                return;
            }
            if (!result.valid) {
                this.badFrame('the event does not match its schema', text, { destination }, result.errors);
                return;
            }
            payload = result.value;
        }
        route.dispatch(payload);
    }
    handleReply(f, key) {
        const p = this.pending.get(key);
        if (p === undefined) {
            this.log('debug', 'reply to no waiting request (timed out, aborted or not ours)', { correlationId: key });
            return;
        }
        this.removePending(p);
        const ref = { destination: p.destination, operationId: p.op.id, correlationId: key };
        const status = f[this.statusField];
        const payload = f[this.payloadField];
        let error;
        let value = payload;
        if (status !== undefined && status !== this.okStatus) {
            error = this.apiError(ref, status, payload);
        }
        else if (this.validateInbound) {
            try {
                const result = this.codec.decodeReply(p.op.id, payload);
                if (result.valid)
                    value = result.value;
                else
                    error = new InvalidReplyError({ ...ref, issues: result.errors, payload });
            }
            catch (e) {
                error = new InvalidReplyError({ ...ref, issues: [{ path: '', rule: 'decode', message: String(e) }], payload });
            }
        }
        if (p.kind === KIND_REQUEST) {
            if (p.sentAt !== undefined)
                this.roundTripMs = Math.max(performance.now() - p.sentAt, this.roundTripMs * 0.9);
            if (error === undefined)
                p.resolve(value);
            else
                p.reject(error);
        }
        else if (p.kind === KIND_SUBSCRIBE) {
            const entry = p.entry;
            entry.pendingKey = undefined;
            if (error === undefined)
                entry.sub.acknowledge(value);
            else
                entry.sub.fail(error);
        }
        else if (error !== undefined) {
            this.log('warn', 'the heartbeat request failed', { error: error.message });
        }
    }
    apiError(ref, status, payload) {
        const env = this.spec.envelope;
        const body = payload !== null && typeof payload === 'object' ? payload : {};
        const rawCode = body[env.errorCodeField];
        const apiCode = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' && rawCode.trim() !== '' && Number.isFinite(Number(rawCode)) ? Number(rawCode) : undefined;
        const text = body[env.errorTextField];
        const name = body[env.errorNameField];
        return new ApiError({
            ...ref,
            apiCode,
            apiMessage: typeof text === 'string' ? text : typeof payload === 'string' ? payload : undefined,
            errorName: typeof name === 'string' ? name : apiCode === undefined ? undefined : this.spec.errorCodes[apiCode],
            status,
            payload,
        });
    }
    badFrame(reason, text, ref = {}, issues) {
        const error = new BadFrameError({
            ...ref,
            reason: this.redact(reason),
            excerpt: this.redact(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text),
            ...(issues === undefined ? {} : { issues }),
        });
        this.log('warn', error.message, ref);
        this.emit('warning', error);
    }
    // ---------------------------------------------------------------- connection
    async attempt() {
        if (this.heartbeatOp !== undefined)
            this.codec.prepare?.(this.heartbeatOp.id)?.catch(() => undefined); // ready before the first beat
        const Ctor = this.WebSocketCtor ?? (await loadDefaultWebSocket());
        if (this.userClosed)
            throw new ClosedError('The client was closed before the connection opened.');
        const socket = new Ctor(this.url);
        const conn = { socket, id: ++this.connectionCount, opened: false, settle: undefined };
        this.conn = conn;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                conn.settle?.(new NotConnectedError(`Connecting to ${this.url} took longer than ${this.connectTimeoutMs} ms.`));
                safely(() => (socket.terminate ?? socket.close).call(socket));
            }, this.connectTimeoutMs);
            conn.settle = (error) => {
                conn.settle = undefined;
                clearTimeout(timer);
                if (error === undefined)
                    resolve();
                else {
                    if (this.conn === conn)
                        this.conn = undefined;
                    reject(error);
                }
            };
            this.attach(conn);
        });
    }
    attach(conn) {
        const socket = conn.socket;
        const onMessage = (data) => {
            if (this.conn !== conn)
                return;
            this.received++;
            this.handleText(typeof data === 'string' ? data : frameText(data));
        };
        const onClose = (code, reason) => {
            const why = `socket closed (code ${String(code)}${reason ? `, ${String(reason)}` : ''})`;
            if (!conn.opened) {
                const failure = conn.failure;
                const detail = failure === undefined ? '' : failure.message === '' ? "the runtime's WebSocket gave no reason, " : `${failure.message}, `;
                conn.settle?.(new NotConnectedError(`Could not connect to ${this.url}: ${detail}${why}.`, {}, failure));
                return;
            }
            if (this.conn === conn)
                this.dropped(why);
        };
        if (typeof socket.on === 'function') {
            socket.on('open', () => this.opened(conn));
            socket.on('message', onMessage);
            socket.on('pong', () => {
                if (this.conn === conn)
                    this.received++;
            });
            socket.on('error', (error) => {
                this.log('debug', 'socket error', { error: String(error) });
                if (!conn.opened)
                    conn.settle?.(new NotConnectedError(`Could not connect to ${this.url}: ${String(error)}.`, {}, error));
            });
            socket.on('close', (code, reason) => onClose(code, reason));
        }
        else if (typeof socket.addEventListener === 'function') {
            socket.binaryType = 'arraybuffer';
            socket.addEventListener('open', () => this.opened(conn));
            socket.addEventListener('message', (event) => onMessage(event.data));
            // A WHATWG WebSocket tells little: the ErrorEvent (and its `error`, where the runtime sets
            // one) is kept as the cause, and the close event that follows (code 1006) completes the message.
            socket.addEventListener('error', (event) => {
                this.log('debug', 'socket error', { error: String(event.error ?? event.message ?? 'error event') });
                if (!conn.opened)
                    conn.failure ??= event.error instanceof Error ? event.error : new Error(event.message || 'WebSocket error event', { cause: event });
            });
            socket.addEventListener('close', (event) => onClose(event.code, event.reason));
        }
        else {
            throw new TypeError('The WebSocket implementation has neither on() nor addEventListener().');
        }
    }
    opened(conn) {
        if (this.conn !== conn || this.userClosed) {
            safely(() => conn.socket.close(1000, 'not needed'));
            return;
        }
        conn.opened = true;
        this.received = 0;
        this.receivedAtCheck = 0;
        this.silentSince = Date.now();
        if (this.deadAfterMs <= 0)
            this.backoff.reset(); // no liveness check to wait for
        this.startTimers();
        const wasReconnecting = this.currentState === 'reconnecting';
        this.setState('open', wasReconnecting ? 'reconnected' : 'connected');
        for (const entry of [...this.subs])
            this.sendSubscription(entry);
        conn.settle?.();
        const waiters = [...this.openWaiters];
        for (const w of waiters)
            if (this.currentState === 'open')
                w.resolve();
    }
    /** The open connection is gone (closed by the peer, errored, or found dead). */
    dropped(reason) {
        const conn = this.conn;
        this.conn = undefined;
        this.stopTimers();
        if (conn !== undefined)
            safely(() => (conn.socket.terminate ?? conn.socket.close).call(conn.socket));
        this.failInFlight(reason);
        if (this.userClosed)
            return;
        if (this.reconnectOptions === false) {
            this.shutdown(reason);
            return;
        }
        this.setState('reconnecting', reason);
        void this.reconnectLoop(reason);
    }
    /** Every request waiting for its reply on the lost connection is rejected, never re-sent. */
    failInFlight(reason) {
        for (const p of [...this.pending.values()]) {
            this.removePending(p);
            if (p.kind === KIND_SUBSCRIBE)
                p.entry.pendingKey = undefined; // re-sent after reconnecting
            if (p.kind !== KIND_REQUEST)
                continue;
            p.reject(new ConnectionLostError({
                destination: p.destination,
                operationId: p.op.id,
                correlationId: p.key,
                idempotent: p.op.idempotent,
                reason,
            }));
        }
        this.heartbeatKey = undefined;
    }
    async reconnectLoop(reason) {
        const options = this.reconnectOptions === false ? {} : this.reconnectOptions;
        const maxAttempts = options.maxAttempts ?? Infinity;
        let failures = 0;
        let lastError = reason;
        while (this.currentState === 'reconnecting' && !this.userClosed) {
            if (failures >= maxAttempts) {
                this.shutdown(`gave up reconnecting after ${failures} attempts: ${lastError}`);
                return;
            }
            const delayMs = this.backoff.next();
            this.emit('reconnecting', { state: 'reconnecting', previous: 'open', attempt: failures + 1, delayMs, reason });
            this.log('info', 'reconnecting', { attempt: failures + 1, delayMs, reason });
            await new Promise((resolve) => {
                this.reconnectWake = resolve;
                this.reconnectTimer = setTimeout(resolve, delayMs);
            });
            this.reconnectWake = undefined;
            this.reconnectTimer = undefined;
            if (this.currentState !== 'reconnecting' || this.userClosed)
                return;
            try {
                await this.attempt();
                return;
            }
            catch (error) {
                failures++;
                lastError = error instanceof Error ? error.message : String(error);
                this.log('info', 'reconnect attempt failed', { attempt: failures, error: lastError });
            }
        }
    }
    cancelReconnectWait() {
        if (this.reconnectTimer !== undefined)
            clearTimeout(this.reconnectTimer);
        this.reconnectTimer = undefined;
        const wake = this.reconnectWake;
        this.reconnectWake = undefined;
        wake?.();
    }
    /** Closed without the owner asking (gave up, or reconnect disabled). */
    shutdown(reason) {
        this.stopTimers();
        this.setState('closed', reason);
        const error = (ref) => new NotConnectedError(`The connection is closed (${reason}); the call was not sent.`, ref);
        this.rejectOpenWaiters(error({}));
        this.limiter?.rejectAll((op) => error({ operationId: op.id }));
        for (const entry of [...this.subs])
            entry.sub.fail(new NotConnectedError(`The subscription ended: the connection is closed (${reason}).`, { destination: entry.destination, operationId: entry.op.id }));
    }
    setState(state, reason) {
        const previous = this.currentState;
        if (previous === state)
            return;
        this.currentState = state;
        const change = { state, previous, reason };
        this.log(state === 'closed' && !this.userClosed ? 'warn' : 'info', `connection ${state}`, { reason });
        this.emit('state', change);
        if (state === 'open')
            this.emit('open', change);
        else if (state === 'closed')
            this.emit('closed', change);
        else if (state === 'connecting')
            this.emit('connecting', change);
    }
    // ---------------------------------------------------------------- heartbeat
    startTimers() {
        this.stopTimers();
        if (this.pending.size > 0)
            this.sweepDeadlines(); // requests still waiting keep their timeouts
        if (this.heartbeatIntervalMs > 0)
            this.heartbeatTimer = setInterval(() => this.heartbeat(), this.heartbeatIntervalMs);
        if (this.deadAfterMs > 0) {
            const tick = Math.max(5, Math.min(1000, Math.floor(this.deadAfterMs / 4)));
            this.deadTimer = setInterval(() => this.checkAlive(), tick);
        }
    }
    /**
     * One timer for every request's timeout, armed for the earliest deadline, instead of a timer
     * per request (creating and clearing one cost about a microsecond per request on the hot path).
     */
    armDeadline(deadline) {
        if (this.deadlineTimer !== undefined && this.deadlineAt <= deadline)
            return;
        if (this.deadlineTimer !== undefined)
            clearTimeout(this.deadlineTimer);
        this.deadlineAt = deadline;
        this.deadlineTimer = setTimeout(() => this.sweepDeadlines(), Math.max(0, deadline - performance.now()));
    }
    sweepDeadlines() {
        this.deadlineTimer = undefined;
        const now = performance.now();
        let next = Infinity;
        for (const p of [...this.pending.values()]) {
            if (p.deadline === undefined)
                continue;
            if (p.deadline <= now + 1) {
                this.removePending(p);
                p.onTimeout();
            }
            else if (p.deadline < next) {
                next = p.deadline;
            }
        }
        if (next !== Infinity)
            this.armDeadline(next);
    }
    stopTimers() {
        if (this.deadlineTimer !== undefined)
            clearTimeout(this.deadlineTimer);
        this.deadlineTimer = undefined;
        if (this.heartbeatTimer !== undefined)
            clearInterval(this.heartbeatTimer);
        if (this.deadTimer !== undefined)
            clearInterval(this.deadTimer);
        this.heartbeatTimer = undefined;
        this.deadTimer = undefined;
    }
    heartbeat() {
        const conn = this.conn;
        if (conn === undefined || conn.socket.readyState !== OPEN)
            return;
        if (typeof conn.socket.ping === 'function')
            safely(() => conn.socket.ping());
        const op = this.heartbeatOp;
        const destination = this.heartbeatDestination;
        if (op === undefined || destination === undefined)
            return;
        const loading = this.codec.prepare?.(op.id);
        if (loading !== undefined) {
            loading.then(() => this.heartbeat(), (error) => this.log('warn', 'loading the heartbeat validators failed', { error: String(error) }));
            return;
        }
        if (this.heartbeatKey !== undefined) {
            const old = this.pending.get(this.heartbeatKey);
            if (old !== undefined)
                this.removePending(old);
        }
        const id = ++this.nextCorrelationId;
        let frame;
        try {
            frame = this.build(op, destination, {}, id);
        }
        catch (error) {
            this.log('warn', 'building the heartbeat request failed', { error: error instanceof Error ? error.message : String(error) });
            return;
        }
        const key = String(id);
        this.pending.set(key, {
            key,
            op,
            destination,
            kind: KIND_HEARTBEAT,
            resolve: undefined,
            reject: undefined,
            entry: undefined,
            timer: undefined,
            signal: undefined,
            onAbort: undefined,
        });
        this.heartbeatKey = key;
        this.limiter?.consume(op);
        safely(() => conn.socket.send(stringifyJson(frame)));
    }
    checkAlive() {
        const now = Date.now();
        if (this.received !== this.receivedAtCheck) {
            this.receivedAtCheck = this.received;
            this.silentSince = now;
            this.backoff.reset(); // the connection works: the next drop starts the backoff over
            return;
        }
        if (now - this.silentSince >= this.deadAfterMs) {
            this.log('warn', 'no frame received: treating the connection as dead', { silentMs: now - this.silentSince });
            this.dropped(`dead: nothing received for ${now - this.silentSince} ms`);
        }
    }
    // ---------------------------------------------------------------- util
    log(level, message, details) {
        const logger = this.logger;
        if (logger === undefined)
            return;
        let safeDetails = details;
        if (details !== undefined && this.#apiSecret !== undefined && this.#apiSecret !== '') {
            safeDetails = {};
            for (const [k, v] of Object.entries(details))
                safeDetails[k] = typeof v === 'string' ? this.redact(v) : v;
        }
        try {
            logger(level, this.redact(message), safeDetails);
        }
        catch {
            // a failing logger must not break the client
        }
    }
    /** Belt and braces: no text the client produces may carry the secret. */
    redact(text) {
        const secret = this.#apiSecret;
        return secret === undefined || secret.length < 4 || !text.includes(secret) ? text : text.split(secret).join('[redacted]');
    }
}
function own(record, key) {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
function unique(values) {
    return values === undefined ? null : [...new Set(values)];
}
function safely(fn) {
    try {
        fn();
    }
    catch {
        // closing or pinging a socket that is already gone
    }
}
const utf8 = new TextDecoder();
/** A binary frame as text: Node Buffers (Uint8Array), ArrayBuffers, ws's fragment lists, Blobs are not expected (binaryType 'arraybuffer'). */
function frameText(data) {
    if (data instanceof Uint8Array)
        return utf8.decode(data);
    if (data instanceof ArrayBuffer)
        return utf8.decode(new Uint8Array(data));
    if (Array.isArray(data)) {
        let length = 0;
        for (const part of data)
            length += part.byteLength;
        const all = new Uint8Array(length);
        let offset = 0;
        for (const part of data) {
            all.set(part, offset);
            offset += part.byteLength;
        }
        return utf8.decode(all);
    }
    return String(data);
}
function listen(socket, event, listener) {
    if (typeof socket.on === 'function')
        socket.on(event, listener);
    else
        socket.addEventListener?.(event, listener);
}
// Declared outside the class so declarations can be emitted file by file (isolatedDeclarations).
Object.defineProperty(ClientCore.prototype, Symbol.for(INSPECT), {
    value() {
        return this.inspectRedacted();
    },
});
