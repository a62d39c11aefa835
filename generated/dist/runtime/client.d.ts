// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
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
*   throw or cause unhandled rejections. A value of an open enum the document does not list is
*   delivered and reported as a 'warning' (ERR_UNKNOWN_VALUE), once per destination, field and value.
* - An OK reply whose payload carries the document's failure fields rejects with ApiError; a
*   subscription none of whose symbols the reply accepts ends with ERR_SUBSCRIPTION_REJECTED naming
*   them (some refused: a warning with that code, and the subscription goes on).
*/
import { type Connection } from "./client/connection.js";
import type { ClientEvents, ClientOptions, ConnectionState, LogLevel, Logger, ReconnectOptions, RequestOptions, SubscribeOptions, WebSocketConstructor } from "./client/options.js";
import { type Pending } from "./client/pending.js";
import { StreamRoute, type DestinationRoute, type SubEntry } from "./client/routing.js";
import { Backoff } from "./backoff.js";
import { Emitter } from "./emitter.js";
import { RateLimiter } from "./rate-limiter.js";
import type { Codec, FrameReader, OperationSpec, ProtocolSpec } from "./spec.js";
import { Subscription, type BufferPolicy } from "./subscription.js";
export type { ClientEvents, ClientOptions, ConnectionState, LogLevel, Logger, ReconnectInfo, ReconnectOptions, RequestOptions, StateChange, SubscribeOptions, WebSocketConstructor, WebSocketLike } from "./client/options.js";
export declare class ClientCore extends Emitter<ClientEvents> {
	#private;
	readonly spec: ProtocolSpec;
	readonly codec: Codec;
	readonly url: string;
	readonly apiVersion: string;
	/** Versions the server serves (the document's versions when no server is named). */
	readonly serverVersions: readonly string[];
	/** @internal */
	readonly requestTimeoutMs: number;
	/** @internal */
	deadlineTimer: ReturnType<typeof setTimeout> | undefined;
	/** @internal */
	deadlineAt: number;
	/** @internal A slowly decaying maximum of recent request round trips, in ms (the rate limiter's margin). */
	roundTripMs: number;
	/** @internal */
	readonly connectTimeoutMs: number;
	/** @internal */
	readonly heartbeatIntervalMs: number;
	/** @internal */
	readonly deadAfterMs: number;
	/** @internal */
	readonly reconnectOptions: ReconnectOptions | false;
	/** @internal */
	readonly whileReconnecting: "wait" | "fail";
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
	readonly bufferDefaults: {
		bufferSize?: number;
		bufferPolicy?: BufferPolicy;
		lossless?: boolean;
	};
	/** @internal */
	readonly logger: Logger | undefined;
	/** @internal */
	readonly WebSocketCtor: WebSocketConstructor | undefined;
	/** @internal */
	readonly limiter: RateLimiter | undefined;
	/** @internal */
	readonly backoff: Backoff;
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
	readonly destinations: Map<string, DestinationRoute>;
	/** @internal operationId → its operation and destination in this client's API version, once resolved (bounded by the spec's operations). */
	readonly callTargets: Map<string, {
		readonly op: OperationSpec;
		readonly destination: string;
	}>;
	/** @internal Unknown enum values already reported (destination, field, value). */
	readonly reportedUnknown: Set<string>;
	/** @internal */
	readonly streams: Map<string, StreamRoute>;
	/** @internal The stream route of each of `frameReader.events` (undefined: no subscription has those events). */
	readonly streamByIndex: (StreamRoute | undefined)[];
	/** @internal */
	readonly heartbeatOp: OperationSpec | undefined;
	/** @internal */
	readonly heartbeatDestination: string | undefined;
	/** @internal */
	readonly pending: Map<string, Pending>;
	/** @internal */
	readonly openWaiters: Set<{
		resolve: () => void;
		reject: (error: Error) => void;
	}>;
	/** @internal */
	readonly subs: Set<SubEntry>;
	/** @internal */
	currentState: ConnectionState;
	/** @internal */
	conn: Connection | undefined;
	/** @internal */
	connectionCount: number;
	/** @internal */
	nextCorrelationId: number;
	/** @internal */
	outstanding: number;
	/** @internal */
	userClosed: boolean;
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
	received: number;
	/** @internal */
	receivedAtCheck: number;
	/** @internal */
	silentSince: number;
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
	/** @internal */
	build(op: OperationSpec, destination: string, params: unknown, correlationId: number, recvWindowOverride?: number): Record<string, unknown>;
	/** @internal */
	checkCredentials(op: OperationSpec, ref: {
		destination: string;
		operationId: string;
	}): void;
	/** @internal */
	log(level: LogLevel, message: string, details?: Record<string, unknown>): void;
	/** @internal Belt and braces: no text the client produces may carry the secret. */
	redact(text: string): string;
}
//# sourceMappingURL=client.d.ts.map