// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** What a client is configured with, and the events it emits. */
import type { Jitter } from "../backoff.js";
import type { ClientError } from "../errors.js";
import type { SubscriptionBufferOptions } from "../subscription.js";
export type ConnectionState = "connecting" | "open" | "reconnecting" | "closed";
export interface StateChange {
	readonly state: ConnectionState;
	readonly previous: ConnectionState;
	readonly reason: string;
}
export interface ReconnectInfo extends StateChange {
	readonly state: "reconnecting";
	/** 1 for the first attempt after the drop. */
	readonly attempt: number;
	readonly delayMs: number;
}
export type LogLevel = "debug" | "info" | "warn" | "error";
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
	/** Exponential backoff with jitter for reconnecting. */
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
	readonly whileReconnecting?: "wait" | "fail";
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
	/** Receives log lines; never given credentials or request parameters. */
	readonly logger?: Logger;
}
export interface RequestOptions {
	readonly signal?: AbortSignal;
	/** Overrides requestTimeoutMs for this call (time from sending to the reply). */
	readonly timeoutMs?: number;
	/** Overrides the client's recvWindow for this call (signed operations only; checked like any param). */
	readonly recvWindow?: number;
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
//# sourceMappingURL=options.d.ts.map