// Generated from asyncapi.yaml and templates/runtime/emitter.ts by the generator in this repository. Do not edit.
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
export type EventMap = { [event: string]: readonly unknown[] };

export type Listener<A extends readonly unknown[]> = (...args: A) => void;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stored form of every typed listener
type AnyListener = (...args: any[]) => void;

interface OnceWrapper {
  (...args: unknown[]): void;
  readonly listener: AnyListener;
}

const NONE: readonly never[] = Object.freeze([]);

export class Emitter<E extends { [K in keyof E]: readonly unknown[] }> {
  // A null-prototype record: event names such as `__proto__` or `constructor` are plain keys.
  #listeners: Record<string, readonly AnyListener[]> = Object.create(null) as Record<string, readonly AnyListener[]>;

  static {
    // Defined with fixed parameters instead of a rest array (which TypeScript cannot type as an
    // overload of the generic signature in the interface below): an emit allocates nothing. Events
    // carry at most three arguments.
    Object.defineProperty(Emitter.prototype, 'emit', {
      writable: true,
      configurable: true,
      value: function emit(this: Emitter<EventMap>, event: string, a?: unknown, b?: unknown, c?: unknown): boolean {
        const list = this.#listeners[event];
        if (list === undefined) return false;
        for (let i = 0; i < list.length; i++) {
          try {
            list[i]!.call(this, a, b, c);
          } catch (error) {
            rethrowLater(error);
          }
        }
        return true;
      },
    });
  }

  /** Adds a listener, called for every event of that name, after the listeners added before it. */
  on<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this {
    const list = this.#listeners[event];
    this.#listeners[event] = list === undefined ? [listener] : [...list, listener];
    return this;
  }

  /** The same as `on`. */
  addListener<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this {
    return this.on(event, listener);
  }

  /** Adds a listener that is removed before it is called for the first time. */
  once<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this {
    const wrapper = ((...args: E[K]) => {
      this.off(event, wrapper);
      listener(...args);
    }) as Listener<E[K]>;
    Object.defineProperty(wrapper, 'listener', { value: listener });
    return this.on(event, wrapper);
  }

  /** Removes the most recently added registration of `listener` (a `once` listener by its original function). */
  off<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this {
    const list = this.#listeners[event];
    if (list === undefined) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      const l: AnyListener = list[i]!;
      if (l === listener || (l as Partial<OnceWrapper>).listener === listener) {
        if (list.length === 1) delete this.#listeners[event];
        else this.#listeners[event] = [...list.slice(0, i), ...list.slice(i + 1)];
        break;
      }
    }
    return this;
  }

  /** The same as `off`. */
  removeListener<K extends keyof E & string>(event: K, listener: Listener<E[K]>): this {
    return this.off(event, listener);
  }

  /** Removes every listener of `event`, or of every event. */
  removeAllListeners(event?: keyof E & string): this {
    if (event === undefined) this.#listeners = Object.create(null) as Record<string, readonly AnyListener[]>;
    else delete this.#listeners[event];
    return this;
  }

  listenerCount(event: keyof E & string): number {
    return this.#listeners[event]?.length ?? 0;
  }

  /** The listeners of `event`, in call order (a `once` listener as its original function). */
  listeners<K extends keyof E & string>(event: K): Listener<E[K]>[] {
    return (this.#listeners[event] ?? NONE).map((l) => ((l as Partial<OnceWrapper>).listener ?? l) as Listener<E[K]>);
  }
}

export interface Emitter<E extends { [K in keyof E]: readonly unknown[] }> {
  /** Calls every listener of `event` with `args`; true when there was one. */
  emit<K extends keyof E & string>(event: K, ...args: E[K]): boolean;
}


function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}
