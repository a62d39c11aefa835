/**
 * The x- vocabulary is checked at load: each broken document below is asyncapi.yaml with one
 * misuse, and the generator must stop with exit code 2 before emitting anything, naming the file
 * and line, the JSON pointer and the offending key (with the key meant, for a misspelling).
 * Given: one edit of the document. Want: the exact problem lines.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { loadDocument, SpecError } from '../../generator/load.js';
import { checkVocabulary, closest } from '../../generator/model/vocabulary.js';
import { OUT, ROOT, SPEC } from '../helpers/paths.js';

const run = promisify(execFile);
const DIR = join(OUT, 'broken');

interface Case {
  readonly name: string;
  /** The text replaced (its first occurrence) and what replaces it. */
  readonly find: string;
  readonly replace: string;
  /** Want: problem lines; `@L` stands for the line of the first line of `replace` (or, when replace is empty, of `line`). */
  readonly want: readonly string[];
  /** The text whose line `@L` means, when not the replacement itself. */
  readonly line?: string;
}

const CASES: readonly Case[] = [
  {
    name: 'signing-key-field-missing',
    find: '        keyField: apiKey\n',
    replace: '',
    line: '      x-signing:',
    want: ['@L: at /components/securitySchemes/signedRequest/x-signing: missing keyField'],
  },
  {
    name: 'weight-not-a-number',
    find: '    x-weight: 1\n',
    replace: '    x-weight: heavy\n',
    want: ['@L: at /operations/time/x-weight: x-weight must be an integer, got "heavy"'],
  },
  {
    name: 'envelope-key-misspelt',
    find: '      destinationField: destination\n',
    replace: '      destinatonField: destination\n',
    want: [
      '@E: at /info/x-protocol/envelope: missing destinationField',
      '@L: at /info/x-protocol/envelope/destinatonField: unknown key destinatonField (did you mean destinationField?); known: destinationField, correlationIdField, payloadField, statusField, okStatus, errorMessage, errorCodeField, errorTextField, errorNameField, failureFields',
    ],
  },
  {
    name: 'heartbeat-timeout-missing',
    find: '      serverTimeoutMs: 30000\n',
    replace: '',
    line: '    heartbeat:',
    want: ['@L: at /info/x-protocol/heartbeat: missing serverTimeoutMs'],
  },
  {
    name: 'extension-misspelt',
    find: '    x-idempotent: true\n',
    replace: '    x-idempotant: true\n',
    want: [
      '@O: at /operations/ping: missing x-idempotent (May the request be sent again when its outcome is unknown?)',
      '@L: at /operations/ping/x-idempotant: unknown extension x-idempotant (did you mean x-idempotent?)',
    ],
  },
  {
    name: 'extension-misplaced',
    find: '    x-api-versions: [v1, v2]\n',
    replace: '    x-weight: 2\n',
    want: ['@L: at /servers/production/x-weight: x-weight does not belong here: it stands on an operation'],
  },
  {
    name: 'rate-limit-applies-to-unknown',
    find: '        appliesTo: all\n',
    replace: '        appliesTo: everything\n',
    want: ['@L: at /info/x-protocol/rateLimits/0/appliesTo: appliesTo must be one of "all", "listed", got "everything"'],
  },
  {
    name: 'time-window-not-a-number',
    find: '    x-time-window: { from: startTime, to: endTime, maxMs: 3600000 }\n',
    replace: '    x-time-window: { from: startTime, to: endTime, maxMs: an hour }\n',
    want: ['@L: at /operations/aggTrades/x-time-window/maxMs: maxMs must be an integer, got "an hour"'],
  },
  {
    name: 'json-string-not-boolean',
    find: '          x-json-string: true\n',
    replace: '          x-json-string: "yes"\n',
    want: ['@L: at /components/schemas/DepthEvent/properties/data/x-json-string: x-json-string must be a boolean, got "yes"'],
  },
];

function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not in the document: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

async function broken(c: Case): Promise<{ file: string; text: string; want: string[] }> {
  const original = await readFile(SPEC, 'utf8');
  const at = original.indexOf(c.find);
  if (at < 0) throw new Error(`${c.name}: not in asyncapi.yaml: ${c.find}`);
  const text = original.slice(0, at) + c.replace + original.slice(at + c.find.length);
  const file = join(DIR, `${c.name}.yaml`);
  await mkdir(DIR, { recursive: true });
  await writeFile(file, text);
  const line = c.replace !== '' && c.line === undefined ? text.slice(0, at).split('\n').length : lineOf(text, c.line!);
  const want = c.want.map((w) =>
    `${file}:${w}`
      .replace('@L', String(line))
      .replace('@E', String(lineOf(text, '    envelope:')))
      .replace('@O', String(lineOf(text, '  ping:', text.indexOf('\noperations:')))),
  );
  return { file, text, want };
}

describe('the x- vocabulary', () => {
  it('accepts the document and the test documents as they are', async () => {
    for (const f of ['asyncapi.yaml', 'test/documents/other-exchange.yaml', 'test/documents/hostile.yaml']) {
      await expect(loadDocument(join(ROOT, f))).resolves.toBeDefined();
    }
  });

  it.each(CASES)('$name: stops at load with the place, the key and the rule', async (c) => {
    const { file, want } = await broken(c);
    const error = await loadDocument(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toContain('misuses the x- vocabulary');
    expect((error as SpecError).diagnostics).toEqual(want);
  });

  it('every broken document makes the generator exit 2 naming file:line and the key, writing nothing', async () => {
    const out = join(DIR, 'out');
    await rm(out, { recursive: true, force: true });
    for (const c of CASES) {
      const { file, want } = await broken(c);
      // what `npm run generate` runs: the launcher and the bundled generator/cli.ts
      const result = await run(process.execPath, [join(ROOT, 'generator/launch.mjs'), '--spec', file, '--out', out], { cwd: ROOT }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      expect(result.code, c.name).toBe(2);
      for (const w of want) expect(result.stderr, c.name).toContain(w);
      expect(result.stderr).not.toContain('internal error');
    }
    await expect(readFile(join(out, 'package.json'), 'utf8')).rejects.toThrow();
    expect(relative(ROOT, out)).not.toMatch(/^generated/);
  }, 600_000);

  it('suggests the key meant, and nothing for a word far from every key', () => {
    expect(closest('destinatonField', ['destinationField', 'payloadField'])).toBe('destinationField');
    expect(closest('x-wieght', ['x-weight', 'x-stream'])).toBe('x-weight');
    expect(closest('x-totally-new', ['x-weight', 'x-stream'])).toBeUndefined();
  });

  it('checks schema-level extensions where they stand', () => {
    const doc = { info: { 'x-codegen': { packageName: 'p', clientClassName: 'C' }, 'x-protocol': {} }, components: { schemas: { A: { 'x-aliases': { buy: 1 } } } } };
    const problems = checkVocabulary(doc).map((p) => `${p.key}: ${p.message}`);
    expect(problems).toContain('buy: buy must be a string, got 1');
    expect(problems).toContain('versionParameter: missing versionParameter');
  });
});
