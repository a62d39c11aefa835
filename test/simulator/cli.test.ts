/**
 * The simulator command in process (templates/simulator/cli.ts): what it prints on start, and its
 * --verbose request log — destination, status, and for a refused signature the canonical text the
 * simulator expected, never the secret.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSimulatorCli, formatRequestLog, type SimulatorCliContext } from '../../templates/simulator/cli.js';
import { createSimulator, type Simulator } from '../../templates/simulator/server.js';
import { TestClient, makeDeps, signed } from './helpers.js';

const running: Simulator[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.close();
  for (const s of running.splice(0)) await s.close();
});

const context: SimulatorCliContext = {
  command: 'example-simulator',
  envPrefix: 'EXAMPLE',
  versions: ['v1', 'v2'],
  start: (options) => createSimulator(makeDeps(), { ...options, tickMs: 0 }),
};

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await runSimulatorCli(argv, context, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  if (result.exitCode === undefined) running.push(result.simulator);
  return { result, out, err };
}

describe('simulator command', () => {
  it('prints its URL, the API key, where the secret came from (not the secret) and the symbols per version', async () => {
    const { result, out, err } = await run(['--port', '0', '--api-secret', 'my-own-secret'], { EXAMPLE_API_KEY: 'env-key' });
    expect(result.exitCode).toBeUndefined();
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/connect$/);
    expect(out[1]).toBe('API key: env-key ($EXAMPLE_API_KEY)');
    expect(out[2]).toBe('API secret: from --api-secret (not shown)');
    expect(out.join('\n')).not.toContain('my-own-secret');
    expect(out.find((l) => l.startsWith('symbols (v1): '))).toContain('BTC/USD');
    expect(out.find((l) => l.startsWith('symbols (v2): '))!.split(', ').length).toBeGreaterThan(out.find((l) => l.startsWith('symbols (v1): '))!.split(', ').length);
  });

  it('--verbose logs each request: destination, status, and for a refused signature the canonical text expected, never the secret', async () => {
    const secret = 'verbose-secret-value';
    const { result, out } = await run(['--verbose', '--api-key', 'k1', '--api-secret', secret]);
    if (result.exitCode !== undefined) throw new Error('did not start');
    const c = await TestClient.connect(result.simulator.url);
    clients.push(c);
    const logged = out.length;
    const t = Date.now();
    c.send({ destination: '/api/v1/time', correlationId: 1, payload: {} });
    await c.next((f) => f.correlationId === '1');
    const good = signed({}, t, 'k1', secret);
    c.send({ destination: '/api/v1/account', correlationId: 2, payload: good });
    await c.next((f) => f.correlationId === '2');
    const bad = signed({}, t, 'k1', 'a-wrong-secret');
    c.send({ destination: '/api/v1/account', correlationId: 3, payload: bad });
    await c.next((f) => f.correlationId === '3');
    const log = out.slice(logged).join('\n');
    expect(log).toMatch(/^\/api\/v1\/time #1 OK$/m);
    expect(log).toMatch(/^\/api\/v1\/account #2 OK$/m);
    expect(log).toMatch(/^\/api\/v1\/account #3 ERROR -1022 /m);
    expect(log).toContain(`expected a signature over: apiKey=k1&timestamp=${t}`);
    expect(log).not.toContain(secret);
    expect(log.match(/expected a signature/g)).toHaveLength(1);
  });

  it('formats a log entry without a destination or correlation id', () => {
    expect(formatRequestLog({ status: 'ERROR', error: { code: -1000, msg: 'not JSON' } })).toBe('(no destination) ERROR -1000 not JSON');
  });
});
