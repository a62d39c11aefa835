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

import { SlowConsumerError } from './errors.js';

export type BufferPolicy = 'latest-per-key' | 'drop-oldest' | 'drop-newest';

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
  readonly events?: 'state' | 'facts';
  /** Receives the ERR_SLOW_CONSUMER warnings of a stream of facts. */
  readonly onSlowConsumer?: (warning: SlowConsumerError) => void;
}

type DataListener<T> = (event: T) => void;
type ErrorListener = (error: Error) => void;
type CloseListener = () => void;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true }) as IteratorReturnResult<undefined>;

export class Subscription<T = unknown> implements AsyncIterableIterator<T> {
  readonly destination: string;
  readonly operationId: string;
  /** Resolves with the decoded reply to the first subscribe request; rejects with the subscription's error. */
  readonly ready: Promise<unknown>;
  /** Events dropped or replaced because the consumer was too slow. */
  dropped = 0;
  /** The error that ended the subscription, if any. */
  error: Error | undefined;

  private readonly keyFields: readonly string[];
  private readonly onEnd: () => void;
  private readonly capacity: number;
  private readonly policy: BufferPolicy;
  private readonly facts: boolean;
  private readonly lossless: boolean;
  private readonly onSlowConsumer: ((warning: SlowConsumerError) => void) | undefined;
  /** Drops not yet reported (streams of facts). */
  private unreported = 0;
  /** The buffer overflowed and the consumer has not caught up since. */
  private overflowing = false;
  private readonly values: (T | undefined)[];
  private keys: (string | undefined)[] | null = null;
  private keyIndex: Map<string, number> | null = null;
  private head = 0;
  private length = 0;
  private ended = false;
  private errorThrown = false;
  private iterating = false;
  private waitResolve: ((result: IteratorResult<T>) => void) | null = null;
  private waitReject: ((error: Error) => void) | null = null;
  private dataListeners: DataListener<T>[] = [];
  private errorListeners: ErrorListener[] = [];
  private closeListeners: CloseListener[] = [];
  private resolveReady: ((value: unknown) => void) | undefined;
  private rejectReady: ((error: Error) => void) | undefined;

