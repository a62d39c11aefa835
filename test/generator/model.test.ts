/**
 * generator/model/, module by module: given a YAML fragment of a document, want the model
 * fragment, or the exact error the spec author sees (file:line: at <pointer>: message).
 */
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { LoadedDocument } from '../../generator/load.js';
import { channelOf, destinationsOf } from '../../generator/model/channels.js';
import { modelContext, type ModelContext } from '../../generator/model/context.js';
import { flatFieldsOf } from '../../generator/model/events.js';
import { messageModel } from '../../generator/model/messages.js';
import { anchorOf, methodName } from '../../generator/model/names.js';
import { operationsOf } from '../../generator/model/operations.js';
import { protocolOf } from '../../generator/model/protocol.js';
import { deref, fromPointer, resolveRef, toPointer } from '../../generator/model/refs.js';
import { serversOf } from '../../generator/model/servers.js';
import { signingOf } from '../../generator/model/signing.js';

/** A model context over a YAML fragment, as if it were the whole document `doc.yaml`. */
function given(yaml: string, typeNames: Record<string, string> = {}): ModelContext {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(yaml, { lineCounter });
  const loaded = {
    path: 'doc.yaml',
    text: yaml,
    raw: yamlDoc.toJS(),
    lineOf: (path: readonly (string | number)[]) => {
      const offset = (yamlDoc.getIn(path, true) as Node | undefined)?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  } as unknown as LoadedDocument;
  return modelContext(loaded, typeNames);
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

const PROTOCOL = `
info:
  x-protocol:
    versionParameter: version
    envelope:
      destinationField: destination
      correlationIdField: correlationId
      payloadField: payload
      statusField: status
      okStatus: OK
      errorMessage: failure
      errorCodeField: code
      errorTextField: msg
      errorNameField: errorCode
    heartbeat: { operation: ping, serverTimeoutMs: 30000, clientIntervalMs: 20000, deadAfterMs: 45000 }
    rateLimits:
      - { id: weight, appliesTo: all, limit: 1200, intervalMs: 60000 }
    errorCodes:
      - { code: -1000, name: UNKNOWN }
components:
  messages:
    failure: { name: failure, payload: { $ref: '#/components/schemas/Failure' } }
  schemas:
    Failure: { type: object }
`;

describe('model/protocol', () => {
  it('given x-protocol, wants the envelope, heartbeat, limits and codes', () => {
    const p = protocolOf(given(PROTOCOL));
    expect(p.versionParameter).toBe('version');
    expect(p.defaultVersion).toBeUndefined();
    expect(p.envelope).toMatchObject({ destinationField: 'destination', correlationIdField: 'correlationId', okStatus: 'OK', errorNameField: 'errorCode' });
    expect(p.envelope.errorMessage).toMatchObject({ name: 'failure', schema: 'Failure', typeName: 'unknown' });
    expect(p.heartbeat).toEqual({ operation: 'ping', serverTimeoutMs: 30000, clientIntervalMs: 20000, deadAfterMs: 45000, description: '' });
    expect(p.rateLimits).toEqual([{ id: 'weight', appliesTo: 'all', limit: 1200, intervalMs: 60000, description: '', unconfirmed: undefined }]);
    expect(p.errorCodes).toEqual([{ code: -1000, name: 'UNKNOWN', meaning: '' }]);
  });

  it.each([
    ['a heartbeat slower than the server timeout', ['clientIntervalMs: 20000', 'clientIntervalMs: 40000'], 'doc.yaml:15: at /info/x-protocol/heartbeat: clientIntervalMs must be below serverTimeoutMs, or the server closes the connection'],
    ['an error message that does not exist', ['errorMessage: failure', 'errorMessage: nope'], 'doc.yaml:11: at /info/x-protocol/envelope/errorMessage: no components.messages.nope'],
    ['a rate limit of zero', ['limit: 1200', 'limit: 0'], 'doc.yaml:17: at /info/x-protocol/rateLimits/0: limit and intervalMs must be positive'],
  ])('given %s, wants the error', (_what, [from, to], want) => {
    expect(errorOf(() => protocolOf(given(PROTOCOL.replace(from!, to!))))).toBe(want);
  });
});

const SIGNING = `
components:
  securitySchemes:
    signed:
      type: httpApiKey
      name: apiKey
      in: user
      description: HMAC.
      x-signing:
        algorithm: sha256
        digest: hex
        keyField: key
        timestampField: ts
        recvWindowField: window
        signatureField: sig
        fieldsSchema: Signed
        canonical: { order: utf16, assign: '=', separator: '&', exclude: [sig] }
  schemas:
    Signed: { type: object }
`;

describe('model/signing', () => {
  it('given the scheme with x-signing, wants the signing model', () => {
    const { signing } = signingOf(given(SIGNING));
    expect(signing).toEqual({
      schemeName: 'signed',
      description: 'HMAC.',
      algorithm: 'sha256',
      digest: 'hex',
      keyField: 'key',
      timestampField: 'ts',
      recvWindowField: 'window',
      signatureField: 'sig',
      fieldsSchema: 'Signed',
      canonical: { order: 'utf16', assign: '=', separator: '&', exclude: ['sig'] },
    });
  });

  it.each([
    ['no scheme with x-signing', ['x-signing:', 'x-other:'], 'doc.yaml:4: at /components/securitySchemes: exactly one security scheme must carry x-signing'],
    ['a fields schema that does not exist', ['fieldsSchema: Signed', 'fieldsSchema: Nope'], 'doc.yaml:16: at /components/securitySchemes/signed/x-signing/fieldsSchema: no components.schemas.Nope'],
    ['another sort order', ['order: utf16', 'order: locale'], 'doc.yaml:17: at /components/securitySchemes/signed/x-signing/canonical: canonical.order must be utf16 (JavaScript default sort)'],
  ])('given %s, wants the error', (_what, [from, to], want) => {
    expect(errorOf(() => signingOf(given(SIGNING.replace(from!, to!))))).toBe(want);
  });
});

const SERVERS = `
info:
  x-codegen: { packageName: p, clientClassName: C, defaultServer: live }
servers:
  live: { host: example.test, pathname: /ws, protocol: wss, x-api-versions: [v1] }
  beta: { host: beta.example.test, protocol: wss }
components:
  parameters:
    version: { enum: [v1, v2], description: The version. }
`;

describe('model/servers', () => {
  it('given servers and the version parameter, wants versions, servers and defaults', () => {
    expect(serversOf(given(SERVERS), 'version', undefined)).toEqual({
      versions: ['v1', 'v2'],
      servers: [
        { name: 'live', url: 'wss://example.test/ws', title: 'live', description: '', versions: ['v1'], unconfirmed: undefined },
        { name: 'beta', url: 'wss://beta.example.test', title: 'beta', description: '', versions: ['v1', 'v2'], unconfirmed: undefined },
      ],
      defaultServer: 'live',
      defaultVersion: 'v2',
    });
  });

  it.each([
    ['a server version the API lacks', ['x-api-versions: [v1]', 'x-api-versions: [v9]'], undefined, 'doc.yaml:5: at /servers/live/x-api-versions: unknown version v9'],
    ['a default server that does not exist', ['defaultServer: live', 'defaultServer: gone'], undefined, 'doc.yaml:3: at /info/x-codegen/defaultServer: no server named gone'],
    ['a default version the API lacks', ['', ''], 'v3', 'doc.yaml:?: at /info/x-protocol/defaultVersion: not one of v1, v2'],
    ['a version parameter without versions', ['enum: [v1, v2]', 'enum: []'], undefined, 'doc.yaml:9: at /components/parameters/version: parameter version needs an enum of versions'],
  ])('given %s, wants the error', (_what, [from, to], defaultVersion, want) => {
    expect(errorOf(() => serversOf(given(SERVERS.replace(from!, to!)), 'version', defaultVersion))).toBe(want);
  });
});

const OPERATIONS = `
channels:
  account: { address: '/api/{version}/account', parameters: { version: { enum: [v1, v2] } } }
  both: { address: '/{version}/{other}' }
  quotes: { address: quote.event }
operations:
  ping:
    action: send
    channel: { $ref: '#/channels/account' }
    messages: [{ $ref: '#/components/messages/req' }]
    reply: { messages: [{ $ref: '#/components/messages/rep' }] }
    x-idempotent: true
  connect:
    action: send
    channel: { $ref: '#/channels/account' }
    messages: [{ $ref: '#/components/messages/req' }]
    reply: { messages: [{ $ref: '#/components/messages/rep' }] }
    security: [{ $ref: '#/components/securitySchemes/signed' }]
    x-idempotent: false
    x-weight: 5
    x-rate-limits: [orders]
components:
  securitySchemes:
    signed: { type: httpApiKey, name: k, in: user }
  messages:
    req: { name: req, payload: { $ref: '#/components/schemas/Req' } }
    rep: { name: rep, payload: { $ref: '#/components/schemas/Rep' } }
  schemas:
    Req: { type: object, required: [symbol], properties: { symbol: { type: string } } }
    Rep: { type: object }
`;
const TYPES = { Req: 'Req', Rep: 'Rep' };

function operations(yaml: string) {
  const ctx = given(yaml, TYPES);
  return operationsOf(ctx, {
    versionParameter: 'version',
    versions: ['v1', 'v2'],
    heartbeat: { operation: 'ping', serverTimeoutMs: 2, clientIntervalMs: 1, deadAfterMs: 0, description: '' },
    rateLimits: [{ id: 'orders', appliesTo: 'listed', limit: 1, intervalMs: 1, description: '' }],
    signingScheme: ctx.raw.components.securitySchemes.signed,
    events: [],
    inheritedMembers: new Set(['connect', 'on']),
  });
}

describe('model/operations and channels', () => {
  it('given send operations, wants destinations per version, kind, signing, limits and a method that shadows nothing', () => {
    const [ping, connect] = operations(OPERATIONS);
    expect(ping).toMatchObject({ id: 'ping', method: 'ping', kind: 'heartbeat', signed: false, idempotent: true, weight: 1, versions: ['v1', 'v2'] });
    expect(ping!.destinations).toEqual({ v1: '/api/v1/account', v2: '/api/v2/account' });
    expect(connect).toMatchObject({ method: 'connectOperation', kind: 'request', signed: true, idempotent: false, weight: 5, rateLimits: ['orders'], paramsRequired: true, anchor: 'op-connect' });
  });

  it.each([
    ['an operation without x-idempotent', ['    x-idempotent: true\n', ''], 'doc.yaml:8: at /operations/ping: x-idempotent (true or false) is required: may the request be sent again when its outcome is unknown?'],
    ['an unknown rate limit', ['x-rate-limits: [orders]', 'x-rate-limits: [nope]'], 'doc.yaml:21: at /operations/connect/x-rate-limits: unknown rate limit nope'],
    ['a channel that is not a $ref', ["channel: { $ref: '#/channels/account' }", 'channel: account'], 'doc.yaml:9: at /operations/ping/channel: channel must be a $ref to #/channels/<name>'],
    ['a second address parameter', ["ping:\n    action: send\n    channel: { $ref: '#/channels/account' }", "ping:\n    action: send\n    channel: { $ref: '#/channels/both' }"], "doc.yaml:4: at /channels/both/address: only the {version} parameter is supported in addresses"],
    ['a payload that is not a component $ref', ["req: { name: req, payload: { $ref: '#/components/schemas/Req' } }", 'req: { name: req, payload: { type: object } }'], 'doc.yaml:10: at /operations/ping/messages/0: the message payload must be a $ref to #/components/schemas/<Name> so its type has a stable name'],
    ['a dangling $ref', ["messages: [{ $ref: '#/components/messages/req' }]", "messages: [{ $ref: '#/components/messages/gone' }]"], 'doc.yaml:10: at /operations/ping/messages/0: $ref #/components/messages/gone points nowhere'],
    ['a time window over a parameter the request does not have', ['    x-rate-limits: [orders]\n', '    x-rate-limits: [orders]\n    x-time-window: { from: symbol, to: until, maxMs: 60000 }\n'], 'doc.yaml:22: at /operations/connect/x-time-window/to: must name a parameter of Req'],
  ])('given %s, wants the error', (_what, [from, to], want) => {
    expect(errorOf(() => operations(OPERATIONS.replace(from!, to!)))).toBe(want);
  });

  it('given x-time-window, wants the window on the operation; none without it', () => {
    const [ping, connect] = operations(OPERATIONS.replace('    x-rate-limits: [orders]\n', '    x-rate-limits: [orders]\n    x-time-window: { from: symbol, to: symbol, maxMs: 60000 }\n'));
    expect(connect!.timeWindow).toEqual({ from: 'symbol', to: 'symbol', maxMs: 60000 });
    expect(ping!.timeWindow).toBeUndefined();
  });

  it('given an unversioned channel, wants one destination under the empty version', () => {
    const ctx = given(OPERATIONS, TYPES);
    const { key, channel } = channelOf(ctx, { channel: { $ref: '#/channels/quotes' } }, 'onQuote');
    expect(destinationsOf(ctx, 'version', ['v1'], key, channel)).toEqual({ versions: [], destinations: { '': 'quote.event' } });
  });

  it('given a message without a named type, wants the error unless it may stay untyped', () => {
    const ctx = given(OPERATIONS, {});
    expect(errorOf(() => messageModel(ctx, { $ref: '#/components/messages/rep' }, ['x']))).toBe('doc.yaml:?: at /x: schema Rep gives no named type: make it an object or enum schema');
    expect(messageModel(ctx, { $ref: '#/components/messages/rep' }, ['x'], false).typeName).toBe('unknown');
  });
});

describe('model/names and refs', () => {
  it.each([
    ['subscribeMarketData', 'op-subscribemarketdata'],
    ['a/b c', 'op-a-b-c'],
  ])('anchorOf(%s) = %s', (id, want) => expect(anchorOf(id)).toBe(want));

  it.each([
    ['depth', new Set<string>(), 'depth'],
    ['close', new Set(['close']), 'closeOperation'],
    ['2fa-check', new Set<string>(), methodName('2fa-check', new Set())],
  ])('methodName(%s) avoids inherited names', (id, inherited, want) => expect(methodName(id, inherited)).toBe(want));

  it.each([
    [['a/b', 'c~d', 0], '/a~1b/c~0d/0'],
    [[], ''],
  ])('toPointer(%j) = %s and back', (path, want) => {
    expect(toPointer(path)).toBe(want);
    expect(fromPointer(want)).toEqual(path.map(String));
  });

  it('resolves local $refs and says why it cannot', () => {
    const root = { a: { 'b/c': 1 }, loop: { $ref: '#/loop' }, to: { $ref: '#/a' } };
    expect(resolveRef(root, '#/a/b~1c')).toBe(1);
    expect(deref(root, { $ref: '#/to' })).toEqual({ 'b/c': 1 });
    expect(errorOf(() => resolveRef(root, 'other.yaml#/a'))).toBe('only local $refs are supported, got other.yaml#/a');
    expect(errorOf(() => resolveRef(root, '#/nope'))).toBe('$ref #/nope points nowhere');
    expect(errorOf(() => deref(root, { $ref: '#/loop' }))).toBe('circular $ref');
  });
});

describe('model/events: payloads the frame decoder may read from bytes', () => {
  const schemas = (props: string): string => `components:\n  schemas:\n    Id: { type: string, pattern: '^[0-9]+$' }\n    Side: { enum: [BUY, SELL] }\n    Box: { type: object, properties: { n: { type: number } } }\n    Ev:\n      type: object\n      properties:\n${props}`;
  it.each([
    ['scalars, $refs to scalars, enums, constants and choices of scalars', '        a: { type: number }\n        b: { $ref: \'#/components/schemas/Id\' }\n        c: { $ref: \'#/components/schemas/Side\' }\n        d: { type: [string, "null"] }\n        e: { oneOf: [{ type: integer }, { type: string }] }\n        f: { const: 1 }', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['an array member', '        a: { type: number }\n        b: { type: array, items: { type: number } }', undefined],
    ['an object member behind a $ref', '        a: { $ref: \'#/components/schemas/Box\' }', undefined],
    ['a choice of a scalar and an object', '        a: { anyOf: [{ type: string }, { type: object }] }', undefined],
    ['a member without a type (any value)', '        a: { description: anything }', undefined],
    ['a member named __proto__', '        __proto__: { type: number }', undefined],
  ])('given %s', (_what, props, want) => {
    expect(flatFieldsOf(given(schemas(props)), 'Ev').flatFields).toEqual(want);
  });

  it('given no properties, wants none', () => {
    expect(flatFieldsOf(given('components:\n  schemas:\n    Ev: { type: object }\n'), 'Ev').flatFields).toBeUndefined();
  });
});
