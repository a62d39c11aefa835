import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCore, type LogLevel } from '../../templates/runtime/client.js';
import { KEY, SECRET, defaultHandler, makeClient, makeCodec, makeSpec, rejectionOf, startServer, waitFor, type TestServer } from './helpers.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

/** Every string reachable from `root` through own properties (enumerable or not, symbols too). */
function reachableStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      out.push(value);
      return;
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 12) return;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) (visit(k, depth + 1), visit(v, depth + 1));
    if (value instanceof Set) for (const v of value) visit(v, depth + 1);
    for (const key of Reflect.ownKeys(value as object)) {
      const d = Object.getOwnPropertyDescriptor(value as object, key);
      if (d !== undefined && 'value' in d) visit(d.value, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

describe('the API secret', () => {
  it('never appears in inspect, JSON, properties, errors, log lines or frames', async () => {
    let failNext = false;
    let server: TestServer | undefined;
    server = await startServer((frame, conn, s) => {
      if (frame.route === 'rpc/2.0/wallet' && failNext) conn.reply(frame, { errNo: -3, errText: 'bad signature' }, 'FAILURE');
      else if (frame.route === 'rpc/2.0/trade/place') setTimeout(() => conn.socket.terminate(), 5);
      else defaultHandler(frame, conn);
      void s;
    });
    cleanup.push(() => server!.close());
    const lines: string[] = [];
    const logger = (level: LogLevel, message: string, details?: Readonly<Record<string, unknown>>): void => {
      lines.push(`${level} ${message} ${inspect(details, { depth: 5 })}`);
    };
    const client = makeClient(server, { logger });
    cleanup.push(() => client.close());
    await client.connect();

    const errors: unknown[] = [];
    await client.call('wallet', {});
    failNext = true;
    errors.push(await rejectionOf(client.call('wallet', {})));
    errors.push(await rejectionOf(client.call('placeTrade', { pair: 'A', side: 'BUY', amount: 1 })));
    errors.push(await rejectionOf(client.call('placeTrade', { pair: 'A', side: 'BAD', amount: 1 })));
    await waitFor(() => client.state === 'open');
    const warnings: unknown[] = [];
    client.on('warning', (w) => warnings.push(w));
    server.connections.at(-1)!.send(`not json ${SECRET}`); // even an echoed secret is redacted
    await waitFor(() => warnings.length === 1);
    errors.push(...warnings);
    expect(errors.map((e) => (e as { code: string }).code)).toEqual(['ERR_API', 'ERR_CONNECTION_LOST', 'ERR_INVALID_REQUEST', 'ERR_BAD_FRAME']);

    const views = [
      inspect(client, { depth: 20, showHidden: true }),
      JSON.stringify(client),
      ...reachableStrings(client),
      ...errors.flatMap((e) => [inspect(e, { depth: 20, showHidden: true }), JSON.stringify(e), String(e), ...reachableStrings(e)]),
      ...lines,
      ...server.frames.map((f) => JSON.stringify(f)),
    ];
    expect(lines.length).toBeGreaterThan(0);
    expect(server.frames.some((f) => f.body?.key === KEY)).toBe(true); // the key is sent, the secret is not
    for (const view of views) expect(view).not.toContain(SECRET);
    expect(Object.keys(client)).not.toContain('apiSecret');
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ credentials: '[redacted]' });
  });

  it('a codec error mentioning the secret is redacted when wrapped', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const codec = makeCodec();
    codec.buildRequest = (_d, _p, ctx) => {
      throw new Error(`cannot sign with ${String(ctx.apiSecret)}`);
    };
    const client = new ClientCore(makeSpec(), codec, { url: server.url, apiKey: KEY, apiSecret: SECRET, heartbeatIntervalMs: 0, deadAfterMs: 0 });
    cleanup.push(() => client.close());
    await client.connect();
    const error = await rejectionOf(client.call('wallet', {}));
    expect(error).toMatchObject({ code: 'ERR_INVALID_PARAMS' });
    expect(error.message).toContain('[redacted]');
    expect(inspect(error)).not.toContain(SECRET);
  });

  it('unsigned operations never hand the secret to the codec', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const codec = makeCodec();
    const contexts: unknown[] = [];
    const build = codec.buildRequest.bind(codec);
    codec.buildRequest = (d, p, ctx) => {
      contexts.push({ d, ctx });
      return build(d, p, ctx);
    };
    const client = new ClientCore(makeSpec(), codec, { url: server.url, apiKey: KEY, apiSecret: SECRET, heartbeatIntervalMs: 0, deadAfterMs: 0 });
    cleanup.push(() => client.close());
    await client.connect();
    await client.call('echo', {});
    expect(JSON.stringify(contexts)).not.toContain(SECRET);
  });
});
