/** Generates a test document into test/.out/<name> and type-checks or imports the result. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePackage, type GeneratedPackage } from '../../generator/generate.js';
import { OUT, ROOT, TEMPLATES } from './paths.js';

export interface GeneratedDir {
  readonly dir: string;
  readonly pkg: GeneratedPackage;
  /** Imports a module of the generated package's dist/, e.g. 'index.js'. */
  import<T = any>(module?: string): Promise<T>;
}

export async function generateInto(spec: string, name: string): Promise<GeneratedDir> {
  const dir = join(OUT, name);
  const pkg = await generatePackage({ spec: join(ROOT, spec), outDir: dir, templatesDir: TEMPLATES });
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of pkg.files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, pkg, import: (module = 'index.js') => import(pathToFileURL(join(dir, 'dist', module)).href) };
}

const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** `tsc --noEmit -p <tsconfig>`: exit code and output. */
export function typecheck(tsconfig: string): { code: number; output: string } {
  const r = spawnSync(process.execPath, [tscBin, '-p', tsconfig, '--noEmit'], { encoding: 'utf8' });
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}
