/**
 * `npm run api-diff -- OLD NEW [--json] [--no-declarations]`
 * Compares two versions of the AsyncAPI document and reports every change that matters to a
 * consumer of the generated package, classified, with the semver bump it needs. OLD and NEW are
 * paths or git revisions (`HEAD:asyncapi.yaml`, `v1.2.0:asyncapi.yaml`, read with `git show`).
 * Exit 0 with the report (also when there are breaking changes); 1 when an argument cannot be read
 * or is not a document; 3 on an internal error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiDiff } from './index.js';
import { DiffInputError } from './document.js';
import { toJson, toText } from './report.js';
import type { SpecError } from '../load.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path if there is a file there; otherwise a git revision spec (`rev:path`). */
export function readSource(arg: string): string {
  if (existsSync(arg)) return readFileSync(arg, 'utf8');
  if (!arg.includes(':')) throw new DiffInputError(`${arg}: no such file (a git revision is written rev:path, e.g. HEAD:asyncapi.yaml)`);
  try {
    return execFileSync('git', ['show', arg], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
    throw new DiffInputError(`${arg}: neither a file nor a git revision git can show${stderr ? ` (${stderr})` : ''}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'no-declarations': { type: 'boolean', default: false },
      templates: { type: 'string', default: join(root, 'templates') },
    },
  });
  if (positionals.length !== 2) {
    console.error('usage: npm run api-diff -- OLD NEW [--json] [--no-declarations]   (OLD, NEW: a path or a git revision such as HEAD:asyncapi.yaml)');
    return 1;
  }
  const [from, to] = positionals as [string, string];
  const started = performance.now();
  const report = await apiDiff(readSource(from), readSource(to), {
    declarations: !values['no-declarations'],
    templatesDir: values.templates!,
    labels: [from, to],
  });
  if (values.json) console.log(toJson(report));
  else {
    console.log(toText(report, from, to).trimEnd());
    console.error(`compared in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // SpecError by name: importing the loader (and its parser) is not worth it for a check.
    const spec = error instanceof Error && error.name === 'SpecError' ? (error as SpecError) : undefined;
    if (error instanceof DiffInputError || spec) {
      console.error(`error: ${(error as Error).message}`);
      for (const d of spec?.diagnostics ?? []) console.error(`  ${d}`);
      process.exit(1);
    }
    console.error('internal error in api-diff (a bug, not a problem of the documents):');
    console.error(error);
    process.exit(3);
  },
);
