/**
 * Numbers on the wire (templates/codec/numbers.ts): needsPlainForm answers as
 * `String(value).includes('e')` — ECMAScript's own test of exponent notation — for every double,
 * checked at the bounds, their neighbours and on random doubles of every magnitude.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsPlainForm, plainDecimal } from '../../templates/codec/numbers.js';

const byString = (v: number): boolean => Number.isFinite(v) && String(v).includes('e');

/** The next double above or below (toward ±Infinity). */
function step(v: number, up: boolean): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const away = (v >= 0) === up; // moving away from zero increases the magnitude bits
  view.setBigUint64(0, v === 0 ? (up ? 1n : (1n << 63n) | 1n) : away ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

describe('needsPlainForm', () => {
  const bounds = [1e21, 1e-6, 0, -0, Number.MIN_VALUE, Number.MAX_VALUE, 1, 0.1, 123456789012345680000, 9.999999999999999e20, 1e-7, 5e-324];
  const cases = [...bounds.flatMap((b) => [b, -b, step(b, true), step(b, false), -step(b, true), -step(b, false)]), NaN, Infinity, -Infinity];

  it.each(cases.map((v) => [String(v), v]))('%s: as String(value) says', (_text, v) => {
    expect(needsPlainForm(v)).toBe(byString(v));
  });

  it('answers as String(value) on random doubles of every magnitude', () => {
    fc.assert(fc.property(fc.double(), (v) => needsPlainForm(v) === byString(v)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: -340, max: 330 }), fc.double({ min: 1, max: 10, noNaN: true }), (e, m) => {
      const v = m * 10 ** e;
      return needsPlainForm(v) === byString(v);
    }), { numRuns: 20_000 });
  });

  it('plainDecimal writes the same value without an exponent', () => {
    for (const v of [1e21, 1.5e-7, -2.5e22, 1e-6 / 3]) {
      const text = plainDecimal(v);
      expect(text).not.toMatch(/e/i);
      expect(Number(text)).toBe(v);
    }
  });
});
