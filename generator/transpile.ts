/**
 * Emit of one TypeScript file of the package, without a program: JavaScript and declarations, each
 * with a source map that points into the shipped src/ (so "go to definition" in a consumer's editor
 * lands in the real TypeScript), and the banner on top.
 *
 * Both come from oxc-transform (Rust, one parse per file for both outputs, a few milliseconds per
 * file; ≈ 50 ms to load) rather than the TypeScript compiler's transpileModule and
 * transpileDeclaration, which cost ≈ 0.5–0.8 s to load and ≈ 0.1–0.3 s per large generated file:
 * that was most of a regeneration after an edit to the document. The package keeps to
 * isolatedDeclarations (its tsconfig checks that), so declarations need no type information; the
 * strict consumer of test/package/pack.test.ts (`skipLibCheck: false`) checks what comes out.
 * The options keep TypeScript's semantics under the package's tsconfig: ES2022 (class fields with
 * define semantics, as `useDefineForClassFields` defaults there), and imports kept as written
 * (`verbatimModuleSyntax`: only `import type` is removed).
 */
import { posix } from 'node:path';
import type * as Oxc from 'oxc-transform';

export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

/**
 * `path` is relative to src/ (e.g. `runtime/client.ts`); `text` is the file as shipped in src/.
 * Returns dist/<path>.js, .js.map, .d.ts and .d.ts.map. Throws, naming the line, when the file does
 * not parse or its declarations cannot be emitted without a program.
 */
export type Transpiler = (path: string, text: string, banner: string) => EmittedFile[];

let loaded: Promise<Transpiler> | undefined;

/** The transpiler, its native module loaded on first need (a run whose sources are cached never loads it). */
export function loadTranspiler(): Promise<Transpiler> {
  loaded ??= import('oxc-transform').then((oxc) => (path, text, banner) => transpileWith(oxc, path, text, banner));
  return loaded;
}

function transpileWith(oxc: typeof Oxc, path: string, text: string, banner: string): EmittedFile[] {
  const result = oxc.transformSync(path, text, {
    lang: 'ts',
    sourceType: 'module',
    target: 'es2022',
    sourcemap: true,
    typescript: { onlyRemoveTypeImports: true, declaration: { stripInternal: false } },
  });
  if (result.errors.length > 0) {
    const where = result.errors.map((e) => {
      const start = e.labels[0]?.start;
      const line = start === undefined ? '?' : text.slice(0, start).split('\n').length;
      return `src/${path}:${line}: ${e.message}`;
    });
    throw new Error(`the file cannot be compiled file by file (JavaScript and declarations):\n${where.join('\n')}\n(give the exported member an explicit type)`);
  }
  const jsPath = `dist/${path.replace(/\.ts$/, '.js')}`;
  const dtsPath = `dist/${path.replace(/\.ts$/, '.d.ts')}`;
  const out: EmittedFile[] = [];
  for (const [outPath, code, map] of [[jsPath, result.code, result.map], [dtsPath, result.declaration, result.declarationMap]] as const) {
    if (code === undefined) throw new Error(`no output was emitted for ${outPath}`);
    const { text: withTop, added } = withBanner(code, banner);
    out.push({ path: outPath, text: `${withTop.replace(/\n*$/, '\n')}//# sourceMappingURL=${posix.basename(outPath)}.map` });
    out.push({ path: `${outPath}.map`, text: sourceMap(map, outPath, `src/${path}`, added) });
  }
  return out;
}

/** Declaration emit drops the leading comment: every file keeps the banner (after a shebang). */
export function withBanner(text: string, banner: string): { text: string; added: number } {
  const cut = text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
  const body = text.slice(cut);
  if (body.startsWith('// Generated from')) return { text, added: 0 };
  return { text: `${text.slice(0, cut)}${banner}\n${body}`, added: banner.split('\n').length };
}

/** The map of `outPath`, its source named relative to it, shifted down by the lines added on top. */
function sourceMap(map: Oxc.SourceMap | undefined, outPath: string, sourcePath: string, addedLines: number): string {
  if (map === undefined) throw new Error(`no source map was emitted for ${outPath}`);
  // A ';' starts the next generated line: lines added above the emitted text map to nothing.
  const mappings = ';'.repeat(addedLines) + map.mappings;
  return JSON.stringify({
    version: map.version,
    file: posix.basename(outPath),
    sourceRoot: '',
    sources: [posix.relative(posix.dirname(outPath), sourcePath)],
    names: map.names ?? [],
    mappings,
  }) + '\n';
}
