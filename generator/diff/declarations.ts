/** The declaration side of api-diff: both documents' packages generated in memory, their `.d.ts` compared. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePackage } from '../generate.js';
import { compareSurfaces, type Decl, type Member, type Surface, type SurfaceChange } from './surface.js';
import { readSurfaceSyntax } from './surface-syntax.js';
import { NO_CACHE, type Cache } from '../cache.js';

/**
 * The public declarations of two packages, compared. A package's surface depends only on its
 * package.json and declaration files: with a cache it is read once per package (the package of
 * the document before an edit was the package after the edit before it). It is read from the
 * syntax where the declarations take the forms generated packages have, else with the compiler
 * (loaded only then).
 */
export async function declarationChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, cache: Cache = NO_CACHE): Promise<SurfaceChange[]> {
  const surface = async (files: ReadonlyMap<string, string>, root: string): Promise<Surface> => {
    const inputs = [...files].filter(([path]) => path === 'package.json' || (path.startsWith('dist/') && path.endsWith('.d.ts'))).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flat();
    const hit = cache.get<StoredSurface>('surface', inputs);
    if (hit !== undefined) return fromStored(hit);
    const read = readSurfaceSyntax(files) ?? (await import('./surface-compiler.js')).readSurface(files, undefined, root);
    cache.set('surface', inputs, toStored(read));
    return read;
  };
  return compareSurfaces(await surface(before, '/before'), await surface(after, '/after'));
}

/** A surface as JSON: its maps as entry lists, its sets as lists. */
interface StoredSurface {
  readonly decls: [string, Omit<Decl, 'members'> & { members: [string, Member][] }][];
  readonly passed: string[];
  readonly read: string[];
}

function toStored(surface: Surface): StoredSurface {
  return {
    decls: [...surface.decls].map(([name, d]) => [name, { ...d, members: [...d.members] }]),
    passed: [...surface.passed],
    read: [...surface.read],
  };
}

function fromStored(stored: StoredSurface): Surface {
  return {
    decls: new Map(stored.decls.map(([name, d]) => [name, { ...d, members: new Map(d.members) }])),
    passed: new Set(stored.passed),
    read: new Set(stored.read),
  };
}

/** Generates a document's package in memory (written nowhere) with the given templates, without its docs. */
export async function packageFiles(text: string, templatesDir: string, cache?: Cache): Promise<ReadonlyMap<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'api-diff-'));
  try {
    const spec = join(dir, 'asyncapi.yaml');
    await writeFile(spec, text);
    const pkg = await generatePackage({ spec, outDir: join(dir, 'package'), templatesDir, release: { kind: 'initial' }, docs: false, ...(cache ? { cache } : {}) });
    return pkg.files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
