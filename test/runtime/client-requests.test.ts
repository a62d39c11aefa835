import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client.js';
import { ClientError } from '../../templates/runtime/errors.js';
import {
  FakeRequestError,
  KEY,
  SECRET,
  defaultHandler,
  fakeSign,
  frameCount,
  makeClient,
  makeCodec,
  makeSpec,
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

async function setup(
  handler?: (frame: Frame, conn: ServerConnection, server: TestServer) => void,
  options: Parameters<typeof makeClient>[1] = {},
): Promise<{ server: TestServer; client: ClientCore }> {
  const server = await startServer(handler);
  cleanup.push(() => server.close());
  const client = makeClient(server, options);
  cleanup.push(() => client.close());
  await client.connect();
  return { server, client };
}

describe('requests', () => {
  it('matches out-of-order replies by correlation id', async () => {
    const held: [Frame, ServerConnection][] = [];
    const { client, server } = await setup((frame, conn, s) => {
      if (frame.route === 'rpc/2.0/echo') {
        held.push([frame, conn]);
        if (held.length === 3) for (const [f, c] of held.reverse()) c.reply(f, { got: f.body?.text });
      } else defaultHandler(frame, conn);
      void s;
    });
    const results = await Promise.all(['a', 'b', 'c'].map((text) => client.call<{ got: string }>('echo', { text })));
    expect(results.map((r) => r.got)).toEqual(['a', 'b', 'c']);
    // numeric correlation ids on the wire, replies came back as strings
    expect(server.frames.map((f) => typeof f.rid)).toEqual(['number', 'number', 'number']);
    expect(client.pendingCount).toBe(0);
  });

  it('uses the destination of the client version; request() takes any served destination', async () => {
    const { client, server } = await setup(undefined, { apiVersion: '1.0' });
    expect(client.apiVersion).toBe('1.0');
    await client.call('echo', { text: 'x' });
    await client.request('rpc/2.0/echo', { text: 'y' });
    expect(server.frames.map((f) => f.route)).toEqual(['rpc/1.0/echo', 'rpc/2.0/echo']);
  });

  it('rejects an error reply with ERR_API carrying code, text, name and payload', async () => {
    const { client } = await setup((frame, conn) => {
      if (frame.body?.text === 'named') conn.reply(frame, { errNo: -7, errText: 'No such pair.', errKind: 'pair.unknown' }, 'FAILURE');
      else if (frame.body?.text === 'coded') conn.reply(frame, { errNo: '-7', errText: 'No such pair.' }, 'FAILURE');
      else conn.reply(frame, 'plain text failure', 'FAILURE');
    });
    const named = await rejectionOf(client.call('echo', { text: 'named' }));
    expect(named).toBeInstanceOf(ClientError);
    expect(named).toMatchObject({
      code: 'ERR_API',
      apiCode: -7,
      apiMessage: 'No such pair.',
      errorName: 'pair.unknown',
      status: 'FAILURE',
      destination: 'rpc/2.0/echo',
      operationId: 'echo',
      payload: { errNo: -7, errText: 'No such pair.', errKind: 'pair.unknown' },
    });
    expect(typeof named.correlationId).toBe('string');
    expect(named.message).toContain('No such pair.');
    const coded = await rejectionOf(client.call('echo', { text: 'coded' }));
    expect(coded).toMatchObject({ code: 'ERR_API', apiCode: -7, errorName: 'NO_SUCH_PAIR' }); // name from the spec's error codes
    const plain = await rejectionOf(client.call('echo', { text: 'plain' }));
    expect(plain).toMatchObject({ code: 'ERR_API', apiCode: undefined, apiMessage: 'plain text failure' });
  });

  it('decodes replies through the codec and rejects invalid ones with ERR_INVALID_REPLY', async () => {
    let bad = false;
    const { client } = await setup((frame, conn) => {
      if (frame.route === 'rpc/2.0/wallet') conn.reply(frame, bad ? { owner: 5, funds: 'lots' } : { owner: 'me', funds: '12.5' });
    });
    await expect(client.call('wallet', {})).resolves.toEqual({ owner: 'me', funds: 12.5 });
    bad = true;
    const error = await rejectionOf(client.call('wallet', {}));
    expect(error).toMatchObject({ code: 'ERR_INVALID_REPLY', payload: { owner: 5, funds: 'lots' } });
    expect((error.issues as { path: string }[]).map((i) => i.path)).toEqual(['/owner', '/funds']);
  });

  it('times out with ERR_TIMEOUT and ignores the late reply', async () => {
    const held: [Frame, ServerConnection][] = [];
    const { client } = await setup((frame, conn) => {
      if (frame.route === 'rpc/2.0/echo') held.push([frame, conn]);
    });
    const error = await rejectionOf(client.call('echo', { text: 'slow' }, { timeoutMs: 50 }));
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', outcomeUnknown: true, timeoutMs: 50, idempotent: true });
    expect(client.pendingCount).toBe(0);
    const warnings: unknown[] = [];
    client.on('warning', (w) => warnings.push(w));
    const [f, c] = held[0]!;
    c.reply(f, { late: true });
    await sleep(30);
    expect(warnings).toEqual([]);
    expect(client.state).toBe('open');
  });

  it('AbortSignal: aborted before sending sends nothing; aborted while waiting removes the pending entry', async () => {
    const { client, server } = await setup((frame) => void frame); // never replies
    const pre = new AbortController();
    pre.abort();
    expect(await rejectionOf(client.call('echo', { text: 'x' }, { signal: pre.signal }))).toMatchObject({ code: 'ERR_ABORTED', sent: false });
    const ac = new AbortController();
    const waiting = client.call('echo', { text: 'y' }, { signal: ac.signal });
    await waitFor(() => server.frames.length === 1);
    expect(client.pendingCount).toBe(1);
    ac.abort();
    expect(await rejectionOf(waiting)).toMatchObject({ code: 'ERR_ABORTED', sent: true });
    expect(client.pendingCount).toBe(0);
    expect(server.frames.map((f) => f.body?.text)).toEqual(['y']);
  });

  it('passes the codec validation error through untouched and sends nothing', async () => {
    const { client, server } = await setup();
    const error = await rejectionOf(client.call('placeTrade', { pair: 'ZX/ZY', side: 'HOLD', amount: 1 }));
    expect(error).toBeInstanceOf(FakeRequestError);
    expect(error).toMatchObject({ code: 'ERR_INVALID_REQUEST', destination: 'rpc/2.0/trade/place', field: 'side', rule: 'enum' });
    const missing = await rejectionOf(client.call('placeTrade', { side: 'BUY', amount: 1 }));
    expect(missing).toMatchObject({ field: 'pair', rule: 'required' });
    await client.call('echo', {}); // the first frame the server sees
    expect(server.frames.map((f) => f.route)).toEqual(['rpc/2.0/echo']);
  });

  it('wraps a codec failure without a code as ERR_INVALID_PARAMS', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const codec = makeCodec();
    codec.buildRequest = () => {
      throw new TypeError('cannot read that');
    };
    const client = new ClientCore(makeSpec(), codec, { url: server.url, heartbeatIntervalMs: 0, deadAfterMs: 0 });
    cleanup.push(() => client.close());
    await client.connect();
    expect(await rejectionOf(client.call('echo', {}))).toMatchObject({ code: 'ERR_INVALID_PARAMS', destination: 'rpc/2.0/echo' });
    await sleep(20);
    expect(server.frames).toEqual([]);
  });

  it('signs through the codec; ERR_MISSING_CREDENTIALS without keys, nothing sent', async () => {
    const { client, server } = await setup((frame, conn) => {
      const body = { ...frame.body };
      const sig = body.sig;
      delete body.sig;
      conn.reply(frame, { valid: sig === fakeSign(body, SECRET), key: body.key });
    });
    await expect(client.call('placeTrade', { pair: 'ZX/ZY', side: 'BUY', amount: 2 })).resolves.toEqual({ valid: true, key: KEY });
    const anonymous = makeClient(server, { apiKey: undefined, apiSecret: undefined });
    cleanup.push(() => anonymous.close());
    await anonymous.connect();
    expect(await rejectionOf(anonymous.call('placeTrade', { pair: 'ZX/ZY', side: 'BUY', amount: 2 }))).toMatchObject({
      code: 'ERR_MISSING_CREDENTIALS',
      operationId: 'placeTrade',
    });
    await sleep(20);
    expect(frameCount(server, 'rpc/2.0/trade/place')).toBe(1);
  });

  it('bounds calls in flight with ERR_QUEUE_FULL', async () => {
    const { client } = await setup((frame) => void frame, { maxPending: 2 });
    const a = client.call('echo', {});
    const b = client.call('echo', {});
    expect(await rejectionOf(client.call('echo', {}))).toMatchObject({ code: 'ERR_QUEUE_FULL', limit: 2 });
    const [ra, rb] = [rejectionOf(a), rejectionOf(b)];
    await client.close();
    expect(await ra).toMatchObject({ code: 'ERR_CLOSED', outcomeUnknown: true });
    expect(await rb).toMatchObject({ code: 'ERR_CLOSED' });
  });

  it('keeps 64-bit integers of replies exact', async () => {
    const { client } = await setup((frame, conn) => {
      conn.send(`{"result":"SUCCESS","rid":"${String(frame.rid)}","body":{"accountId":1152921504606846977,"neg":-9223372036854775808,"n":17,"s":"x 12345678901234567890"}}`);
    });
    await expect(client.call('echo', {})).resolves.toEqual({
      accountId: '1152921504606846977',
      neg: '-9223372036854775808',
      n: 17,
      s: 'x 12345678901234567890',
    });
  });
});

