// Generated from asyncapi.yaml and templates/runtime/subscription.ts by the generator in this repository. Do not edit.
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
const DONE = Object.freeze({
	value: undefined,
	done: true
});
export class Subscription {
	destination;
	operationId;
	/** Resolves with the decoded reply to the first subscribe request; rejects with the subscription's error. */
	ready;
	/** Events dropped or replaced because the consumer was too slow. */
	dropped = 0;
	/** The error that ended the subscription, if any. */
	error;
	keyFields;
	onEnd;
	capacity;
	policy;
	facts;
	lossless;
	onSlowConsumer;
	/** Drops not yet reported (streams of facts). */
	unreported = 0;
	/** The buffer overflowed and the consumer has not caught up since. */
	overflowing = false;
	values;
	keys = null;
	keyIndex = null;
	head = 0;
	length = 0;
	ended = false;
	errorThrown = false;
	iterating = false;
	waitResolve = null;
	waitReject = null;
	dataListeners = [];
	errorListeners = [];
	closeListeners = [];
	resolveReady;
	rejectReady;
	constructor(init) {
		this.destination = init.destination;
		this.operationId = init.operationId;
		this.keyFields = init.keyFields;
		this.onEnd = init.onEnd;
		this.capacity = Math.max(1, Math.floor(init.bufferSize ?? 1024));
		this.facts = init.events === "facts";
		this.policy = init.bufferPolicy ?? (this.facts ? "drop-oldest" : "latest-per-key");
		this.lossless = this.facts && init.lossless === true;
		this.onSlowConsumer = init.onSlowConsumer;
		this.values = new Array(this.capacity);
		this.ready = new Promise((resolve, reject) => {
			this.resolveReady = resolve;
			this.rejectReady = reject;
		});
		this.ready.catch(() => undefined);
	}
	/** True once the subscription has ended (closed or failed). */
	get closed() {
		return this.ended;
	}
	/** Events waiting in the buffer. */
	get buffered() {
		return this.length;
	}
	get bufferSize() {
		return this.capacity;
	}
	on(event, listener) {
		if (event === "data") this.dataListeners = [...this.dataListeners, listener];
		else if (event === "error") this.errorListeners = [...this.errorListeners, listener];
		else this.closeListeners = [...this.closeListeners, listener];
		return this;
	}
	off(event, listener) {
		if (event === "data") this.dataListeners = this.dataListeners.filter((l) => l !== listener);
		else if (event === "error") this.errorListeners = this.errorListeners.filter((l) => l !== listener);
		else this.closeListeners = this.closeListeners.filter((l) => l !== listener);
		return this;
	}
	/** Ends the subscription: no more events; buffered events are discarded; an active loop ends. */
	close() {
		if (this.ended) return;
		this.clearBuffer();
		this.end();
	}
	[Symbol.asyncIterator]() {
		this.iterating = true;
		return this;
	}
	next() {
		if (this.overflowing) {
			this.overflowing = false;
			this.reportDrops();
		}
		if (this.length > 0) return Promise.resolve({
			value: this.shift(),
			done: false
		});
		if (this.ended) {
			this.iterating = false;
			if (this.error !== undefined && !this.errorThrown) {
				this.errorThrown = true;
				return Promise.reject(this.error);
			}
			return Promise.resolve(DONE);
		}
		if (this.waitResolve !== null) return Promise.reject(new Error("next() called again before the previous call settled"));
		return new Promise((resolve, reject) => {
			this.waitResolve = resolve;
			this.waitReject = reject;
		});
	}
	return() {
		this.iterating = false;
		this.close();
		return Promise.resolve(DONE);
	}
	/** @internal Called by the client for every routed event (the hot path). */
	deliver(value) {
		if (this.ended) return;
		const listeners = this.dataListeners;
		if (listeners.length !== 0) {
			for (let i = 0; i < listeners.length; i++) {
				try {
					listeners[i](value);
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
			resolve({
				value,
				done: false
			});
			return;
		}
		this.enqueue(value);
	}
	/** @internal The reply to a subscribe request arrived. */
	acknowledge(reply) {
		const resolve = this.resolveReady;
		this.resolveReady = undefined;
		resolve?.(reply);
	}
	/** @internal Ends the subscription with an error; buffered events can still be read first. */
	fail(error) {
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
	end() {
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
	enqueue(value) {
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
			this.fail(new SlowConsumerError({
				destination: this.destination,
				operationId: this.operationId,
				dropped: 1,
				totalDropped: this.dropped,
				bufferSize: cap,
				ended: true
			}));
			return;
		}
		this.dropped++;
		if (this.facts) this.dropFact();
		if (this.policy === "drop-newest") return;
		if (this.policy === "latest-per-key") {
			if (this.keyIndex === null) this.buildIndex();
			const key = this.keyOf(value);
			const slot = this.keyIndex.get(key);
			if (slot !== undefined) {
				this.values[slot] = value;
				return;
			}
		}
		this.shift();
		const slot = wrap(this.head + this.length, cap);
		this.values[slot] = value;
		this.length++;
		if (this.keyIndex !== null) this.indexSlot(slot, value);
	}
	shift() {
		const slot = this.head;
		const value = this.values[slot];
		this.values[slot] = undefined;
		this.head = wrap(slot + 1, this.capacity);
		this.length--;
		const index = this.keyIndex;
		if (index !== null) {
			if (this.length === 0) {
				this.keyIndex = null;
				this.keys = null;
			} else {
				const key = this.keys[slot];
				if (index.get(key) === slot) index.delete(key);
				this.keys[slot] = undefined;
			}
		}
		return value;
	}
	/** Counts a dropped fact; reports the first of an overflow at once, then every bufferSize. */
	dropFact() {
		this.unreported++;
		if (!this.overflowing || this.unreported >= this.capacity) {
			this.overflowing = true;
			this.reportDrops();
		}
	}
	reportDrops() {
		const count = this.unreported;
		if (count === 0) return;
		this.unreported = 0;
		const warning = new SlowConsumerError({
			destination: this.destination,
			operationId: this.operationId,
			dropped: count,
			totalDropped: this.dropped,
			bufferSize: this.capacity,
			ended: false
		});
		try {
			this.onSlowConsumer?.(warning);
		} catch (error) {
			rethrowLater(error);
		}
	}
	clearBuffer() {
		this.values.fill(undefined);
		this.head = 0;
		this.length = 0;
		this.keyIndex = null;
		this.keys = null;
	}
	/** The key index is kept only while the buffer is (or recently was) full: no cost otherwise. */
	buildIndex() {
		this.keyIndex = new Map();
		this.keys = new Array(this.capacity);
		for (let i = 0; i < this.length; i++) {
			const slot = (this.head + i) % this.capacity;
			this.indexSlot(slot, this.values[slot]);
		}
	}
	indexSlot(slot, value) {
		const key = this.keyOf(value);
		this.keys[slot] = key;
		this.keyIndex.set(key, slot);
	}
	keyOf(value) {
		const fields = this.keyFields;
		if (value === null || typeof value !== "object") return String(value);
		const record = value;
		if (fields.length === 1) return String(record[fields[0]]);
		let key = "";
		for (let i = 0; i < fields.length; i++) key += (i === 0 ? "" : "") + String(record[fields[i]]);
		return key;
	}
}
/** `index % capacity` for an index below twice the capacity (every ring index here): no division per event. */
function wrap(index, capacity) {
	return index < capacity ? index : index - capacity;
}
/** A listener's exception must not corrupt the client's state, nor be swallowed. */
function rethrowLater(error) {
	queueMicrotask(() => {
		throw error;
	});
}
//# sourceMappingURL=subscription.js.map