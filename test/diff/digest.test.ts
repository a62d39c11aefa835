/**
 * The declarations' digest (generator/diff/digest.ts): given .d.ts texts, want the same digest
 * exactly when TypeScript reads the same tokens; and the change report that trusts a digest an
 * earlier run stored gives the report the full comparison gives, without generating the old
 * package, while any other edit still takes the full comparison.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { declarationDigest, templatesFingerprint, withoutComments } from '../../generator/diff/digest.js';
import { apiDiff } from '../../generator/diff/index.js';
import { generatePackage } from '../../generator/generate.js';
import type { Cache } from '../../generator/cache.js';
import { ROOT, TEMPLATES } from '../helpers/paths.js';

const stripped: [given: string, want: string | undefined][] = [
  ['/** Doc. */\nexport interface A {\n  /** x */\n  x: string;\n}\n', 'export interface A {\nx: string;\n}'],
  ['// banner\n// more\nexport type B = "a" | \'b\';', 'export type B = "a" | \'b\';'],
  ['export type U = "http://x" | "/* not a comment */";', 'export type U = "http://x" | "/* not a comment */";'],
  ['export type E = "a\\"b" | \'c\\\'d\';', 'export type E = "a\\"b" | \'c\\\'d\';'],
  ['export   declare\tconst  x :  number ;', 'export declare const x : number ;'],
  ['a/**/b', 'a b'],
  ['export type T = `plain`;', 'export type T = `plain`;'],
  ['export type T = `a${string}`;', undefined],
  ['export type S = "open', undefined],
  ['/* never closed', undefined],
];

describe('withoutComments', () => {
  it.each(stripped)('%j', (given, want) => {
    expect(withoutComments(given)).toBe(want);
  });
});

const pkg = (dts: Record<string, string>, pkgJson: object = { version: '1.0.0', types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts' } } }) =>
  new Map<string, string>([['package.json', JSON.stringify(pkgJson)], ...Object.entries(dts).map(([p, t]) => [`dist/${p}`, t] as [string, string])]);

describe('declarationDigest', () => {
  const base = pkg({ 'index.d.ts': '// Generated from a.yaml\nexport interface A {\n  /** The id. */\n  id: string;\n}\n' });
  it.each([
    ['other comments and banner', pkg({ 'index.d.ts': '// Generated from b.yaml\n/** A thing. */\nexport interface A {\n  /** Another text. */\n  id: string;\n}\n' }), true],
    ['another package version', pkg({ 'index.d.ts': readFromBase() }, { version: '2.0.0', types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts' } } }), true],
    ['a property made optional', pkg({ 'index.d.ts': 'export interface A {\n  id?: string;\n}\n' }), false],
    ['a type changed', pkg({ 'index.d.ts': 'export interface A {\n  id: number;\n}\n' }), false],
    ['another declaration file', pkg({ 'index.d.ts': readFromBase(), 'other.d.ts': 'export {};\n' }), false],
    ['other entry points', pkg({ 'index.d.ts': readFromBase() }, { types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts' }, './x': { types: './dist/index.d.ts' } } }), false],
  ])('%s: the same digest %s', (_what, other, same) => {
    expect(declarationDigest(other) === declarationDigest(base)).toBe(same);
  });
  function readFromBase(): string {
    return '// Generated from a.yaml\nexport interface A {\n  /** The id. */\n  id: string;\n}\n';
  }
});

function memoryCache(): Cache & { kinds: string[] } {
  const stored = new Map<string, string>();
  const kinds: string[] = [];
  return {
    kinds,
    get: <T>(kind: string, parts: readonly string[]) => {
      const v = stored.get(JSON.stringify([kind, parts]));
      return v === undefined ? undefined : (JSON.parse(v) as T);
    },
    set: (kind, parts, value) => {
      kinds.push(kind);
      stored.set(JSON.stringify([kind, parts]), JSON.stringify(value));
    },
  };
}

describe('the change report with the digest an earlier run stored', () => {
  const original = readFileSync(join(ROOT, 'test', 'documents', 'other-exchange.yaml'), 'utf8');
  const edit = (change: (doc: ReturnType<typeof parseDocument>) => void): string => {
    const doc = parseDocument(original);
    change(doc);
    return doc.toString({ lineWidth: 0 });
  };
  const prose = edit((doc) => doc.setIn(['components', 'schemas', 'Wallet', 'description'], 'The wallet, reworded.'));
  const typed = edit((doc) => doc.setIn(['components', 'schemas', 'Wallet', 'properties', 'frozen'], doc.createNode({ type: 'boolean', description: 'Whether it is frozen.' })));

  /** The package of a document as a run generates it, with the cache and templates fingerprint it leaves. */
  async function generated(text: string, cache: Cache): Promise<ReadonlyMap<string, string>> {
    const dir = await mkdtemp(join(tmpdir(), 'digest-test-'));
    try {
      await writeFile(join(dir, 'asyncapi.yaml'), text);
      return (await generatePackage({ spec: join(dir, 'asyncapi.yaml'), outDir: join(dir, 'out'), templatesDir: TEMPLATES, release: { kind: 'initial' }, docs: false, cache })).files;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('the same report as the full comparison without generating the old package: a prose edit (same digest), a type edit (the stored files)', { timeout: 300_000 }, async () => {
    const cache = memoryCache();
    const templates = await templatesFingerprint(TEMPLATES);
    await generated(original, cache); // the run before the edit stores the old package's digest
    expect(cache.kinds).toContain('declarations');

    const proseFiles = await generated(prose, cache);
    const full = await apiDiff(original, prose, { templatesDir: TEMPLATES, afterFiles: proseFiles });
    // A templates folder that does not exist: the old package cannot be generated, so a report
    // at all shows it was not.
    const trusted = await apiDiff(original, prose, { templatesDir: join(ROOT, 'no-such-templates'), afterFiles: proseFiles, cache, templatesFingerprint: templates });
    expect(trusted).toEqual(full);
    expect(full.bump).toBe('patch');

    // A type edit: the declarations differ, and are compared with the old package's files as the
    // run before stored them (again without generating it): the same report as the full comparison.
    const typedFiles = await generated(typed, cache);
    const typedFull = await apiDiff(original, typed, { templatesDir: TEMPLATES, afterFiles: typedFiles });
    expect(await apiDiff(original, typed, { templatesDir: join(ROOT, 'no-such-templates'), afterFiles: typedFiles, cache, templatesFingerprint: templates })).toEqual(typedFull);
    expect(typedFull.bump).not.toBe('patch');
    expect(typedFull.changes.some((c) => c.operation === 'wallet' || c.where.includes('Wallet'))).toBe(true);

    // Another templates folder (here: another fingerprint) does not trust the stored digest.
    await expect(apiDiff(original, prose, { templatesDir: join(ROOT, 'no-such-templates'), afterFiles: proseFiles, cache, templatesFingerprint: 'other' })).rejects.toThrow();
  });
});
