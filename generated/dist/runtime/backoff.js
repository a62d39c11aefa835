// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export class Backoff {
	initialDelayMs;
	maxDelayMs;
	factor;
	jitter;
	random;
	attempt = 0;
	previous;
	constructor(options = {}) {
		this.initialDelayMs = Math.max(0, options.initialDelayMs ?? 500);
		this.maxDelayMs = Math.max(this.initialDelayMs, options.maxDelayMs ?? 3e4);
		this.factor = Math.max(1, options.factor ?? 2);
		this.jitter = options.jitter ?? "full";
		this.random = options.random ?? Math.random;
		this.previous = this.initialDelayMs;
	}
	/** Number of delays handed out since the last reset. */
	get attempts() {
		return this.attempt;
	}
	/** The delay before the next attempt, in ms. */
	next() {
		const n = this.attempt++;
		if (this.jitter === "decorrelated") {
			const upper = Math.min(this.maxDelayMs, this.previous * 3);
			const delay = Math.min(this.maxDelayMs, this.initialDelayMs + this.random() * Math.max(0, upper - this.initialDelayMs));
			this.previous = Math.max(this.initialDelayMs, delay);
			return Math.round(delay);
		}
		const ceiling = Math.min(this.maxDelayMs, this.initialDelayMs * Math.pow(this.factor, Math.min(n, 64)));
		return Math.round(this.jitter === "full" ? this.random() * ceiling : ceiling);
	}
	/** Starts over after a success. */
	reset() {
		this.attempt = 0;
		this.previous = this.initialDelayMs;
	}
}
//# sourceMappingURL=backoff.js.map