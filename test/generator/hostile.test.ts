/**
 * A hostile document (names and descriptions with `*\/`, quotes, backticks, `${`, reserved words,
 * leading digits, non-ASCII) generates code that compiles and contains nothing injected: every
 * hostile string survives as data, and importing the package runs none of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { generateInto, typecheck, type GeneratedDir } from '../helpers/generate.js';
import { firstUnformattedLine, isPrintedSource } from '../helpers/format.js';

let gen: GeneratedDir;
beforeAll(async () => {
  gen = await generateInto('test/documents/hostile.yaml', 'hostile');
}, 120_000);

describe('hostile document', () => {
  it('generates code that type-checks', () => {
    const r = typecheck(join(gen.dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('emits declarations a strict consumer compiles (skipLibCheck: false)', async () => {
    const tsconfig = join(gen.dir, 'tsconfig.dist.json');
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'] }, include: ['dist/**/*.d.ts'] }));
    const r = typecheck(tsconfig);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('prints its sources in final form (what the formatter would make of them)', () => {
    const printed = [...gen.pkg.files].filter(([p]) => isPrintedSource(p));
    expect(printed.length).toBeGreaterThan(5);
    expect(printed.map(([p, text]) => firstUnformattedLine(p, text)).filter((l) => l !== undefined)).toEqual([]);
  });

  it('runs nothing when imported, and keeps every hostile string as data', async () => {
    delete (globalThis as { __pwned?: unknown }).__pwned;
    const pkg = await gen.import();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    const op = pkg.operations.delete;
    expect(Object.values(op.destinations)).toContain(`/x/default/it's "quoted" \`tick\` $(globalThis.__pwned = 'address') */ é`);
    expect(pkg.spec.envelope.destinationField).toBe('de\'st"ination');
    expect(pkg.spec.errorCodes[-1]).toBe("'); globalThis.__pwned = ('");
    // the client class and methods got safe names
    const Client = Object.values(pkg).find((v) => typeof v === 'function' && /Client$/.test((v as { name: string }).name)) as { name: string; prototype: object };
    expect(Client.name).toBe('_1HostileClient');
    expect(typeof (Client.prototype as Record<string, unknown>).delete_).toBe('function');
    expect(typeof (Client.prototype as Record<string, unknown>)._1stOp).toBe('function');
  });

  it('signs with hostile field names and separators', async () => {
    const pkg = await gen.import();
    const destination = pkg.operations.delete.destinations.default;
    const frame = pkg.buildRequest(destination, { "it's": 'x' }, { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 });
    const body = frame['*/pay'];
    expect(Object.keys(body).sort()).toEqual(['${sig}', "it's", "k'ey", 't"s'].sort());
    expect(pkg.canonicalString(body)).toBe(`it's'=x"&k'ey'=k"&t"s'=1`);
  });

  it('JSDoc comments in the output are never closed early', () => {
    for (const [path, text] of gen.pkg.files) {
      if (!path.endsWith('.ts')) continue;
      for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
        expect(comment.slice(3, -2), path).not.toContain('*/');
      }
      expect(text, path).not.toMatch(/^\s*globalThis\.__pwned/m);
    }
  });
});
