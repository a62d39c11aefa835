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
 * `data` listener is attached. When the buffer is full, the policy decides:
 * - `latest-per-key` (default): an event replaces the buffered event with the same key (the
 *   values of all the stream's match fields, e.g. the instrument), keeping its place in the queue;
 *   without such an event the oldest buffered event is dropped. A slow consumer thus sees the
 *   newest state of every key instead of an ever older backlog.
 * - `drop-oldest`: the oldest buffered event is dropped.
 * - `drop-newest`: the arriving event is dropped.
 * Every dropped or replaced event increments `dropped`.
 */
export type BufferPolicy = 'latest-per-key' | 'drop-oldest' | 'drop-newest';
export interface SubscriptionBufferOptions {
    /** Most events kept for a slow consumer (default 1024). */
    readonly bufferSize?: number;
    /** What happens when the buffer is full (default 'latest-per-key'). */
    readonly bufferPolicy?: BufferPolicy;
}
/** What the client gives a subscription it creates. */
export interface SubscriptionInit extends SubscriptionBufferOptions {
    readonly destination: string;
    readonly operationId: string;
    /** Event fields whose values form the buffer key (the stream's match fields). */
    readonly keyFields: readonly string[];
    /** Called once when the subscription ends, to unregister it. */
    readonly onEnd: () => void;
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
    on(event: 'data', listener: DataListener<T>): this;
    on(event: 'error', listener: ErrorListener): this;
    on(event: 'close', listener: CloseListener): this;
    off(event: 'data' | 'error' | 'close', listener: DataListener<T> | ErrorListener | CloseListener): this;
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
    private clearBuffer;
    /** The key index is kept only while the buffer is (or recently was) full: no cost otherwise. */
    private buildIndex;
    private indexSlot;
    private keyOf;
}
export {};
//# sourceMappingURL=subscription.d.ts.map