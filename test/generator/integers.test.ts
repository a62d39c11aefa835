/**
 * The integer checks of the validators (generator/emit/validators.ts, withFastIntegerChecks):
 * ajv's `!(x % 1) && !isNaN(x)` after `typeof x == "number"` becomes `Math.floor(x) === x`. The
 * rewritten standalone code must answer, coerce and report exactly as ajv's own, for the request
 * (strict) and the inbound (coercing) options, on every kind of value; and the rewrite must reach
 * every such check of the package's validators.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { ajvOptions, withFastIntegerChecks } from '../../generator/emit/validators.js';
import { ROOT } from '../helpers/paths.js';

type StandaloneCode = (ajv: Ajv, refs?: Record<string, string>) => string;
const standaloneExport = standaloneModule as unknown as StandaloneCode & { default?: StandaloneCode };
const standaloneCode: StandaloneCode = standaloneExport.default ?? standaloneExport;

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const moduleOf = (code: string): Validator =>
  new Function(`${code.replace(/^"use strict";/, '').replace(/export const validate = (\w+);/, 'const validate = $1;')}\nreturn validate;`)() as Validator;

const schema = {
  $id: 'ints',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    ts: { type: 'integer', minimum: 0 },
    list: { type: 'array', items: { type: 'integer' } },
    either: { type: ['integer', 'string'] },
  },
};

/** Integers small and large, fractions, the non-finite and the other JSON types. */
const VALUES: unknown[] = [0, -0, 1, -7, 2 ** 31, 1_596_625_079_952, 2 ** 53 + 2, 1e300, -1e300, 1.5, -2.5, 0.1, 5e-324, NaN, Infinity, -Infinity, '3', '3.5', '', ' 4', 'x', null, true, false, [], {}, [3]];

describe('integer checks', () => {
  for (const kind of ['request', 'inbound'] as const) {
    const compile = (fast: boolean): Validator => {
      const ajv = new Ajv(ajvOptions(kind));
      ajv.addSchema(schema);
      const code = standaloneCode(ajv, { validate: 'ints' });
      if (fast) expect(withFastIntegerChecks(code), 'rewritten').not.toBe(code);
      return moduleOf(fast ? withFastIntegerChecks(code) : code);
    };
    const [ours, theirs] = [compile(true), compile(false)];

    it(`answer, coerce and report as ajv's own (${kind} options)`, () => {
      const value = fc.oneof(fc.constantFrom(...VALUES), fc.double(), fc.integer(), fc.string({ maxLength: 4 }));
      fc.assert(
        fc.property(value, value, fc.array(value, { maxLength: 3 }), value, (id, ts, list, either) => {
          const data = { id, ts, list, either };
          const [a, b] = [structuredClone(data), structuredClone(data)];
          expect(ours(a), String(JSON.stringify(data))).toBe(theirs(b));
          expect(ours.errors).toEqual(theirs.errors);
          expect(a).toEqual(b); // the same coercions, in place
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('reaches every integer check of the package validators', () => {
    const dir = join(ROOT, 'generated', 'src', 'validators');
    let rewritten = 0;
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\(typeof (\w+) == "number"\) && \(!\(\1 % 1\)/);
      rewritten += code.match(/Math\.floor\((\w+)\) === \1/g)?.length ?? 0;
    }
    expect(rewritten).toBeGreaterThan(100);
  });
});
