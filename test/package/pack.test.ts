/**
 * The package as a user gets it: `npm pack` of generated/, installed into an empty project outside
 * this repository (so nothing resolves from our node_modules), works with its declared
 * dependencies only — client, builders, validators and simulator; a strict TypeScript consumer
 * that checks libraries (`skipLibCheck: false`, the compiler's default) compiles against it; a
 * CommonJS consumer loads it through require(esm); the tarball holds what package.json promises
 * (LICENSE, src/ that every source map points into) and nothing of this repository.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { GENERATED, ROOT } from '../helpers/paths.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The consumer's Node types: the version this repository type-checks with. */
const TYPES_NODE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies['@types/node'] as string;

describe('npm pack → install into an empty project', () => {
  let work: string;
  let tarball: string;
  let project: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'currencycom-ws-pack-'));
    npm(['pack', GENERATED, '--pack-destination', work, '--silent'], work);
    tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
    project = join(work, 'app');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--silent'], project);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs from the tarball and runs a session against its own simulator', () => {
    {
      expect(tarball).toMatch(/currencycom-ws-.*\.tgz$/);
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
    }
  }, 60_000);

  it('holds LICENSE, src/ that the source and declaration maps of its compiled files point into, and says what it needs', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((p) => p.replace(/^package\//, ''));
    const inTarball = new Set(listed);
    expect(inTarball.has('LICENSE')).toBe(true);
    expect(readFileSync(join(project, 'node_modules', 'currencycom-ws', 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \S/);
    // Nothing of the repository (tests, templates, generator, scratch) rides along; the changelog and
    // the document the package was generated from do (api-diff compares a new document with it).
    expect(inTarball.has('CHANGELOG.md') && inTarball.has('asyncapi.yaml')).toBe(true);
    expect(listed.filter((p) => !/^(dist|src|docs)\//.test(p) && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'asyncapi.yaml'].includes(p))).toEqual([]);
    // Every output compiled from a file of src/ (the validators are written as JavaScript directly).
    const outputs = listed.filter((p) => p.startsWith('dist/') && /\.(js|d\.ts)$/.test(p) && inTarball.has(p.replace(/^dist\//, 'src/').replace(/(\.d)?\.ts$|\.js$/, '.ts')));
    expect(outputs.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const out of outputs) {
      const text = readFileSync(join(project, 'node_modules', 'currencycom-ws', out), 'utf8');
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      const mapPath = url && posix.join(posix.dirname(out), url);
      if (!mapPath || !inTarball.has(mapPath)) {
        broken.push(`${out}: no map`);
        continue;
      }
      const map = JSON.parse(readFileSync(join(project, 'node_modules', 'currencycom-ws', mapPath), 'utf8'));
      for (const source of map.sources as string[]) {
        const target = posix.join(posix.dirname(out), source);
        if (!target.startsWith('src/') || !inTarball.has(target)) broken.push(`${out}: ${source}`);
      }
    }
    expect(broken).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'currencycom-ws', 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(pkg.dependencies.ws).toMatch(/^\^8\./);
    expect(pkg.engines.node).toBe('>=20.19.0');
    expect(Object.keys(pkg.bin).sort()).toEqual(['currencycom-ws', 'currencycom-ws-simulator']);
    expect(pkg.keywords).toContain('websocket');
    expect(existsSync(join(project, 'node_modules', '.bin', 'currencycom-ws-simulator'))).toBe(true);
  });

  it('type-checks a strict consumer that also checks the package declarations (skipLibCheck: false)', () => {
    npm(['install', `@types/node@${TYPES_NODE}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent'], project);
    const dir = join(project, 'ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false,
          noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'consumer.ts'),
      `
import { CurrencyComClient, buildRequest, canonicalString, sign, validateRequest, validateReply, validateEvent, operations } from 'currencycom-ws';
import { startSimulator } from 'currencycom-ws/simulator';

export async function session(): Promise<string> {
  const sim = await startSimulator({ apiKey: 'k', apiSecret: 's' });
  const client = new CurrencyComClient({ url: sim.url, apiVersion: 'v1', apiKey: 'k', apiSecret: 's' });
  await client.connect();
  const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
  const subscription = client.subscribeMarketData({ symbols: ['BTC/USD'] });
  let bid: unknown;
  for await (const quote of subscription) {
    bid = quote.bid;
    break;
  }
  const frame = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 });
  const checks = [validateRequest(frame.destination, frame.payload), validateReply('/api/v1/time', {}), validateEvent('internal.quote', {})];
  await client.close();
  await sim.close();
  return [book.bids.length, String(bid), canonicalString({ a: 1 }), sign({ a: 1 }, 's'), checks.length, Object.keys(operations).length].join(' ');
}
`,
    );
    const run = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('loads in a CommonJS consumer through require(esm) (Node >= 20.19)', () => {
    writeFileSync(
      join(project, 'main.cjs'),
      `const { buildRequest, operations } = require('currencycom-ws');
const { startSimulator } = require('currencycom-ws/simulator');
const frame = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 });
console.log(JSON.stringify({ signature: typeof frame.payload.signature, operations: Object.keys(operations).length, simulator: typeof startSimulator }));
`,
    );
    const run = spawnSync(process.execPath, ['main.cjs'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ signature: 'string', operations: expect.any(Number), simulator: 'function' });
  });
});
