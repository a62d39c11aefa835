/**
 * The specialised pattern matchers (generator/emit/patterns.ts) give the RegExp's answer for every
 * string: each one is checked against `new RegExp(pattern, flags)` on every single UTF-16 unit,
 * on every unit put into a matching string, and on random strings near the pattern's language;
 * what the recogniser must leave to RegExp stays RegExp; and the generated validators report the
 * same errors as ajv compiling the same schema in memory with its RegExps.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { validateRequest } from 'currencycom-ws';
import { loadDocument } from '../../generator/load.js';
import { buildModel } from '../../generator/model.js';
import { generateTypeModels } from '../../generator/emit/types.js';
import { assembleSchemas } from '../../generator/schemas.js';
import { ajvOptions } from '../../generator/emit/validators.js';
import { loopMatcher, patternEngine, specialisedMatcher, withPatternFunction } from '../../generator/emit/patterns.js';
import { SPEC } from '../helpers/paths.js';

type StandaloneCode = (ajv: Ajv, refs?: Record<string, string>) => string;
const standaloneExport = standaloneModule as unknown as StandaloneCode & { default?: StandaloneCode };
const standaloneCode: StandaloneCode = standaloneExport.default ?? standaloneExport;

interface Matcher {
  test(s: string): boolean;
}
const evaluate = (expression: string): Matcher => new Function(`return ${expression};`)() as Matcher;

/** Patterns a loop can match exactly (under the flags given), with a string each matches. */
const exact: [pattern: string, flags: string[], example: string][] = [
  ['^[0-9a-f]{64}$', ['u', ''], 'a'.repeat(64)],
  ['^\\S+$', ['u', ''], 'key'],
  ['^-?[0-9]+$', ['u', ''], '-12'],
  ['^[0-9]+$', ['u', ''], '7'],
  ['^[A-Z0-9_]{1,20}$', ['u', ''], 'AB_1'],
  ['^\\d{3}-\\d{4}$', ['u', ''], '555-1234'],
  ['^[^,]*$', ['u', ''], 'a b'],
  ['^a?b+c{2,}$', ['u', ''], 'bcc'],
  ['^[\\-a-c\\]]{2}$', ['u', ''], '-]'],
  ['^[a-]{1,3}x$', ['u', ''], 'a-x'],
  ['^\\w*\\.$', ['u', ''], 'ab.'],
  ['^\\s+$', ['u', ''], ' \t'],
  ['^.{2}$', [''], 'ab'],
  ['^\\S{2}$', [''], 'ab'],
  ['^[\\s\\S]{0,4}$', [''], ''],
  ['^\\S(.*\\S)?$', ['u', ''], 'BTC/USD'],
  ['^[a-z](\\w*[a-z])?$', ['u', ''], 'ab_c'],
  ['^\\d([\\d,]*\\d)?$', ['u', ''], '1,000'],
  // A range across the surrogates: exact on units (no `u`); under `u` it stays a RegExp (below).
  ['^[a-\ue000]{2}$', [''], 'ab'],
  ['^[^a-\ue000]+$', [''], '!'],
  // Negated escapes inside a class, and a negated class of them, hold astral code points or not as the escapes do.
  ['^[\\S\\s]+$', ['u', ''], 'a b'],
  ['^[^\\D]{2}$', ['u', ''], '12'],
  ['^[^\\s\\d](\\S*[^\\s\\d])?$', ['u', ''], 'a1b'],
];

