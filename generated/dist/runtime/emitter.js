// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
const NONE = Object.freeze([]);
export class Emitter {
	// A null-prototype record: event names such as `__proto__` or `constructor` are plain keys.
	#listeners = Object.create(null);
	static {
		// Defined with fixed parameters instead of a rest array (which TypeScript cannot type as an
		// overload of the generic signature in the interface below): an emit allocates nothing. Events
		// carry at most three arguments.
		Object.defineProperty(Emitter.prototype, "emit", {
			writable: true,
			configurable: true,
			value: function emit(event, a, b, c) {
				const list = this.#listeners[event];
				if (list === undefined) return false;
				for (let i = 0; i < list.length; i++) {
					try {
						list[i].call(this, a, b, c);
					} catch (error) {
						rethrowLater(error);
					}
				}
				return true;
			}
		});
	}
	/** Adds a listener, called for every event of that name, after the listeners added before it. */
	on(event, listener) {
		const list = this.#listeners[event];
		this.#listeners[event] = list === undefined ? [listener] : [...list, listener];
		return this;
	}
	/** The same as `on`. */
	addListener(event, listener) {
		return this.on(event, listener);
	}
	/** Adds a listener that is removed before it is called for the first time. */
	once(event, listener) {
		const wrapper = ((...args) => {
			this.off(event, wrapper);
			listener(...args);
		});
		Object.defineProperty(wrapper, "listener", { value: listener });
		return this.on(event, wrapper);
	}
	/** Removes the most recently added registration of `listener` (a `once` listener by its original function). */
	off(event, listener) {
		const list = this.#listeners[event];
		if (list === undefined) return this;
		for (let i = list.length - 1; i >= 0; i--) {
			const l = list[i];
			if (l === listener || l.listener === listener) {
				if (list.length === 1) delete this.#listeners[event];
				else this.#listeners[event] = [...list.slice(0, i), ...list.slice(i + 1)];
				break;
			}
		}
		return this;
	}
	/** The same as `off`. */
	removeListener(event, listener) {
		return this.off(event, listener);
	}
	/** Removes every listener of `event`, or of every event. */
	removeAllListeners(event) {
		if (event === undefined) this.#listeners = Object.create(null);
		else delete this.#listeners[event];
		return this;
	}
	listenerCount(event) {
		return this.#listeners[event]?.length ?? 0;
	}
	/** The listeners of `event`, in call order (a `once` listener as its original function). */
	listeners(event) {
		return (this.#listeners[event] ?? NONE).map((l) => l.listener ?? l);
	}
}
function rethrowLater(error) {
	queueMicrotask(() => {
		throw error;
	});
}
//# sourceMappingURL=emitter.js.map