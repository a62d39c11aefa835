/**
 * The peer package (bench/peer: ccxt, crypto-js, @asyncapi/generator), kept out of the default
 * install and installed on the first `npm run bench` with `npm ci --prefix bench/peer`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(BENCH, '..');
export const PEER = join(BENCH, 'peer');
const STAMP = join(PEER, 'node_modules', '.bench-lock-sha256');

function lockHash(): string {
  return createHash('sha256').update(readFileSync(join(PEER, 'package-lock.json'))).digest('hex');
}

/** Installs bench/peer when it is missing or its lock file changed; returns why it could not, or undefined. */
export function ensurePeer(log: (line: string) => void): string | undefined {
  const want = lockHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return undefined;
  log('installing the peer packages (first run): npm ci --no-audit --no-fund --prefix bench/peer …');
  const t0 = performance.now();
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', PEER], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) return `npm ci --prefix bench/peer failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`;
  writeFileSync(STAMP, want);
  log(`installed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return undefined;
}

const peerRequire = createRequire(join(PEER, 'package.json'));

/** Imports a package from bench/peer/node_modules (its ESM entry when its exports map has one). */
export async function importPeer<T = any>(name: string): Promise<T> {
  const dir = join(PEER, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const dot = pkg.exports?.['.'] as { import?: unknown } | undefined;
  const entry = typeof dot?.import === 'string' ? join(dir, dot.import) : peerRequire.resolve(name);
  return (await import(pathToFileURL(entry).href)) as T;
}

export function peerPath(specifier: string): string {
  return peerRequire.resolve(specifier);
}
