import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client.js';
import type { ClientError } from '../../templates/runtime/errors.js';
import type { FrameReader } from '../../templates/runtime/spec.js';
import type { Subscription } from '../../templates/runtime/subscription.js';
import { defaultHandler, frameCount, makeClient, makeCodec, makeSpec, rejectionOf, sleep, startServer, waitFor, type ServerConnection, type TestServer } from './helpers.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

interface Tick {
  p: string;
  px: number;
  seq?: number;
  id?: string | number;
}
interface Candle {
  p: string;
  span?: string;
  c: number;
}

async function setup(
  handler?: Parameters<typeof startServer>[0],
  options: Parameters<typeof makeClient>[1] = {},
): Promise<{ server: TestServer; client: ClientCore; conn: () => ServerConnection }> {
  const server = await startServer(handler);
  cleanup.push(() => server.close());
  const client = makeClient(server, options);
  cleanup.push(() => client.close());
  await client.connect();
  return { server, client, conn: () => server.connections.at(-1)! };
}

function tick(conn: ServerConnection, body: Record<string, unknown>): void {
  conn.send({ result: 'SUCCESS', route: 'feed.tick', body });
}

describe('subscriptions', () => {
  it('routes events by the routing key to every matching subscription', async () => {
    const { client, conn } = await setup();
    const ab: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A', 'B'] });
    const b = client.subscribeOperation<Tick>('watchTicks', { pairs: ['B'] });
    await Promise.all([ab.ready, b.ready]);
    const got = { ab: [] as string[], b: [] as string[] };
    ab.on('data', (t) => got.ab.push(`${t.p}${t.px}`));
    b.on('data', (t) => got.b.push(`${t.p}${t.px}`));
    const warnings: ClientError[] = [];
    client.on('warning', (w) => warnings.push(w));
    tick(conn(), { p: 'A', px: 1 });
    tick(conn(), { p: 'B', px: 2 });
    tick(conn(), { p: 'C', px: 3 });
    tick(conn(), { p: 'B', px: '4' });
    await waitFor(() => got.b.length === 2);
    await sleep(20);
    expect(got).toEqual({ ab: ['A1', 'B2', 'B4'], b: ['B2', 'B4'] });
    expect(warnings).toEqual([]);
    expect(client.subscriptionCount).toBe(2);
  });

  it('applies further match fields with their default', async () => {
    const { client, conn } = await setup();
    const oneMinute: Subscription<Candle> = client.subscribe('feed.candles.start', { pairs: ['A'] }); // spans default ['1m']
    const fiveMinutes: Subscription<Candle> = client.subscribe('feed.candles.start', { pairs: ['A'], spans: ['5m'] });
    const seen: string[] = [];
    oneMinute.on('data', (e) => seen.push(`1m:${e.c}`));
    fiveMinutes.on('data', (e) => seen.push(`5m:${e.c}`));
    const candle = (body: Record<string, unknown>): void => conn().send({ result: 'SUCCESS', route: 'feed.candle', body });
    candle({ p: 'A', span: '5m', c: 1 });
    candle({ p: 'A', span: '1m', c: 2 });
    candle({ p: 'A', c: 3 }); // lacks span: the default 1m applies
    candle({ p: 'B', span: '1m', c: 4 });
    await waitFor(() => seen.length === 3);
    await sleep(20);
    expect(seen).toEqual(['5m:1', '1m:2', '1m:3']);
  });

  it('for await: break closes the subscription; later events are dropped quietly', async () => {
    const { client, conn } = await setup();
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    const warnings: ClientError[] = [];
    client.on('warning', (w) => warnings.push(w));
    for (let i = 0; i < 3; i++) tick(conn(), { p: 'A', px: i });
    const got: number[] = [];
    for await (const t of sub) {
      got.push(t.px);
      if (got.length === 2) break;
    }
    expect(got).toEqual([0, 1]);
    expect(sub.closed).toBe(true);
    expect(client.subscriptionCount).toBe(0);
    tick(conn(), { p: 'A', px: 9 });
    await sleep(30);
    expect(warnings).toEqual([]);
  });

  it('delivers an error reply to the subscription (ready, error event, iterator)', async () => {
    const { client } = await setup((frame, conn) => {
      if (frame.route === 'feed.ticks.start') conn.reply(frame, { errKind: 'pairs.unknown', errText: 'No such pair' }, 'FAILURE');
      else defaultHandler(frame, conn);
    });
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['NOPE'] });
    const errors: Error[] = [];
    sub.on('error', (e) => errors.push(e));
    const loop = (async () => {
      for await (const t of sub) void t;
    })();
    expect(await rejectionOf(loop)).toMatchObject({ code: 'ERR_API', errorName: 'pairs.unknown', destination: 'feed.ticks.start' });
    expect(errors).toHaveLength(1);
    expect(await rejectionOf(sub.ready)).toMatchObject({ code: 'ERR_API' });
    expect(client.subscriptionCount).toBe(0);
  });

  it('throws at once on bad input or a closed client, sending nothing', async () => {
    const { client, server } = await setup();
    expect(() => client.subscribe('feed.ticks.start', { pairs: 'A' })).toThrow(expect.objectContaining({ code: 'ERR_INVALID_REQUEST', field: 'pairs' }));
    expect(() => client.subscribe('feed.ticks.start', {})).toThrow(expect.objectContaining({ field: 'pairs', rule: 'required' }));
    expect(() => client.subscribe('rpc/2.0/echo', {})).toThrow(expect.objectContaining({ code: 'ERR_UNKNOWN_OPERATION' }));
    expect(() => client.subscribeOperation('echo', {})).toThrow(expect.objectContaining({ code: 'ERR_UNKNOWN_OPERATION' }));
    await client.close();
    expect(() => client.subscribe('feed.ticks.start', { pairs: ['A'] })).toThrow(expect.objectContaining({ code: 'ERR_CLOSED' }));
    await sleep(20);
    expect(server.frames).toEqual([]);
  });

  it('a subscription made while connecting is sent when the connection opens; AbortSignal closes it', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const client = makeClient(server);
    cleanup.push(() => client.close());
    const connecting = client.connect();
    const ac = new AbortController();
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] }, { signal: ac.signal });
    await connecting;
    await expect(sub.ready).resolves.toEqual({ subscriptions: { A: 'OK' } });
    expect(frameCount(server, 'feed.ticks.start')).toBe(1);
    ac.abort();
    expect(sub.closed).toBe(true);
    expect(client.subscriptionCount).toBe(0);
  });

  it('a slow consumer: memory stays bounded, dropped grows, the latest event per key is kept', async () => {
    const TOTAL = 3000;
    const KEYS = ['A', 'B', 'C'];
    const { client, conn } = await setup(undefined, { subscriptionBuffer: { bufferSize: 16 } });
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: KEYS });
    await sub.ready;
    const consumed: Tick[] = [];
    const consumer = (async () => {
      for await (const t of sub) {
        consumed.push(t);
        await sleep(25);
        if (t.seq === -1) break;
      }
    })();
    // A changes rarely, B and C flood: dropping the oldest would lose A's last update
    const keyOf = (seq: number): string => (seq % 100 === 50 ? 'A' : seq % 2 === 1 ? 'B' : 'C');
    for (let seq = 0; seq < TOTAL; seq++) tick(conn(), { p: keyOf(seq), px: seq, seq });
    await waitFor(() => consumed.length + sub.buffered + sub.dropped === TOTAL, 5000, 'all events accounted for');
    expect(sub.buffered).toBeLessThanOrEqual(16);
    expect(sub.dropped).toBeGreaterThan(TOTAL / 2);
    // the newest event of every key is still buffered (or was consumed)
    const buffered: Tick[] = [];
    for (let i = sub.buffered; i > 0; i--) {
      const r = await sub.next();
      if (!r.done) buffered.push(r.value);
    }
    const lastSeen = (key: string): number => Math.max(...[...consumed, ...buffered].filter((t) => t.p === key).map((t) => t.seq!));
    expect(KEYS.map(lastSeen)).toEqual([TOTAL - 50, TOTAL - 1, TOTAL - 2]);
    sub.close();
    await consumer;
  });

  it('routes by the current subscriptions after one is added or removed between events of the same key', async () => {
    const { client, conn } = await setup();
    const first: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    await first.ready;
    const got = { first: [] as number[], second: [] as number[], b: [] as number[] };
    first.on('data', (t) => got.first.push(t.px));
    tick(conn(), { p: 'B', px: 2 }); // no subscription for B yet
    tick(conn(), { p: 'A', px: 1 });
    await waitFor(() => got.first.length === 1);
    const second: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    const b: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['B'] });
    await Promise.all([second.ready, b.ready]);
    second.on('data', (t) => got.second.push(t.px));
    b.on('data', (t) => got.b.push(t.px));
    tick(conn(), { p: 'A', px: 3 }); // the same key as the last event: its subscriptions changed since
    tick(conn(), { p: 'B', px: 4 });
    await waitFor(() => got.second.length === 1 && got.b.length === 1);
    first.close();
    tick(conn(), { p: 'A', px: 5 });
    await waitFor(() => got.second.length === 2);
    expect(got).toEqual({ first: [1, 3], second: [3, 5], b: [4] });
  });

  it('keeps 64-bit ids of events exact', async () => {
    const { client, conn } = await setup();
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    conn().send('{"result":"SUCCESS","route":"feed.tick","body":{"p":"A","px":1.25,"id":9223372036854775807}}');
    const r = await sub.next();
    expect(r.value).toEqual({ p: 'A', px: 1.25, id: '9223372036854775807' });
  });
});

