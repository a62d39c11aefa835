/**
 * The connection: opening a socket (ws, or any WebSocket-like), the state machine, losing the
 * connection (in-flight requests rejected, never re-sent) and reconnecting with backoff.
 */

import type { ClientCore } from '../client.js';
import { ClosedError, ConnectionLostError, NotConnectedError } from '../errors.js';
import { bytesHaveLongDigitRun, hasLongDigitRun } from '../json.js';
import { badFrame, EXCERPT, handleFrame, handleText } from './inbound.js';
import { startTimers, stopTimers } from './keep-alive.js';
import type { BytesDecoder } from '../spec.js';
import type { ConnectionState, StateChange, WebSocketConstructor, WebSocketLike } from './options.js';
import { KIND_REQUEST, KIND_SUBSCRIBE, removePending } from './pending.js';
import { rejectOpenWaiters } from './requests.js';
import { sendSubscription } from './subscriptions.js';

/** How long a failed connection's close event may follow its error event (see attach). */
const CLOSE_AFTER_ERROR_MS = 20;

export async function openSocket(client: ClientCore): Promise<void> {
  if (client.heartbeatOp !== undefined) client.codec.prepare?.(client.heartbeatOp.id)?.catch(() => undefined); // ready before the first beat
  const Ctor = client.WebSocketCtor ?? (await loadDefaultWebSocket());
  // On the ws package, the client checks text frames' UTF-8 itself, in the one pass that decodes
  // them (strictUtf8): ws's own check is a second pass over every frame's bytes.
  const checksUtf8 = Ctor === wsPackage;
  // Frames come as bytes on ws (and may on a transport of the caller's): the events the document
  // fixes the shape of are read from them. The runtime's own WebSocket hands over strings.
  const decodeBytes = Ctor !== (globalThis as { WebSocket?: unknown }).WebSocket ? await loadBytesDecoder(client) : undefined;
  if (client.userClosed) throw new ClosedError('The client was closed before the connection opened.');
  const socket = checksUtf8 ? new (Ctor as WsConstructor)(client.url, { skipUTF8Validation: true }) : new Ctor(client.url);
  const conn: Connection = { socket, id: ++client.connectionCount, opened: false, settle: undefined, checksUtf8, decodeBytes, invalid: false };
  client.conn = conn;
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      conn.settle?.(new NotConnectedError(`Connecting to ${client.url} took longer than ${client.connectTimeoutMs} ms.`));
      safely(() => (socket.terminate ?? socket.close).call(socket));
    }, client.connectTimeoutMs);
    conn.settle = (error?: Error) => {
      conn.settle = undefined;
      clearTimeout(timer);
      if (error === undefined) resolve();
      else {
        if (client.conn === conn) client.conn = undefined;
        reject(error);
      }
    };
    attach(client, conn);
  });
}

