// Generated from asyncapi.yaml and templates/simulator/server.ts by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
/**
 * The local exchange simulator's WebSocket server: speaks the API's envelope protocol on
 * `ws://127.0.0.1:<port>/connect`, routes every frame by its destination to the operation that
 * declares it, validates, authenticates (apiKey, HMAC signature, timestamp/recvWindow), applies
 * the rate limits, enforces the ping rule, answers from the simulated exchange and pushes the
 * subscribed market data streams. `faults` injects failures for client tests.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { ApiError, ApiErrors } from './errors.js';
import { Exchange } from './exchange.js';
import { normalizeCandleType, normalizeInterval } from './market.js';
/** The subscribe operations the simulator serves, by the API's operationIds. */
const STREAM_OPERATIONS = {
    subscribeMarketData: { kind: 'quotes', defaultEvent: 'internal.quote' },
    subscribeDepthMarketData: { kind: 'depth', defaultEvent: 'marketdepth.event' },
    subscribeOHLCMarketData: { kind: 'ohlc', defaultEvent: 'ohlc.event' },
    subscribeTrades: { kind: 'trades', defaultEvent: 'internal.trade' },
};
// ---------------------------------------------------------------------------------------------
// Validation issues → the API's errors
function unescapePointer(s) {
    return s.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** The top-level parameter an issue is about ('' if it cannot be told). */
export function issueField(issue) {
    const segments = issue.path.split('/').filter((s) => s !== '').map(unescapePointer);
    const quoted = /'([^']+)'|"([^"]+)"/.exec(issue.message);
    const named = quoted ? (quoted[1] ?? quoted[2] ?? '') : '';
    if (/required|missing|additional|unknown|unevaluated/i.test(issue.rule) && named !== '' && segments.length === 0)
        return named;
    return segments[0] ?? named;
}
function isUnread(rule) {
    return /additional|unknown|unevaluated/i.test(rule);
}
function isMissing(rule) {
    return /required|missing/i.test(rule);
}
/**
 * The error the API gives for failed validation, or undefined when only `ignored` fields are
 * concerned. Unknown parameters → -1104; a missing one → -1128; any other failure → -1100.
 */
