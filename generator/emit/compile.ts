/**
 * The TypeScript compiler's part of the pipeline, file by file: formatting the generated sources,
 * then the JavaScript and the declarations of every source. The package keeps to
 * isolatedDeclarations (its tsconfig checks that), so neither needs a whole program.
 *
 * The compiler (through ts-morph) is loaded only when a file is not in the cache: its start-up
 * (≈ 0.5 s) is most of a run whose templates did not change. Results depend on the file's path and
 * text only, so they are cached by exactly that.
 */
import type * as TsMorph from 'ts-morph';
import { NO_CACHE, type Cache } from '../cache.js';
import type { EmittedFile } from '../transpile.js';

export interface SourceFile {
  readonly text: string;
  /** Generated sources are formatted; hand-written templates are copied as they are. */
  readonly format: boolean;
}

export interface CompiledFile {
  /** The source as it goes into src/ (formatted when asked). */
  readonly source: string;
  /** dist/ files: JavaScript, declarations and their source maps (generator/transpile.ts). */
  readonly emitted: readonly EmittedFile[];
}

let tsMorph: Promise<typeof TsMorph> | undefined;
/** ts-morph, loaded on first need. */
export function loadTsMorph(): Promise<typeof TsMorph> {
  tsMorph ??= import('ts-morph');
  return tsMorph;
}

function options(ts: typeof TsMorph.ts): { compiler: TsMorph.ts.CompilerOptions; transpile: TsMorph.ts.CompilerOptions } {
  const compiler: TsMorph.ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    declaration: true,
    newLine: ts.NewLineKind.LineFeed,
    types: ['node'],
    verbatimModuleSyntax: true,
  };
  // Per-file emit: the package is ESM ("type": "module"), so every file is an ES module.
  const transpile = { ...compiler, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, isolatedDeclarations: true };
  return { compiler, transpile };
}

/** Path under src/ → its formatted source, JavaScript and declarations. */
export async function compileSources(sources: ReadonlyMap<string, SourceFile>, banner: string, cache: Cache = NO_CACHE): Promise<Map<string, CompiledFile>> {
  const out = new Map<string, CompiledFile>();
  const missing: [string, SourceFile][] = [];
  for (const [path, file] of sources) {
    const hit = cache.get<CompiledFile>('ts', [path, file.format ? 'format' : 'copy', banner, file.text]);
    if (hit !== undefined) out.set(path, hit);
    else missing.push([path, file]);
  }
  if (missing.length === 0) return out;

  const { Project, ts } = await loadTsMorph();
  // transpile.js imports the compiler: loaded, like it, only when a file is not in the cache.
  const { transpileFile } = await import('../transpile.js');
  const { compiler, transpile } = options(ts);
  let project: TsMorph.Project | undefined;
  for (const [path, file] of missing) {
    let text = file.text;
    if (file.format) {
      // Formatting needs no type information: an in-memory project, one file at a time.
      project ??= new Project({ useInMemoryFileSystem: true, compilerOptions: compiler });
      const sf = project.createSourceFile(`/src/${path}`, text, { overwrite: true });
      sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
      text = sf.getFullText();
    }
    const compiled: CompiledFile = { source: text, emitted: transpileFile(path, text, transpile, banner) };
    cache.set('ts', [path, file.format ? 'format' : 'copy', banner, file.text], compiled);
    out.set(path, compiled);
  }
  return out;
}