export function attach(client: ClientCore, conn: Connection): void {
  const socket = conn.socket;
  // `isBinary`: ws's second argument. Only text frames must be UTF-8 (RFC 6455, section 5.6).
  const onMessage = (data: unknown, isBinary?: boolean): void => {
    if (client.conn !== conn || conn.invalid) return;
    client.received++;
    if (typeof data === 'string') {
      handleText(client, data, hasLongDigitRun(data));
      return;
    }
    const decodeBytes = conn.decodeBytes;
    if (decodeBytes !== undefined && isBinary !== true && data instanceof Uint8Array) {
      // It reads only ASCII, so what it reads is UTF-8; anything else it leaves to below.
      let frame: Record<string, unknown> | undefined;
      try {
        frame = decodeBytes(data);
      } catch (error) {
        // Not expected of it (test/runtime/frame-bytes.test.ts); the frame is then parsed as usual.
        client.log('debug', 'the frame decoder failed; the frame is parsed with JSON.parse', { error: String(error) });
      }
      if (frame !== undefined) {
        handleFrame(client, frame, data);
        return;
      }
    }
    if (conn.checksUtf8 && isBinary !== true && data instanceof Uint8Array) {
      let text: string;
      try {
        text = strictUtf8.decode(data);
      } catch {
        invalidUtf8(client, conn, data);
        return;
      }
      handleText(client, text, bytesHaveLongDigitRun(data));
    } else if (NodeBuffer !== undefined && NodeBuffer.isBuffer(data) && !startsWithBom(data)) handleText(client, data.toString(), bytesHaveLongDigitRun(data));
    else handleText(client, frameText(data));
  };
  const onClose = (code: unknown, reason: unknown): void => {
    const why = `socket closed (code ${String(code)}${reason ? `, ${String(reason)}` : ''})`;
    if (!conn.opened) {
      const failure = conn.failure;
      const detail = failure === undefined ? '' : failure.message === '' ? "the runtime's WebSocket gave no reason, " : `${failure.message.replace(/\.$/, '')}, `;
      conn.settle?.(new NotConnectedError(`Could not connect to ${client.url}: ${detail}${why}.`, {}, failure));
      return;
    }
    if (client.conn === conn) dropped(client, why);
  };
  if (typeof socket.on === 'function') {
    socket.on('open', () => opened(client, conn));
    socket.on('message', onMessage);
    socket.on('pong', () => {
      if (client.conn === conn) client.received++;
    });
    socket.on('error', (error: unknown) => {
      client.log('debug', 'socket error', { error: String(error) });
      if (!conn.opened) conn.settle?.(new NotConnectedError(`Could not connect to ${client.url}: ${String(error)}.`, {}, error));
    });
    socket.on('close', (code: unknown, reason: unknown) => onClose(code, reason));
  } else if (typeof socket.addEventListener === 'function') {
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('open', () => opened(client, conn));
    socket.addEventListener('message', (event: { data: unknown }) => onMessage(event.data));
    // A WHATWG WebSocket tells little: the ErrorEvent's `error` (where the runtime sets one) is
    // kept as the cause, and the close event that follows (code 1006) completes the message.
    socket.addEventListener('error', (event: { error?: unknown; message?: string }) => {
      client.log('debug', 'socket error', { error: String(event.error ?? event.message ?? 'error event') });
      if (conn.opened) return;
      conn.failure ??= event.error instanceof Error ? event.error : new Error(event.message ?? '', { cause: event });
      // A connection that fails fires error, then close with code 1006 (WHATWG WebSockets), which
      // settles connect(). Node 22's undici fires no close after a refused connection: without
      // this, connect() would wait for its timeout. If no close follows, settle as it would have.
      setTimeout(() => onClose(1006, ''), CLOSE_AFTER_ERROR_MS);
    });
    socket.addEventListener('close', (event: { code?: number; reason?: string }) => onClose(event.code, event.reason));
  } else {
    throw new TypeError('The WebSocket implementation has neither on() nor addEventListener().');
  }
}

export function opened(client: ClientCore, conn: Connection): void {
  if (client.conn !== conn || client.userClosed) {
    safely(() => conn.socket.close(1000, 'not needed'));
    return;
  }
  conn.opened = true;
  client.received = 0;
  client.receivedAtCheck = 0;
  client.silentSince = Date.now();
  if (client.deadAfterMs <= 0) client.backoff.reset(); // no liveness check to wait for
  startTimers(client);
  const wasReconnecting = client.currentState === 'reconnecting';
  setState(client, 'open', wasReconnecting ? 'reconnected' : 'connected');
  for (const entry of [...client.subs]) sendSubscription(client, entry);
  conn.settle?.();
  const waiters = [...client.openWaiters];
  for (const w of waiters) if (client.currentState === 'open') w.resolve();
}

/** The open connection is gone (closed by the peer, errored, or found dead). */
export function dropped(client: ClientCore, reason: string): void {
  const conn = client.conn;
  client.conn = undefined;
  stopTimers(client);
  if (conn !== undefined) safely(() => (conn.socket.terminate ?? conn.socket.close).call(conn.socket));
  failInFlight(client, reason);
  if (client.userClosed) return;
  if (client.reconnectOptions === false) {
    shutdown(client, reason);
    return;
  }
  setState(client, 'reconnecting', reason);
  void reconnectLoop(client, reason);
}

