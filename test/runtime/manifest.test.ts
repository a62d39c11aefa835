/**
 * The runtime's manifest (templates/runtime/manifest.ts) is what the generator and the docs know
 * about the runtime. These checks keep it true: every name a live client answers to is listed, the
 * error lists name codes the runtime has, and the version rule is the one the client applies.
 */
import { describe, expect, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client.js';
import {
  CLIENT_MEMBERS,
  REQUEST_ERRORS_AFTER_SENDING,
  REQUEST_ERRORS_BEFORE_SENDING,
  SUBSCRIBE_ERRORS_AT_ONCE,
  SUBSCRIPTION_ENDING_ERRORS,
  defaultVersionFor,
} from '../../templates/runtime/manifest.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { makeCodec, makeSpec } from './helpers.js';

function namesOf(value: object): Set<string> {
  const names = new Set(Object.getOwnPropertyNames(value));
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  return names;
}

describe('runtime manifest', () => {
  it('lists every name a client instance answers to (a generated method must not shadow one)', () => {
    const client = new ClientCore(makeSpec(), makeCodec(), { url: 'ws://127.0.0.1:9' });
    const missing = [...namesOf(client)].filter((n) => !n.startsWith('__') && !CLIENT_MEMBERS.includes(n));
    expect(missing, 'add these to CLIENT_MEMBERS in templates/runtime/manifest.ts').toEqual([]);
  });

  it('names only error codes the runtime creates', () => {
    // The codes the error classes pass to ClientError (the union type lists them too).
    const source = readFileSync(join(ROOT, 'templates/runtime/errors.ts'), 'utf8');
    const created = source.slice(source.indexOf('export class ClientError'));
    const codes = new Set([...created.matchAll(/'(ERR_[A-Z_]+)'/g)].map((m) => m[1]!));
    for (const list of [REQUEST_ERRORS_BEFORE_SENDING, REQUEST_ERRORS_AFTER_SENDING, SUBSCRIBE_ERRORS_AT_ONCE, SUBSCRIPTION_ENDING_ERRORS]) {
      for (const o of list) expect(codes, o.code).toContain(o.code);
    }
  });

  it('picks the version the way the client does', () => {
    const spec = makeSpec();
    const served = spec.versions;
    const client = new ClientCore(spec, makeCodec(), { url: 'ws://127.0.0.1:9' });
    expect(client.apiVersion).toBe(defaultVersionFor(spec.defaultVersion, served));
    expect(defaultVersionFor('v2', ['v1'])).toBe('v1');
    expect(defaultVersionFor('v2', ['v1', 'v2'])).toBe('v2');
    expect(defaultVersionFor('v2', [])).toBe('v2');
  });
});
