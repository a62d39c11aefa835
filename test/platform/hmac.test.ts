/**
 * One HMAC-SHA256, two implementations chosen by package.json conditions (`#hmac`): node:crypto
 * under `node`, @noble/hashes under `browser` and `default`. They must agree on every input, and
 * each condition must pick its file — no runtime sniffing.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createHmacSha256Hex as nodeHmac } from '../../templates/codec/hmac.js';
import { createHmacSha256Hex as portableHmac } from '../../templates/codec/hmac-portable.js';
import { GENERATED } from '../helpers/paths.js';

const RUNS = 500;

describe('HMAC-SHA256 variants', () => {
  it('RFC 4231 test case 2 (key "Jefe")', () => {
    const want = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(nodeHmac('Jefe')('what do ya want for nothing?')).toBe(want);
    expect(portableHmac('Jefe')('what do ya want for nothing?')).toBe(want);
  });

  it(`node:crypto and @noble/hashes agree on ${RUNS} random secrets and messages (any Unicode, long keys)`, () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 400 }), (secret, message) => {
        tried++;
        const signer = portableHmac(secret);
        expect(signer(message)).toBe(nodeHmac(secret)(message));
        expect(signer(message)).toBe(nodeHmac(secret)(message)); // the keyed state is reusable
      }),
      { numRuns: RUNS },
    );
    expect(tried).toBe(RUNS);
  });

  it('the package resolves #hmac by export condition: node → node:crypto, browser and default → @noble/hashes', () => {
    const resolve = (conditions: string[]) =>
      execFileSync(process.execPath, [...conditions.flatMap((c) => ['-C', c]), '--input-type=module', '-e', "process.stdout.write(import.meta.resolve('#hmac'))"], {
        cwd: GENERATED,
        encoding: 'utf8',
      });
    expect(resolve([])).toMatch(/\/dist\/codec\/hmac\.js$/);
    expect(resolve(['browser'])).toMatch(/\/dist\/codec\/hmac-portable\.js$/);
    const pkg = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.imports['#hmac'])).toEqual(['types', 'browser', 'node', 'default']);
    expect(pkg.imports['#hmac'].default).toBe('./dist/codec/hmac-portable.js');
  });
});
