/**
 * The CLI's cache (generator/cache.ts: compiled files (dist), validators, the parser's schema validators,
 * Modelina's types, the docs, the compiled templates) must never change what is generated.
 * Given: the document, then the document with edits that reach the types, the docs and the code.
 * Want: with the cache empty (every entry computed and kept) and then full (every entry loaded),
 * exactly the files a run without cache produces; after the edit, again exactly those of a run
 * without cache, whatever the entries of the first document left behind.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePackage } from '../../generator/generate.js';
import { fileCache, type Cache } from '../../generator/cache.js';
import { GENERATED, OUT, SPEC, TEMPLATES } from '../helpers/paths.js';

const DIR = join(OUT, 'cache');

function counting(cache: Cache): Cache & { hits: Map<string, number>; misses: Map<string, number> } {
  const hits = new Map<string, number>();
  const misses = new Map<string, number>();
  return {
    hits,
    misses,
    get<T>(kind: string, parts: readonly string[]): T | undefined {
      const v = cache.get<T>(kind, parts);
      const m = v === undefined ? misses : hits;
      m.set(kind, (m.get(kind) ?? 0) + 1);
      return v;
    },
    set: (kind, parts, value) => cache.set(kind, parts, value),
  };
}

async function files(spec: string, cache?: Cache): Promise<Map<string, string>> {
  const pkg = await generatePackage({ spec, outDir: GENERATED, templatesDir: TEMPLATES, release: { kind: 'initial' }, ...(cache ? { cache } : {}) });
  return new Map(pkg.files);
}

function expectSame(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  expect([...actual.keys()], what).toEqual([...expected.keys()]);
  for (const [path, text] of expected) expect(actual.get(path), `${what}: ${path}`).toBe(text);
}

describe('the generator cache', () => {
  it('changes nothing that is generated: empty, full, and after an edit to the document', async () => {
    await rm(DIR, { recursive: true, force: true });
    await mkdir(DIR, { recursive: true });
    const cache = counting(fileCache(join(DIR, 'results'), 'test-build'));

    const fresh = await files(SPEC);
    expectSame(await files(SPEC, cache), fresh, 'cache empty');
    for (const kind of ['dist', 'validators', 'spectral-ajv', 'modelina', 'docs', 'hbs']) expect(cache.misses.get(kind), `${kind} computed and kept`).toBeGreaterThan(0);
    cache.hits.clear();
    cache.misses.clear();
    expectSame(await files(SPEC, cache), fresh, 'cache full');
    expect([...cache.misses.keys()], 'nothing computed again').toEqual([]);
    for (const kind of ['dist', 'validators', 'spectral-ajv', 'modelina', 'docs', 'hbs']) expect(cache.hits.get(kind), `${kind} loaded`).toBeGreaterThan(0);

    // An operation's summary (docs, JSDoc) and a schema's description (Modelina's types) change.
    const text = await readFile(SPEC, 'utf8');
    const edited = text
      .replace(/^(\s+summary: )(.*)$/m, (_m, head: string, rest: string) => `${head}${rest} (edited)`)
      .replace(/^(  schemas:\n[^]*?\n\s+description: )([A-Za-z].*)$/m, (_m, head: string, rest: string) => `${head}${rest} (edited)`);
    expect(edited.split('(edited)').length, 'two edits').toBe(3);
    const spec = join(DIR, 'asyncapi.yaml');
    await writeFile(spec, edited);
    const editedFresh = await files(spec);
    cache.misses.clear();
    expectSame(await files(spec, cache), editedFresh, 'after an edit');
    for (const kind of ['modelina', 'docs']) expect(cache.misses.get(kind), `${kind} computed again`).toBeGreaterThan(0);

    // Only operations' prose (every summary and description under operations:) changes: Modelina's
    // types are taken from the cache, and the files are still exactly those of a run without cache.
    const ops = text.indexOf('\noperations:\n');
    const end = text.indexOf('\ncomponents:\n');
    expect(ops > 0 && end > ops, 'operations: before components:').toBe(true);
    const reworded = text
      .slice(ops, end)
      .replace(/^(    (?:summary|description): )([^|>\n].*)$/gm, '$1$2 (reworded)') // one-line
      .replace(/^(    description: [|>]-?\n      )(.+)$/gm, '$1$2 (reworded)'); // a block's first line
    const prose = text.slice(0, ops) + reworded + text.slice(end);
    expect(prose.split('(reworded)').length, 'operation prose edited').toBeGreaterThan(10);
    const proseSpec = join(DIR, 'prose.yaml');
    await writeFile(proseSpec, prose);
    const proseFresh = await files(proseSpec);
    cache.hits.clear();
    cache.misses.clear();
    expectSame(await files(proseSpec, cache), proseFresh, 'after editing the operations\' prose');
    expect(cache.misses.get('modelina'), 'Modelina not run again').toBeUndefined();
    expect(cache.hits.get('modelina'), 'Modelina types loaded').toBeGreaterThan(0);
    expect(cache.misses.get('docs'), 'docs computed again').toBeGreaterThan(0);
  }, 300_000);
});
