/** generated/ type-checks as it is committed (strict, NodeNext), and so does its consumer-facing API. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { typecheck } from '../helpers/generate.js';
import { GENERATED } from '../helpers/paths.js';

describe('generated/', () => {
  it('passes tsc --noEmit', () => {
    const r = typecheck(join(GENERATED, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});