describe('operations and versions', () => {
  it('picks the default version the server serves; rejects a version it does not serve', () => {
    const spec = makeSpec();
    const codec = makeCodec(spec);
    expect(new ClientCore(spec, codec, { server: 'main' }).apiVersion).toBe('2.0');
    expect(new ClientCore(spec, codec, { server: 'sandbox' }).apiVersion).toBe('1.0');
    let error: unknown;
    try {
      new ClientCore(spec, codec, { server: 'sandbox', apiVersion: '2.0' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'ERR_UNSUPPORTED_VERSION', version: '2.0' });
    expect(() => new ClientCore(spec, codec, { apiVersion: '3.0' })).toThrow(/Unknown API version 3\.0/);
    expect(() => new ClientCore(spec, codec, { server: 'nowhere' })).toThrow(expect.objectContaining({ code: 'ERR_INVALID_PARAMS', field: 'server' }));
  });

  it('rejects an operation missing in the version, an unknown operation and an unserved destination', async () => {
    const { client } = await setup();
    const missing = await rejectionOf(client.call('legacyStats', {}));
    expect(missing).toMatchObject({ code: 'ERR_UNSUPPORTED_VERSION', operationId: 'legacyStats', version: '2.0' });
    expect(missing.message).toContain('legacyStats');
    expect(missing.message).toContain('2.0');
    expect(await rejectionOf(client.call('nope', {}))).toMatchObject({ code: 'ERR_UNKNOWN_OPERATION' });
    expect(await rejectionOf(client.call('__proto__', {}))).toMatchObject({ code: 'ERR_UNKNOWN_OPERATION' });
    expect(await rejectionOf(client.request('rpc/9.9/echo', {}))).toMatchObject({ code: 'ERR_UNKNOWN_OPERATION' });
    expect(await rejectionOf(client.call('watchTicks', { pairs: ['A'] }))).toMatchObject({ code: 'ERR_UNKNOWN_OPERATION' });

    const server = await startServer();
    cleanup.push(() => server.close());
    const sandbox = makeClient(server, { server: 'sandbox' });
    cleanup.push(() => sandbox.close());
    await sandbox.connect();
    expect(await rejectionOf(sandbox.request('rpc/2.0/echo', {}))).toMatchObject({ code: 'ERR_UNSUPPORTED_VERSION', version: '2.0' });
    await expect(sandbox.call('legacyStats', {})).resolves.toEqual({ visitors: 3 });
    expect(server.frames.map((f) => f.route)).toEqual(['rpc/1.0/stats']);
  });
});

describe('connection state of calls', () => {
  it('rejects with ERR_NOT_CONNECTED before connect() and ERR_CLOSED after close()', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const client = makeClient(server);
    expect(await rejectionOf(client.call('echo', {}))).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
    await client.connect();
    await client.call('echo', {});
    await client.close();
    expect(client.state).toBe('closed');
    expect(await rejectionOf(client.call('echo', {}))).toMatchObject({ code: 'ERR_CLOSED' });
    expect(frameCount(server, 'rpc/2.0/echo')).toBe(1);
  });

  it('calls made while connecting wait for the connection', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const client = makeClient(server);
    cleanup.push(() => client.close());
    const connecting = client.connect();
    const reply = client.call('echo', { text: 'early' });
    await connecting;
    await expect(reply).resolves.toEqual({ text: 'early' });
  });

  it('connect() rejects with ERR_NOT_CONNECTED when nothing listens', async () => {
    const server = await startServer();
    const url = server.url;
    await server.close();
    const client = new ClientCore(makeSpec(), makeCodec(), { url, heartbeatIntervalMs: 0, deadAfterMs: 0 });
    expect(await rejectionOf(client.connect())).toMatchObject({ code: 'ERR_NOT_CONNECTED' });
    expect(client.state).toBe('closed');
  });
});