describe('bad frames', () => {
  it('reports them as warnings with ERR_BAD_FRAME and keeps working', async () => {
    const { client, conn } = await setup();
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    const warnings: ClientError[] = [];
    client.on('warning', (w) => warnings.push(w));
    const c = conn();
    c.send('this is not json {');
    c.send('[1,2,3]');
    c.send({ result: 'SUCCESS', route: 'feed.unheard-of', body: {} });
    c.send({ result: 'SUCCESS', body: {} });
    c.send({ result: 'SUCCESS', route: 'feed.tick', body: { p: 'A', px: 'not a number' } });
    c.send({ result: 'SUCCESS', route: 'feed.tick', body: 'scalar' });
    c.send({ result: 'SUCCESS', route: 'sys.keepalive', body: {} }); // an unsolicited pong: not a bad frame
    c.send({ result: 'SUCCESS', rid: '999999', body: {} }); // a reply nobody waits for: not a bad frame
    tick(c, { p: 'A', px: 7 });
    const r = await sub.next();
    expect(r.value).toEqual({ p: 'A', px: 7 });
    expect(warnings.map((w) => w.code)).toEqual(Array(6).fill('ERR_BAD_FRAME'));
    expect(warnings.map((w) => (w as ClientError & { reason: string }).reason)).toEqual([
      'not JSON',
      'not a JSON object',
      'unknown route "feed.unheard-of"',
      'no route and no rid',
      'the event does not match its schema',
      'the event does not match its schema',
    ]);
    expect((warnings[4] as ClientError & { issues: { path: string }[] }).issues[0]!.path).toBe('/px');
    expect((warnings[0] as ClientError & { excerpt: string }).excerpt).toBe('this is not json {');
    await expect(client.call('echo', { text: 'ok' })).resolves.toEqual({ text: 'ok' });
    expect(client.state).toBe('open');
  });

  it('does not crash without a warning listener', async () => {
    const { client, conn } = await setup();
    conn().send('garbage');
    conn().send({ route: 'nowhere' });
    await sleep(20);
    await expect(client.call('echo', { text: 'alive' })).resolves.toEqual({ text: 'alive' });
  });

  it('validateInbound: false passes payloads through undecoded', async () => {
    const { client, conn } = await setup(undefined, { validateInbound: false });
    const sub: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    tick(conn(), { p: 'A', px: '3.5' });
    expect((await sub.next()).value).toEqual({ p: 'A', px: '3.5' });
  });
});