/** Every request waiting for its reply on the lost connection is rejected, never re-sent. */
export function failInFlight(client: ClientCore, reason: string): void {
  for (const p of [...client.pending.values()]) {
    removePending(client, p);
    if (p.kind === KIND_SUBSCRIBE) p.entry!.pendingKey = undefined; // re-sent after reconnecting
    if (p.kind !== KIND_REQUEST) continue;
    p.reject!(
      new ConnectionLostError({
        destination: p.destination,
        operationId: p.op.id,
        correlationId: p.key,
        idempotent: p.op.idempotent,
        reason,
      }),
    );
  }
  client.heartbeatKey = undefined;
}

export async function reconnectLoop(client: ClientCore, reason: string): Promise<void> {
  const options = client.reconnectOptions === false ? {} : client.reconnectOptions;
  const maxAttempts = options.maxAttempts ?? Infinity;
  let failures = 0;
  let lastError = reason;
  while (client.currentState === 'reconnecting' && !client.userClosed) {
    if (failures >= maxAttempts) {
      shutdown(client, `gave up reconnecting after ${failures} attempts: ${lastError}`);
      return;
    }
    const delayMs = client.backoff.next();
    client.emit('reconnecting', { state: 'reconnecting', previous: 'open', attempt: failures + 1, delayMs, reason });
    client.log('info', 'reconnecting', { attempt: failures + 1, delayMs, reason });
    await new Promise<void>((resolve) => {
      client.reconnectWake = resolve;
      client.reconnectTimer = setTimeout(resolve, delayMs);
    });
    client.reconnectWake = undefined;
    client.reconnectTimer = undefined;
    if (client.currentState !== 'reconnecting' || client.userClosed) return;
    try {
      await openSocket(client);
      return;
    } catch (error) {
      failures++;
      lastError = error instanceof Error ? error.message : String(error);
      client.log('info', 'reconnect attempt failed', { attempt: failures, error: lastError });
    }
  }
}

export function cancelReconnectWait(client: ClientCore): void {
  if (client.reconnectTimer !== undefined) clearTimeout(client.reconnectTimer);
  client.reconnectTimer = undefined;
  const wake = client.reconnectWake;
  client.reconnectWake = undefined;
  wake?.();
}

/** Closed without the owner asking (gave up, or reconnect disabled). */
export function shutdown(client: ClientCore, reason: string): void {
  stopTimers(client);
  setState(client, 'closed', reason);
  const error = (ref: { destination?: string; operationId?: string }): Error =>
    new NotConnectedError(`The connection is closed (${reason}); the call was not sent.`, ref);
  rejectOpenWaiters(client, error({}));
  client.limiter?.rejectAll((op) => error({ operationId: op.id }));
  for (const entry of [...client.subs]) entry.sub.fail(new NotConnectedError(`The subscription ended: the connection is closed (${reason}).`, { destination: entry.destination, operationId: entry.op.id }));
}

export function setState(client: ClientCore, state: ConnectionState, reason: string): void {
  const previous = client.currentState;
  if (previous === state) return;
  client.currentState = state;
  const change: StateChange = { state, previous, reason };
  client.log(state === 'closed' && !client.userClosed ? 'warn' : 'info', `connection ${state}`, { reason });
  client.emit('state', change);
  if (state === 'open') client.emit('open', change);
  else if (state === 'closed') client.emit('closed', change);
  else if (state === 'connecting') client.emit('connecting', change);
}

export const OPEN = 1;

/** One socket and what belongs to it. */
export interface Connection {
  readonly socket: WebSocketLike;
  readonly id: number;
  opened: boolean;
  settle: ((error?: Error) => void) | undefined;
  /** Why the connection failed before opening, as the transport reported it (the error's cause). */
  failure?: Error;
  /** The socket is the ws package's, told to leave the UTF-8 check of text frames to the client. */
  readonly checksUtf8: boolean;
  /** The generated frame decoder, on a socket that may deliver frames as bytes (see frames.ts). */
  readonly decodeBytes: BytesDecoder | undefined;
  /** A text frame was not UTF-8: the connection is being failed, nothing more is read from it. */
  invalid: boolean;
}

