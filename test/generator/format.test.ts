/**
 * The generator runs no formatter: its templates and emitters print TypeScript in final form.
 * Every source it prints for the document (the committed generated/, which `npm run generate --
 * --check` holds to asyncapi.yaml) is what the TypeScript formatter would make of it; the golden
 * and hostile tests hold the other documents' packages to the same.
 */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GENERATED } from '../helpers/paths.js';
import { firstUnformattedLine, formatted, isPrintedSource } from '../helpers/format.js';

describe('printed in final form', () => {
  it('every source the generator prints into generated/src is unchanged by the formatter', async () => {
    const top = (await readdir(join(GENERATED, 'src'))).map((f) => `src/${f}`);
    const paths = [...top, 'src/validators/all.ts', 'src/validators/lazy.ts'].filter(isPrintedSource).sort();
    expect(paths).toEqual(expect.arrayContaining(['src/api.ts', 'src/client.ts', 'src/spec.ts', 'src/types.ts', 'src/cli-spec.ts', 'src/validators/lazy.ts']));
    const problems: string[] = [];
    for (const path of paths) {
      const line = firstUnformattedLine(path, await readFile(join(GENERATED, path), 'utf8'));
      if (line !== undefined) problems.push(line);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('the check can fail: mis-indented code is reported at its line', () => {
    const text = 'export const x = {\n"a": 1,\n  b: {  },\n};\n';
    expect(formatted('x.ts', text)).not.toBe(text);
    expect(firstUnformattedLine('x.ts', text)).toMatch(/^x\.ts:2: /);
  });
});