/** Patterns that must stay RegExps (under the flag given). */
const regexpOnly: [pattern: string, flags: string, why: string][] = [
  ['^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$', 'u', 'groups and alternation'],
  ['^\\S(.*\\S)?', 'u', 'a group, no end anchor'],
  ['^a(b*c)?$', 'u', 'a group whose ends differ'],
  ['^\\S(\\d*\\S)?$', 'u', "a group whose ends' set is not within its middle's"],
  ['^\\S(.+\\S)?$', 'u', 'a group whose middle is not a star'],
  ['^\\S(.*\\S)$', 'u', 'a group that is not optional'],
  ['^.{2}$', 'u', 'a counted set that holds astral code points'],
  ['^\\S?$', 'u', 'an optional set that holds astral code points'],
  ['^[a-z]+[a-c]$', 'u', 'a variable run that shares units with the set after it'],
  ['^[0-9]+', 'u', 'no end anchor'],
  ['[0-9]+$', 'u', 'no start anchor'],
  ['^[\\uD800-\\uDBFF]+$', 'u', 'an escape outside the subset'],
  ['^[😀]+$', 'u', 'an astral literal'],
  ['^[a-\ue000]+$', 'u', 'a range across the surrogates: lone surrogates in it, astral code points not'],
  ['^[^a-\ue000]+$', 'u', 'the negation of such a range: astral code points in it, surrogate units not'],
  ['^[^a-\ue000]*x$', 'u', 'the same before another set'],
  ['^[a-\ue000]([a-\ue000]*[a-\ue000])?$', 'u', 'such a range at the ends and between'],
  ['^a+?$', 'u', 'a lazy quantifier'],
  ['^\\bx$', 'u', 'an assertion'],
  ['^(a)\\1$', 'u', 'a backreference'],
  ['^[]$', '', 'an empty class'],
  ['^a{2,1}$', '', 'an impossible count (RegExp throws)'],
];

/** Every unit a set boundary or the surrogate rules could turn on. */
function interestingUnits(pattern: string): string[] {
  const units = new Set<number>([0, 9, 10, 11, 12, 13, 31, 32, 33, 44, 45, 46, 47, 48, 57, 58, 64, 65, 90, 91, 93, 95, 96, 97, 102, 103, 122, 123, 127, 128, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xffff]);
  for (const ch of pattern) {
    const c = ch.charCodeAt(0);
    for (const u of [c - 1, c, c + 1]) if (u >= 0 && u <= 0xffff) units.add(u);
  }
  return [...units].map((u) => String.fromCharCode(u)).concat(['😀', '\u{10000}', '\u{10ffff}']);
}

describe('specialised pattern matchers', () => {
  for (const [pattern, flagsList, example] of exact) {
    for (const flags of flagsList) {
      it(`${pattern} (flags "${flags}") answers as its RegExp`, () => {
        const rx = new RegExp(pattern, flags);
        const code = loopMatcher(pattern, flags === 'u');
        expect(code, 'recognised').toBeDefined();
        // The loop alone; and what the validators use, which may hand long strings to the RegExp.
        const loop = evaluate(code!);
        const used = specialisedMatcher(pattern, flags === 'u');
        const hybrid = used === undefined ? undefined : evaluate(used);
        // Both must answer as the RegExp: where they disagree, `m` gives the wrong answer on purpose.
        const m = { test: (s: string) => (hybrid !== undefined && hybrid.test(s) !== loop.test(s) ? !rx.test(s) : loop.test(s)) };
        expect(rx.test(example), 'the example matches').toBe(true);
        // Every unit alone, and every unit put at each end and the middle of a matching string.
        for (let u = 0; u <= 0xffff; u++) {
          const c = String.fromCharCode(u);
          for (const s of [c, c + example, example + c, example.slice(0, example.length >> 1) + c + example.slice((example.length >> 1) + 1)]) {
            if (m.test(s) !== rx.test(s)) expect(m.test(s), JSON.stringify(s)).toBe(rx.test(s));
          }
        }
        // Random strings: near the language (matching strings with edits) and from the boundary units.
        const units = interestingUnits(pattern);
        const unit = fc.constantFrom(...units);
        const edit = fc.tuple(fc.stringMatching(rx), fc.nat(), fc.nat(3), fc.array(unit, { maxLength: 3 })).map(([s, at, drop, put]) => {
          const i = at % (s.length + 1);
          return s.slice(0, i) + put.join('') + s.slice(i + drop);
        });
        const random = fc.array(unit, { maxLength: 70 }).map((a) => a.join(''));
        fc.assert(fc.property(fc.oneof(fc.stringMatching(rx), edit, random), (s) => m.test(s) === rx.test(s)), { numRuns: 3000 });
      });
    }
  }

  it.each(regexpOnly)('%s (flags "%s") stays a RegExp: %s', (pattern, flags) => {
    expect(loopMatcher(pattern, flags === 'u')).toBeUndefined();
    expect(specialisedMatcher(pattern, flags === 'u')).toBeUndefined();
  });

  it('uses a loop only where it was measured faster than the RegExp: counted repetitions, and ends of short strings', () => {
    expect(specialisedMatcher('^[0-9a-f]{64}$', true)).toBeDefined();
    expect(specialisedMatcher('^\\d{3}-\\d{4}$', true)).toBeDefined();
    expect(specialisedMatcher('^\\S(.*\\S)?$', true)).toMatch(/if \(n > 10\) return long\.test\(s\);/);
    expect(specialisedMatcher('^\\S+$', true)).toBeUndefined();
    expect(specialisedMatcher('^-?[0-9]+$', true)).toBeUndefined();
  });
});

