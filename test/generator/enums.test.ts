/**
 * Enum sites: given component schemas, where the enums of a payload are (through $refs,
 * properties, array items, map values and combinators), with their aliases and openness.
 */
import { describe, expect, it } from 'vitest';
import { enumSites } from '../../generator/enums.js';

const schemas = {
  Side: { type: 'string', enum: ['BUY', 'SELL'], 'x-aliases': { buy: 'BUY' } },
  Mode: { type: 'string', enum: ['A', 'B'] },
  Leg: { type: 'object', properties: { side: { $ref: '#/components/schemas/Side' }, modes: { type: 'array', items: { $ref: '#/components/schemas/Mode' } } } },
  Statuses: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Mode' } },
  Tree: { type: 'object', properties: { mode: { $ref: '#/components/schemas/Mode' }, child: { $ref: '#/components/schemas/Tree' } } },
  Reply: {
    type: 'object',
    properties: {
      legs: { type: 'array', items: { $ref: '#/components/schemas/Leg' } },
      byKey: { $ref: '#/components/schemas/Statuses' },
      count: { type: 'integer', enum: [1, 2] },
      note: { type: 'string' },
    },
    allOf: [{ properties: { extra: { $ref: '#/components/schemas/Mode' } } }],
  },
};

describe('enumSites', () => {
  it('finds every enum of a payload with its path, known values and aliases', () => {
    expect(enumSites(schemas, 'Reply', true)).toEqual([
      { path: ['legs', '*', 'side'], known: ['BUY', 'SELL'], aliases: { buy: 'BUY' }, open: true },
      { path: ['legs', '*', 'modes', '*'], known: ['A', 'B'], open: true },
      { path: ['byKey', '*'], known: ['A', 'B'], open: true },
      { path: ['extra'], known: ['A', 'B'], open: true },
    ]);
  });

  it('marks nothing open for requests, and ignores non-string enums', () => {
    const sites = enumSites(schemas, 'Reply', false);
    expect(sites.every((s) => s.open === undefined)).toBe(true);
    expect(sites.some((s) => s.path.includes('count'))).toBe(false);
  });

  it('stops at a recursive schema instead of looping', () => {
    expect(enumSites(schemas, 'Tree', true)).toEqual([{ path: ['mode'], known: ['A', 'B'], open: true }]);
  });
});
