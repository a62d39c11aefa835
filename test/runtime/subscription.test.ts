import { describe, expect, it, vi } from 'vitest';
import { Subscription, type SubscriptionInit } from '../../templates/runtime/subscription.js';
import { SlowConsumerError } from '../../templates/runtime/errors.js';

interface Tick {
  p: string;
  span?: string;
  seq: number;
}

function make(init: Partial<SubscriptionInit> = {}): { sub: Subscription<Tick>; ended: () => number } {
  let ends = 0;
  const sub = new Subscription<Tick>({
    destination: 'feed.ticks.start',
    operationId: 'watchTicks',
    keyFields: ['p'],
    onEnd: () => {
      ends++;
    },
    ...init,
  });
  return { sub, ended: () => ends };
}

async function drain(sub: Subscription<Tick>, n: number): Promise<Tick[]> {
  const out: Tick[] = [];
  for (let i = 0; i < n; i++) {
    const r = await sub.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('Subscription buffer', () => {
  it('latest-per-key: replaces the buffered event of the same key, else drops the oldest', async () => {
    const { sub } = make({ bufferSize: 3 });
    sub.deliver({ p: 'A', seq: 1 });
    sub.deliver({ p: 'B', seq: 2 });
    sub.deliver({ p: 'C', seq: 3 });
    sub.deliver({ p: 'A', seq: 4 }); // full: replaces A@1 in place
    expect(sub.dropped).toBe(1);
    expect(sub.buffered).toBe(3);
    sub.deliver({ p: 'D', seq: 5 }); // no D buffered: the oldest (A@4) is dropped
    expect(sub.dropped).toBe(2);
    sub.deliver({ p: 'C', seq: 6 }); // replaces C@3
    expect(await drain(sub, 3)).toEqual([
      { p: 'B', seq: 2 },
      { p: 'C', seq: 6 },
      { p: 'D', seq: 5 },
    ]);
    expect(sub.buffered).toBe(0);
  });

  it('keys on every match field', async () => {
    const { sub } = make({ bufferSize: 2, keyFields: ['p', 'span'] });
    sub.deliver({ p: 'A', span: '1m', seq: 1 });
    sub.deliver({ p: 'A', span: '5m', seq: 2 });
    sub.deliver({ p: 'A', span: '1m', seq: 3 });
    sub.deliver({ p: 'A', span: '5m', seq: 4 });
    expect(await drain(sub, 2)).toEqual([
      { p: 'A', span: '1m', seq: 3 },
      { p: 'A', span: '5m', seq: 4 },
    ]);
    expect(sub.dropped).toBe(2);
  });

  it('stays bounded under a flood and keeps the newest per key', async () => {
    const { sub } = make({ bufferSize: 10 });
    const keys = ['A', 'B', 'C'];
    for (let i = 0; i < 100_000; i++) sub.deliver({ p: keys[i % 3]!, seq: i });
    expect(sub.buffered).toBeLessThanOrEqual(10);
    expect(sub.dropped).toBe(100_000 - sub.buffered);
    const events = await drain(sub, sub.buffered);
    for (const k of keys) {
      const last = events.filter((e) => e.p === k).at(-1)!;
      expect(last.seq).toBeGreaterThanOrEqual(100_000 - 3);
    }
  });

  it('drop-oldest and drop-newest', async () => {
    const oldest = make({ bufferSize: 2, bufferPolicy: 'drop-oldest' }).sub;
    const newest = make({ bufferSize: 2, bufferPolicy: 'drop-newest' }).sub;
    for (const s of [oldest, newest]) for (let i = 1; i <= 4; i++) s.deliver({ p: 'A', seq: i });
    expect((await drain(oldest, 2)).map((e) => e.seq)).toEqual([3, 4]);
    expect((await drain(newest, 2)).map((e) => e.seq)).toEqual([1, 2]);
    expect(oldest.dropped).toBe(2);
    expect(newest.dropped).toBe(2);
  });

  it('keeps working after the buffer drained and filled again', async () => {
    const { sub } = make({ bufferSize: 2 });
    sub.deliver({ p: 'A', seq: 1 });
    sub.deliver({ p: 'B', seq: 2 });
    sub.deliver({ p: 'A', seq: 3 });
    expect(await drain(sub, 1)).toEqual([{ p: 'A', seq: 3 }]);
    sub.deliver({ p: 'B', seq: 4 }); // buffer: B@2, B@4 (not full before)
    sub.deliver({ p: 'B', seq: 5 }); // full: replaces the newest B
    expect(await drain(sub, 2)).toEqual([
      { p: 'B', seq: 2 },
      { p: 'B', seq: 5 },
    ]);
  });
});

describe('Subscription consumption', () => {
  it('is an async iterable; break closes it', async () => {
    const { sub, ended } = make();
    const closeListener = vi.fn();
    sub.on('close', closeListener);
    setTimeout(() => {
      sub.deliver({ p: 'A', seq: 1 });
      sub.deliver({ p: 'A', seq: 2 });
    }, 5);
    const got: number[] = [];
    for await (const t of sub) {
      got.push(t.seq);
      if (got.length === 2) break;
    }
    expect(got).toEqual([1, 2]);
    expect(sub.closed).toBe(true);
    expect(ended()).toBe(1);
    expect(closeListener).toHaveBeenCalledTimes(1);
    sub.deliver({ p: 'A', seq: 3 });
    expect(sub.buffered).toBe(0);
  });

  it('data listeners get events synchronously without buffering', () => {
    const { sub } = make({ bufferSize: 1 });
    const seen: number[] = [];
    sub.on('data', (t) => seen.push(t.seq));
    for (let i = 0; i < 5; i++) sub.deliver({ p: 'A', seq: i });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(sub.buffered).toBe(0);
    expect(sub.dropped).toBe(0);
  });

  it('an error ends the loop by throwing, after the buffered events', async () => {
    const { sub } = make();
    const errors: Error[] = [];
    sub.on('error', (e) => errors.push(e));
    sub.deliver({ p: 'A', seq: 1 });
    sub.fail(new Error('boom'));
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const t of sub) got.push(t.seq);
      })(),
    ).rejects.toThrow('boom');
    expect(got).toEqual([1]);
    expect(errors.map((e) => e.message)).toEqual(['boom']);
    await expect(sub.ready).rejects.toThrow('boom');
  });

  it('an error reaches a waiting iterator at once', async () => {
    const { sub } = make();
    const next = sub.next();
    sub.fail(new Error('lost'));
    await expect(next).rejects.toThrow('lost');
    await expect(sub.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('close() ends a waiting loop and discards the buffer', async () => {
    const { sub } = make();
    const next = sub.next();
    sub.close();
    await expect(next).resolves.toEqual({ value: undefined, done: true });
    const other = make().sub;
    other.deliver({ p: 'A', seq: 1 });
    other.close();
    await expect(other.next()).resolves.toMatchObject({ done: true });
  });

  it('ready resolves with the acknowledged reply', async () => {
    const { sub } = make();
    sub.acknowledge({ ok: 1 });
    await expect(sub.ready).resolves.toEqual({ ok: 1 });
  });
});

describe('Subscription of a stream of facts', () => {
  function facts(init: Partial<SubscriptionInit> = {}) {
    const warnings: SlowConsumerError[] = [];
    const made = make({ events: 'facts', bufferSize: 3, onSlowConsumer: (w) => warnings.push(w), ...init });
    return { ...made, warnings };
  }

  it('defaults to drop-oldest (no conflation by key) and warns at the first drop, then every bufferSize drops', () => {
    const { sub, warnings } = facts();
    for (let seq = 1; seq <= 3 + 7; seq++) sub.deliver({ p: 'A', seq }); // 7 drops, same key every time
    expect(sub.dropped).toBe(7);
    expect(sub.buffered).toBe(3);
    expect(warnings.map((w) => w.dropped)).toEqual([1, 3, 3]); // 7 = 1 + 3 + 3, nothing pending
    expect(warnings.map((w) => w.totalDropped)).toEqual([1, 4, 7]);
    expect(warnings[0]).toMatchObject({ code: 'ERR_SLOW_CONSUMER', destination: 'feed.ticks.start', operationId: 'watchTicks', bufferSize: 3, ended: false });
  });

  it('reports the rest when the consumer reads again, and when the subscription ends', async () => {
    const { sub, warnings } = facts();
    for (let seq = 1; seq <= 5; seq++) sub.deliver({ p: 'A', seq }); // drops 1 (reported) and 2 (pending)
    expect(warnings.map((w) => w.dropped)).toEqual([1]);
    expect((await sub.next()).value).toEqual({ p: 'A', seq: 3 });
    expect(warnings.map((w) => w.dropped)).toEqual([1, 1]);
    for (let seq = 6; seq <= 8; seq++) sub.deliver({ p: 'A', seq }); // full again: 2 more drops
    sub.close();
    expect(warnings.map((w) => w.dropped)).toEqual([1, 1, 1, 1]);
    expect(warnings.reduce((n, w) => n + w.dropped, 0)).toBe(sub.dropped);
  });

  it('lossless: the first event that does not fit ends it with ERR_SLOW_CONSUMER, after the buffered ones', async () => {
    const { sub, warnings } = facts({ lossless: true });
    for (let seq = 1; seq <= 4; seq++) sub.deliver({ p: 'A', seq });
    expect(sub.closed).toBe(true);
    expect(sub.error).toBeInstanceOf(SlowConsumerError);
    expect(sub.error).toMatchObject({ code: 'ERR_SLOW_CONSUMER', ended: true, dropped: 1, bufferSize: 3 });
    expect(warnings).toEqual([]);
    expect(await drain(sub, 3)).toEqual([1, 2, 3].map((seq) => ({ p: 'A', seq })));
    await expect(sub.next()).rejects.toBe(sub.error);
  });

  it('state streams conflate without warnings; lossless means nothing there', () => {
    const warnings: SlowConsumerError[] = [];
    const { sub } = make({ events: 'state', bufferSize: 2, lossless: true, onSlowConsumer: (w) => warnings.push(w) });
    for (let seq = 1; seq <= 6; seq++) sub.deliver({ p: seq % 2 ? 'A' : 'B', seq });
    expect(sub.dropped).toBe(4);
    expect(sub.closed).toBe(false);
    expect(warnings).toEqual([]);
  });
});