  constructor(init: SubscriptionInit) {
    this.destination = init.destination;
    this.operationId = init.operationId;
    this.keyFields = init.keyFields;
    this.onEnd = init.onEnd;
    this.capacity = Math.max(1, Math.floor(init.bufferSize ?? 1024));
    this.facts = init.events === 'facts';
    this.policy = init.bufferPolicy ?? (this.facts ? 'drop-oldest' : 'latest-per-key');
    this.lossless = this.facts && init.lossless === true;
    this.onSlowConsumer = init.onSlowConsumer;
    this.values = new Array<T | undefined>(this.capacity);
    this.ready = new Promise<unknown>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined); // the error is also reported through 'error' and the iterator
  }

  /** True once the subscription has ended (closed or failed). */
  get closed(): boolean {
    return this.ended;
  }

  /** Events waiting in the buffer. */
  get buffered(): number {
    return this.length;
  }

  get bufferSize(): number {
    return this.capacity;
  }

  on(event: 'data', listener: DataListener<T>): this;
  on(event: 'error', listener: ErrorListener): this;
  on(event: 'close', listener: CloseListener): this;
  on(event: 'data' | 'error' | 'close', listener: DataListener<T> | ErrorListener | CloseListener): this {
    if (event === 'data') this.dataListeners = [...this.dataListeners, listener as DataListener<T>];
    else if (event === 'error') this.errorListeners = [...this.errorListeners, listener as ErrorListener];
    else this.closeListeners = [...this.closeListeners, listener as CloseListener];
    return this;
  }

  off(event: 'data' | 'error' | 'close', listener: DataListener<T> | ErrorListener | CloseListener): this {
    if (event === 'data') this.dataListeners = this.dataListeners.filter((l) => l !== listener);
    else if (event === 'error') this.errorListeners = this.errorListeners.filter((l) => l !== listener);
    else this.closeListeners = this.closeListeners.filter((l) => l !== listener);
    return this;
  }

  /** Ends the subscription: no more events; buffered events are discarded; an active loop ends. */
  close(): void {
    if (this.ended) return;
    this.clearBuffer();
    this.end();
  }

  [Symbol.asyncIterator](): this {
    this.iterating = true;
    return this;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.overflowing) {
      this.overflowing = false; // the consumer is reading again: report what was lost meanwhile
      this.reportDrops();
    }
    if (this.length > 0) return Promise.resolve({ value: this.shift(), done: false });
    if (this.ended) {
      this.iterating = false;
      if (this.error !== undefined && !this.errorThrown) {
        this.errorThrown = true;
        return Promise.reject(this.error);
      }
      return Promise.resolve(DONE);
    }
    if (this.waitResolve !== null) return Promise.reject(new Error('next() called again before the previous call settled'));
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      this.waitResolve = resolve;
      this.waitReject = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.iterating = false;
    this.close();
    return Promise.resolve(DONE);
  }

  /** @internal Called by the client for every routed event (the hot path). */
  deliver(value: T): void {
    if (this.ended) return;
    const listeners = this.dataListeners;
    if (listeners.length !== 0) {
      for (let i = 0; i < listeners.length; i++) {
        try {
          listeners[i]!(value);
        } catch (error) {
          rethrowLater(error);
        }
      }
      if (!this.iterating) return;
    }
    const resolve = this.waitResolve;
    if (resolve !== null) {
      this.waitResolve = null;
      this.waitReject = null;
      resolve({ value, done: false });
      return;
    }
    this.enqueue(value);
  }

  /** @internal The reply to a subscribe request arrived. */
  acknowledge(reply: unknown): void {
    const resolve = this.resolveReady;
    this.resolveReady = undefined;
    resolve?.(reply);
  }

  /** @internal Ends the subscription with an error; buffered events can still be read first. */
  fail(error: Error): void {
    if (this.ended) return;
    this.error = error;
    this.rejectReady?.(error);
    this.resolveReady = undefined;
    for (const listener of this.errorListeners) {
      try {
        listener(error);
      } catch (e) {
        rethrowLater(e);
      }
    }
    const reject = this.waitReject;
    if (reject !== null) {
      this.waitResolve = null;
      this.waitReject = null;
      this.errorThrown = true;
      reject(error);
    }
    this.end();
  }

  private end(): void {
    this.reportDrops();
    this.ended = true;
    this.resolveReady = undefined;
    const resolve = this.waitResolve;
    this.waitResolve = null;
    this.waitReject = null;
    if (resolve !== null) {
      this.iterating = false;
      resolve(DONE);
    }
    this.onEnd();
    for (const listener of this.closeListeners) {
      try {
        listener();
      } catch (e) {
        rethrowLater(e);
      }
    }
    this.dataListeners = [];
  }

  private enqueue(value: T): void {
    const cap = this.capacity;
    if (this.length < cap) {
      const slot = wrap(this.head + this.length, cap);
      this.values[slot] = value;
      this.length++;
      if (this.keyIndex !== null) this.indexSlot(slot, value);
      return;
    }
    if (this.lossless) {
      this.dropped++;
      this.fail(new SlowConsumerError({ destination: this.destination, operationId: this.operationId, dropped: 1, totalDropped: this.dropped, bufferSize: cap, ended: true }));
      return;
    }
    this.dropped++;
    if (this.facts) this.dropFact();
    if (this.policy === 'drop-newest') return;
    if (this.policy === 'latest-per-key') {
      if (this.keyIndex === null) this.buildIndex();
      const key = this.keyOf(value);
      const slot = this.keyIndex!.get(key);
      if (slot !== undefined) {
        this.values[slot] = value;
        return;
      }
    }
    this.shift(); // drop the oldest
    const slot = wrap(this.head + this.length, cap);
    this.values[slot] = value;
    this.length++;
    if (this.keyIndex !== null) this.indexSlot(slot, value);
  }

  private shift(): T {
    const slot = this.head;
    const value = this.values[slot] as T;
    this.values[slot] = undefined;
    this.head = wrap(slot + 1, this.capacity);
    this.length--;
    const index = this.keyIndex;
    if (index !== null) {
      if (this.length === 0) {
        this.keyIndex = null;
        this.keys = null;
      } else {
        const key = this.keys![slot]!;
        if (index.get(key) === slot) index.delete(key);
        this.keys![slot] = undefined;
      }
    }
    return value;
  }

  /** Counts a dropped fact; reports the first of an overflow at once, then every bufferSize. */
  private dropFact(): void {
    this.unreported++;
    if (!this.overflowing || this.unreported >= this.capacity) {
      this.overflowing = true;
      this.reportDrops();
    }
  }

  private reportDrops(): void {
    const count = this.unreported;
    if (count === 0) return;
    this.unreported = 0;
    const warning = new SlowConsumerError({
      destination: this.destination,
      operationId: this.operationId,
      dropped: count,
      totalDropped: this.dropped,
      bufferSize: this.capacity,
      ended: false,
    });
    try {
      this.onSlowConsumer?.(warning);
    } catch (error) {
      rethrowLater(error);
    }
  }

  private clearBuffer(): void {
    this.values.fill(undefined);
    this.head = 0;
    this.length = 0;
    this.keyIndex = null;
    this.keys = null;
  }

  /** The key index is kept only while the buffer is (or recently was) full: no cost otherwise. */
  private buildIndex(): void {
    this.keyIndex = new Map();
    this.keys = new Array<string | undefined>(this.capacity);
    for (let i = 0; i < this.length; i++) {
      const slot = (this.head + i) % this.capacity;
      this.indexSlot(slot, this.values[slot] as T);
    }
  }

  private indexSlot(slot: number, value: T): void {
    const key = this.keyOf(value);
    this.keys![slot] = key;
    this.keyIndex!.set(key, slot);
  }

  private keyOf(value: T): string {
    const fields = this.keyFields;
    if (value === null || typeof value !== 'object') return String(value);
    const record = value as Record<string, unknown>;
    if (fields.length === 1) return String(record[fields[0]!]);
    let key = '';
    for (let i = 0; i < fields.length; i++) key += (i === 0 ? '' : '\u0001') + String(record[fields[i]!]);
    return key;
  }
}

/** `index % capacity` for an index below twice the capacity (every ring index here): no division per event. */
function wrap(index: number, capacity: number): number {
  return index < capacity ? index : index - capacity;
}

/** A listener's exception must not corrupt the client's state, nor be swallowed. */
function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}
