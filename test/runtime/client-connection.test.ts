import { afterEach, describe, expect, it } from 'vitest';
import type { ClientCore, ReconnectInfo, StateChange } from '../../templates/runtime/client.js';
import type { Subscription } from '../../templates/runtime/subscription.js';
import {
  BUILTIN_WEBSOCKET,
  defaultHandler,
  frameCount,
  makeClient,
  rejectionOf,
  sleep,
  startServer,
  waitFor,
  type Frame,
  type ServerConnection,
  type TestServer,
} from './helpers.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

async function serve(handler?: Parameters<typeof startServer>[0], options?: Parameters<typeof startServer>[1]): Promise<TestServer> {
  const server = await startServer(handler, options);
  cleanup.push(() => server.close());
  return server;
}

function client(server: TestServer, options: Parameters<typeof makeClient>[1] = {}): ClientCore {
  const c = makeClient(server, options);
  cleanup.push(() => c.close());
  return c;
}

interface Tick {
  p: string;
  px: number;
}

describe('a dropped connection', () => {
  it('rejects in-flight requests with ERR_CONNECTION_LOST, never re-sends them, and re-sends live subscriptions', async () => {
    const server = await serve((frame, conn, s) => {
      if (frame.route === 'rpc/2.0/trade/place' || frame.route === 'rpc/2.0/echo') {
        // hold the reply, then drop the connection once both requests are in
        if (s.frames.filter((f) => f.route === 'rpc/2.0/trade/place' || f.route === 'rpc/2.0/echo').length === 2) {
          setTimeout(() => conn.socket.terminate(), 10);
        }
        return;
      }
      defaultHandler(frame, conn);
    });
    const c = client(server);
    const states: string[] = [];
    c.on('state', (s: StateChange) => states.push(s.state));
    await c.connect();
    const sub: Subscription<Tick> = c.subscribe('feed.ticks.start', { pairs: ['ZX/ZY'] });
    await sub.ready;
    const order = c.call('placeTrade', { pair: 'ZX/ZY', side: 'BUY', amount: 1 });
    const read = c.call('echo', { text: 'idempotent' });
    const orderError = await rejectionOf(order);
    expect(orderError).toMatchObject({
      code: 'ERR_CONNECTION_LOST',
      outcomeUnknown: true,
      idempotent: false,
      operationId: 'placeTrade',
      destination: 'rpc/2.0/trade/place',
    });
    expect(orderError.message).toMatch(/outcome is unknown/);
    expect(orderError.message).toMatch(/not re-sent/);
    expect(await rejectionOf(read)).toMatchObject({ code: 'ERR_CONNECTION_LOST', idempotent: true });

    // reconnected: the subscription is sent again on the new connection and keeps delivering
    await waitFor(() => server.connections.length === 2 && server.connections[1]!.frames.length > 0);
    expect(server.connections[1]!.frames.map((f) => f.route)).toEqual(['feed.ticks.start']);
    expect(server.connections[1]!.frames[0]!.body).toEqual({ pairs: ['ZX/ZY'] });
    server.connections[1]!.send({ result: 'SUCCESS', route: 'feed.tick', body: { p: 'ZX/ZY', px: '1.5' } });
    const next = await sub.next();
    expect(next).toEqual({ value: { p: 'ZX/ZY', px: 1.5 }, done: false });
    expect(c.state).toBe('open');
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);

    // the order went out exactly once, over all connections
    await sleep(50);
    expect(frameCount(server, 'rpc/2.0/trade/place')).toBe(1);
    expect(frameCount(server, 'rpc/2.0/echo')).toBe(1);
  });

  it('whileReconnecting "fail" rejects at once with ERR_NOT_CONNECTED; "wait" sends after the reconnect', async () => {
    for (const mode of ['fail', 'wait'] as const) {
      const server = await serve();
      const c = client(server, { whileReconnecting: mode, reconnect: { initialDelayMs: 150, maxDelayMs: 150, jitter: 'none' } });
      await c.connect();
      const reconnecting = new Promise<ReconnectInfo>((resolve) => c.once('reconnecting', resolve));
      server.connections[0]!.socket.terminate();
      await reconnecting;
      expect(c.state).toBe('reconnecting');
      const call = c.call('echo', { text: mode });
      if (mode === 'fail') {
        const error = await rejectionOf(call);
        expect(error).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
        expect(c.state).toBe('reconnecting'); // failed fast, before the reconnect
        expect(await rejectionOf(Promise.resolve().then(() => c.subscribe('feed.ticks.start', { pairs: ['A'] })))).toMatchObject({
          code: 'ERR_NOT_CONNECTED',
        });
      } else {
        await expect(call).resolves.toEqual({ text: 'wait' });
        expect(server.connections.length).toBe(2);
      }
      expect(server.frames.filter((f) => f.route === 'rpc/2.0/echo').map((f) => f.body?.text)).toEqual(mode === 'fail' ? [] : ['wait']);
    }
  });

  it('gives up after maxAttempts: state closed, subscriptions end with an error, calls fail', async () => {
    const server = await serve();
    const c = client(server, { reconnect: { initialDelayMs: 10, maxDelayMs: 10, maxAttempts: 2, jitter: 'none' } });
    await c.connect();
    const sub = c.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    const closed = new Promise<StateChange>((resolve) => c.once('closed', resolve));
    const attempts: number[] = [];
    c.on('reconnecting', (info: ReconnectInfo) => attempts.push(info.attempt));
    await server.close();
    const change = await closed;
    expect(change.reason).toMatch(/gave up reconnecting after 2 attempts/);
    expect(attempts).toEqual([1, 2]);
    expect(sub.closed).toBe(true);
    expect(sub.error).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
    expect(await rejectionOf(c.call('echo', {}))).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
  });

  it('reconnect: false leaves the client closed after a drop', async () => {
    const server = await serve();
    const c = client(server, { reconnect: false });
    await c.connect();
    const closed = new Promise<StateChange>((resolve) => c.once('closed', resolve));
    server.connections[0]!.socket.terminate();
    expect((await closed).state).toBe('closed');
    await sleep(50);
    expect(server.connections.length).toBe(1);
  });
});

