/**
 * The runtime's manifest (templates/runtime/manifest.ts) is what the generator and the docs know
 * about the runtime. These checks keep it true: every name a live client answers to is listed, the
 * error lists name codes the runtime has, and the version rule is the one the client applies.
 */
import { describe, expect, it } from 'vitest';
import { ClientCore } from '../../templates/runtime/client.js';
import * as errors from '../../templates/runtime/errors.js';
import { Subscription } from '../../templates/runtime/subscription.js';
import {
  CLIENT_EVENTS,
  CLIENT_OPTIONS,
  CONNECTION_STATES,
  ERROR_CLASSES,
  RECONNECT_OPTIONS,
  REQUEST_OPTIONS,
  SUBSCRIBE_OPTIONS,
  SUBSCRIPTION_BUFFER_OPTIONS,
  CLIENT_MEMBERS,
  REQUEST_ERRORS_AFTER_SENDING,
  REQUEST_ERRORS_BEFORE_SENDING,
  SUBSCRIBE_ERRORS_AT_ONCE,
  SUBSCRIPTION_ENDING_ERRORS,
  defaultVersionFor,
} from '../../templates/runtime/manifest.js';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
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

  it('lists every option the client reads, with the defaults the client applies', () => {
    const spec = makeSpec();
    const read = new Set<string>();
    const options = new Proxy({ url: 'ws://127.0.0.1:9' } as Record<string, unknown>, {
      get: (target, key) => (typeof key === 'string' && read.add(key), target[key as string]),
    });
    const client = new ClientCore(spec, makeCodec(), options) as unknown as Record<string, unknown> & { backoff: Record<string, unknown> };
    expect([...read].filter((k) => !(k in CLIENT_OPTIONS)), 'add these to CLIENT_OPTIONS').toEqual([]);
    expect(read.size).toBeGreaterThan(10);

    const sub = new Subscription({ destination: 'd', operationId: 'o', keyFields: [], onEnd: () => undefined }) as unknown as Record<string, unknown>;
    const facts = new Subscription({ destination: 'd', operationId: 'o', keyFields: [], onEnd: () => undefined, events: 'facts' }) as unknown as Record<string, unknown>;
    const connectionSource = readFileSync(join(ROOT, 'templates/runtime/client/connection.ts'), 'utf8');
    // Where each stated default can be seen on a client built without options.
    const actual: Record<string, unknown> = {
      'ClientOptions.requestTimeoutMs': client.requestTimeoutMs,
      'ClientOptions.connectTimeoutMs': client.connectTimeoutMs,
      'ClientOptions.maxPending': client.maxPending,
      'ClientOptions.validateInbound': client.validateInbound,
      'ReconnectOptions.initialDelayMs': client.backoff.initialDelayMs,
      'ReconnectOptions.maxDelayMs': client.backoff.maxDelayMs,
      // Applied when a reconnect gives up, not at construction: the source states it.
      'ReconnectOptions.maxAttempts': Number(/options\.maxAttempts \?\? (\w+)/.exec(connectionSource)?.[1]),
      'SubscriptionBufferOptions.bufferSize': sub.bufferSize,
      'SubscriptionBufferOptions.lossless': facts.lossless,
    };
    const tables = { ClientOptions: CLIENT_OPTIONS, ReconnectOptions: RECONNECT_OPTIONS, SubscriptionBufferOptions: SUBSCRIPTION_BUFFER_OPTIONS };
    const stated: Record<string, unknown> = {};
    for (const [type, table] of Object.entries(tables)) {
      for (const [name, o] of Object.entries(table)) if (o.default && 'value' in o.default) stated[`${type}.${name}`] = o.default.value;
    }
    expect(stated).toEqual(actual);
    // Defaults stated as rules.
    expect(client.connectWaitMs).toBe(client.requestTimeoutMs);
    expect(client.heartbeatIntervalMs).toBe(spec.heartbeat.clientIntervalMs);
    expect(client.deadAfterMs).toBe(spec.heartbeat.deadAfterMs);
    expect([sub.policy, facts.policy]).toEqual(['latest-per-key', 'drop-oldest']);
    const byServer = new ClientCore(spec, makeCodec(), {});
    expect(byServer.url).toBe(spec.servers[spec.defaultServer]!.url);
    // Options objects that extend another list its options too.
    for (const name of Object.keys(SUBSCRIPTION_BUFFER_OPTIONS)) expect(Object.keys(SUBSCRIBE_OPTIONS)).toContain(name);
    expect(Object.keys(REQUEST_OPTIONS)).toContain('timeoutMs');
  });

  it('lists the events and the states a client goes through', async () => {
    const client = new ClientCore(makeSpec(), makeCodec(), { url: 'ws://127.0.0.1:9', reconnect: false });
    const seen: string[] = [];
    for (const name of Object.keys(CLIENT_EVENTS)) client.on(name as keyof typeof CLIENT_EVENTS, () => seen.push(name));
    await client.connect().catch(() => undefined);
    await client.close();
    expect(seen).toContain('state');
    expect(seen.every((e) => e in CLIENT_EVENTS)).toBe(true);
    expect(CONNECTION_STATES).toContain(client.state);
  });

  it('describes every error class of the runtime: its base, its codes and its own fields', () => {
    const source = readFileSync(join(ROOT, 'templates/runtime/errors.ts'), 'utf8');
    const exported = Object.entries(errors).filter(([, v]) => typeof v === 'function' && v.prototype instanceof Error);
    expect(ERROR_CLASSES.map((e) => e.name).sort()).toEqual(exported.map(([n]) => n).sort());
    for (const e of ERROR_CLASSES) {
      const cls = (errors as Record<string, unknown>)[e.name] as { prototype: object };
      expect(Object.getPrototypeOf(cls.prototype).constructor.name, e.name).toBe(e.extends);
      const start = source.indexOf(`export class ${e.name} `);
      const body = source.slice(start, source.indexOf(`\n}\n`, start));
      const fieldsPart = body.slice(0, body.indexOf('constructor('));
      expect([...fieldsPart.matchAll(/^ {2}readonly (\w+)/gm)].map((m) => m[1]), e.name).toEqual(Object.keys(e.fields));
      const codes = [...body.matchAll(/'(ERR_[A-Z_]+)'/g)].map((m) => m[1]);
      expect([...new Set(codes)], e.name).toEqual(e.codes);
    }
    const union = /export type ClientErrorCode =([^;]+);/.exec(source)![1]!;
    const all = new Set(ERROR_CLASSES.flatMap((e) => e.codes));
    expect([...union.matchAll(/'(ERR_\w+)'/g)].map((m) => m[1]).filter((c) => !all.has(c as never))).toEqual([]);
  });
});

