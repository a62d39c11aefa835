/**
 * The transport the client runs on: the runtime's built-in WHATWG WebSocket when it has one
 * (browsers, Node 22+), else `ws`. This file runs in both of the suite's runs (Node 20 with `ws`,
 * Node 22 and Node 24 with their built-in WebSocket: test/platform/builtin-websocket.test.ts) and
 * checks each one's facts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { ClientCore } from '../../templates/runtime/client.js';
import { ConnectionLostError, NotConnectedError } from '../../templates/runtime/errors.js';
import { BUILTIN_WEBSOCKET, makeClient, rejectionOf, startServer, waitFor, type TestServer } from './helpers.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function client(server: TestServer, options: Parameters<typeof makeClient>[1] = {}): ClientCore {
  const c = makeClient(server, options);
  cleanup.push(() => c.close());
  return c;
}

/** A port with nothing listening: bound, then closed. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe(`transport (${BUILTIN_WEBSOCKET ? "the runtime's built-in WebSocket" : 'ws'})`, () => {
  it('uses the built-in WebSocket by default when the runtime has one, else ws', async () => {
    const server = await startServer();
    cleanup.push(() => server.close());
    const headers: IncomingMessage['headers'][] = [];
    server.wss.on('connection', (_socket, request) => headers.push(request.headers));
    const c = client(server);
    await c.connect();
    await waitFor(() => headers.length === 1);
    // A fetch-based WebSocket (undici, browsers) sends Sec-Fetch-Mode; ws does not.
    expect(headers[0]!['sec-fetch-mode']).toBe(BUILTIN_WEBSOCKET ? 'websocket' : undefined);
    await expect(c.call('echo', { text: 'over this transport' })).resolves.toEqual({ text: 'over this transport' });
  });

  it('a refused connection rejects connect() with an error that keeps its cause', async () => {
    const port = await closedPort();
    const server = { url: `ws://127.0.0.1:${port}/connect` } as TestServer;
    // A connect timeout far beyond the test's own: connect() must fail on the refusal itself.
    const c = client(server, { reconnect: false, connectTimeoutMs: 600_000 });
    const error = await rejectionOf(c.connect());
    expect(error).toBeInstanceOf(NotConnectedError);
    expect(error.code).toBe('ERR_NOT_CONNECTED');
    expect(error.message).toContain(`ws://127.0.0.1:${port}/connect`);
    expect(error.cause).toBeInstanceOf(Error);
    if (BUILTIN_WEBSOCKET) {
      // undici in Node 24 gives no reason at all (an empty TypeError), then closes with 1006; in
      // Node 22 it gives a message and fires no close event: the client says what it knows.
      const reason = (error.cause as Error).message;
      expect(error.message).toContain(reason === '' ? "the runtime's WebSocket gave no reason" : reason.replace(/\.$/, ''));
      expect(error.message).toMatch(/socket closed \(code 1006\)/);
    } else {
      expect((error.cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
      expect(error.message).toContain('ECONNREFUSED');
    }
  });

  it('a text frame that is not UTF-8 fails the connection (1007) and nothing of it is read; a leading BOM is dropped', async () => {
    // ws checks nothing the client sends back here: the server writes raw bytes as a text frame.
    const server = await startServer((frame, conn) => {
      if (frame.route?.endsWith('/echo') === true) {
        const body = JSON.stringify({ result: 'SUCCESS', route: frame.route, rid: String(frame.rid), body: frame.body ?? {} });
        const text = (frame.body as { text?: string } | undefined)?.text;
        if (text === 'bom') conn.socket.send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), { binary: false });
        // Binary frames need not be UTF-8: this one is a bad frame (not JSON), not a broken connection.
        else if (text === 'binary') (conn.socket.send(Buffer.from([0x7b, 0xff, 0x7d]), { binary: true }), conn.socket.send(body));
        // "é" cut after its first byte, inside a string of an otherwise well-formed reply.
        else conn.socket.send(Buffer.concat([Buffer.from(body.slice(0, -3)), Buffer.from([0xc3]), Buffer.from('"}}')]), { binary: false });
      }
    });
    cleanup.push(() => server.close());
    const closes: number[] = [];
    server.wss.on('connection', (socket) => socket.on('close', (code) => closes.push(code)));
    const logs: string[] = [];
    const c = client(server, { reconnect: false, logger: (level, message) => logs.push(`${level}: ${message}`) });
    await c.connect();
    const warnings: { code?: string; message?: string }[] = [];
    c.on('warning', (w: { code?: string; message?: string }) => warnings.push(w));
    await expect(c.call('echo', { text: 'bom' })).resolves.toEqual({ text: 'bom' });
    await expect(c.call('echo', { text: 'binary' })).resolves.toEqual({ text: 'binary' });
    expect(warnings.map((w) => w.code)).toEqual(['ERR_BAD_FRAME']);
    const error = await rejectionOf(c.call('echo', { text: 'broken' }));
    expect(error).toBeInstanceOf(ConnectionLostError);
    await waitFor(() => closes.length === 1, 3000, 'the server to see the close');
    if (BUILTIN_WEBSOCKET) {
      // The runtime's WebSocket fails the connection itself (WHATWG: "fail the WebSocket connection").
      expect(closes[0]).not.toBe(1000);
    } else {
      expect(closes[0]).toBe(1007);
      const reason = 'Ignored an inbound frame: a text frame is not valid UTF-8; the connection is closed (code 1007)';
      expect(logs).toContain(`warn: ${reason}`);
      expect(warnings.map((w) => w.code)).toEqual(['ERR_BAD_FRAME', 'ERR_BAD_FRAME']);
      expect(warnings[1]!.message).toBe(reason);
    }
  });
});
