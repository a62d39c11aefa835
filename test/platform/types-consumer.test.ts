/**
 * The main entry's declarations need no @types/node: a TypeScript project with `"types": []`
 * and `skipLibCheck: false` (every .d.ts checked) type-checks code that uses the client. It lives
 * outside the repository, where only the package and its dependencies are reachable — so a
 * declaration that imported `node:events` or used `Buffer` would fail here, not resolve quietly.
 * The simulator (`currencycom-ws/simulator`) is Node-only and not imported.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED, ROOT } from '../helpers/paths.js';

const USAGE = `
import { CurrencyComClient, SlowConsumerError, buildRequest, sign, validateRequest, type QuoteEvent } from 'currencycom-ws';

export async function main(url: string): Promise<string> {
  const client = new CurrencyComClient({ url, apiKey: 'k', apiSecret: 's' });
  client.on('warning', (w) => {
    if (w instanceof SlowConsumerError) console.log(w.dropped, w.totalDropped);
  });
  await client.connect();
  const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
  const quotes = client.subscribeMarketData({ symbols: ['BTC/USD'] }, { bufferSize: 8, signal: new AbortController().signal });
  for await (const q of quotes) {
    const quote: QuoteEvent = q;
    console.log(quote.bid);
    break;
  }
  const frame = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 });
  const valid: boolean = validateRequest(frame.destination, frame.payload).valid;
  await client.close();
  return String(book.bids.length) + sign({ a: 1 }, 's') + String(valid);
}
`;

describe('a consumer without @types/node', () => {
  it('type-checks an import of the main entry with "types": [] and skipLibCheck: false', () => {
    const dir = mkdtempSync(join(tmpdir(), 'currencycom-ws-types-'));
    try {
      mkdirSync(join(dir, 'node_modules', '@noble'), { recursive: true });
      symlinkSync(GENERATED, join(dir, 'node_modules', 'currencycom-ws'), 'dir');
      symlinkSync(join(ROOT, 'node_modules', '@noble', 'hashes'), join(dir, 'node_modules', '@noble', 'hashes'), 'dir');
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      writeFileSync(join(dir, 'main.ts'), USAGE);
      const results: Record<string, string> = {};
      for (const [name, options] of [
        ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
        ['Bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
      ] as const) {
        writeFileSync(
          join(dir, 'tsconfig.json'),
          JSON.stringify({ compilerOptions: { target: 'ES2022', ...options, strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['main.ts'] }),
        );
        const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir, '--listFilesOnly'], { encoding: 'utf8' });
        expect(r.status, r.stdout + r.stderr).toBe(0);
        expect(r.stdout).not.toMatch(/@types\/node/);
        const check = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
        results[name] = check.stdout + check.stderr;
        expect(check.status, `${name}:\n${check.stdout}${check.stderr}`).toBe(0);
      }
      expect(results).toEqual({ NodeNext: '', Bundler: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
