import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../../templates/runtime/rate-limiter.js';
import type { RateLimitSpec } from '../../templates/runtime/spec.js';

const limits: RateLimitSpec[] = [
  { id: 'weight', appliesTo: 'all', limit: 10, intervalMs: 1000, description: '' },
  { id: 'trades', appliesTo: 'listed', limit: 2, intervalMs: 100, description: '' },
];
const read = { id: 'read', weight: 4, rateLimits: [] as string[] };
const trade = { id: 'trade', weight: 1, rateLimits: ['trades'] };
const free = { id: 'free', weight: 0, rateLimits: [] as string[] };

describe('RateLimiter with an injected clock', () => {
  it('counts weights in a sliding window', () => {
    let now = 0;
    const rl = new RateLimiter(limits, { now: () => now });
    expect(rl.tryAcquire(read)).toBe(true);
    now = 400;
    expect(rl.tryAcquire(read)).toBe(true);
    expect(rl.used('weight')).toBe(8);
    expect(rl.tryAcquire(read)).toBe(false); // 12 > 10
    expect(rl.waitTime(read)).toBe(600); // the first entry leaves the window at t = 1000
    now = 999;
    expect(rl.tryAcquire(read)).toBe(false);
    now = 1000;
    expect(rl.tryAcquire(read)).toBe(true);
    expect(rl.used('weight')).toBe(8);
  });

  it('applies listed limits only to the operations that list them', () => {
    let now = 0;
    const rl = new RateLimiter(limits, { now: () => now });
    expect(rl.tryAcquire(trade)).toBe(true);
    expect(rl.tryAcquire(trade)).toBe(true);
    expect(rl.tryAcquire(trade)).toBe(false);
    expect(rl.tryAcquire(read)).toBe(true); // not subject to "trades"
    expect(rl.used('trades')).toBe(2);
    now = 100;
    expect(rl.tryAcquire(trade)).toBe(true);
  });

  it('never limits weight-0 operations and never passes a weight above the limit', () => {
    const rl = new RateLimiter(limits, { now: () => 0 });
    for (let i = 0; i < 100; i++) expect(rl.tryAcquire(free)).toBe(true);
    expect(rl.waitTime({ id: 'huge', weight: 11, rateLimits: [] })).toBe(Infinity);
  });
});

describe('RateLimiter.acquire', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits its turn in FIFO order', async () => {
    vi.useFakeTimers();
    const rl = new RateLimiter(limits, { now: () => Date.now() });
    const order: string[] = [];
    const start = Date.now();
    const all = ['a', 'b', 'c', 'd', 'e'].map((name) =>
      rl.acquire(trade, { maxWaitMs: 10_000 }).then(() => order.push(`${name}@${Date.now() - start}`)),
    );
    await vi.advanceTimersByTimeAsync(250);
    await Promise.all(all);
    expect(order).toEqual(['a@0', 'b@0', 'c@100', 'd@100', 'e@200']);
  });

  it('rejects with ERR_RATE_LIMITED when the wait would exceed maxWaitMs, recording nothing', async () => {
    vi.useFakeTimers();
    const rl = new RateLimiter(limits, { now: () => Date.now() });
    await rl.acquire(trade);
    await rl.acquire(trade);
    await expect(rl.acquire(trade, { maxWaitMs: 50 })).rejects.toMatchObject({ code: 'ERR_RATE_LIMITED', limitId: 'trades' });
    expect(rl.used('trades')).toBe(2);
    expect(rl.queued).toBe(0);
  });

  it('rejects a queued waiter whose deadline passes while others wait', async () => {
    vi.useFakeTimers();
    const rl = new RateLimiter(limits, { now: () => Date.now() });
    await rl.acquire(trade);
    await rl.acquire(trade);
    const first = rl.acquire(trade, { maxWaitMs: 1000 }); // passes at 100
    const second = rl.acquire(trade, { maxWaitMs: 1000 }); // passes at 100
    const third = rl.acquire(trade, { maxWaitMs: 150 }); // would pass at 200: too late
    const thirdError = third.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(300);
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    expect(await thirdError).toMatchObject({ code: 'ERR_RATE_LIMITED' });
  });

  it('bounds the queue and honours AbortSignal', async () => {
    vi.useFakeTimers();
    const rl = new RateLimiter(limits, { now: () => Date.now(), maxQueue: 1 });
    await rl.acquire(trade);
    await rl.acquire(trade);
    const ac = new AbortController();
    const waiting = rl.acquire(trade, { signal: ac.signal });
    await expect(rl.acquire(trade)).rejects.toMatchObject({ code: 'ERR_QUEUE_FULL' });
    ac.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    expect(rl.queued).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(rl.used('trades')).toBe(0);
  });

  it('rejectAll empties the queue', async () => {
    vi.useFakeTimers();
    const rl = new RateLimiter(limits, { now: () => Date.now() });
    await rl.acquire(trade);
    await rl.acquire(trade);
    const waiting = rl.acquire(trade);
    rl.rejectAll(() => new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');
    expect(rl.queued).toBe(0);
  });
});
