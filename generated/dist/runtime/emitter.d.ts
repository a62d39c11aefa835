// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A small typed event emitter, so the client needs no `node:events` and runs (and type-checks)
* wherever a WebSocket does: Node, browsers, Deno, Bun, workers.
*
* It keeps the part of Node's EventEmitter API a client's user reaches for — `on`/`addListener`,
* `once`, `off`/`removeListener`, `emit`, `listenerCount`, `listeners`, `removeAllListeners` — with
* two deliberate differences:
* - A listener that throws does not unwind into the emitter's owner (whose state it could leave
*   half-updated): the exception is re-thrown in a microtask, where the host reports it as an
*   uncaught exception, and the remaining listeners still run.
* - `'error'` is not special: an `'error'` event without a listener is simply not delivered.
*
* `emit` allocates nothing: listeners live in plain arrays that are replaced (copy on write) when a
* listener is added or removed, so an emit iterates a snapshot without copying it.
*/
/** Event name → the tuple of arguments its listeners receive (the shape Node's typings use). */
export type EventMap = {
	[event: string]: readonly unknown[];
};
export type Listener<A extends readonly unknown[]> = (...args: A) => void;
export declare class Emitter<E extends { [K in keyof E]: readonly unknown[] }> {
	#private;
	/** Adds a listener, called for every event of that name, after the listeners added before it. */
	on<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this;
	/** The same as `on`. */
	addListener<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this;
	/** Adds a listener that is removed before it is called for the first time. */
	once<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this;
	/** Removes the most recently added registration of `listener` (a `once` listener by its original function). */
	off<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this;
	/** The same as `off`. */
	removeListener<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this;
	/** Removes every listener of `event`, or of every event. */
	removeAllListeners(event?: keyof E & string): this;
	listenerCount(event: keyof E & string): number;
	/** The listeners of `event`, in call order (a `once` listener as its original function). */
	listeners<K extends keyof E & string>(event: K): Listener<E[K]>[];
}
export interface Emitter<E extends { [K in keyof E]: readonly unknown[] }> {
	/** Calls every listener of `event` with `args`; true when there was one. */
	emit<K extends keyof E & string>(event: K, ...args: E[K]): boolean;
}
//# sourceMappingURL=emitter.d.ts.map