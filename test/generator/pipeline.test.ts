/** The pipeline as a maintainer meets it: determinism, --check, the summary, errors for the spec author. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePackage } from '../../generator/generate.js';
import { OUT, ROOT, SPEC, TEMPLATES } from '../helpers/paths.js';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => spawnSync(tsx, [join(ROOT, 'generator', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('generator pipeline', () => {
  it('is deterministic: two runs produce byte-identical files', async () => {
    const a = await generatePackage({ spec: SPEC, outDir: join(ROOT, 'generated'), templatesDir: TEMPLATES });
    const b = await generatePackage({ spec: SPEC, outDir: join(ROOT, 'generated'), templatesDir: TEMPLATES });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [path, text] of a.files) expect(b.files.get(path), path).toBe(text);
  }, 120_000);

  it('every generated source file starts with the banner', async () => {
    const pkg = await generatePackage({ spec: SPEC, outDir: join(ROOT, 'generated'), templatesDir: TEMPLATES });
    for (const [path, text] of pkg.files) {
      if (!/\.(ts|js)$/.test(path)) continue;
      const head = text.startsWith('#!') ? text.split('\n').slice(1).join('\n') : text;
      expect(head.startsWith('// Generated from'), path).toBe(true);
      expect(head.split('\n')[1], path).toContain('npm run generate');
    }
  }, 120_000);

  it('--check names stale, missing and extra files and writes nothing; generate repairs them', async () => {
    const dir = join(OUT, 'check');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const first = cli('--out', dir);
    expect(first.status, first.stderr).toBe(0);
    const ok = cli('--check', '--out', dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/up to date .*operations/);

    await writeFile(join(dir, 'src', 'spec.ts'), 'tampered');
    await rm(join(dir, 'src', 'types.ts'));
    await writeFile(join(dir, 'src', 'leftover.ts'), 'old');
    const bad = cli('--check', '--out', dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('stale: ');
    expect(bad.stderr).toMatch(/src\/spec\.ts/);
    expect(bad.stderr).toMatch(/src\/types\.ts \(missing\)/);
    expect(bad.stderr).toMatch(/not generated .*src\/leftover\.ts/);
    expect(bad.stderr).toContain('npm run generate');
    expect(await readFile(join(dir, 'src', 'spec.ts'), 'utf8')).toBe('tampered'); // --check wrote nothing

    const fix = cli('--out', dir);
    expect(fix.status, fix.stderr).toBe(0);
    expect(fix.stdout).toMatch(/^generated .* \d+ operations, \d+ events, \d+ versions, \d+ files, 2 written, 1 removed, in [\d.]+ s\n$/);
    expect(cli('--check', '--out', dir).status).toBe(0);
  }, 180_000);

  it('a broken document gets its errors with file, line and JSON pointer, and a hint; exit 2', async () => {
    const text = await readFile(SPEC, 'utf8');
    const broken = join(OUT, 'broken.yaml');
    await mkdir(OUT, { recursive: true });
    // An operation pointing at a channel that does not exist.
    await writeFile(broken, text.replace(/channel: \{ \$ref: '#\/channels\/account' \}\n/, "channel: { $ref: '#/channels/nowhere' }\n"));
    const r = cli('--spec', broken, '--out', join(OUT, 'broken-out'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+: error /);
    expect(r.stderr).toMatch(/at \/operations\/account\/channel/);
    expect(r.stderr).toContain('hint:');
  }, 60_000);

  it('a convention broken in the document is named with its line', async () => {
    const text = await readFile(SPEC, 'utf8');
    const broken = join(OUT, 'no-idempotent.yaml');
    await mkdir(OUT, { recursive: true });
    const lines = text.split('\n');
    const i = lines.findIndex((l, n) => /^  account:$/.test(l) && lines.slice(n).some((x) => x.includes('x-idempotent')) && n > lines.indexOf('operations:'));
    const j = lines.findIndex((l, n) => n > i && l.includes('x-idempotent'));
    lines.splice(j, 1);
    await writeFile(broken, lines.join('\n'));
    const r = cli('--spec', broken, '--out', join(OUT, 'broken-out'));
    expect(r.status).toBe(2);
    // Caught by the x- vocabulary check at load, before the model is built.
    expect(r.stderr).toMatch(/no-idempotent\.yaml:\d+: at \/operations\/account: missing x-idempotent/);
  }, 60_000);
});
