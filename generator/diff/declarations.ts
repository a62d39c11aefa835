/** The declaration side of api-diff: both documents' packages generated in memory, their `.d.ts` compared. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { generatePackage } from '../generate.js';
import { compareSurfaces, readSurface, type SurfaceChange } from './surface.js';

/** The public declarations of two packages, compared. */
export function declarationChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): SurfaceChange[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noLib: true },
  });
  return compareSurfaces(readSurface(before, project, '/before'), readSurface(after, project, '/after'));
}

/** Generates a document's package in memory (written nowhere) with the given templates. */
export async function packageFiles(text: string, templatesDir: string): Promise<ReadonlyMap<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'api-diff-'));
  try {
    const spec = join(dir, 'asyncapi.yaml');
    await writeFile(spec, text);
    const pkg = await generatePackage({ spec, outDir: join(dir, 'package'), templatesDir, release: { kind: 'initial' } });
    return pkg.files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
