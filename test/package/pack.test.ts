/**
 * The package as a user gets it: `npm pack` of generated/, installed into an empty project outside
 * this repository (so nothing resolves from our node_modules), works with its declared
 * dependencies only — client, builders, validators and simulator.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED } from '../helpers/paths.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

describe('npm pack → install into an empty project', () => {
  it('installs from the tarball and runs a session against its own simulator', () => {
    const work = mkdtempSync(join(tmpdir(), 'currencycom-ws-pack-'));
    try {
      npm(['pack', GENERATED, '--pack-destination', work, '--silent'], work);
      const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
      expect(tarball).toMatch(/^currencycom-ws-.*\.tgz$/);
      const project = join(work, 'app');
      execFileSync('mkdir', ['-p', project]);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      npm(['install', join(work, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--silent'], project);
      expect(existsSync(join(project, 'node_modules', 'currencycom-ws', 'dist', 'index.js'))).toBe(true);
      expect(existsSync(join(project, 'node_modules', 'currencycom-ws', 'dist', 'index.d.ts'))).toBe(true);
      // Only declared dependencies were installed next to it.
      const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
      expect(installed.sort()).toEqual(['@noble', 'currencycom-ws', 'ws']);

      writeFileSync(
        join(project, 'main.js'),
        `
import { CurrencyComClient, buildRequest, validateRequest, operations } from 'currencycom-ws';
import { startSimulator } from 'currencycom-ws/simulator';
const sim = await startSimulator({ apiKey: 'k', apiSecret: 's', tickMs: 50 });
const client = new CurrencyComClient({ url: sim.url, apiVersion: 'v1', apiKey: 'k', apiSecret: 's', reconnect: false });
await client.connect();
const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
const account = await client.account();
const quotes = client.subscribeMarketData({ symbols: ['BTC/USD'] });
let quote;
for await (const q of quotes) { quote = q; break; }
const frame = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 });
await client.close();
await sim.close();
console.log(JSON.stringify({
  bids: book.bids.length, balances: account.balances.length, quote: quote.symbolName,
  valid: validateRequest(frame.destination, frame.payload).valid, operations: Object.keys(operations).length,
}));
`,
      );
      const out = execFileSync(process.execPath, ['main.js'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
      const result = JSON.parse(out.trim().split('\n').pop()!);
      expect(result).toMatchObject({ quote: 'BTC/USD', valid: true });
      expect(result.bids).toBeGreaterThan(0);
      expect(result.balances).toBeGreaterThan(0);
      expect(result.operations).toBeGreaterThan(30);
      // The command line is installed as the package's bin and runs with the declared dependencies only.
      const help = execFileSync(join(project, 'node_modules', '.bin', 'currencycom-ws'), ['--help'], { cwd: project, encoding: 'utf8', timeout: 30_000 });
      expect(help).toMatch(/^  depth +Read the order book/m);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
