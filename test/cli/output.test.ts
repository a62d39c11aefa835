/** The command line's output helpers (templates/cli/output.ts). */
import { describe, expect, it } from 'vitest';
import { formatJson, oneLine, redact } from '../../templates/cli/output.js';

describe('formatJson', () => {
  const book = { lastUpdateId: 1, asks: [[2062.5, 1.2], [2062.7, 0.5]], bids: [['2061.9', '0.8']], note: 'x'.repeat(90) };
  it('compact: one line, the same as JSON.stringify', () => {
    expect(formatJson(book, false)).toBe(JSON.stringify(book));
  });
  it('pretty: indented, what fits on a line stays on it; parses back to the same value', () => {
    const text = formatJson(book, true);
    expect(text).toBe(
      ['{', '  "lastUpdateId": 1,', '  "asks": [[2062.5,1.2],[2062.7,0.5]],', '  "bids": [["2061.9","0.8"]],', `  "note": "${'x'.repeat(90)}"`, '}'].join('\n'),
    );
    expect(JSON.parse(text)).toEqual(book);
    expect(formatJson({ a: 1 }, true)).toBe('{"a":1}');
    expect(formatJson([], true)).toBe('[]');
    const wide = { list: Array.from({ length: 30 }, (_, i) => ({ i })) };
    expect(formatJson(wide, true).split('\n')).toHaveLength(34);
    expect(JSON.parse(formatJson(wide, true))).toEqual(wide);
  });
  it('bigints print as their digits; undefined as null', () => {
    expect(formatJson({ id: 12345678901234567890n }, false)).toBe('{"id":"12345678901234567890"}');
    expect(formatJson(undefined, true)).toBe('null');
  });
});

describe('redact and oneLine', () => {
  it('replaces every occurrence of a secret; leaves very short ones (they would mask ordinary text)', () => {
    expect(redact('a s3cr3t b s3cr3t', ['s3cr3t'])).toBe('a [redacted] b [redacted]');
    expect(redact('abc', ['ab', undefined])).toBe('abc');
  });
  it('keeps a message on one line', () => {
    expect(oneLine('a\nb\tc\u0007')).toBe('a\\nb c\\u0007');
  });
});
