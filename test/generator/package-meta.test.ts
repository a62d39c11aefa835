/**
 * Per-file emit (generator/transpile.ts) and package metadata from x-codegen (generator/model.ts):
 * a well-known-symbol method is declared once, maps point into src/, a file that breaks
 * isolatedDeclarations stops the generator naming its line, and a misused x-codegen key stops the
 * generator naming the key and the rule.
 */
import { describe, expect, it } from 'vitest';
import { SourceMap } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GENERATED } from '../helpers/paths.js';
import { loadTranspiler } from '../../generator/transpile.js';
import { packageMetaOf } from '../../generator/model.js';

const BANNER = '// Generated from a test document by a test.\n// Regenerate with: nothing';

describe('per-file emit', async () => {
  const transpile = await loadTranspiler();
  const source = `${BANNER}\nimport { sideEffect } from './side.js';\nimport type { Only } from './types.js';\nexport class Stream<T> implements AsyncIterableIterator<T> {\n  readonly field: Only | undefined;\n  [Symbol.asyncIterator](): this {\n    return this;\n  }\n  next(): Promise<IteratorResult<T>> {\n    return Promise.resolve({ done: true, value: undefined });\n  }\n}\n`;
  const out = new Map(transpile('runtime/stream.ts', source, BANNER).map((f) => [f.path, f.text]));

  it('declares a well-known-symbol method once (a program-less TypeScript declaration emit declared it twice)', () => {
    const dts = out.get('dist/runtime/stream.d.ts')!;
    expect(dts.match(/\[Symbol\.asyncIterator\]/g)).toHaveLength(1);
    expect(dts).toContain('[Symbol.asyncIterator](): this;');
  });

  it('keeps TypeScript semantics: imports as written (only `import type` goes), class fields defined', () => {
    const js = out.get('dist/runtime/stream.js')!;
    expect(js).toContain('import { sideEffect } from "./side.js";');
    expect(js).not.toContain('./types.js');
    expect(js).toMatch(/^\s*field;$/m);
    expect(out.get('dist/runtime/stream.d.ts')!).toContain('import type { Only } from "./types.js";');
  });

  it('writes JS and declaration maps that name the file in src/ and account for the banner', () => {
    expect([...out.keys()].sort()).toEqual(['dist/runtime/stream.d.ts', 'dist/runtime/stream.d.ts.map', 'dist/runtime/stream.js', 'dist/runtime/stream.js.map']);
    for (const file of ['dist/runtime/stream.js', 'dist/runtime/stream.d.ts']) {
      const map = JSON.parse(out.get(`${file}.map`)!);
      expect(map.sources).toEqual(['../../src/runtime/stream.ts']);
      expect(map.sourcesContent).toBeUndefined();
      expect(out.get(file)!.startsWith(BANNER)).toBe(true);
      expect(out.get(file)!).toMatch(new RegExp(`\\n//# sourceMappingURL=${file.split('/').pop()}\\.map$`));
    }
    // The declaration emit drops the banner and gets it back on top: its first two lines map to nothing.
    expect(JSON.parse(out.get('dist/runtime/stream.d.ts.map')!).mappings).toMatch(/^;;[A-Za-z]/);
    // The JavaScript keeps the banner: its line 3 (the import) is line 3 of the source.
    expect(JSON.parse(out.get('dist/runtime/stream.js.map')!).mappings).toMatch(/^;;AAEA,/);
  });

  it('in generated/dist, every declared name of the JavaScript and the declarations maps to a line of src/ that names it', () => {
    const files = (readdirSync(join(GENERATED, 'dist'), { recursive: true }) as string[])
      .filter((f) => /\.(js|d\.ts)$/.test(f) && !/^validators\/(?!all\.|lazy\.)/.test(f))
      .map((f) => join(GENERATED, 'dist', f));
    expect(files.length).toBeGreaterThan(100);
    let checked = 0;
    const wrong: string[] = [];
    for (const file of files) {
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      const source = readFileSync(resolve(dirname(file), map.sources[0]), 'utf8').split('\n');
      const lookup = new SourceMap(map);
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const name = /^\s*(?:export )?(?:declare )?(?:class|function|const|interface|type) ([A-Za-z_$][\w$]*)/.exec(line)?.[1];
        if (name === undefined) return;
        checked++;
        const entry = lookup.findEntry(i, line.indexOf(name)) as { originalLine?: number };
        if (entry.originalLine === undefined || !source[entry.originalLine]!.includes(name)) wrong.push(`${file}:${i + 1} ${name}`);
      });
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('in generated/dist, no module is loaded only for its types (`import { type X }` is kept as a bare import; `import type` is not)', () => {
    const files = (readdirSync(join(GENERATED, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    const bare = files.flatMap((f) =>
      [...readFileSync(join(GENERATED, 'dist', f), 'utf8').matchAll(/^import ["'](\.[^"']+)["'];?$/gm)].map((m) => `dist/${f} imports ${m[1]}`),
    );
    expect(bare, 'write these imports in src/ as `import type { … }`').toEqual([]);
  });

  it('refuses a file whose declarations need a program, naming the line', () => {
    expect(() => transpile('runtime/bad.ts', `${BANNER}\nexport const ok = 1;\nexport const f = (a: number) => a;\n`, BANNER)).toThrow(/src\/runtime\/bad\.ts:4: .*TS9007/);
  });
});

describe('package metadata from x-codegen', () => {
  const fail = (key: string, message: string): never => {
    throw new Error(`x-codegen.${key}: ${message}`);
  };
  it('reads license, copyright, keywords, repository and homepage', () => {
    expect(packageMetaOf({ license: 'MIT', copyright: '2026 someone', keywords: ['a', ' b '], repository: { url: 'https://example.org/x.git', directory: 'generated' }, homepage: 'https://example.org' }, fail)).toEqual({
      license: 'MIT', copyright: '2026 someone', keywords: ['a', 'b'], repository: { type: 'git', url: 'https://example.org/x.git', directory: 'generated' }, homepage: 'https://example.org',
    });
    expect(packageMetaOf({}, fail)).toEqual({ license: undefined, copyright: undefined, keywords: [], repository: undefined, homepage: undefined });
  });
  it.each([
    [{ license: 'MIT' }, /x-codegen\.license: a license needs x-codegen\.copyright/],
    [{ license: 'MIT or so', copyright: 'x' }, /x-codegen\.license: .* is not an SPDX license identifier/],
    [{ keywords: 'ws' }, /x-codegen\.keywords: must be a list of non-empty strings/],
    [{ repository: { url: 'somewhere' } }, /x-codegen\.repository: must be \{ url: git URL/],
    [{ homepage: '' }, /x-codegen\.homepage: must be a non-empty string/],
  ])('%j is refused, naming the key and the rule', (codegen, wanted) => {
    expect(() => packageMetaOf(codegen, fail)).toThrow(wanted);
  });
});
