/**
 * The transport the client runs on: the runtime's built-in WHATWG WebSocket when it has one
 * (browsers, Node 22+), else `ws`. This file runs in both of the suite's runs (Node 20 with `ws`,
 * Node 24 with its built-in WebSocket: test/platform/node24.test.ts) and checks each one's facts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { ClientCore } from '../../templates/runtime/client.js';
import { NotConnectedError } from '../../templates/runtime/errors.js';
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
    const c = client(server, { reconnect: false });
    const error = await rejectionOf(c.connect());
    expect(error).toBeInstanceOf(NotConnectedError);
    expect(error.code).toBe('ERR_NOT_CONNECTED');
    expect(error.message).toContain(`ws://127.0.0.1:${port}/connect`);
    expect(error.cause).toBeInstanceOf(Error);
    if (BUILTIN_WEBSOCKET) {
      // undici reports no reason at all (an empty TypeError): the client says what it knows.
      expect(error.message).toMatch(/the runtime's WebSocket gave no reason.*1006/);
    } else {
      expect((error.cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
      expect(error.message).toContain('ECONNREFUSED');
    }
  });
});
