/** generated/README.md is a quick start: its JavaScript code blocks run, as written, against the simulator. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED, OUT } from '../helpers/paths.js';

const readme = readFileSync(join(GENERATED, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('generated README quick start', () => {
  it('has code to run', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((code, i) => [i + 1, code]))('block %i runs and exits 0', (i, code) => {
    const dir = join(OUT, 'readme');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `block-${i}.mjs`); // inside the repo: 'currencycom-ws' resolves to generated/
    writeFileSync(file, code as string);
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
    expect(out).toMatch(/\S/);
    expect(out).not.toMatch(/error/i);
  }, 60_000);
});
