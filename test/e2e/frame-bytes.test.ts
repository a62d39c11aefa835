/**
 * The client over ws reads the events of flat payloads with the generated frame decoder
 * (frames.ts), and the frames it leaves alone with JSON.parse: subscribers receive the same
 * events either way, and a frame the decoder read still warns with its text when it is invalid.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientCore } from '../../generated/dist/runtime/client.js';
import type { ClientError } from '../../generated/dist/runtime/errors.js';
import type { BytesDecoder } from '../../generated/dist/runtime/spec.js';
import { createCodec } from '../../generated/dist/codec/codec.js';
import { rules, spec } from '../../generated/dist/spec.js';
import { validators } from '../../generated/dist/validators/all.js';
import { waitFor } from './helpers.js';

const closing: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closing.length > 0) await closing.pop()!();
});

/** A server that acknowledges any subscription, then sends `frames` as they are. */
async function serverSending(frames: readonly string[]): Promise<string> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  closing.push(() => new Promise((resolve) => wss.close(resolve)));
  wss.on('connection', (ws: WebSocket) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { destination: string; correlationId: number; payload: { symbols?: string[] } };
      const subscriptions = Object.fromEntries((frame.payload.symbols ?? []).map((s) => [s, 'PROCESSED']));
      ws.send(JSON.stringify({ status: 'OK', destination: frame.destination, correlationId: frame.correlationId, payload: { subscriptions } }));
      for (const f of frames) ws.send(f);
    });
  });
  const address = wss.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
}

/**
 * Runs `connect` with the runtime's own WebSocket hidden, so that the client takes the ws package
 * (its default where there is none: Node 20), which hands it frames as bytes. On Node 22 and 24
 * the built-in WebSocket hands it strings, which go to JSON.parse.
 */
async function overWs<T>(connect: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'WebSocket');
  if (own !== undefined) delete (globalThis as { WebSocket?: unknown }).WebSocket;
  try {
    return await connect();
  } finally {
    if (own !== undefined) Object.defineProperty(globalThis, 'WebSocket', own);
  }
}

/** A client of the generated codec whose frame decoder is `bytes`, connected over ws, its warnings collected. */
async function clientWith(url: string, bytes: () => Promise<BytesDecoder>): Promise<{ client: ClientCore; warnings: ClientError[] }> {
  const codec = createCodec(spec, { ...rules, ...validators, frameReader: { ...rules.frameReader!, bytes } });
  const client = new ClientCore(spec, codec, { url, rateLimit: false, reconnect: false, heartbeatIntervalMs: 0 });
  closing.push(() => client.close());
  const warnings: ClientError[] = [];
  client.on('warning', (w) => warnings.push(w));
  await overWs(() => client.connect());
  return { client, warnings };
}

describe('the frame decoder in the client', () => {
  it('delivers the same events from frames it reads and from frames JSON.parse reads, and warns with the text of an invalid one', async () => {
    const plain = '{"status":"OK","destination":"internal.trade","payload":{"price":11400.95,"size":0.058,"id":1,"ts":1596625079952,"symbol":"BTC/USD","buyer":true}}';
    const spaced = '{"status": "OK", "destination": "internal.trade", "payload": {"price": 11400.95, "size": 0.058, "id": 1, "ts": 1596625079952, "symbol": "BTC/USD", "buyer": true}}';
    const asStrings = '{"status":"OK","destination":"internal.trade","payload":{"price":"11400.95","size":"0.058","id":"1","ts":1596625079952,"symbol":"BTC/USD","buyer":true}}';
    const invalid = '{"status":"OK","destination":"internal.trade","payload":{"price":"cheap","size":0.058,"id":2,"ts":1596625079952,"symbol":"BTC/USD"}}';
    const url = await serverSending([plain, spaced, asStrings, invalid]);

    // The generated codec, its frame decoder wrapped to count what it reads.
    let calls = 0;
    let read = 0;
    const reader = rules.frameReader!;
    const counting = async (): Promise<BytesDecoder> => {
      const decode = await reader.bytes!();
      return (bytes) => {
        calls++;
        const frame = decode(bytes);
        if (frame !== undefined) read++;
        return frame;
      };
    };
    const { client, warnings } = await clientWith(url, counting);

    const events: unknown[] = [];
    const sub = client.subscribe('trades.subscribe', { symbols: ['BTC/USD'] });
    sub.on('data', (e) => events.push(e));
    await sub.ready;
    await waitFor(() => events.length === 3 && warnings.length === 1, 'three trades and one warning');

    expect(read).toBe(3); // plain, asStrings and invalid; the reply and the spaced frame went to JSON.parse
    expect(calls).toBe(5);
    expect(JSON.stringify(events[0])).toBe(JSON.stringify(events[1]));
    expect(JSON.stringify(events[2])).toBe(JSON.stringify(events[1]));
    expect(events[0]).toEqual({ price: 11400.95, size: 0.058, id: 1, ts: 1596625079952, symbol: 'BTC/USD', buyer: true });
    expect(warnings[0]!.code).toBe('ERR_BAD_FRAME');
    expect(warnings[0]!.message).toMatch(/does not match its schema/);
    expect((warnings[0] as ClientError & { excerpt: string }).excerpt).toBe(invalid);
  });

  it('a decoder that throws leaves every frame to JSON.parse: nothing is lost', async () => {
    const plain = '{"status":"OK","destination":"internal.trade","payload":{"price":1.5,"size":2,"id":7,"ts":1596625079952,"symbol":"BTC/USD"}}';
    const url = await serverSending([plain, plain]);
    let calls = 0;
    const throwing = async (): Promise<BytesDecoder> => () => {
      calls++;
      throw new Error('broken decoder');
    };
    const { client, warnings } = await clientWith(url, throwing);
    const events: unknown[] = [];
    const sub = client.subscribe('trades.subscribe', { symbols: ['BTC/USD'] });
    sub.on('data', (e) => events.push(e));
    await sub.ready;
    await waitFor(() => events.length === 2, 'both trades');
    expect(calls).toBe(3); // the subscription's reply and both events
    expect(events[1]).toEqual({ price: 1.5, size: 2, id: 7, ts: 1596625079952, symbol: 'BTC/USD' });
    expect(warnings).toEqual([]);
  });
});