describe('standalone code with the pattern engine', () => {
  const schema = {
    $id: 's',
    type: 'object',
    properties: {
      hex: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      word: { type: 'string', pattern: '^\\S+$' },
      hostile: { type: 'string', pattern: '^[*/"\\\\]{2}$' },
    },
  };
  const moduleOf = (code: string): ((data: unknown) => boolean) & { errors?: unknown } =>
    new Function(`${code.replace(/^"use strict";/, '').replace(/export const validate = (\w+);/, 'const validate = $1;')}\nreturn validate;`)() as never;
  const compileWith = (engine: boolean) => {
    const options = ajvOptions('request');
    const ajv = new Ajv({ ...options, code: { ...options.code, ...(engine ? { regExp: patternEngine() } : {}) } });
    ajv.addSchema(schema);
    const code = standaloneCode(ajv, { validate: 's' });
    return engine ? withPatternFunction(code) : code;
  };

  it('reports exactly what ajv reports with RegExps, on good and bad values', () => {
    const ours = moduleOf(compileWith(true));
    const theirs = moduleOf(compileWith(false));
    const values = ['a'.repeat(64), 'A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), `${'a'.repeat(63)}é`, `${'a'.repeat(62)}😀`, '', ' x', 'x', '*/', '"\\', '*'];
    for (const hex of values) {
      for (const word of ['ok', 'not ok', '']) {
        for (const hostile of ['*/', '""', 'ab']) {
          const data = { hex, word, hostile };
          expect(ours(data), JSON.stringify(data)).toBe(theirs(data));
          expect(ours.errors).toEqual(theirs.errors);
        }
      }
    }
  });

  it('leaves a module with no specialised pattern as ajv writes it', () => {
    const plain = { $id: 'p', type: 'object', properties: { a: { type: 'string', pattern: '^\\S+$' } } };
    const code = (engine: boolean) => {
      const options = ajvOptions('request');
      const ajv = new Ajv({ ...options, code: { ...options.code, ...(engine ? { regExp: patternEngine() } : {}) } });
      ajv.addSchema(plain);
      const out = standaloneCode(ajv, { validate: 'p' });
      return engine ? withPatternFunction(out) : out;
    };
    expect(code(true)).toBe(code(false));
  });
});

describe('the package validators with specialised patterns', async () => {
  const loaded = await loadDocument(SPEC);
  const types = await generateTypeModels(loaded.document, loaded.raw.components?.schemas ?? {});
  const model = buildModel(loaded, types.names);
  const set = assembleSchemas(model);
  const ajv = new Ajv({ ...ajvOptions('request'), code: { source: false } });
  ajv.addSchema(set.defs);
  const account = model.operations.find((o) => Object.values(o.destinations).includes('/api/v1/account'))!;
  const memory = ajv.compile(set.requests[account.id]!);

  it('refuse every bad signature with the errors ajv with RegExps gives', () => {
    const signatures = ['0'.repeat(64), 'F'.repeat(64), 'f'.repeat(63), 'f'.repeat(65), `${'0'.repeat(63)}g`, `${'0'.repeat(63)}\u0660`, `${'0'.repeat(62)}😀`, '', 42];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...signatures), fc.stringMatching(/^[0-9a-fA-F]{62,66}$/), fc.string({ unit: 'binary', maxLength: 70 })), (signature) => {
        const payload = { apiKey: 'k', timestamp: 1, signature };
        const valid = memory(structuredClone(payload));
        const result = validateRequest('/api/v1/account', payload);
        expect(result.valid).toBe(valid);
        if (!result.valid) {
          expect(result.errors.map((e) => [e.path, e.rule, e.message])).toEqual(memory.errors?.map((e) => [e.instancePath || '/', e.keyword, e.message]));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
