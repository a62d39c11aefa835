// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
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
import { type Jitter } from './backoff.js';
import { Emitter } from './emitter.js';
import { ClientError } from './errors.js';
import type { Codec, ProtocolSpec } from './spec.js';
import { Subscription, type SubscriptionBufferOptions } from './subscription.js';
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';
export interface StateChange {
    readonly state: ConnectionState;
    readonly previous: ConnectionState;
    readonly reason: string;
}
export interface ReconnectInfo extends StateChange {
    readonly state: 'reconnecting';
    /** 1 for the first attempt after the drop. */
    readonly attempt: number;
    readonly delayMs: number;
}
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Receives log lines; never given credentials or request parameters. */
export type Logger = (level: LogLevel, message: string, details?: Readonly<Record<string, unknown>>) => void;
/** The subset of a WebSocket the client uses: `ws`'s WebSocket and the WHATWG WebSocket both fit. */
export interface WebSocketLike {
    readonly readyState: number;
    binaryType?: string;
    send(data: string): void;
    close(code?: number, reason?: string): void;
    /** `ws` only: protocol-level ping. */
    ping?: (...args: any[]) => void;
    /** `ws` only: drop the connection at once. */
    terminate?: () => void;
    /** `ws` (node EventEmitter style). */
    on?: (event: string, listener: (...args: any[]) => void) => unknown;
    /** WHATWG style. */
    addEventListener?: (type: string, listener: (event: any) => void) => void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;
export interface ReconnectOptions {
    /** First delay before reconnecting (default 500 ms). */
    readonly initialDelayMs?: number;
    /** Largest delay (default 30000 ms). */
    readonly maxDelayMs?: number;
    /** Consecutive failed attempts before giving up (default Infinity). */
    readonly maxAttempts?: number;
    readonly jitter?: Jitter;
    readonly random?: () => number;
}
export interface ClientOptions {
    /** WebSocket URL; overrides the server's URL (the named server's versions still apply). */
    readonly url?: string;
    /** Name of a server of the document (default: the document's default server). */
    readonly server?: string;
    /** API version (default: the document's default version when the server serves it, else the server's newest). */
    readonly apiVersion?: string;
    readonly apiKey?: string;
    readonly apiSecret?: string;
    /** WebSocket constructor (default: globalThis.WebSocket, else the `ws` package). */
    readonly WebSocket?: WebSocketConstructor;
    /** How long a sent request waits for its reply (default 10000 ms). */
    readonly requestTimeoutMs?: number;
    /** How long one connection attempt may take (default 10000 ms). */
    readonly connectTimeoutMs?: number;
    /** How often the heartbeat request is sent (default from the document; 0 disables). */
    readonly heartbeatIntervalMs?: number;
    /** Silence after which the connection is treated as dead (default from the document; 0 disables). */
    readonly deadAfterMs?: number;
    /** Reconnect policy, or false to stay closed after a drop. */
    readonly reconnect?: ReconnectOptions | false;
    /** Calls made while (re)connecting: wait for the connection (bounded by connectWaitMs) or fail at once. */
    readonly whileReconnecting?: 'wait' | 'fail';
    /** Longest wait for the connection before a call is sent (default requestTimeoutMs). */
    readonly connectWaitMs?: number;
    /** Most calls in flight plus waiting to be sent (default 10000). */
    readonly maxPending?: number;
    /** Client-side rate limiting per the document, or false to disable. */
    readonly rateLimit?: {
        readonly maxWaitMs?: number;
        readonly maxQueue?: number;
    } | false;
    /** Default buffer of each subscription. */
    readonly subscriptionBuffer?: SubscriptionBufferOptions;
    /** Receive window passed to the codec for signed requests. */
    readonly recvWindow?: number;
    /** Decode replies and events through the codec (default true). */
    readonly validateInbound?: boolean;
    readonly logger?: Logger;
}
export interface RequestOptions {
    readonly signal?: AbortSignal;
    /** Overrides requestTimeoutMs for this call (time from sending to the reply). */
    readonly timeoutMs?: number;
}
export interface SubscribeOptions extends SubscriptionBufferOptions {
    /** Aborting closes the subscription (or prevents it when already aborted). */
    readonly signal?: AbortSignal;
}
export interface ClientEvents {
    state: [StateChange];
    connecting: [StateChange];
    open: [StateChange];
    reconnecting: [ReconnectInfo];
    closed: [StateChange];
    warning: [ClientError];
}
export declare class ClientCore extends Emitter<ClientEvents> {
    #private;
    readonly spec: ProtocolSpec;
    readonly codec: Codec;
    readonly url: string;
    readonly apiVersion: string;
    /** Versions the server serves (the document's versions when no server is named). */
    readonly serverVersions: readonly string[];
    private readonly requestTimeoutMs;
    private deadlineTimer;
    private deadlineAt;
    /** A slowly decaying maximum of recent request round trips, in ms (the rate limiter's margin). */
    private roundTripMs;
    private readonly connectTimeoutMs;
    private readonly heartbeatIntervalMs;
    private readonly deadAfterMs;
    private readonly reconnectOptions;
    private readonly whileReconnecting;
    private readonly connectWaitMs;
    private readonly maxPending;
    private readonly rateMaxWaitMs;
    private readonly recvWindow;
    private readonly validateInbound;
    private readonly bufferDefaults;
    private readonly logger;
    private readonly WebSocketCtor;
    private readonly limiter;
    private readonly backoff;
    private readonly destField;
    private readonly cidField;
    private readonly payloadField;
    private readonly statusField;
    private readonly okStatus;
    private readonly destinations;
    private readonly streams;
    private readonly heartbeatOp;
    private readonly heartbeatDestination;
    private readonly pending;
    private readonly openWaiters;
    private readonly subs;
    private currentState;
    private conn;
    private connectionCount;
    private nextCorrelationId;
    private outstanding;
    private userClosed;
    private connecting;
    private reconnectTimer;
    private reconnectWake;
    private heartbeatTimer;
    private deadTimer;
    private heartbeatKey;
    /** Frames received on the current connection; read by the dead-connection check, not per frame. */
    private received;
    private receivedAtCheck;
    private silentSince;
    constructor(spec: ProtocolSpec, codec: Codec, options?: ClientOptions);
    get state(): ConnectionState;
    /** Requests sent and waiting for their reply. */
    get pendingCount(): number;
    /** Live subscriptions. */
    get subscriptionCount(): number;
    /** The destination of an operation in this client's API version, or undefined. */
    destinationOf(operationId: string): string | undefined;
    /** Opens the connection. Resolves when it is open; rejects (ERR_NOT_CONNECTED) when the attempt fails. */
    connect(): Promise<void>;
    /** Closes the connection for good: pending calls reject with ERR_CLOSED, subscriptions end. */
    close(): Promise<void>;
    /** Sends a request to a destination and resolves with its decoded reply. */
    request(destination: string, params?: unknown, options?: RequestOptions): Promise<unknown>;
    /** Calls an operation by its operationId in this client's API version. */
    call<T = unknown>(operationId: string, params?: unknown, options?: RequestOptions): Promise<T>;
    /**
     * Subscribes to a stream. Throws at once on bad input (nothing sent), when the client is closed,
     * or while reconnecting with `whileReconnecting: 'fail'`. A subscription made while the
     * connection is (re)opening is sent when it opens.
     */
    subscribe(destination: string, params?: unknown, options?: SubscribeOptions): Subscription<any>;
    /** Subscribes by operationId in this client's API version (see subscribe). */
    subscribeOperation<T = unknown>(operationId: string, params?: unknown, options?: SubscribeOptions): Subscription<T>;
    toJSON(): Record<string, unknown>;
    /** What util.inspect shows: the same redacted view as toJSON (installed under Symbol.for(INSPECT) below). */
    inspectRedacted(): string;
    private resolveOperation;
    private destinationIn;
    private send;
    /** A call that must wait for the connection or for its turn in a rate limit (bounded waits). */
    private sendLater;
    private transmit;
    private removePending;
    private build;
    private checkCredentials;
    /** Throws when a call cannot even wait for the connection. */
    private checkCanSend;
    private waitOpen;
    private rejectOpenWaiters;
    private startSubscription;
    /** Sends (or re-sends, with a fresh frame) the subscribe request of a live subscription. */
    private sendSubscription;
    private removeSubscription;
    private handleText;
    private handleReply;
    private apiError;
    private badFrame;
    private attempt;
    private attach;
    private opened;
    /** The open connection is gone (closed by the peer, errored, or found dead). */
    private dropped;
    /** Every request waiting for its reply on the lost connection is rejected, never re-sent. */
    private failInFlight;
    private reconnectLoop;
    private cancelReconnectWait;
    /** Closed without the owner asking (gave up, or reconnect disabled). */
    private shutdown;
    private setState;
    private startTimers;
    /**
     * One timer for every request's timeout, armed for the earliest deadline, instead of a timer
     * per request (creating and clearing one cost about a microsecond per request on the hot path).
     */
    private armDeadline;
    private sweepDeadlines;
    private stopTimers;
    private heartbeat;
    private checkAlive;
    private log;
    /** Belt and braces: no text the client produces may carry the secret. */
    private redact;
}
