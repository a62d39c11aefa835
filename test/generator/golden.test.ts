/**
 * Golden files: the generated output of the small test document (other-exchange.yaml), as real
 * .ts/.md/.json files under test/golden/kestrel/. A change to the generator shows up here as a diff
 * to review. Refresh after an intended change: UPDATE_GOLDEN=1 npx vitest run test/generator/golden.test.ts
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { generatePackage } from '../../generator/generate.js';
import { OUT, ROOT, TEMPLATES } from '../helpers/paths.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'kestrel');
/** What the generator writes (not the hand-written runtime it copies, nor compiler output). */
const isGenerated = (path: string) => !/^src\/(runtime|codec|cli|simulator)\//.test(path) && !path.startsWith('dist/');

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(relative(GOLDEN, p));
  }
  return out.sort();
}

describe('golden files of the second exchange', () => {
  it('generated output equals test/golden/kestrel', async () => {
    const pkg = await generatePackage({ spec: join(ROOT, 'test/documents/other-exchange.yaml'), outDir: join(OUT, 'kestrel-golden'), templatesDir: TEMPLATES });
    const wanted = new Map([...pkg.files].filter(([p]) => isGenerated(p)));
    if (process.env.UPDATE_GOLDEN) {
      await rm(GOLDEN, { recursive: true, force: true });
      for (const [path, text] of wanted) {
        await mkdir(dirname(join(GOLDEN, path)), { recursive: true });
        await writeFile(join(GOLDEN, path), text);
      }
    }
    expect(await listFiles(GOLDEN)).toEqual([...wanted.keys()].sort());
    for (const [path, text] of wanted) expect(text, path).toBe(await readFile(join(GOLDEN, path), 'utf8'));
  }, 120_000);
});
