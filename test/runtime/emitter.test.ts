import { afterEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from '../../templates/runtime/emitter.js';

interface Events {
  tick: [number];
  pair: [string, number];
  done: [];
}

describe('Emitter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('calls listeners in the order they were added, with the emitted arguments', () => {
    const e = new Emitter<Events>();
    const seen: string[] = [];
    e.on('pair', (a, b) => seen.push(`1:${a}${b}`));
    e.addListener('pair', (a, b) => seen.push(`2:${a}${b}`));
    expect(e.emit('pair', 'x', 7)).toBe(true);
    expect(seen).toEqual(['1:x7', '2:x7']);
    expect(e.emit('tick', 1)).toBe(false);
    expect(e.listenerCount('pair')).toBe(2);
  });

  it('once: removed before its first call; off() finds it by the original function', () => {
    const e = new Emitter<Events>();
    const fn = vi.fn();
    e.once('tick', fn);
    e.emit('tick', 1);
    e.emit('tick', 2);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn.mock.calls[0]![0]).toBe(1);
    const g = vi.fn();
    e.once('tick', g);
    expect(e.listeners('tick')).toEqual([g]);
    e.off('tick', g);
    e.emit('tick', 3);
    expect(g).not.toHaveBeenCalled();
    expect(e.listenerCount('tick')).toBe(0);
  });

  it('a listener added or removed during an emit takes effect from the next emit', () => {
    const e = new Emitter<Events>();
    const calls: string[] = [];
    const late = () => calls.push('late');
    const second = () => calls.push('second');
    e.on('done', () => {
      calls.push('first');
      e.on('done', late);
      e.off('done', second);
    });
    e.on('done', second);
    e.emit('done');
    expect(calls).toEqual(['first', 'second']);
    calls.length = 0;
    e.emit('done');
    expect(calls).toEqual(['first', 'late']);
  });

  it('off removes one registration (the latest) of a listener added twice', () => {
    const e = new Emitter<Events>();
    const fn = vi.fn();
    e.on('tick', fn).on('tick', fn);
    e.off('tick', fn);
    e.emit('tick', 1);
    expect(fn).toHaveBeenCalledTimes(1);
    e.removeListener('tick', fn);
    expect(e.listenerCount('tick')).toBe(0);
  });

  it('removeAllListeners for one event or all of them', () => {
    const e = new Emitter<Events>();
    e.on('tick', () => undefined).on('done', () => undefined);
    e.removeAllListeners('tick');
    expect([e.listenerCount('tick'), e.listenerCount('done')]).toEqual([0, 1]);
    e.removeAllListeners();
    expect(e.listenerCount('done')).toBe(0);
  });

  it('a throwing listener neither stops the others nor unwinds into emit(); the error is re-thrown later', async () => {
    const e = new Emitter<Events>();
    const rethrown: unknown[] = [];
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((cb) => {
      try {
        cb();
      } catch (error) {
        rethrown.push(error);
      }
    });
    const after = vi.fn();
    e.on('tick', () => {
      throw new Error('listener bug');
    });
    e.on('tick', after);
    expect(() => e.emit('tick', 1)).not.toThrow();
    expect(after).toHaveBeenCalledWith(1, undefined, undefined);
    expect(spy).toHaveBeenCalledTimes(1);
    expect((rethrown[0] as Error).message).toBe('listener bug');
  });

  it('event names that are Object.prototype members are plain names', () => {
    const e = new Emitter<Record<string, [number]>>();
    expect(e.emit('constructor', 1)).toBe(false);
    expect(e.listenerCount('__proto__')).toBe(0);
    const fn = vi.fn();
    e.on('__proto__', fn);
    e.emit('__proto__', 5);
    expect(fn).toHaveBeenCalledWith(5, undefined, undefined);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });
});
