import { describe, expect, it } from 'vitest';
import { parseJson, quoteUnsafeIntegers, stringifyJson } from '../../templates/runtime/json.js';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 exact, as strings', () => {
    const v = parseJson('{"accountId":1152921504606846977,"small":42}') as Record<string, unknown>;
    expect(v.accountId).toBe('1152921504606846977');
    expect(v.small).toBe(42);
  });

  it('leaves MAX_SAFE_INTEGER and 16-digit safe integers as numbers', () => {
    const v = parseJson('[9007199254740991,1234567890123456,-9007199254740991]');
    expect(v).toEqual([9007199254740991, 1234567890123456, -9007199254740991]);
  });

  it('quotes the first unsafe values on both sides', () => {
    expect(parseJson('[9007199254740992,-9007199254740992]')).toEqual(['9007199254740992', '-9007199254740992']);
  });

  it('leaves digits inside strings untouched, escaped quotes included', () => {
    const text = '{"s":"12345678901234567890","t":"say \\"99999999999999999\\" now","n":99999999999999999}';
    expect(parseJson(text)).toEqual({ s: '12345678901234567890', t: 'say "99999999999999999" now', n: '99999999999999999' });
  });

  it('leaves decimals and exponents untouched', () => {
    const v = parseJson('{"d":1.2345678901234567,"e":12345678901234567e3,"f":-12345678901234567.5,"g":1E+21}') as Record<string, unknown>;
    expect(v).toEqual({ d: 1.2345678901234567, e: 12345678901234567e3, f: -12345678901234567.5, g: 1e21 });
  });

  it('handles nested arrays and objects', () => {
    expect(parseJson('{"a":[[1,[12345678901234567890]],{"b":[-99999999999999999999]}]}')).toEqual({
      a: [[1, ['12345678901234567890']], { b: ['-99999999999999999999'] }],
    });
  });

  it('returns the text unchanged when nothing is unsafe, and rejects invalid JSON', () => {
    const text = '{"x":"1234567890123456789"}';
    expect(quoteUnsafeIntegers(text)).toBe(text);
    expect(() => parseJson('{"x":12345678901234567890')).toThrow(SyntaxError);
    expect(() => parseJson('not json')).toThrow(SyntaxError);
  });
});

describe('stringifyJson', () => {
  it('is JSON.stringify for ordinary values', () => {
    expect(stringifyJson({ a: 1, b: ['x'] })).toBe('{"a":1,"b":["x"]}');
  });

  it('writes bigints as bare integers', () => {
    expect(stringifyJson({ id: 12345678901234567890n, list: [-5n] })).toBe('{"id":12345678901234567890,"list":[-5]}');
  });

  it('does not turn an ordinary string into a number', () => {
    const out = stringifyJson({ id: 1n, s: '\u0000bigint:5' });
    expect(JSON.parse(out)).toEqual({ id: 1, s: '\u0000bigint:5' });
  });
});

describe('hasLongDigitRun (the hot-path probe)', () => {
  it('agrees with /\\d{16}/ on every run length at every offset, and on random texts', async () => {
    const { hasLongDigitRun } = await import('../../templates/runtime/json.js');
    for (let len = 0; len <= 40; len++) {
      for (let at = 0; at < 40; at++) {
        const text = 'x'.repeat(at) + '7'.repeat(len) + '"}'.repeat(3);
        expect(hasLongDigitRun(text), `${at}+${len}`).toBe(/\d{16}/.test(text));
      }
    }
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const n = Math.floor(rnd() * 120);
      for (let i = 0; i < n; i++) text += rnd() < 0.85 ? String(Math.floor(rnd() * 10)) : ',';
      expect(hasLongDigitRun(text), text).toBe(/\d{16}/.test(text));
    }
  });

  it('gives the same answer on the UTF-8 bytes (bytesHaveLongDigitRun), multi-byte characters included', async () => {
    const { bytesHaveLongDigitRun } = await import('../../templates/runtime/json.js');
    const bytes = (text: string) => new TextEncoder().encode(text);
    for (let len = 0; len <= 40; len++) {
      for (let at = 0; at < 40; at++) {
        for (const pad of ['x', 'é', '€', '😀']) {
          const text = pad.repeat(at) + '7'.repeat(len) + '"}'.repeat(3);
          expect(bytesHaveLongDigitRun(bytes(text)), `${pad}${at}+${len}`).toBe(/\d{16}/.test(text));
        }
      }
    }
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const others = [',', 'é', '€', '😀', '٣']; // '٣' is an Arabic-Indic digit: not an ASCII digit, not a JSON digit
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const n = Math.floor(rnd() * 120);
      for (let i = 0; i < n; i++) text += rnd() < 0.85 ? String(Math.floor(rnd() * 10)) : others[Math.floor(rnd() * others.length)];
      expect(bytesHaveLongDigitRun(bytes(text)), text).toBe(/[0-9]{16}/.test(text));
    }
  });
});