describe("a codec's frame reader", () => {
  async function clientWith(frameReader: FrameReader): Promise<{ client: ClientCore; conn: () => ServerConnection }> {
    const server = await startServer();
    cleanup.push(() => server.close());
    const spec = makeSpec();
    const client = new ClientCore(spec, { ...makeCodec(spec), frameReader }, { url: server.url, heartbeatIntervalMs: 0, deadAfterMs: 0, reconnect: false });
    cleanup.push(() => client.close());
    await client.connect();
    return { client, conn: () => server.connections.at(-1)! };
  }
  const byName = (events: readonly string[], seen: string[]): FrameReader => ({
    correlationId: (f) => f['rid'],
    destination: (f) => {
      seen.push(String(f['route']));
      return f['route'];
    },
    payload: (f) => f['body'],
    status: (f) => f['result'],
    events,
    eventIndex: (d) => events.indexOf(d),
  });

  it('reads the frames when it numbers every event destination: events, replies and bad frames as by the names', async () => {
    const seen: string[] = [];
    const reader = byName(['feed.candle', 'feed.tick'], seen);
    const { client, conn } = await clientWith(reader);
    expect(client.frameReader).toBe(reader);
    const ticks: Subscription<Tick> = client.subscribe('feed.ticks.start', { pairs: ['A'] });
    const candles: Subscription<Candle> = client.subscribe('feed.candles.start', { pairs: ['A'] });
    await Promise.all([ticks.ready, candles.ready]);
    const warnings: ClientError[] = [];
    client.on('warning', (w) => warnings.push(w));
    tick(conn(), { p: 'C', px: 0 });
    tick(conn(), { p: 'A', px: 1 });
    conn().send({ result: 'SUCCESS', route: 'feed.candle', body: { p: 'A', c: 2 } });
    conn().send({ result: 'SUCCESS', route: 'feed.unheard-of', body: {} });
    expect(((await ticks.next()).value as Tick).px).toBe(1);
    expect(((await candles.next()).value as Candle).c).toBe(2);
    await waitFor(() => warnings.length === 1);
    expect(warnings[0]).toMatchObject({ code: 'ERR_BAD_FRAME', destination: 'feed.unheard-of' });
    expect(await client.request('rpc/2.0/echo', { text: 'hi' })).toEqual({ text: 'hi' });
    expect(seen).toEqual(expect.arrayContaining(['feed.tick', 'feed.candle', 'feed.unheard-of']));
  });

  it('is not used when it misses an event destination of the spec: no stream goes unrouted', async () => {
    const seen: string[] = [];
    const reader = byName(['feed.tick'], seen);
    const { client, conn } = await clientWith(reader);
    expect(client.frameReader).not.toBe(reader);
    const candles: Subscription<Candle> = client.subscribe('feed.candles.start', { pairs: ['A'] });
    await candles.ready;
    conn().send({ result: 'SUCCESS', route: 'feed.candle', body: { p: 'A', c: 3 } });
    expect(((await candles.next()).value as Candle).c).toBe(3);
    expect(seen).toEqual([]);
  });
});
