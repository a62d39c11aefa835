// Generated from asyncapi.yaml and templates/runtime/rate-limiter.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Client-side rate limiting per the document's limits (ProtocolSpec.rateLimits).
*
* Each limit is an exact sliding window: at most `limit` units in any `intervalMs`. A limit that
* `appliesTo: all` counts every request's `weight`; any other limit counts 1 per request of the
* operations that list its id. Calls that cannot pass at once wait in one FIFO queue (bounded by
* `maxQueue`); a call that would wait longer than its `maxWaitMs` is rejected with
* ERR_RATE_LIMITED, and nothing is recorded for it. Memory per limit grows with the requests
* actually inside its window, never beyond `limit` entries.
*/
import { AbortedError, QueueFullError, RateLimitedError } from "./errors.js";
class SlidingWindow {
	spec;
	times = [];
	weights = [];
	head = 0;
	total = 0;
	constructor(spec) {
		this.spec = spec;
	}
	/** How long until `weight` more fits, in ms (Infinity when it never can). */
	waitFor(weight, now, margin = 0) {
		this.prune(now, margin);
		const limit = this.spec.limit;
		if (this.total + weight <= limit) return 0;
		if (weight > limit) return Infinity;
		let excess = this.total + weight - limit;
		for (let j = this.head; j < this.times.length; j++) {
			excess -= this.weights[j];
			if (excess <= 0) return this.times[j] + this.spec.intervalMs + margin - now;
		}
		return Infinity;
	}
	record(weight, now) {
		this.times.push(now);
		this.weights.push(weight);
		this.total += weight;
	}
	/** Units currently counted in the window. */
	used(now, margin = 0) {
		this.prune(now, margin);
		return this.total;
	}
	prune(now, margin) {
		const cutoff = now - this.spec.intervalMs - margin;
		const times = this.times;
		while (this.head < times.length && times[this.head] <= cutoff) {
			this.total -= this.weights[this.head];
			this.head++;
		}
		if (this.head === times.length) {
			times.length = 0;
			this.weights.length = 0;
			this.head = 0;
			this.total = 0;
		} else if (this.head > 1024 && this.head * 2 > times.length) {
			times.splice(0, this.head);
			this.weights.splice(0, this.head);
			this.head = 0;
		}
	}
}
export class RateLimiter {
	windows = new Map();
	charges = new Map();
	queue = [];
	maxQueue;
	defaultMaxWaitMs;
	now;
	margin;
	timer;
	constructor(limits, options = {}) {
		for (const limit of limits) this.windows.set(limit.id, new SlidingWindow(limit));
		this.maxQueue = options.maxQueue ?? 1e3;
		this.defaultMaxWaitMs = options.maxWaitMs ?? 1e4;
		this.now = options.now ?? (() => performance.now());
		this.margin = options.margin ?? (() => 0);
	}
	/** Calls waiting for their turn. */
	get queued() {
		return this.queue.length;
	}
	/** Units used now in the window of a limit. */
	used(limitId) {
		return this.windows.get(limitId)?.used(this.now(), this.margin()) ?? 0;
	}
	/** How long `op` would have to wait now, ignoring the queue (Infinity: never). */
	waitTime(op) {
		return this.waitOf(this.chargesOf(op), this.now()).waitMs;
	}
	/** Takes a turn now when nobody is queued and every limit has room; otherwise false, nothing recorded. */
	tryAcquire(op) {
		const charges = this.chargesOf(op);
		if (charges.length === 0) return true;
		if (this.queue.length !== 0) return false;
		const now = this.now();
		const margin = this.margin();
		for (const c of charges) if (c.window.waitFor(c.weight, now, margin) > 0) return false;
		for (const c of charges) c.window.record(c.weight, now);
		return true;
	}
	/** Records `op` without waiting (for sends that must go out, such as re-subscriptions). */
	consume(op) {
		const now = this.now();
		for (const c of this.chargesOf(op)) c.window.record(c.weight, now);
	}
	/** Waits for the turn of `op` (FIFO). Rejects ERR_RATE_LIMITED, ERR_QUEUE_FULL or ERR_ABORTED. */
	acquire(op, options = {}) {
		if (this.tryAcquire(op)) return Promise.resolve();
		const signal = options.signal;
		if (signal?.aborted) return Promise.reject(new AbortedError({
			operationId: op.id,
			sent: false,
			reason: signal.reason
		}));
		const maxWaitMs = options.maxWaitMs ?? this.defaultMaxWaitMs;
		const charges = this.chargesOf(op);
		const now = this.now();
		if (this.queue.length === 0) {
			const { waitMs, limitId } = this.waitOf(charges, now);
			if (waitMs > maxWaitMs) {
				return Promise.reject(new RateLimitedError({
					operationId: op.id,
					limitId,
					waitMs,
					maxWaitMs
				}));
			}
		}
		if (this.queue.length >= this.maxQueue) {
			return Promise.reject(new QueueFullError("Calls waiting for a rate limit", this.maxQueue, { operationId: op.id }));
		}
		return new Promise((resolve, reject) => {
			const waiter = {
				op,
				charges,
				deadline: now + maxWaitMs,
				maxWaitMs,
				resolve,
				reject,
				signal,
				timer: undefined,
				onAbort: undefined
			};
			if (Number.isFinite(maxWaitMs)) {
				waiter.timer = setTimeout(() => {
					this.drop(waiter, new RateLimitedError({
						operationId: op.id,
						waitMs: this.now() - now,
						maxWaitMs
					}));
				}, maxWaitMs);
			}
			if (signal !== undefined) {
				waiter.onAbort = () => this.drop(waiter, new AbortedError({
					operationId: op.id,
					sent: false,
					reason: signal.reason
				}));
				signal.addEventListener("abort", waiter.onAbort, { once: true });
			}
			this.queue.push(waiter);
			if (this.queue.length === 1) this.pump();
		});
	}
	/** Rejects every waiting call (the client closed). */
	rejectAll(makeError) {
		if (this.timer !== undefined) clearTimeout(this.timer);
		this.timer = undefined;
		const waiting = this.queue.splice(0);
		for (const w of waiting) {
			this.cleanup(w);
			w.reject(makeError(w.op));
		}
	}
	pump() {
		if (this.timer !== undefined) clearTimeout(this.timer);
		this.timer = undefined;
		while (this.queue.length > 0) {
			const head = this.queue[0];
			const now = this.now();
			const { waitMs, limitId } = this.waitOf(head.charges, now);
			if (waitMs <= 0) {
				this.queue.shift();
				this.cleanup(head);
				for (const c of head.charges) c.window.record(c.weight, now);
				head.resolve();
				continue;
			}
			if (now + waitMs > head.deadline) {
				this.queue.shift();
				this.cleanup(head);
				head.reject(new RateLimitedError({
					operationId: head.op.id,
					limitId,
					waitMs,
					maxWaitMs: head.maxWaitMs
				}));
				continue;
			}
			this.timer = setTimeout(() => this.pump(), Math.max(1, Math.ceil(waitMs)));
			return;
		}
	}
	drop(waiter, error) {
		const i = this.queue.indexOf(waiter);
		if (i < 0) return;
		this.queue.splice(i, 1);
		this.cleanup(waiter);
		waiter.reject(error);
		if (i === 0) this.pump();
	}
	cleanup(waiter) {
		if (waiter.timer !== undefined) clearTimeout(waiter.timer);
		if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener("abort", waiter.onAbort);
	}
	waitOf(charges, now) {
		let waitMs = 0;
		let limitId;
		for (const c of charges) {
			const w = c.window.waitFor(c.weight, now, this.margin());
			if (w > waitMs) {
				waitMs = w;
				limitId = c.window.spec.id;
			}
		}
		return {
			waitMs,
			limitId
		};
	}
	chargesOf(op) {
		let charges = this.charges.get(op.id);
		if (charges === undefined) {
			const list = [];
			for (const window of this.windows.values()) {
				if (window.spec.appliesTo === "all") {
					if (op.weight > 0) list.push({
						window,
						weight: op.weight
					});
				} else if (op.rateLimits.includes(window.spec.id)) {
					list.push({
						window,
						weight: 1
					});
				}
			}
			charges = list;
			this.charges.set(op.id, charges);
		}
		return charges;
	}
}
//# sourceMappingURL=rate-limiter.js.map