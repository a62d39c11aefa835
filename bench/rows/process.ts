/**
 * Rows 5 (start-up) and 6 (generation): fresh child processes, timed by the parent or reporting
 * their own figures as one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Wall ms of `npm run generate` as a user runs it (node generator/launch.mjs: the bundled
 * generator, its cache as any earlier run left it) into an empty bench/.out/gen-ours.
 * `--no-cache`: everything computed afresh, as the first run after a change to the generator.
 */
export function generateOurs(extra: string[] = []): number {
  const out = fresh(join(OUT, 'gen-ours'));
  const { ms } = node([join(ROOT, 'generator', 'launch.mjs'), '--out', out, '--quiet', ...extra], 120_000);
  return ms;
}

/** Wall ms of `npm run generate -- --check` on the committed generated/ (nothing written). */
export function generateCheck(): number {
  return node([join(ROOT, 'generator', 'launch.mjs'), '--check', '--quiet'], 120_000).ms;
}

let edits = 0;
/**
 * Wall ms of a generation after an edit to the document: each call changes one operation's
 * summary (a new text every time), so the spec, api, client, cli-spec and docs files differ from
 * the last run, and those sources go through the compiler (JavaScript and declarations,
 * oxc-transform) again. Same document path and output folder every time, as a maintainer editing
 * asyncapi.yaml has (the folder starts empty: no release comparison with an earlier package).
 */
/**
 * Wall ms of `npm run generate` after an edit to the document, into a fresh folder: `summary`
 * rewords an operation's summary (docs and JSDoc change; Modelina's types are cached), `schema`
 * rewords a component schema's description (the types change too: Modelina runs again).
 */
export function generateEdited(kind: 'summary' | 'schema' = 'summary'): number {
  const dir = join(OUT, kind === 'summary' ? 'edited' : 'edited-schema');
  mkdirSync(dir, { recursive: true });
  const spec = join(dir, 'asyncapi.yaml');
  const text = readFileSync(join(ROOT, 'asyncapi.yaml'), 'utf8');
  const mark = ` (edit ${++edits} ${process.pid})`;
  const edited =
    kind === 'summary'
      ? text.replace(/^(\s+summary: )(.*)$/m, (_m, head: string, rest: string) => `${head}${rest}${mark}`)
      : text.replace(/^(  schemas:\n[^]*?\n\s+description: )([A-Za-z].*)$/m, (_m, head: string, rest: string) => `${head}${rest}${mark}`);
  if (edited === text) throw new Error(`asyncapi.yaml has no ${kind === 'summary' ? 'operation summary' : 'schema description'} to edit`);
  writeFileSync(spec, edited);
  const out = fresh(join(dir, 'generated'));
  return node([join(ROOT, 'generator', 'launch.mjs'), '--spec', spec, '--out', out, '--quiet'], 120_000).ms;
}

let inPlaceReady = false;
/**
 * Wall ms of `npm run generate` after an edit in place, as a maintainer runs it: the output folder
 * holds the package of the document before the edit (as generated/ does), so the run also
 * compares the two documents and their declarations for the release (version bump, changelog).
 * Each call edits the document again (see `kind`); the first call of a process starts the folder
 * from the committed document (untimed).
 */
export function generateEditedInPlace(kind: 'summary' | 'parameter' = 'summary'): number {
  const dir = join(OUT, 'edited-in-place');
  const spec = join(dir, 'asyncapi.yaml');
  const out = join(dir, 'generated');
  const launch = join(ROOT, 'generator', 'launch.mjs');
  if (!inPlaceReady) {
    fresh(dir);
    writeFileSync(spec, readFileSync(join(ROOT, 'asyncapi.yaml'), 'utf8'));
    node([launch, '--spec', spec, '--out', out, '--quiet'], 120_000);
    inPlaceReady = true;
  }
  const text = readFileSync(spec, 'utf8');
  const n = ++edits;
  // `summary`: reword an operation's summary; `parameter`: add an optional boolean parameter to
  // the first strict request schema (its type, validators and declarations change).
  const edited =
    kind === 'summary'
      ? text.replace(/^(\s+summary: )(.*)$/m, (_m, head: string, rest: string) => `${head}${rest} (edit ${n} ${process.pid})`)
      : text.replace(/^( {6}additionalProperties: false\n(?: {6}required: .*\n)? {6}properties:\n)/m, (m) => `${m}        benchFlag${n}:\n          type: boolean\n          description: Added by the bench.\n`);
  if (edited === text) throw new Error(`asyncapi.yaml has no ${kind === 'summary' ? 'operation summary' : 'strict request schema'} to edit`);
  writeFileSync(spec, edited);
  return node([launch, '--spec', spec, '--out', out, '--quiet'], 120_000).ms;
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
