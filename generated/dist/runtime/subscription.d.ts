// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A live subscription: an async iterable of events with a callback form.
*
* Consuming:
* - `for await (const event of sub)`; leaving the loop (`break`, `return`, a throw) closes the
*   subscription. A subscription error ends the loop by throwing it.
* - `sub.on('data', fn)`, `sub.on('error', fn)`, `sub.on('close', fn)`; `sub.close()`.
*
* Buffering (memory is bounded): `data` listeners are called synchronously as events arrive.
* Events wait in a buffer of at most `bufferSize` events while an iterator is active or while no
* `data` listener is attached. When the buffer is full, the policy decides; its default follows
* what the document says the stream's events are (`x-stream.events`): `latest-per-key` for state
* (quotes, books, candles: each event replaces the state of its key), `drop-oldest` for facts
* (trades: every event counts).
* - `latest-per-key`: an event replaces the buffered event with the same key (the
*   values of all the stream's match fields, e.g. the instrument), keeping its place in the queue;
*   without such an event the oldest buffered event is dropped. A slow consumer thus sees the
*   newest state of every key instead of an ever older backlog.
* - `drop-oldest`: the oldest buffered event is dropped.
* - `drop-newest`: the arriving event is dropped.
* Every dropped or replaced event increments `dropped`.
*
* A stream of facts never loses an event silently: the first drop of an overflow, then every
* `bufferSize` drops, and what is left when the consumer catches up or the subscription ends, are
* reported as an ERR_SLOW_CONSUMER warning (SlowConsumerError: the stream and the count). With
* `lossless: true` the first event that does not fit ends the subscription with that error instead
* (buffered events can still be read first).
*/
import { SlowConsumerError } from "./errors.js";
export type BufferPolicy = "latest-per-key" | "drop-oldest" | "drop-newest";
export interface SubscriptionBufferOptions {
	/** Most events kept for a slow consumer (default 1024). */
	readonly bufferSize?: number;
	/** What happens when the buffer is full (default: 'latest-per-key' on state streams, 'drop-oldest' on streams of facts). */
	readonly bufferPolicy?: BufferPolicy;
	/**
	* Streams of facts: end the subscription with ERR_SLOW_CONSUMER at the first event that does not
	* fit in the buffer, instead of dropping events with a warning (default false).
	*/
	readonly lossless?: boolean;
}
/** What the client gives a subscription it creates. */
export interface SubscriptionInit extends SubscriptionBufferOptions {
	readonly destination: string;
	readonly operationId: string;
	/** Event fields whose values form the buffer key (the stream's match fields). */
	readonly keyFields: readonly string[];
	/** Called once when the subscription ends, to unregister it. */
	readonly onEnd: () => void;
	/** What the stream's events are (the document's `x-stream.events`; default 'state'). */
	readonly events?: "state" | "facts";
	/** Receives the ERR_SLOW_CONSUMER warnings of a stream of facts. */
	readonly onSlowConsumer?: (warning: SlowConsumerError) => void;
}
type DataListener<T> = (event: T) => void;
type ErrorListener = (error: Error) => void;
type CloseListener = () => void;
export declare class Subscription<T = unknown> implements AsyncIterableIterator<T> {
	readonly destination: string;
	readonly operationId: string;
	/** Resolves with the decoded reply to the first subscribe request; rejects with the subscription's error. */
	readonly ready: Promise<unknown>;
	/** Events dropped or replaced because the consumer was too slow. */
	dropped: number;
	/** The error that ended the subscription, if any. */
	error: Error | undefined;
	private readonly keyFields;
	private readonly onEnd;
	private readonly capacity;
	private readonly policy;
	private readonly facts;
	private readonly lossless;
	private readonly onSlowConsumer;
	/** Drops not yet reported (streams of facts). */
	private unreported;
	/** The buffer overflowed and the consumer has not caught up since. */
	private overflowing;
	private readonly values;
	private keys;
	private keyIndex;
	private head;
	private length;
	private ended;
	private errorThrown;
	private iterating;
	private waitResolve;
	private waitReject;
	private dataListeners;
	private errorListeners;
	private closeListeners;
	private resolveReady;
	private rejectReady;
	constructor(init: SubscriptionInit);
	/** True once the subscription has ended (closed or failed). */
	get closed(): boolean;
	/** Events waiting in the buffer. */
	get buffered(): number;
	get bufferSize(): number;
	on(event: "data", listener: DataListener<T>): this;
	on(event: "error", listener: ErrorListener): this;
	on(event: "close", listener: CloseListener): this;
	off(event: "data" | "error" | "close", listener: DataListener<T> | ErrorListener | CloseListener): this;
	/** Ends the subscription: no more events; buffered events are discarded; an active loop ends. */
	close(): void;
	[Symbol.asyncIterator](): this;
	next(): Promise<IteratorResult<T>>;
	return(): Promise<IteratorResult<T>>;
	/** @internal Called by the client for every routed event (the hot path). */
	deliver(value: T): void;
	/** @internal The reply to a subscribe request arrived. */
	acknowledge(reply: unknown): void;
	/** @internal Ends the subscription with an error; buffered events can still be read first. */
	fail(error: Error): void;
	private end;
	private enqueue;
	private shift;
	/** Counts a dropped fact; reports the first of an overflow at once, then every bufferSize. */
	private dropFact;
	private reportDrops;
	private clearBuffer;
	/** The key index is kept only while the buffer is (or recently was) full: no cost otherwise. */
	private buildIndex;
	private indexSlot;
	private keyOf;
}
export {};
//# sourceMappingURL=subscription.d.ts.map