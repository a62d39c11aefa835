/**
 * The syntax reader of a package's exported surface (surface-syntax.ts) against the compiler's
 * (surface-compiler.ts, ts-morph): the same Surface for this repository's package, for packages
 * of the other test documents, and for every declaration form generated packages use; and no
 * answer at all, rather than a different one, for forms it does not know.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFiles } from '../../generator/diff/declarations.js';
import { readSurface } from '../../generator/diff/surface-compiler.js';
import { readSurfaceSyntax } from '../../generator/diff/surface-syntax.js';
import { GENERATED, ROOT, TEMPLATES } from '../helpers/paths.js';

/** The files api-diff reads from a package on disk: package.json and every dist .d.ts. */
function filesOnDisk(dir: string): Map<string, string> {
  const files = new Map<string, string>([['package.json', readFileSync(join(dir, 'package.json'), 'utf8')]]);
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.d.ts')) files.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(join(dir, 'dist'));
  return files;
}

function expectSameSurface(files: ReadonlyMap<string, string>): void {
  const syntax = readSurfaceSyntax(files);
  expect(syntax, 'the syntax reader gave up').toBeDefined();
  const compiler = readSurface(files);
  expect(syntax!.decls.size).toBeGreaterThan(0);
  expect([...syntax!.decls.keys()].sort()).toEqual([...compiler.decls.keys()].sort());
  for (const [name, decl] of compiler.decls) expect(syntax!.decls.get(name), name).toEqual(decl);
  expect(syntax!.passed).toEqual(compiler.passed);
  expect(syntax!.read).toEqual(compiler.read);
}

const PACKAGE_JSON = JSON.stringify({ types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './extra': { types: './dist/extra.d.ts', default: './dist/extra.js' } } });

describe('the syntax reader reads the surface the compiler reads', () => {
  it("this repository's generated package", () => {
    expectSameSurface(filesOnDisk(GENERATED));
  });

  it.each([['other-exchange.yaml'], ['hostile.yaml']])('the package of test/documents/%s', async (name) => {
    const text = readFileSync(join(ROOT, 'test', 'documents', name), 'utf8');
    expectSameSurface(await packageFiles(text, TEMPLATES));
  }, 60_000);

  it('every declaration form, re-export and merge', () => {
    expectSameSurface(
      new Map([
        ['package.json', PACKAGE_JSON],
        [
          'dist/index.d.ts',
          [
            "export { A, B as Bee } from './a.js';",
            "export * from './star.js';",
            "export type * from './types.js';",
            "export type { Imported } from './relay.js';",
            "import { Local } from './a.js';",
            'export { Local };',
            'declare function hidden(x: string): void;',
            'export { hidden as shown };',
            'export declare function over(a: string): string;',
            'export declare function over(a: number): number;',
            'export declare const one: 1, two: { readonly n: 2 };',
            '/** A class. */',
            'export declare class K<T> extends A<T> implements I, J<string> {',
            '  private p;',
            '  protected q: number;',
            '  #r;',
            '  static readonly s: "x";',
            '  constructor(a: number);',
            '  constructor(a: string);',
            '  get g(): number;',
            '  set g(v: number);',
            '  m?(x: number): void;',
            '  [Symbol.asyncIterator](): AsyncIterator<T>;',
            '  "quoted-name": string;',
            '  [k: string]: unknown;',
            '}',
            'export interface K<T> { extra: T }',
            'export interface I { "a-b"?: string; [Symbol.iterator](): void; (x: number): string; new (x: number): I; [k: string]: unknown; m(): void; m(x: number): void }',
            'export interface I { merged?: boolean }',
            'export interface J<T> extends I, Array<T> { j: J<T>[] }',
            'export type Alias<T extends string = "a", U = T> = T | U | `${T}-x` | { [P in T]: U };',
            'export declare enum E { A = 1, "b-c" = 2 }',
            'export type Params = { limit?: number; side: Side };',
            'export type Side = "BUY" | "SELL";',
          ].join('\n'),
        ],
        ['dist/a.d.ts', "export declare class A<T> { a: T }\nexport interface B { b: string }\nexport type Local = 'local';\n"],
        ['dist/star.d.ts', "export * from './deeper/star2.js';\nexport interface Starred { s: number }\nexport type A = 'shadowed by index';\n"],
        ['dist/deeper/star2.d.ts', "export declare const fromDeep: number;\nexport { B as BFromA } from '../a.js';\n"],
        ['dist/types.d.ts', 'export interface OrderParams { symbol: string }\nexport interface Order { id: string }\n'],
        ['dist/relay.d.ts', "import type { Real } from './real.js';\nexport type { Real as Imported };\n"],
        ['dist/real.d.ts', 'export interface Real { r: 1 }\n'],
        ['dist/extra.d.ts', "export { Starred as Other } from './star.js';\nexport declare function extra(): void;\n"],
        ['dist/api.d.ts', "import type * as T from './types.js';\nexport interface OperationTypes { order: { params: T.OrderParams; reply: T.Order; event: never } }\n"],
      ]),
    );
  });
});

describe('the syntax reader gives up on forms it does not know, so that the compiler reads them', () => {
  it.each([
    ['a default export', 'export default interface D { d: 1 }\n'],
    ['export =', 'declare const x: number;\nexport = x;\n'],
    ['a namespace', 'export declare namespace N { const n: number; }\n'],
    ['export * as', "export * as ns from './a.js';\n"],
    ['a module it cannot find', "export { Gone } from './gone.js';\n"],
    ['a package import re-exported', "export { WebSocket } from 'ws';\n"],
    ['a name neither declared nor imported', 'export { nowhere };\n'],
  ])('%s', (_what, index) => {
    const files = new Map([
      ['package.json', PACKAGE_JSON.replace(/,"\.\/extra".*?\}/, '')],
      ['dist/index.d.ts', index],
      ['dist/a.d.ts', 'export interface A { a: 1 }\n'],
    ]);
    expect(readSurfaceSyntax(files)).toBeUndefined();
  });
});
