/**
 * Both HMAC-SHA256 implementations the package chooses between (templates/codec/hmac.ts on Node,
 * hmac-portable.ts elsewhere) against RFC 4231's test cases and node:crypto's
 * createHmac on random keys and messages, and the generated per-operation canonicalisers against
 * the generic canonical string on random payloads. (The published signing vectors and every signed
 * fixture go through the package's sign/buildRequest in test/package/signing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { createHmac, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GENERATED } from '../helpers/paths.js';
import { createHmacSha256Hex as nodeHmac } from '../../templates/codec/hmac.js';
import { createHmacSha256Hex as portableHmac } from '../../templates/codec/hmac-portable.js';
import { canonicalStringWith } from '../../templates/codec/signing.js';
import { spec, rules as tables } from '../../generated/dist/spec.js';

/** RFC 4231 §4 (HMAC-SHA-256 outputs; case 5's truncated output is not a full digest). */
const RFC4231: [string, Buffer, Buffer, string][] = [
  ['1', Buffer.alloc(20, 0x0b), Buffer.from('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
  ['2', Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
  ['3', Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
  ['6', Buffer.alloc(131, 0xaa), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'), '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
  [
    '7',
    Buffer.alloc(131, 0xaa),
    Buffer.from('This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
    '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  ],
];

describe.each([
  ['node:crypto', nodeHmac],
  ['@noble/hashes', portableHmac],
] as const)('createHmacSha256Hex (%s)', (_name, createHmacSha256Hex) => {
  // The signer takes text (UTF-8); RFC 4231's binary keys are given as latin1 text only when that
  // is the same bytes, so these cases go through createHmac's own reading of the same strings.
  it.each(RFC4231.filter(([, key, data]) => key.every((b) => b < 0x80) && data.every((b) => b < 0x80)))('RFC 4231 case %s', (_, key, data, hex) => {
    expect(createHmacSha256Hex(key.toString('latin1'))(data.toString('latin1'))).toBe(hex);
  });

  it('agrees with createHmac on RFC 4231 keys and data read as text, long keys included', () => {
    for (const [, key, data] of RFC4231) {
      const k = key.toString('latin1');
      const d = data.toString('latin1');
      expect(createHmacSha256Hex(k)(d)).toBe(createHmac('sha256', k).update(d, 'utf8').digest('hex'));
    }
  });

  it('agrees with createHmac on 2000 random keys and messages: every length across block edges, non-ASCII, reused signers', () => {
    for (let t = 0; t < 2000; t++) {
      const key = t % 7 === 0 ? `ключ ${randomBytes(t % 90).toString('base64')}` : randomBytes(t % 150).toString('latin1');
      let message = randomBytes(t % 260).toString(t % 3 === 0 ? 'hex' : 'latin1');
      if (t % 5 === 0) message += '€😀';
      const signer = createHmacSha256Hex(key);
      const want = createHmac('sha256', key).update(message, 'utf8').digest('hex');
      expect(signer(message), `key ${JSON.stringify(key)} message ${JSON.stringify(message)}`).toBe(want);
      expect(signer(message)).toBe(want); // the prepared state is not changed by signing
      expect(signer('')).toBe(createHmac('sha256', key).update('').digest('hex'));
    }
  });

  it('agrees with createHmac on long messages and at the edge of the signer\'s own buffer (3-byte characters, surrogates)', () => {
    const key = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
    const signer = createHmacSha256Hex(key);
    for (const unit of ['a', '€', '😀', '\ud800', '\udfff', 'x\ud800']) {
      for (const length of [0, 1, 63, 64, 340, 341, 342, 343, 512, 1023, 1024, 1025, 4000]) {
        const message = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        expect(signer(message), `${JSON.stringify(unit)} × ${length}`).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
      }
    }
    // a long message, then a short one: nothing of the first is left in what the second signs
    const short = 'apiKey=k&timestamp=1';
    signer('€'.repeat(5000));
    signer('z'.repeat(300));
    expect(signer(short)).toBe(createHmac('sha256', key).update(short).digest('hex'));
  });
});

describe('the node signer where the runtime lacks what it prefers', () => {
  // A fresh process each: the package's hmac.js, loaded after the runtime is made to lack
  // process.getBuiltinModule (node:crypto then comes through require) or crypto.hash
  // (createHmac with a KeyObject then signs).
  const hmacUrl = pathToFileURL(join(GENERATED, 'dist', 'codec', 'hmac.js')).href;
  const run = (prelude: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${prelude}
        const { createHmacSha256Hex } = await import(${JSON.stringify(hmacUrl)});
        const out = [];
        for (const [key, message] of [['k', 'apiKey=a&timestamp=1'], ['ключ', 'é😀'.repeat(400)], ['x'.repeat(100), '']]) out.push([key, message, createHmacSha256Hex(key)(message)]);
        process.stdout.write(JSON.stringify(out));`,
      ],
      { encoding: 'utf8' },
    );
  const check = (out: string) => {
    const rows = JSON.parse(out) as [string, string, string][];
    expect(rows).toHaveLength(3);
    for (const [key, message, mac] of rows) expect(mac).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
  };

  it('without process.getBuiltinModule', () => check(run('delete process.getBuiltinModule;')));

  it('without crypto.hash', () => {
    const prelude = `import * as real from 'node:crypto';
      const crypto = { ...real }; delete crypto.hash;
      process.getBuiltinModule = (id) => { if (id !== 'node:crypto') throw new Error(id); return crypto; };`;
    check(run(prelude));
  });
});

describe('generated canonicalisers', () => {
  const signed = Object.values(spec.operations).filter((op) => op.signed);

  it('exist for every signed operation of the document (their request schemas allow no other field)', () => {
    expect(signed.length).toBeGreaterThan(0);
    for (const op of signed) expect(Object.keys(tables.canonicalisers), op.id).toContain(op.id);
  });

  it('give the generic canonical string for random payloads of every signed operation', () => {
    const values = ['BTC/USD', 'Oil - Brent.', '', '0.0000001', 70.25, 5000, 1700000000000, true, false, 'é€', ['a', 'b']];
    for (const op of signed) {
      const canonicalise = tables.canonicalisers[op.id]!;
      // the field names the canonicaliser knows, read back from its own output on a full payload
      const full: Record<string, unknown> = {};
      const probe = canonicalise(new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? ((full[k] = 'x'), 'x') : undefined) }));
      expect(probe.length).toBeGreaterThan(0);
      const fields = Object.keys(full);
      for (let t = 0; t < 200; t++) {
        const payload: Record<string, unknown> = {};
        for (const f of fields) {
          const r = (t * 31 + f.length * 7 + fields.indexOf(f) * 13) % (values.length + 3);
          if (r < values.length) payload[f] = values[r];
          else if (r === values.length) payload[f] = undefined;
        }
        payload[spec.signing.signatureField] = 'never signed';
        expect(canonicalise(payload), `${op.id} ${JSON.stringify(payload)}`).toBe(canonicalStringWith(tables.canonical, payload));
      }
    }
  });
});
