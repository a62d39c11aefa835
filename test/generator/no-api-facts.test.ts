/**
 * The machinery knows no API fact: no version name, destination, field name or host of the
 * Currency.com API in generator/ or the generic templates (runtime, codec, hbs). templates/simulator
 * is exempt: it is the fake exchange, whose job is the API's semantics. It is typed against the
 * runtime's ProtocolSpec, not against the generated types: a document change that alters a
 * request or reply shape is caught by the simulator and end-to-end tests, not by the type-check.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const SCANNED = ['generator', 'templates/runtime', 'templates/codec', 'templates/cli', 'templates/hbs'];
const FORBIDDEN: [RegExp, string][] = [
  [/['"`](v1|v2)['"`]/, 'a version name'],
  [/\/api\//, 'a destination path'],
  [/['"`](ping|marketData\.subscribe|internal\.quote|ohlc\.event|marketdepth\.event)['"`]/, 'a destination'],
  // (`code` and `msg` are left out: the runtime's own errors have a `code` too.)
  [/['"`](apiKey|signature|timestamp|recvWindow|symbol|symbols|symbolName|correlationId|destination|payload|status|OK|ERROR|errorCode)['"`]/, 'a field name or status of the API'],
  [/currency\.com|dzengi|backend\./i, 'a host'],
];

/** "the catalogue", "catalogue section 2", "U7": names of a reference file users do not have. */
const INTERNAL_NUMBERING = /[Cc]atalogue|\bU\d{1,2}\b/;

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push(...(e.isDirectory() ? await allFiles(p) : [p]));
  }
  return out;
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.ts(\.hbs)?$/.test(e.name)) out.push(p); // code, not the Markdown doc templates
  }
  return out;
}

/** Code without comments (API names may be mentioned in prose, as examples). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('the machinery knows no API fact', () => {
  it('generator/ and the generic templates contain no Currency.com destination, version, field or host', async () => {
    const found: string[] = [];
    for (const dir of SCANNED) {
      for (const file of await files(join(ROOT, dir))) {
        const lines = code(await readFile(file, 'utf8')).split('\n');
        lines.forEach((line, i) => {
          for (const [re, what] of FORBIDDEN) if (re.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${what}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('generator/ and templates/ cite public sources by name, never an internal numbering', async () => {
    // Comments and page templates included: they become JSDoc and docs in the package.
    const found: string[] = [];
    for (const dir of ['generator', 'templates']) {
      for (const file of await allFiles(join(ROOT, dir))) {
        (await readFile(file, 'utf8')).split('\n').forEach((line, i) => {
          if (INTERNAL_NUMBERING.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
    expect(INTERNAL_NUMBERING.test('as the catalogue (section 4.1) says')).toBe(true);
    expect(INTERNAL_NUMBERING.test('unconfirmed (U7)')).toBe(true);
    expect(INTERNAL_NUMBERING.test("const sep = '\\u0001';")).toBe(false);
  });

  it('the scan itself catches a fact', () => {
    expect(FORBIDDEN.some(([re]) => re.test(code("const d = '/api/' + 'v1';")))).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test(code("// '/api/v1' in a comment is prose")))).toBe(false);
  });
});
