/** The public contract's types: params checked per destination, replies and events typed by destination. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { typecheck } from '../helpers/generate.js';
import { ROOT } from '../helpers/paths.js';

describe('typed contract', () => {
  it('test/types/usage.ts compiles, and each @ts-expect-error line is an error', () => {
    const r = typecheck(join(ROOT, 'test', 'types', 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});
