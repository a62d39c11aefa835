import { describe, expect, it } from 'vitest';
import { Dec } from '../../templates/simulator/decimal.js';

describe('Dec', () => {
  it('parses strings, numbers and exponents', () => {
    expect(Dec.from('0.1').toString()).toBe('0.1');
    expect(Dec.from(140).toString()).toBe('140');
    expect(Dec.from('-12.500').toString()).toBe('-12.5');
    expect(Dec.from(1e-7).toString()).toBe('0.0000001');
    expect(Dec.from('1.0E+8').toString()).toBe('100000000');
    expect(Dec.from('.5').toString()).toBe('0.5');
    expect(Dec.parse('abc')).toBeUndefined();
    expect(Dec.parse('')).toBeUndefined();
    expect(Dec.parse(Number.NaN)).toBeUndefined();
    expect(Dec.parse({})).toBeUndefined();
  });

  it('adds without float drift', () => {
    let sum = Dec.ZERO;
    for (let i = 0; i < 1000; i++) sum = sum.add('0.1');
    expect(sum.toString()).toBe('100');
    expect(Dec.from(0.1).add(0.2).eq('0.3')).toBe(true);
  });

  it('rounds in every mode', () => {
    const x = Dec.from('2.345');
    expect(x.round(2, 'down').toString()).toBe('2.34');
    expect(x.round(2, 'up').toString()).toBe('2.35');
    expect(x.round(2, 'half-up').toString()).toBe('2.35');
    expect(Dec.from('-2.345').round(2, 'floor').toString()).toBe('-2.35');
    expect(Dec.from('-2.345').round(2, 'ceil').toString()).toBe('-2.34');
    expect(Dec.from('-2.345').round(2, 'half-up').toString()).toBe('-2.35');
    expect(Dec.from('0.12345').roundToStep('0.0001', 'down').toString()).toBe('0.1234');
    expect(Dec.from('140.001').roundToStep('0.01', 'ceil').toString()).toBe('140.01');
  });

  it('multiplies and divides', () => {
    expect(Dec.from('30000.5').mul('0.0002').toString()).toBe('6.0001');
    expect(Dec.from('1').div(3).round(8).toString()).toBe('0.33333333');
    expect(Dec.from('10').divInt(4).toString()).toBe('2.5');
    expect(() => Dec.from(1).div(0)).toThrow(RangeError);
  });

  it('formats like the API', () => {
    expect(Dec.from('39').toApi()).toBe('39.0');
    expect(Dec.from('0.0002').toApi()).toBe('0.0002');
    expect(Dec.from('30000').toFixed(8)).toBe('30000.00000000');
    expect(Dec.from('-0.001').toFixed(2)).toBe('0.00');
    expect(Dec.from('5.005').toFixed(2)).toBe('5.01');
  });
});
