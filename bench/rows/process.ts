/**
 * Rows 5 (start-up) and 6 (generation): fresh child processes, timed by the parent or reporting
 * their own figures as one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, PEER, ROOT } from '../lib/peer.js';

export interface ChildFigures {
  importMs: number;
  readyMs: number;
  heapMB: number;
  rssMB: number;
  [k: string]: unknown;
}

function node(args: string[], timeoutMs = 60_000): { stdout: string; stderr: string; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().split('\n').slice(-4).join(' / ')}`);
  }
  return { stdout: r.stdout, stderr: r.stderr, ms };
}

function figures(script: string, ...args: string[]): ChildFigures {
  const { stdout } = node(['--expose-gc', join(BENCH, 'child', script), ...args]);
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildFigures;
}

/** Runs a TypeScript file of the bench in a fresh `node --import tsx` process; returns its last stdout line. */
export function tsChild(file: string, args: string[] = [], timeoutMs = 120_000): string {
  const { stdout } = node(['--import', 'tsx', join(BENCH, file), ...args], timeoutMs);
  return stdout.trim().split('\n').pop() ?? '';
}

export const startupOurs = (): ChildFigures => figures('import-ours.mjs');
export const startupAjv = (schemaFile: string): ChildFigures => figures('ajv-startup.mjs', schemaFile);
export const startupEmpty = (): ChildFigures => figures('empty.mjs');

const OUT = join(BENCH, '.out');

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Wall ms of a full generation into an empty bench/.out/gen-ours (what `npm run generate` runs). */
export function generateOurs(): number {
  const out = fresh(join(OUT, 'gen-ours'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const { ms } = node([tsx, join(ROOT, 'generator', 'cli.ts'), '--out', out, '--quiet'], 120_000);
  return ms;
}

export function generatedFileCount(): number {
  const count = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1), 0);
  const out = join(OUT, 'gen-ours');
  return existsSync(out) ? count(out) : 0;
}

/** Wall ms of the AsyncAPI generator's JavaScript WebSocket client template on the same document. */
export function generateAsyncapi(): number {
  const out = fresh(join(OUT, 'gen-asyncapi'));
  const { ms } = node([join(BENCH, 'child', 'asyncapi-generator.mjs'), join(PEER, 'package.json'), join(ROOT, 'asyncapi.yaml'), out], 120_000);
  return ms;
}

/** Whether the AsyncAPI generator's client.js parses as JavaScript; the error line when not. */
export function asyncapiOutputCheck(): string {
  const file = join(OUT, 'gen-asyncapi', 'client.js');
  if (!existsSync(file)) return 'no client.js was written';
  const r = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  if (r.status === 0) return 'its client.js parses';
  const lines = (r.stderr ?? '').split('\n');
  const at = lines.findIndex((l) => l.includes('SyntaxError'));
  return `its client.js does not parse: ${lines[at] ?? 'SyntaxError'} at \`${(lines[1] ?? '').trim()}\``;
}

/** Wall ms of a fresh process that only parses and validates the document with @asyncapi/parser. */
export function parseOnly(): number {
  return node([join(BENCH, 'child', 'parse.mjs'), join(ROOT, 'asyncapi.yaml')]).ms;
}
