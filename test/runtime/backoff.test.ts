import { describe, expect, it } from 'vitest';
import { Backoff } from '../../templates/runtime/backoff.js';

describe('Backoff', () => {
  it('grows exponentially up to the maximum without jitter', () => {
    const b = new Backoff({ initialDelayMs: 100, maxDelayMs: 1000, jitter: 'none' });
    expect([b.next(), b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 800, 1000, 1000]);
    b.reset();
    expect(b.next()).toBe(100);
  });

  it('full jitter scales the ceiling by the random value', () => {
    const b = new Backoff({ initialDelayMs: 100, maxDelayMs: 10_000, jitter: 'full', random: () => 0.5 });
    expect([b.next(), b.next(), b.next()]).toEqual([50, 100, 200]);
    const zero = new Backoff({ initialDelayMs: 100, jitter: 'full', random: () => 0 });
    expect(zero.next()).toBe(0);
  });

  it('decorrelated jitter stays between the initial delay and three times the previous', () => {
    const b = new Backoff({ initialDelayMs: 100, maxDelayMs: 1000, jitter: 'decorrelated', random: () => 1 });
    expect([b.next(), b.next(), b.next(), b.next()]).toEqual([300, 900, 1000, 1000]);
    const low = new Backoff({ initialDelayMs: 100, maxDelayMs: 1000, jitter: 'decorrelated', random: () => 0 });
    expect([low.next(), low.next()]).toEqual([100, 100]);
  });

  it('counts attempts', () => {
    const b = new Backoff({ jitter: 'none' });
    b.next();
    b.next();
    expect(b.attempts).toBe(2);
  });
});