/**
 * The option types' JSDoc (what an editor shows) and the manifest (what the reference docs show)
 * state each option's description and default twice: they must say the same.
 */
describe('option JSDoc agrees with the manifest', () => {
  /** `member → JSDoc text` of one interface's own members, JSDoc joined into one line. */
  function jsdocOf(file: string, iface: string): Map<string, string> {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, 'templates/runtime', file), 'utf8'), ts.ScriptTarget.Latest, true);
    const decl = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === iface);
    expect(decl, `${iface} in ${file}`).toBeDefined();
    const out = new Map<string, string>();
    for (const member of decl!.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const comment = ts.getJSDocCommentsAndTags(member).map((d) => (ts.isJSDoc(d) ? ts.getTextOfJSDocComment(d.comment) ?? '' : '')).join(' ');
      out.set(member.name.text, comment.replace(/\s+/g, ' ').trim());
    }
    return out;
  }

  function stated(d: NonNullable<(typeof CLIENT_OPTIONS)['server']['default']>): string {
    return 'rule' in d ? d.rule : `${d.value}${d.unit ? ` ${d.unit}` : ''}`;
  }

  const cases = [
    ['options.ts', 'ClientOptions', CLIENT_OPTIONS],
    ['options.ts', 'ReconnectOptions', RECONNECT_OPTIONS],
    ['options.ts', 'RequestOptions', REQUEST_OPTIONS],
    ['subscription.ts', 'SubscriptionBufferOptions', SUBSCRIPTION_BUFFER_OPTIONS],
  ] as const;

  it.each(cases)('%s %s', (file, iface, table) => {
    const docs = jsdocOf(file === 'options.ts' ? 'client/options.ts' : file, iface);
    expect([...docs.keys()].sort()).toEqual(Object.keys(table).sort());
    for (const [name, option] of Object.entries(table) as [string, { description: string; default?: Parameters<typeof stated>[0] }][]) {
      const jsdoc = docs.get(name)!;
      const marker = /\s*\(default:? ([^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(jsdoc);
      if (option.default === undefined) {
        expect(marker, `${iface}.${name}: its JSDoc states a default the manifest does not`).toBeNull();
      } else {
        expect(marker?.[1], `${iface}.${name}: default in JSDoc vs manifest`).toBe(stated(option.default));
      }
      const sentence = marker ? jsdoc.slice(0, marker.index) + jsdoc.slice(marker.index + marker[0].length) : jsdoc;
      expect(sentence, `${iface}.${name}: description in JSDoc vs manifest`).toBe(option.description.replace(/\s+/g, ' '));
    }
  });
});