export function validationError(issues, payload, ignored = new Set()) {
    const relevant = issues.filter((i) => !ignored.has(issueField(i)));
    if (relevant.length === 0)
        return undefined;
    const unread = relevant.filter((i) => isUnread(i.rule));
    if (unread.length > 0) {
        const names = [...new Set(unread.map(issueField).filter((n) => n !== ''))];
        const sent = Object.keys(payload).length;
        const count = names.length > 0 ? names.length : unread.length;
        return ApiErrors.unreadParams(Math.max(0, sent - count), sent, names);
    }
    const first = relevant[0];
    const field = issueField(first) || 'payload';
    if (isMissing(first.rule))
        return ApiErrors.mandatoryParam(field);
    return ApiErrors.illegalParam(field, first.message);
}
/** Constant-time comparison of two signatures. */
export function signaturesEqual(given, expected) {
    const a = Buffer.from(given, 'utf8');
    const b = Buffer.from(expected, 'utf8');
    if (a.length !== b.length) {
        timingSafeEqual(b, b);
        return false;
    }
    return timingSafeEqual(a, b);
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
// ---------------------------------------------------------------------------------------------
export async function createSimulator(deps, options) {
    const spec = deps.spec;
    const env = spec.envelope;
    const signing = spec.signing;
    const now = options.now ?? Date.now;
    const host = options.host ?? '127.0.0.1';
    const path = options.path ?? '/connect';
    const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? spec.heartbeat.serverTimeoutMs;
    const tickMs = options.tickMs ?? 250;
    const rateLimitsOn = options.rateLimits ?? true;
    const recvWindowDefault = options.recvWindowDefault ?? 5000;
    const errorStatus = options.errorStatus ?? 'ERROR';
    const depthLevels = options.depthLevels ?? 10;
    const credentials = [
        ...(options.apiKey !== undefined && options.apiSecret !== undefined ? [{ apiKey: options.apiKey, apiSecret: options.apiSecret }] : []),
        ...(options.accounts ?? []),
    ];
    if (credentials.length === 0)
        throw new TypeError('createSimulator: give apiKey and apiSecret, or accounts');
    const secrets = new Map(credentials.map((c) => [c.apiKey, c.apiSecret]));
    const exchange = new Exchange({
        seed: options.seed ?? 1,
        now,
        accounts: credentials.map((c) => (c.balances ? { apiKey: c.apiKey, balances: c.balances } : { apiKey: c.apiKey })),
    });
    const market = exchange.market;
    // ---- routing table, built once ----
    const routes = new Map();
    /** Versioned destinations split around the version: used to tell "wrong version" apart. */
    const templates = [];
    const placeholder = `{${spec.versionParameter}}`;
    for (const op of Object.values(spec.operations)) {
        const at = typeof op.address === 'string' ? op.address.indexOf(placeholder) : -1;
        if (at >= 0)
            templates.push({ prefix: op.address.slice(0, at), suffix: op.address.slice(at + placeholder.length) });
        for (const [version, destination] of Object.entries(op.destinations)) {
            routes.set(destination, { op, version });
            const vat = version === '' || at >= 0 ? -1 : destination.indexOf(version);
            if (vat >= 0)
                templates.push({ prefix: destination.slice(0, vat), suffix: destination.slice(vat + version.length) });
        }
    }
    const eventDestination = (op, fallback) => op.stream?.eventDestination ?? fallback;
    const streamEvents = new Map();
    for (const op of Object.values(spec.operations)) {
        const s = STREAM_OPERATIONS[op.id];
        if (s && op.kind === 'subscribe')
            streamEvents.set(s.kind, eventDestination(op, s.defaultEvent));
    }
    const eventOf = (kind) => {
        const found = streamEvents.get(kind);
        if (found !== undefined)
            return found;
        return Object.values(STREAM_OPERATIONS).find((s) => s.kind === kind)?.defaultEvent ?? kind;
    };
    const signingFields = new Set([signing.keyField, signing.timestampField, signing.recvWindowField, signing.signatureField]);
    function unknownDestination(destination) {
        for (const t of templates) {
            if (destination.length > t.prefix.length + t.suffix.length && destination.startsWith(t.prefix) && destination.endsWith(t.suffix)) {
                const version = destination.slice(t.prefix.length, destination.length - t.suffix.length);
                if (!version.includes('/'))
                    return ApiErrors.versionNotAvailable(destination, version);
            }
        }
        return ApiErrors.unknownDestination(destination);
    }
    // ---- state ----
    const connections = new Set();
    let nextConnectionId = 1;
    let silent = false;
    let replyDelayMs = 0;
    const failures = new Map();
    const pendingTimers = new Set();
    let closed = false;
    // ---- sending ----
    function rawSend(conn, frame) {
        if (conn.ws.readyState === WebSocket.OPEN)
            conn.ws.send(JSON.stringify(frame));
    }
    function sendReply(conn, frame) {
        if (silent)
            return;
        if (replyDelayMs > 0) {
            const timer = setTimeout(() => {
                pendingTimers.delete(timer);
                if (!silent)
                    rawSend(conn, frame);
            }, replyDelayMs);
            pendingTimers.add(timer);
        }
        else {
            rawSend(conn, frame);
        }
    }
    function reply(conn, destination, correlationId, payload) {
        const frame = { [env.statusField]: env.okStatus, [env.destinationField]: destination };
        if (correlationId !== undefined)
            frame[env.correlationIdField] = correlationId;
        frame[env.payloadField] = payload;
        sendReply(conn, frame);
    }
    function replyError(conn, destination, correlationId, error) {
        const frame = { [env.statusField]: errorStatus };
        if (destination !== undefined)
            frame[env.destinationField] = destination;
        if (correlationId !== undefined)
            frame[env.correlationIdField] = correlationId;
        frame[env.payloadField] = { [env.errorCodeField]: error.code, [env.errorTextField]: error.msg };
        sendReply(conn, frame);
    }
    function sendEvent(conn, destination, payload) {
        if (silent)
            return;
        rawSend(conn, { [env.statusField]: env.okStatus, [env.destinationField]: destination, [env.payloadField]: payload });
    }
    // ---- heartbeat (the ping rule) ----
    function armHeartbeat(conn) {
        if (conn.heartbeat !== undefined)
            clearTimeout(conn.heartbeat);
        conn.heartbeat = undefined;
        if (silent || closed || heartbeatTimeoutMs <= 0)
            return;
        conn.heartbeat = setTimeout(() => {
            conn.heartbeat = undefined;
            if (conn.ws.readyState === WebSocket.OPEN)
                conn.ws.close(1000, `Not pinged for ${heartbeatTimeoutMs} ms`);
        }, heartbeatTimeoutMs);
    }
    function disarmHeartbeat(conn) {
        if (conn.heartbeat !== undefined)
            clearTimeout(conn.heartbeat);
        conn.heartbeat = undefined;
    }
    // ---- rate limits ----
    function checkRateLimits(conn, op) {
        if (!rateLimitsOn)
            return undefined;
        const t = now();
        const charges = [];
        for (const limit of spec.rateLimits) {
            const w = limit.appliesTo === 'all' ? op.weight : op.rateLimits.includes(limit.id) ? 1 : 0;
            if (w <= 0)
                continue;
            let log = conn.rate.get(limit.id);
            if (!log) {
                log = [];
                conn.rate.set(limit.id, log);
            }
            let drop = 0;
            while (drop < log.length && log[drop].t <= t - limit.intervalMs)
                drop++;
            if (drop > 0)
                log.splice(0, drop);
            const used = log.reduce((sum, e) => sum + e.w, 0);
            if (used + w > limit.limit)
                return ApiErrors.tooManyRequests(limit.id, limit.limit, limit.intervalMs);
            charges.push({ id: limit.id, w });
        }
        for (const c of charges)
            conn.rate.get(c.id).push({ t, w: c.w });
        return undefined;
    }
    // ---- authentication ----
    function authenticate(payload) {
        const apiKey = payload[signing.keyField];
        if (typeof apiKey !== 'string' || apiKey === '')
            throw ApiErrors.apiKeyFormat();
        const secret = secrets.get(apiKey);
        if (secret === undefined)
            throw ApiErrors.rejectedApiKey();
        const signature = payload[signing.signatureField];
        if (typeof signature !== 'string')
            throw ApiErrors.badSignature();
        const unsigned = { ...payload };
        delete unsigned[signing.signatureField];
        if (!signaturesEqual(signature, deps.sign(unsigned, secret)))
            throw ApiErrors.badSignature();
        const tsRaw = payload[signing.timestampField];
        if (tsRaw === undefined || tsRaw === null)
            throw ApiErrors.mandatoryParam(signing.timestampField);
        const ts = typeof tsRaw === 'number' ? tsRaw : typeof tsRaw === 'string' && /^\d+$/.test(tsRaw) ? Number(tsRaw) : NaN;
        if (!Number.isSafeInteger(ts))
            throw ApiErrors.illegalParam(signing.timestampField);
        const rwRaw = payload[signing.recvWindowField];
        const recvWindow = rwRaw === undefined || rwRaw === null ? recvWindowDefault : typeof rwRaw === 'number' ? rwRaw : Number(rwRaw);
        if (!Number.isFinite(recvWindow) || recvWindow <= 0 || recvWindow > 60000) {
            throw ApiErrors.illegalParam(signing.recvWindowField, 'must be greater than 0 and at most 60000');
        }
        const serverTime = now();
        if (ts > serverTime + 1000)
            throw ApiErrors.timeAhead();
        if (serverTime - ts > recvWindow)
            throw ApiErrors.outsideRecvWindow();
        return apiKey;
    }
    // ---- subscriptions ----
    function subscribe(conn, op, payload) {
        const stream = STREAM_OPERATIONS[op.id];
        if (!stream)
            throw ApiErrors.notSupported(op.id);
        const symbolsRaw = payload.symbols;
        if (symbolsRaw === undefined || symbolsRaw === null)
            throw ApiErrors.mandatoryParam('symbols');
        const symbols = typeof symbolsRaw === 'string' ? [symbolsRaw] : symbolsRaw;
        if (!Array.isArray(symbols) || symbols.some((s) => typeof s !== 'string'))
            throw ApiErrors.illegalParam('symbols');
        let intervals = [];
        let type = 'classic';
        let typeAsSent = 'classic';
        if (stream.kind === 'ohlc') {
            const raw = payload.intervals ?? ['1m'];
            const list = typeof raw === 'string' ? [raw] : raw;
            if (!Array.isArray(list) || list.length === 0)
                throw ApiErrors.illegalParam('intervals');
            intervals = list.map((s) => {
                const interval = normalizeInterval(s);
                if (!interval)
                    throw ApiErrors.illegalParam('intervals', `unknown interval ${JSON.stringify(s)}`);
                return { interval, sent: s };
            });
            const t = normalizeCandleType(payload.type);
            if (!t)
                throw ApiErrors.illegalParam('type', 'valid types are classic and heikin-ashi');
            type = t;
            typeAsSent = typeof payload.type === 'string' ? payload.type : t;
        }
        const subscriptions = {};
        const added = [];
        const addedOhlc = [];
        for (const symbol of symbols) {
            if (!market.has(symbol)) {
                subscriptions[symbol] = 'REJECTED';
                continue;
            }
            subscriptions[symbol] = 'PROCESSED';
            if (stream.kind === 'ohlc') {
                for (const i of intervals) {
                    const sub = { symbol, interval: i.interval, intervalAsSent: i.sent, type, typeAsSent };
                    conn.ohlc.set(`${symbol}\u0000${i.sent}\u0000${typeAsSent}`, sub);
                    addedOhlc.push(sub);
                }
            }
            else {
                conn[stream.kind].add(symbol);
                added.push(symbol);
            }
        }
        const after = () => {
            // A snapshot right after subscribing, as the streams' first event.
            const dest = eventOf(stream.kind);
            if (stream.kind === 'quotes')
                for (const s of added)
                    sendEvent(conn, dest, market.quoteEvent(s));
            if (stream.kind === 'depth')
                for (const s of added)
                    sendEvent(conn, dest, market.depthEvent(s, depthLevels));
            for (const sub of addedOhlc)
                sendEvent(conn, dest, market.ohlcEvent(sub.symbol, sub.interval, sub.type, sub.intervalAsSent, sub.typeAsSent));
        };
        return { reply: { subscriptions }, after };
    }
    // ---- validation ----
    function runValidator(destination, payload) {
        try {
            const r = deps.validateRequest(destination, payload);
            return r.valid ? [] : r.errors;
        }
        catch {
            return []; // a validator that does not know the destination: nothing to say
        }
    }
    /**
     * Validates the payload as sent. For signed operations, issues about the signing fields are
     * left to authentication; when those were the only issues (a validator that does not know the
     * signing fields, or stops at the first issue), the payload is validated again without them.
     */
    function validate(destination, payload, unsigned) {
        const issues = runValidator(destination, payload);
        if (issues.length === 0)
            return undefined;
        if (unsigned === undefined)
            return validationError(issues, payload);
        const first = validationError(issues, payload, signingFields);
        if (first)
            return first;
        const second = runValidator(destination, unsigned);
        return second.length === 0 ? undefined : validationError(second, payload, signingFields);
    }
    // ---- frames ----
    function handleFrame(conn, text) {
        let frame;
        try {
            frame = JSON.parse(text);
        }
        catch {
            replyError(conn, undefined, undefined, ApiErrors.malformedFrame('not JSON'));
            return;
        }
        if (!isPlainObject(frame)) {
            replyError(conn, undefined, undefined, ApiErrors.malformedFrame('not a JSON object'));
            return;
        }
        const destination = frame[env.destinationField];
        const corrRaw = frame[env.correlationIdField];
        const correlationId = corrRaw === undefined || corrRaw === null ? undefined : String(corrRaw);
        if (typeof destination !== 'string' || destination === '') {
            replyError(conn, undefined, correlationId, ApiErrors.malformedFrame(`no ${env.destinationField}`));
            return;
        }
        const fail = (e) => replyError(conn, destination, correlationId, e);
        const payloadRaw = frame[env.payloadField] ?? {};
        if (!isPlainObject(payloadRaw)) {
            fail(ApiErrors.illegalParam(env.payloadField, 'must be an object'));
            return;
        }
        const payload = payloadRaw;
        const route = routes.get(destination);
        if (!route) {
            fail(unknownDestination(destination));
            return;
        }
        const { op, version } = route;
        for (const key of [destination, op.id]) {
            const queue = failures.get(key);
            if (queue && queue.length > 0) {
                const e = queue.shift();
                if (queue.length === 0)
                    failures.delete(key);
                fail(e);
                return;
            }
        }
        const limited = checkRateLimits(conn, op);
        if (limited) {
            fail(limited);
            return;
        }
        if (op.kind === 'heartbeat' || op.id === spec.heartbeat.operation) {
            armHeartbeat(conn);
            reply(conn, destination, correlationId, {});
            return;
        }
        try {
            const params = { ...payload };
            if (op.signed)
                for (const f of signingFields)
                    delete params[f];
            const invalid = validate(destination, payload, op.signed ? params : undefined);
            if (invalid)
                throw invalid;
            const apiKey = op.signed ? authenticate(payload) : undefined;
            if (op.kind === 'subscribe') {
                const { reply: r, after } = subscribe(conn, op, payload);
                reply(conn, destination, correlationId, r);
                after();
                return;
            }
            const result = exchange.request(op.id, params, apiKey === undefined ? { version } : { version, apiKey });
            reply(conn, destination, correlationId, result);
        }
        catch (e) {
            if (e instanceof ApiError)
                fail(e);
            else
                fail(ApiErrors.unknown());
        }
    }
    // ---- market ticks → events ----
    function pushTick(result) {
        if (silent)
            return;
        const quoteDest = eventOf('quotes');
        const depthDest = eventOf('depth');
        const tradeDest = eventOf('trades');
        const ohlcDest = eventOf('ohlc');
        for (const conn of connections) {
            if (conn.ws.readyState !== WebSocket.OPEN)
                continue;
            for (const q of result.quotes) {
                if (conn.quotes.has(q.symbol)) {
                    sendEvent(conn, quoteDest, {
                        symbolName: q.symbol,
                        bid: q.bid.toNumber(),
                        bidQty: q.bidQty.toNumber(),
                        ofr: q.ofr.toNumber(),
                        ofrQty: q.ofrQty.toNumber(),
                        timestamp: q.timestamp,
                    });
                }
                if (conn.depth.has(q.symbol))
                    sendEvent(conn, depthDest, market.depthEvent(q.symbol, depthLevels));
            }
            for (const t of result.trades) {
                if (!conn.trades.has(t.symbol))
                    continue;
                sendEvent(conn, tradeDest, {
                    symbol: t.symbol,
                    price: t.price.toNumber(),
                    size: t.size.toNumber(),
                    id: t.id,
                    ts: t.ts,
                    orderId: t.orderId,
                    clientOrderId: t.clientOrderId,
                    buyer: t.buyer,
                });
            }
            for (const sub of conn.ohlc.values()) {
                sendEvent(conn, ohlcDest, market.ohlcEvent(sub.symbol, sub.interval, sub.type, sub.intervalAsSent, sub.typeAsSent));
            }
        }
    }
    function tick() {
        if (closed)
            return;
        pushTick(exchange.tick(now()));
    }
    // ---- servers ----
    const wss = new WebSocketServer({ noServer: true, autoPong: false, maxPayload: 1 << 20 });
    const http = createServer((_req, res) => {
        res.writeHead(426, { 'content-type': 'text/plain' });
        res.end(`WebSocket endpoint: ${path}\n`);
    });
    http.on('upgrade', (req, socket, head) => {
        let pathname = '';
        try {
            pathname = new URL(req.url ?? '', 'http://localhost').pathname;
        }
        catch {
            pathname = '';
        }
        if (pathname !== path || closed) {
            socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
            socket.destroy();
            return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    });
    wss.on('connection', (ws) => {
        const conn = {
            id: nextConnectionId++,
            ws,
            quotes: new Set(),
            depth: new Set(),
            trades: new Set(),
            ohlc: new Map(),
            heartbeat: undefined,
            rate: new Map(),
        };
        connections.add(conn);
        armHeartbeat(conn);
        ws.on('message', (data) => {
            if (silent)
                return;
            const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
            handleFrame(conn, text);
        });
        ws.on('ping', (data) => {
            if (silent)
                return;
            if (ws.readyState === WebSocket.OPEN)
                ws.pong(data);
            armHeartbeat(conn);
        });
        ws.on('error', () => {
            /* a broken client socket: 'close' follows */
        });
        ws.on('close', () => {
            disarmHeartbeat(conn);
            connections.delete(conn);
        });
    });
    await new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(options.port ?? 0, host, () => {
            http.off('error', reject);
            resolve();
        });
    });
    const port = http.address().port;
    const interval = tickMs > 0 ? setInterval(tick, tickMs) : undefined;
    const faults = {
        dropConnections() {
            for (const conn of connections) {
                disarmHeartbeat(conn);
                conn.ws.terminate();
            }
        },
        delayReplies(ms) {
            replyDelayMs = Math.max(0, ms);
        },
        sendMalformedFrame(text = `{"${env.statusField}":"${env.okStatus}","${env.destinationField}":`) {
            for (const conn of connections)
                if (conn.ws.readyState === WebSocket.OPEN)
                    conn.ws.send(text);
        },
        failNext(destinationOrOperationId, error) {
            const queue = failures.get(destinationOrOperationId) ?? [];
            queue.push({ code: error.code, msg: error.msg });
            failures.set(destinationOrOperationId, queue);
        },
        goSilent(on = true) {
            silent = on;
            for (const conn of connections) {
                if (on)
                    disarmHeartbeat(conn);
                else
                    armHeartbeat(conn);
            }
        },
        reset() {
            replyDelayMs = 0;
            failures.clear();
            faults.goSilent(false);
        },
    };
    const hostInUrl = host.includes(':') ? `[${host}]` : host;
    return {
        url: `ws://${hostInUrl}:${port}${path}`,
        port,
        faults,
        exchange,
        market,
        tick,
        connectionCount: () => connections.size,
        async close() {
            if (closed)
                return;
            closed = true;
            if (interval !== undefined)
                clearInterval(interval);
            for (const t of pendingTimers)
                clearTimeout(t);
            pendingTimers.clear();
            for (const conn of connections) {
                disarmHeartbeat(conn);
                conn.ws.terminate();
            }
            connections.clear();
            await new Promise((resolve) => wss.close(() => resolve()));
            await new Promise((resolve) => {
                http.close(() => resolve());
                http.closeAllConnections();
            });
        },
    };
}
//# sourceMappingURL=server.js.map