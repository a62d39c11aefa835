/**
 * The compiler's part of the pipeline, file by file: the JavaScript and the declarations of every
 * source of the package, with their source maps (generator/transpile.ts). The package keeps to
 * isolatedDeclarations (its tsconfig checks that), so neither needs a whole program.
 *
 * Sources go into src/ as the templates print them: the templates and emitters print code in its
 * final form (2-space indentation, no trailing blanks — test/generator/format.test.ts holds every
 * generated source to what the TypeScript formatter would make of it), so no formatter runs here.
 *
 * Results depend on the file's path, text and banner only, so they are cached by exactly those;
 * the transpiler is loaded only when a file is not in the cache.
 */
import { NO_CACHE, type Cache } from '../cache.js';
import { loadTranspiler, type EmittedFile } from '../transpile.js';

export interface CompiledFile {
  /** The source as it goes into src/. */
  readonly source: string;
  /** dist/ files: JavaScript, declarations and their source maps (generator/transpile.ts). */
  readonly emitted: readonly EmittedFile[];
}

/** Path under src/ → its source, JavaScript and declarations. */
export async function compileSources(sources: ReadonlyMap<string, string>, banner: string, cache: Cache = NO_CACHE): Promise<Map<string, CompiledFile>> {
  const out = new Map<string, CompiledFile>();
  const missing: [string, string][] = [];
  for (const [path, text] of sources) {
    const hit = cache.get<readonly EmittedFile[]>('dist', [path, banner, text]);
    if (hit !== undefined) out.set(path, { source: text, emitted: hit });
    else missing.push([path, text]);
  }
  if (missing.length === 0) return out;

  const transpile = await loadTranspiler();
  for (const [path, text] of missing) {
    const emitted = transpile(path, text, banner);
    cache.set('dist', [path, banner, text], emitted);
    out.set(path, { source: text, emitted });
  }
  return out;
}
