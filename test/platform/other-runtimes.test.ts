/**
 * The package in the other runtimes its README names (Bun, Deno: a WebSocket, no `ws`): a plain
 * JavaScript session (test/runtimes/session.mjs) imports the package by its name, talks to the
 * simulator (a public request, a signed one the simulator checks, a stream, a refused call) and
 * signs a frame, which must carry the signature Node computes. Each runtime comes from the npm
 * registry (pinned in test/runtimes/<name>/package.json) and is installed on first use; a missing
 * or failed install is a failure, never a skip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildRequest } from 'currencycom-ws';
import { startSimulator } from 'currencycom-ws/simulator';
import { ROOT } from '../helpers/paths.js';

const RUNTIMES = join(ROOT, 'test', 'runtimes');
const SESSION = join(RUNTIMES, 'session.mjs');
const API_KEY = 'runtime-key';
const API_SECRET = 'runtime-secret-0123456789';

/** The runtime's binary, installed from the npm registry into test/runtimes/<name> on first use. */
function install(name: string, binary: string): string {
  const dir = join(RUNTIMES, name);
  const bin = join(dir, 'node_modules', binary);
  if (!existsSync(bin)) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`installing ${name} from the npm registry failed (npm ci in test/runtimes/${name}):\n${r.stderr}`);
  }
  return bin;
}

const runtimes = [
  { name: 'bun', binary: '@oven/bun-linux-x64/bin/bun', args: (bin: string) => [bin, [SESSION]] as const },
  // Deno reads the package from the workspace's node_modules, as a project with a package.json does.
  { name: 'deno', binary: '@deno/linux-x64-glibc/deno', args: (bin: string) => [bin, ['run', '--allow-all', '--node-modules-dir=manual', SESSION]] as const },
];

describe('other runtimes', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 8, tickMs: 20, apiKey: API_KEY, apiSecret: API_SECRET });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it.each(runtimes)('$name: a session against the simulator, and the signature Node computes', async ({ name, binary, args }) => {
    const bin = install(name, binary);
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    const [command, argv] = args(bin);
    // Asynchronously: the simulator answers from this process's event loop.
    const r = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(command, [...argv, sim.url, API_KEY, API_SECRET], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr: `${stderr}${error?.message ?? ''}` }),
      );
    });
    expect(r.status, `${version}\n${r.stderr}`).toBe(0);
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!);
    const want = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's3cret', timestamp: 1700000000000, correlationId: 1 }).payload.signature;
    console.log(`${result.runtime} (${version.split('\n')[0]}): ${JSON.stringify({ states: result.states, bids: result.bids, quotes: result.quotes.length })}`);
    expect(result.runtime.startsWith(name)).toBe(true);
    expect(result.builtinWebSocket).toBe(true);
    expect(result.states).toEqual(['connecting', 'open', 'closed']);
    expect(result.bids).toBeGreaterThan(0);
    expect(result.balances).toBeGreaterThan(0); // the simulator accepted the runtime's signature
    expect(result.quotes).toHaveLength(2);
    for (const q of result.quotes) {
      expect(q.symbol).toBe('BTC/USD');
      expect(Number(q.ofr)).toBeGreaterThanOrEqual(Number(q.bid));
    }
    expect(result.refused).toEqual({ code: 'ERR_INVALID_REQUEST', field: 'limit', typed: true });
    expect(result.signature).toBe(want);
  }, 300_000);
});