describe('heartbeat and dead connections', () => {
  it('keeps a connection alive on a server that closes connections not pinged in time', async () => {
    const WINDOW = 400;
    const timers = new Map<ServerConnection, ReturnType<typeof setTimeout>>();
    const arm = (conn: ServerConnection): void => {
      clearTimeout(timers.get(conn));
      timers.set(
        conn,
        setTimeout(() => conn.socket.close(4000, 'not pinged'), WINDOW),
      );
    };
    const server = await serve((frame: Frame, conn: ServerConnection) => {
      if (!timers.has(conn)) arm(conn);
      if (frame.route === 'sys.keepalive') arm(conn);
      defaultHandler(frame, conn);
    });
    server.wss.on('connection', (socket) => {
      const conn = server.connections.find((x) => x.socket === socket);
      if (conn !== undefined) arm(conn);
    });
    cleanup.push(async () => {
      for (const t of timers.values()) clearTimeout(t);
    });
    let protocolPings = 0;
    server.wss.on('connection', (socket) => socket.on('ping', () => protocolPings++));
    const c = client(server, { heartbeatIntervalMs: 80, deadAfterMs: 1000 });
    await c.connect();
    await sleep(1000);
    expect(server.connections.length).toBe(1);
    expect(c.state).toBe('open');
    expect(frameCount(server, 'sys.keepalive')).toBeGreaterThanOrEqual(5);
    // `ws` also sends protocol pings; a WHATWG WebSocket (browsers, Node 22+'s built-in) cannot, and
    // the heartbeat requests alone keep the connection.
    if (BUILTIN_WEBSOCKET) expect(protocolPings).toBe(0);
    else expect(protocolPings).toBeGreaterThanOrEqual(5);
    await expect(c.call('echo', { text: 'still here' })).resolves.toEqual({ text: 'still here' });
  });

  it('treats a silent connection as dead and reconnects', async () => {
    let silent = true;
    const server = await serve(
      (frame, conn) => {
        if (!silent) defaultHandler(frame, conn);
      },
      { autoPong: false },
    );
    const c = client(server, { heartbeatIntervalMs: 50, deadAfterMs: 200 });
    await c.connect();
    const reconnecting = new Promise<ReconnectInfo>((resolve) => c.once('reconnecting', resolve));
    const pendingCall = c.call('echo', { text: 'lost' }, { timeoutMs: 5000 });
    const info = await reconnecting;
    expect(info.reason).toMatch(/^dead/);
    expect(await rejectionOf(pendingCall)).toMatchObject({ code: 'ERR_CONNECTION_LOST' });
    silent = false;
    await waitFor(() => c.state === 'open' && server.connections.length >= 2);
    await expect(c.call('echo', { text: 'back' })).resolves.toEqual({ text: 'back' });
  });
});

