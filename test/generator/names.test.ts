import { describe, expect, it } from 'vitest';
import { camelCase, identifier, jsdoc, jsdocText, key, pascalCase, str } from '../../generator/names.js';

describe('names: every document string enters code through these', () => {
  it.each([
    ['plain', '"plain"'],
    ['it\'s "q"', '"it\'s \\"q\\""'],
    ['`${x}`', '"`${x}`"'],
    ['a\u2028b', '"a\\u2028b"'],
    ['*/', '"*/"'],
  ])('str(%j) is the literal %s', (input, expected) => {
    expect(str(input)).toBe(expected);
    expect(eval(str(input))).toBe(input);
  });

  it.each([
    ['account', 'account'],
    ['1st-op', '_1stOp'],
    ['delete', 'delete_'],
    ['class', 'class_'],
    ['ticker/24hr', 'ticker24hr'],
    ['ünï code', 'uniCode'],
    ['', 'item'],
    ['*/', 'item'],
  ])('identifier(%j) → %s', (input, expected) => {
    const id = identifier(input);
    expect(id).toBe(expected);
    expect(() => new Function(`let ${id} = 1; return ${id};`)).not.toThrow();
  });

  it.each([
    ['symbol', 'symbol'],
    ['it\'s', '"it\'s"'],
    ['123', '"123"'],
    ['${x}', '"${x}"'],
  ])('key(%j) → %s', (input, expected) => {
    expect(key(input)).toBe(expected);
  });

  it('jsdoc text cannot close its comment or open a tag', () => {
    const text = jsdocText('ends */ here\n@param x\n/* nested');
    expect(text).not.toContain('*/');
    expect(text).not.toMatch(/^\s*@/m);
    const block = jsdoc(['a */ b']);
    expect(block.match(/\*\//g)).toHaveLength(1); // only the real end of the comment
    expect(() => new Function(`${block} return 1;`)).not.toThrow();
  });

  it('case helpers', () => {
    expect(pascalCase('depth market-data')).toBe('DepthMarketData');
    expect(camelCase('OHLCMarketData')).toBe('oHLCMarketData');
  });
});