/**
 * The codec's frame decoder (frames.ts, loaded on the first connection over a transport other
 * than the runtime's own WebSocket: a browser with its default transport never loads it), or undefined: none generated, or its chunk failed to load (frames are then parsed).
 */
async function loadBytesDecoder(client: ClientCore): Promise<BytesDecoder | undefined> {
  const load = client.frameReader.bytes;
  if (load === undefined) return undefined;
  try {
    return await load();
  } catch (error) {
    client.log('debug', 'the frame decoder did not load; frames are parsed with JSON.parse', { error: String(error) });
    return undefined;
  }
}

/** The ws package's constructor, the client's default transport where the runtime has no WebSocket: it takes options. */
type WsConstructor = new (url: string, options: { skipUTF8Validation: boolean }) => WebSocketLike;
let wsPackage: WebSocketConstructor | undefined;

/**
 * Decodes a text frame and checks that it is UTF-8, in one pass; throws on bytes that are not. A
 * leading BOM is dropped, as WHATWG WebSockets drop it.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text frame that is not UTF-8 fails the connection with close code 1007, as RFC 6455
 * (section 8.1) requires and as ws does when it checks frames itself; neither that frame nor
 * anything after it on this connection is read. It is reported like any frame the client cannot
 * use (a 'warning', ERR_BAD_FRAME, its first bytes decoded with replacement characters), and
 * losing the connection then takes its usual course.
 */
function invalidUtf8(client: ClientCore, conn: Connection, data: Uint8Array): void {
  conn.invalid = true;
  badFrame(client, 'a text frame is not valid UTF-8; the connection is closed (code 1007)', utf8.decode(data.subarray(0, EXCERPT + 1)));
  safely(() => conn.socket.close(1007, 'invalid UTF-8'));
}

export let defaultWebSocket: Promise<WebSocketConstructor> | undefined;

export function loadDefaultWebSocket(): Promise<WebSocketConstructor> {
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (global !== undefined) return Promise.resolve(global);
  defaultWebSocket ??= import('ws').then((mod) => {
    const m = mod as unknown as { WebSocket?: WebSocketConstructor; default?: WebSocketConstructor };
    const ctor = m.WebSocket ?? m.default;
    if (ctor === undefined) throw new Error('the ws package exports no WebSocket');
    wsPackage = ctor;
    return ctor;
  });
  return defaultWebSocket;
}

export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // closing or pinging a socket that is already gone
  }
}

const utf8 = new TextDecoder();
/**
 * Node's Buffer where there is one: its toString() decodes UTF-8 without TextDecoder#decode's
 * per-call argument checks (≈ 5 % of the client's stream path in a profile). A leading BOM,
 * which TextDecoder strips and toString() keeps, still goes through TextDecoder.
 */
const NodeBuffer = (globalThis as { Buffer?: { isBuffer(value: unknown): value is Uint8Array } }).Buffer;

function startsWithBom(data: Uint8Array): boolean {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
}

/** A binary frame as text (no Buffer: the client runs outside Node): Node Buffers and other Uint8Arrays, ArrayBuffers, ws's fragment lists. */
export function frameText(data: unknown): string {
  if (data instanceof Uint8Array) {
    if (NodeBuffer !== undefined && NodeBuffer.isBuffer(data) && !startsWithBom(data)) return data.toString();
    return utf8.decode(data);
  }
  if (data instanceof ArrayBuffer) return utf8.decode(new Uint8Array(data));
  if (Array.isArray(data)) {
    let length = 0;
    for (const part of data) length += (part as Uint8Array).byteLength;
    const all = new Uint8Array(length);
    let offset = 0;
    for (const part of data) {
      all.set(part as Uint8Array, offset);
      offset += (part as Uint8Array).byteLength;
    }
    return utf8.decode(all);
  }
  return String(data);
}

export function listen(socket: WebSocketLike, event: string, listener: () => void): void {
  if (typeof socket.on === 'function') socket.on(event, listener);
  else socket.addEventListener?.(event, listener);
}