describe('rate limiting', () => {
  it('makes calls wait for the window of a listed limit', async () => {
    const arrivals: number[] = [];
    const server = await serve((frame, conn) => {
      if (frame.route === 'rpc/2.0/trade/place') arrivals.push(Date.now());
      conn.reply(frame, { ok: true });
    });
    const c = client(server);
    await c.connect();
    const start = Date.now();
    const results = await Promise.all(Array.from({ length: 6 }, () => c.call('placeTrade', { pair: 'A', side: 'SELL', amount: 1 })));
    expect(results).toHaveLength(6);
    expect(arrivals).toHaveLength(6);
    // "trades": 3 per 400 ms. The 4th cannot go out before the 1st leaves the window.
    expect(arrivals[3]! - start).toBeGreaterThanOrEqual(380);
    expect(arrivals[2]! - start).toBeLessThan(380);
    // unlisted operations are not held back by it
    const t0 = Date.now();
    await c.call('echo', {});
    expect(Date.now() - t0).toBeLessThan(380);
  });

  it('rejects with ERR_RATE_LIMITED past maxWaitMs and sends nothing', async () => {
    const server = await serve((frame, conn) => conn.reply(frame, {}));
    const c = client(server, { rateLimit: { maxWaitMs: 50 } });
    await c.connect();
    const calls = Array.from({ length: 4 }, () => c.call('placeTrade', { pair: 'A', side: 'BUY', amount: 1 }));
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((settled[3] as PromiseRejectedResult).reason).toMatchObject({ code: 'ERR_RATE_LIMITED', limitId: 'trades', maxWaitMs: 50 });
    await sleep(30);
    expect(frameCount(server, 'rpc/2.0/trade/place')).toBe(3);
  });

  it('rateLimit: false disables it', async () => {
    const server = await serve((frame, conn) => conn.reply(frame, {}));
    const c = client(server, { rateLimit: false });
    await c.connect();
    const start = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => c.call('placeTrade', { pair: 'A', side: 'BUY', amount: 1 })));
    expect(Date.now() - start).toBeLessThan(380);
  });
});

describe('options', () => {
  it('works with a WHATWG-style WebSocket (addEventListener, no ping)', async () => {
    const { WebSocket } = await import('ws');
    class WhatwgOnly {
      private readonly ws: InstanceType<typeof WebSocket>;
      binaryType = 'blob';
      constructor(url: string) {
        this.ws = new WebSocket(url);
      }
      get readyState(): number {
        return this.ws.readyState;
      }
      send(data: string): void {
        this.ws.send(data);
      }
      close(code?: number, reason?: string): void {
        this.ws.close(code, reason);
      }
      addEventListener(type: string, listener: (event: unknown) => void): void {
        this.ws.addEventListener(type as 'message', listener as () => void);
      }
    }
    const server = await serve();
    const c = client(server, { WebSocket: WhatwgOnly, heartbeatIntervalMs: 30, deadAfterMs: 500 });
    await c.connect();
    await expect(c.call('echo', { text: 'whatwg' })).resolves.toEqual({ text: 'whatwg' });
    const sub: Subscription<Tick> = c.subscribe('feed.ticks.start', { pairs: ['A'] });
    await sub.ready;
    server.connections[0]!.send({ result: 'SUCCESS', route: 'feed.tick', body: { p: 'A', px: 2 } });
    expect((await sub.next()).value).toEqual({ p: 'A', px: 2 });
    await waitFor(() => frameCount(server, 'sys.keepalive') >= 2);
    server.connections[0]!.socket.terminate();
    await waitFor(() => server.connections.length === 2 && frameCount(server, 'feed.ticks.start') === 2);
    await c.close();
    expect(c.state).toBe('closed');
  });

  it('passes recvWindow to the codec for signed requests', async () => {
    const server = await serve();
    const c = client(server, { recvWindow: 3000 });
    await c.connect();
    await c.call('wallet', { asset: 'ZX' });
    await c.call('echo', {});
    expect(server.frames.map((f) => f.body?.window)).toEqual([3000, undefined]);
  });

  it('bounds the wait for a connection by connectWaitMs', async () => {
    const server = await serve();
    const c = client(server, { connectWaitMs: 100, reconnect: { initialDelayMs: 20, maxDelayMs: 20, jitter: 'none' } });
    await c.connect();
    await server.close();
    await waitFor(() => c.state === 'reconnecting');
    const started = Date.now();
    const error = await rejectionOf(c.call('echo', {}));
    expect(error).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
    expect(error.message).toMatch(/within 100 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});
