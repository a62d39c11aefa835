/**
 * The CLI keeps the parser's compiled AsyncAPI schema validators in its cache (generator/spectral.ts).
 * Given: valid documents and documents broken in ways the AsyncAPI schema catches (a missing
 * required field, an unknown key, a wrong type, a bad reference, a document of another version).
 * Want: exactly the diagnostics @asyncapi/parser gives without the cache, both on the run that
 * compiles and keeps the validators (a miss) and on the run that loads them (a hit).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { CORE_SCHEMA, load } from 'js-yaml';
import { fileCache, type Cache } from '../../generator/cache.js';
import { cacheSchemaValidators } from '../../generator/spectral.js';
import { OUT, ROOT, SPEC } from '../helpers/paths.js';

type Doc = Record<string, any>;
const base = (): Doc => load(readFileSync(SPEC, 'utf8'), { schema: CORE_SCHEMA }) as Doc;
const firstKey = (o: Doc): string => Object.keys(o)[0]!;

/** Each document, and whether the parser accepts it. */
const DOCUMENTS: readonly { readonly name: string; readonly valid: boolean; readonly text: () => string }[] = [
  { name: 'asyncapi.yaml', valid: true, text: () => readFileSync(SPEC, 'utf8') },
  { name: 'hostile.yaml', valid: true, text: () => readFileSync(join(ROOT, 'test', 'documents', 'hostile.yaml'), 'utf8') },
  { name: 'other-exchange.yaml', valid: true, text: () => readFileSync(join(ROOT, 'test', 'documents', 'other-exchange.yaml'), 'utf8') },
  ...(
    [
      ['operation without action', false, (d) => delete d.operations[firstKey(d.operations)].action],
      ['unknown top-level key', false, (d) => (d.unknownKey = { a: 1 })],
      ['info.version a number', false, (d) => (d.info.version = 1)],
      ['channel address an object', false, (d) => (d.channels[firstKey(d.channels)].address = { not: 'a string' })],
      ['reference to nowhere', false, (d) => (d.operations[firstKey(d.operations)].channel = { $ref: '#/channels/doesNotExist' })],
      ['reference where none is allowed', false, (d) => (d.info.contact = { $ref: `#/components/schemas/${firstKey(d.components.schemas)}` })],
      ['server without protocol', false, (d) => delete d.servers[firstKey(d.servers)].protocol],
      ['schema of a bad type', false, (d) => (d.components.schemas[firstKey(d.components.schemas)].type = 'no-such-type')],
      ['AsyncAPI 3.1.0', true, (d) => (d.asyncapi = '3.1.0')],
      ['AsyncAPI 2.6.0', true, () => ({ asyncapi: '2.6.0', info: { title: 't', version: '1' }, channels: { a: { subscribe: { message: { payload: { type: 'string' } } } } } })],
      ['AsyncAPI 2.6.0 without a title', false, () => ({ asyncapi: '2.6.0', info: { version: '1' }, channels: { a: { subscribe: { message: { payload: { type: 7 } } } } } })],
    ] as const satisfies readonly (readonly [string, boolean, (d: Doc) => unknown])[]
  ).map(([name, valid, edit]) => ({
    name,
    valid,
    text: () => {
      const d = base();
      const replaced = edit(d);
      return JSON.stringify(typeof replaced === 'object' && replaced !== null && 'asyncapi' in replaced ? replaced : d, null, 2);
    },
  })),
];

async function diagnostics(text: string): Promise<unknown> {
  const { document, diagnostics } = await new Parser().parse(text);
  return { valid: document !== undefined, diagnostics: diagnostics.map(({ code, message, path, severity, range }) => ({ code, message, path, severity, range })) };
}

describe('cached AsyncAPI schema validators', () => {
  it('give the parser the same diagnostics as compiling them, on a miss and on a hit', async () => {
    const texts = DOCUMENTS.map((d) => ({ name: d.name, text: d.text() }));
    const stock: unknown[] = [];
    // Without the cache first: this process's parser is the stock one until the cache is installed.
    for (const { text } of texts) stock.push(await diagnostics(text));
    for (const [i, d] of DOCUMENTS.entries()) expect((stock[i] as { valid: boolean }).valid, d.name).toBe(d.valid);
    const codes = new Set(stock.flatMap((s) => (s as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)));
    expect([...codes], 'the schema rules report problems').toEqual(expect.arrayContaining(['asyncapi-document-resolved', 'asyncapi-document-unresolved']));

    const dir = join(OUT, 'spectral-cache');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = fileCache(dir, 'test');
    const counts = { hits: 0, misses: 0 };
    const counting: Cache = {
      get<T>(kind: string, parts: readonly string[]): T | undefined {
        const v = files.get<T>(kind, parts);
        if (v === undefined) counts.misses++;
        else counts.hits++;
        return v;
      },
      set: (kind, parts, value) => files.set(kind, parts, value),
    };
    cacheSchemaValidators(counting);
    for (const [i, { name, text }] of texts.entries()) expect(await diagnostics(text), `${name} (miss or hit)`).toEqual(stock[i]);
    const afterFirst = { ...counts };
    expect(afterFirst.misses, 'the validators were compiled and kept').toBeGreaterThan(0);
    for (const [i, { name, text }] of texts.entries()) expect(await diagnostics(text), `${name} (hit)`).toEqual(stock[i]);
    expect(counts.misses, 'the second round compiles nothing').toBe(afterFirst.misses);
    expect(counts.hits - afterFirst.hits, 'the second round loads every validator').toBeGreaterThanOrEqual(texts.length);
  }, 240_000);
});
