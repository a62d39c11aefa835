/**
 * A made-up exchange (test/documents/other-exchange.yaml: versions alpha/beta, envelope
 * route/ref/body/state, signing fields key/nonce/window/sig with ':' and ';') becomes a working
 * package: it type-checks, builds and signs by its own rule, validates, and its client talks to a
 * server speaking that protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { generateInto, typecheck, type GeneratedDir } from '../helpers/generate.js';

let gen: GeneratedDir;
let pkg: any;
beforeAll(async () => {
  gen = await generateInto('test/documents/other-exchange.yaml', 'kestrel');
  pkg = await gen.import();
}, 120_000);

describe('a second exchange from its own document', () => {
  it('type-checks', () => {
    const r = typecheck(join(gen.dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('has only what its document has: no simulator, its own names', () => {
    expect([...gen.pkg.files.keys()].some((f) => f.includes('simulator'))).toBe(false);
    expect(typeof pkg.KestrelClient).toBe('function');
    expect(Object.keys(pkg.operations).sort()).toEqual(['heartbeat', 'startTicks', 'trade', 'wallet']);
    expect(pkg.operations.wallet.destinations).toEqual({ alpha: '/rest/alpha/wallet', beta: '/rest/beta/wallet' });
    expect(pkg.operations.trade.destinations).toEqual({ beta: '/rest/beta/trade' });
  });

  it('signs by its own rule: key/nonce/window/sig, pairs joined by ";" with ":"', () => {
    const frame = pkg.buildRequest('/rest/beta/trade', { pair: 'KST-EUR', way: 'up', size: '1.5' }, { apiKey: 'K', apiSecret: 'S', timestamp: 42, recvWindow: 100, correlationId: 7 });
    const canonical = 'key:K;nonce:42;pair:KST-EUR;size:1.5;way:up;window:100';
    expect(frame).toEqual({
      route: '/rest/beta/trade',
      ref: 7,
      body: { pair: 'KST-EUR', way: 'up', size: '1.5', key: 'K', nonce: 42, window: 100, sig: createHmac('sha256', 'S').update(canonical).digest('hex') },
    });
    expect(pkg.canonicalString(frame.body)).toBe(canonical);
  });

  it('refuses what its document refuses', () => {
    expect(() => pkg.buildRequest('/rest/alpha/trade', { pair: 'KST-EUR', way: 'up', size: 1 }, { apiKey: 'K', apiSecret: 'S' })).toThrow(/trade does not exist in alpha/);
    expect(() => pkg.buildRequest('/rest/beta/trade', { pair: 'KST-EUR', way: 'sideways', size: 1 }, { apiKey: 'K', apiSecret: 'S' })).toThrow(/way/);
    expect(() => pkg.buildRequest('/rest/beta/wallet', {}, {})).toThrow(expect.objectContaining({ code: 'ERR_MISSING_CREDENTIALS', field: 'key' }));
    expect(pkg.validateRequest('/rest/beta/trade', { pair: 'A', way: 'UP', size: '2', key: 'K', nonce: 1, sig: 'a'.repeat(64) }).valid).toBe(true); // alias
    expect(pkg.validateReply('/rest/beta/wallet', [{ coin: 'KST', amount: 3 }])).toEqual({ valid: true, value: { holdings: [{ coin: 'KST', amount: '3' }] } });
  });

  describe('its client against a server speaking its protocol', () => {
    let server: WebSocketServer;
    let url: string;
    const seen: any[] = [];
    beforeAll(async () => {
      server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      await new Promise((r) => server.once('listening', r));
      url = `ws://127.0.0.1:${(server.address() as { port: number }).port}/v`;
      server.on('connection', (socket: WebSocket) => {
        socket.on('message', (data) => {
          const m = JSON.parse(String(data));
          seen.push(m);
          const reply = (body: unknown, state = 'SUCCESS') => socket.send(JSON.stringify({ state, route: m.route, ref: String(m.ref), body }));
          if (m.route === 'hb') reply({});
          else if (m.route === '/rest/beta/wallet') reply([{ coin: 'KST', amount: 12.5 }]); // bare array, number amount
          else if (m.route === '/rest/beta/trade') reply({ errno: 404, reason: 'no such pair', kind: 'NO_SUCH_PAIR' }, 'FAILED');
          else if (m.route === 'ticks.start') {
            reply({});
            for (const pair of ['OTHER', ...m.body.pairs]) socket.send(JSON.stringify({ route: 'tick.push', body: { pair, last: '1.25', at: 1 } }));
          }
        });
      });
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('requests, errors and a stream work with the envelope and fields of that document', async () => {
      const client = new pkg.KestrelClient({ url, apiVersion: 'beta', apiKey: 'K', apiSecret: 'S', reconnect: false });
      await client.connect();
      try {
        expect(await client.wallet()).toEqual({ holdings: [{ coin: 'KST', amount: '12.5' }] });
        const signed = seen.find((m) => m.route === '/rest/beta/wallet');
        expect(Object.keys(signed.body).sort()).toEqual(['key', 'nonce', 'sig']);
        await expect(client.trade({ pair: 'NOPE', way: 'down', size: 1 })).rejects.toMatchObject({ code: 'ERR_API', apiCode: 404, apiMessage: 'no such pair' });
        const ticks = client.startTicks({ pairs: ['KST-EUR'] });
        for await (const tick of ticks) {
          expect(tick).toEqual({ pair: 'KST-EUR', last: 1.25, at: 1 }); // routed by pair, coerced to number
          break;
        }
      } finally {
        await client.close();
      }
    });

    it('a version the server does not serve is refused before connecting', () => {
      expect(() => new pkg.KestrelClient({ server: 'sandbox', apiVersion: 'beta' })).toThrow(/beta/);
    });
  });
});
