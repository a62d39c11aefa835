/**
 * Checks of asyncapi.yaml itself: that it parses, that it covers every destination the public
 * sources list (Currency.com's and Dzengi.com's WebSocket API pages, Currencycom/openApiExamples,
 * ccxt's currencycom exchange), that its operations are documented, that the facts no public source
 * confirms are marked, and that the example frames collected from public sources
 * (test/fixtures, provenance in its README.md) validate against its schemas.
 *
 * The expectations below are written from those sources, not read from the document: a
 * destination that disappears from (or is invented in) the document makes a test fail.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { parse as parseYaml } from 'yaml';
import { Ajv, type ValidateFunction } from 'ajv';

const DOC_PATH = fileURLToPath(new URL('../../asyncapi.yaml', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

// --- what the public sources list: heartbeat, request destinations, subscriptions --------------

const BOTH = ['v1', 'v2'] as const;

/** Request destinations `/api/{version}/<path>` and the versions they exist in. */
const API_ENDPOINTS: ReadonlyArray<readonly [path: string, versions: readonly string[]]> = [
  // 2.2 utility and public market data
  ['time', BOTH],
  ['exchangeInfo', BOTH],
  ['depth', BOTH],
  ['aggTrades', BOTH],
  ['klines', BOTH],
  ['ticker/24hr', BOTH],
  // 2.3 account
  ['account', BOTH],
  ['leverageSettings', BOTH],
  ['myTrades', BOTH],
  ['tradingFees', BOTH],
  ['tradingLimits', BOTH],
  ['fundingLimits', BOTH],
  ['currencies', BOTH],
  ['depositAddress', BOTH],
  ['deposits', BOTH],
  ['withdrawals', BOTH],
  ['transactions', BOTH],
  ['ledger', BOTH],
  // 2.4 orders (the WebSocket names of create and cancel differ from REST)
  ['order/create', BOTH],
  ['order/cancel', BOTH],
  ['openOrders', BOTH],
  ['fetchOrder', ['v2']],
  ['updateTradingOrder', BOTH],
  // 2.5 leverage positions
  ['tradingPositions', BOTH],
  ['tradingPositionsHistory', BOTH],
  ['updateTradingPosition', BOTH],
  ['closeTradingPosition', BOTH],
];

/** Account, order and leverage-position requests are signed; utility and market data, ping and the subscriptions are not. */
const SIGNED_PATHS = new Set(API_ENDPOINTS.slice(6).map(([path]) => path));

/** Unversioned request destinations: the heartbeat and the four subscriptions. */
const PLAIN_REQUESTS = [
  'ping',
  'marketData.subscribe',
  'depthMarketData.subscribe',
  'OHLCMarketData.subscribe',
  'trades.subscribe',
];

/** Pushed event destinations. */
const EVENTS = ['internal.quote', 'marketdepth.event', 'ohlc.event', 'internal.trade'];

interface Expected {
  readonly destination: string;
  readonly kind: 'request' | 'event';
  readonly signed: boolean;
}

const EXPECTED: readonly Expected[] = [
  ...API_ENDPOINTS.flatMap(([path, versions]) =>
    versions.map((v) => ({ destination: `/api/${v}/${path}`, kind: 'request' as const, signed: SIGNED_PATHS.has(path) })),
  ),
  ...PLAIN_REQUESTS.map((destination) => ({ destination, kind: 'request' as const, signed: false })),
  ...EVENTS.map((destination) => ({ destination, kind: 'event' as const, signed: false })),
];

/**
 * Facts no public source confirms, each at the place of the document that must carry an
 * `x-unconfirmed` saying why: the WebSocket error reply, the JSON-encoded depth data, the echoed
 * destination, the array wrappers, the Heikin-Ashi spelling, klines priceType, the interval
 * spelling, the server's stringification for signing, the WebSocket rate limits, the subscription
 * statuses and failures inside OK replies, undocumented parameters of the 2020 example, and a
 * URL-encoded symbol.
 */
const UNCONFIRMED_AT = [
  '/components/messages/errorReply',
  '/components/schemas/DepthEvent/properties/data',
  '/components/schemas/ReplyEnvelope/properties/destination',
  '/components/schemas/AggTradesReply',
  '/components/schemas/KlinesReply',
  '/components/schemas/MyTradesReply',
  '/components/schemas/OpenOrdersReply',
  '/components/schemas/TransactionsReply',
  '/components/schemas/CandleType',
  '/components/schemas/KlinesParams/properties/priceType',
  '/components/schemas/OhlcInterval',
  '/components/securitySchemes/signedRequest',
  '/info/x-protocol/rateLimits/0',
  '/components/schemas/SubscribeReply/x-subscription-status',
  '/info/x-protocol/envelope/failureFields',
  '/components/schemas/OpenOrdersParams/properties/limit',
  '/components/schemas/TradingPositionsParams/properties/limit',
  '/components/schemas/UpdateTradingOrderParams/properties/type',
  '/components/schemas/DepthParams/properties/limit',
  '/components/schemas/Symbol',
  '/operations/createOrder',
];

/** Destinations seen only in Swagger/REST material: operationIds. */
const SWAGGER_ONLY_OPERATIONS = [
  'time',
  'tradingFees',
  'tradingLimits',
  'fundingLimits',
  'currencies',
  'depositAddress',
  'deposits',
  'withdrawals',
  'transactions',
  'ledger',
  'fetchOrder',
];

// --- helpers --------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const docText = readFileSync(DOC_PATH, 'utf8');
/** The raw document: the parser's dereferenced view drops keywords beside a `$ref`. */
const raw = parseYaml(docText) as JsonObject;

function obj(value: Json | undefined): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

/** Every value of an `x-unconfirmed` key anywhere in the raw document, with its JSON pointer. */
function unconfirmedMarks(node: Json, pointer = ''): Array<{ pointer: string; text: string }> {
  if (node === null || typeof node !== 'object') return [];
  const entries: Array<[string, Json]> = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
  return entries.flatMap(([key, value]) => {
    const here = `${pointer}/${key}`;
    const own = key === 'x-unconfirmed' && typeof value === 'string' ? [{ pointer: here, text: value }] : [];
    return [...own, ...unconfirmedMarks(value, here)];
  });
}


/** The concrete destinations of a channel: its address with each value of each parameter's enum. */
function concreteAddresses(address: string, enums: ReadonlyMap<string, readonly string[]>): string[] {
  let out = [address];
  for (const [name, values] of enums) {
    out = out.flatMap((a) => (a.includes(`{${name}}`) ? values.map((v) => a.split(`{${name}}`).join(v)) : [a]));
  }
  return out;
}

function formatDiagnostic(d: { severity: number; code?: string | number; message: string; path: ReadonlyArray<string | number>; range?: { start: { line: number } } }): string {
  const line = d.range ? d.range.start.line + 1 : '?';
  return `severity ${d.severity} ${String(d.code ?? '')} at line ${line} #/${d.path.join('/')}: ${d.message}`;
}

// --- tests ----------------------------------------------------------------------------------------

let document: AsyncAPIDocumentInterface | undefined;
let diagnostics: string[] = [];
let errorCount = 0;

beforeAll(async () => {
  const result = await new Parser().parse(docText);
  document = result.document;
  diagnostics = result.diagnostics.map(formatDiagnostic);
  errorCount = result.diagnostics.filter((d) => d.severity === 0).length;
});

function parsed(): AsyncAPIDocumentInterface {
  if (!document) throw new Error(`asyncapi.yaml did not parse:\n${diagnostics.join('\n')}`);
  return document;
}

describe('asyncapi.yaml', () => {
  it('parses without error diagnostics', () => {
    const errors = diagnostics.filter((d) => d.startsWith('severity 0 '));
    expect(errors, `error diagnostics:\n${errors.join('\n')}`).toEqual([]);
    expect(errorCount).toBe(0);
    expect(document).toBeDefined();
  });

  it('keeps AsyncAPI 3.0.0 (Modelina reads no other version)', () => {
    expect(raw['asyncapi']).toBe('3.0.0');
  });

  describe('coverage of the public sources', () => {
    /** concrete destination → the channel's operations, as the document declares them */
    function destinations(): Map<string, Array<{ id: string; action: string; hasReply: boolean; signed: boolean }>> {
      const map = new Map<string, Array<{ id: string; action: string; hasReply: boolean; signed: boolean }>>();
      for (const channel of parsed().channels().all()) {
        const address = channel.address();
        if (!address) continue;
        const enums = new Map<string, readonly string[]>();
        for (const parameter of channel.parameters().all()) {
          enums.set(parameter.id(), (parameter.schema()?.enum() ?? []).map(String));
        }
        const ops = channel.operations().all().map((op) => ({
          id: op.id() ?? '',
          action: op.action(),
          hasReply: op.reply() !== undefined,
          signed: op.security().length > 0,
        }));
        for (const concrete of concreteAddresses(address, enums)) map.set(concrete, [...(map.get(concrete) ?? []), ...ops]);
      }
      return map;
    }

    it('has a channel and an operation for every destination of every version', () => {
      const have = destinations();
      const missing: string[] = [];
      for (const want of EXPECTED) {
        const ops = have.get(want.destination);
        if (!ops) {
          missing.push(`${want.destination}: no channel with this address`);
        } else if (want.kind === 'request' && !ops.some((o) => o.action === 'send' && o.hasReply)) {
          missing.push(`${want.destination}: no send operation with a reply`);
        } else if (want.kind === 'event' && !ops.some((o) => o.action === 'receive')) {
          missing.push(`${want.destination}: no receive operation`);
        }
      }
      expect(missing, `missing from asyncapi.yaml:\n${missing.join('\n')}`).toEqual([]);
    });

    it('has no destination the public sources do not list (fetchOrder is v2 only; no edit-order destination is invented)', () => {
      const listed = new Set(EXPECTED.map((e) => e.destination));
      const extra = [...destinations().keys()].filter((d) => !listed.has(d)).sort();
      expect(extra, `in no public source:\n${extra.join('\n')}`).toEqual([]);
    });

    it('signs exactly the account, order and position requests', () => {
      const have = destinations();
      const wrong: string[] = [];
      for (const want of EXPECTED.filter((e) => e.kind === 'request')) {
        for (const op of (have.get(want.destination) ?? []).filter((o) => o.action === 'send')) {
          if (op.signed !== want.signed) wrong.push(`${want.destination} (${op.id}): signed=${op.signed}, the public sources say ${want.signed}`);
        }
      }
      expect(wrong, wrong.join('\n')).toEqual([]);
    });
  });

  describe('documentation and confidence', () => {
    it('gives every operation a summary and a description', () => {
      const undocumented = parsed()
        .operations()
        .all()
        .filter((op) => !op.summary()?.trim() || !op.description()?.trim())
        .map((op) => op.id());
      expect(undocumented, `operations without summary or description: ${undocumented.join(', ')}`).toEqual([]);
    });

    it('marks every unconfirmed fact at its place, with a reason in words', () => {
      const marks = new Map(unconfirmedMarks(raw).map((m) => [m.pointer.replace(/\/x-unconfirmed$/, ''), m.text]));
      const unmarked = UNCONFIRMED_AT.filter((at) => !marks.has(at));
      expect(unmarked, `no x-unconfirmed at: ${unmarked.join(', ')}`).toEqual([]);
      const terse = [...marks].filter(([, text]) => text.split(/\s+/).length < 8).map(([at, text]) => `${at}: ${text}`);
      expect(terse, 'x-unconfirmed reasons too short to say why').toEqual([]);
    });

    it('cites public sources by name, never an internal numbering or a reference file users do not have', () => {
      const offenders = docText
        .split('\n')
        .map((line, i) => [i + 1, line] as const)
        .filter(([, line]) => /catalogue|\bU\d{1,2}\b|shared\/api/i.test(line))
        .map(([n, line]) => `asyncapi.yaml:${n}: ${line.trim()}`);
      expect(offenders, offenders.join('\n')).toEqual([]);
    });

    it('marks each Swagger-only destination and each subscription on its operation, naming the public sources', () => {
      const operations = obj(raw['operations']);
      const onOperation = (id: string): string => {
        const value = obj(operations[id])['x-unconfirmed'];
        return typeof value === 'string' ? value : '';
      };
      const subscriptions = Object.entries(operations)
        .filter(([, op]) => obj(op)['x-stream'] !== undefined)
        .map(([id]) => id);
      expect(subscriptions).toHaveLength(4);
      const unmarked = [
        ...SWAGGER_ONLY_OPERATIONS.filter((id) => !/REST/.test(onOperation(id))).map((id) => `${id}: REST-only origin not said`),
        ...subscriptions.filter((id) => !/unsubscribe/i.test(onOperation(id)) || !/ccxt|openApiExamples/.test(onOperation(id))).map((id) => `${id}: unsubscribe not discussed with its sources`),
      ];
      expect(unmarked, unmarked.join('\n')).toEqual([]);
    });

    it('says in the info description that editing an exchange order is not covered, and why', () => {
      const description = String(obj(raw['info'])['description']);
      expect(description).toMatch(/PUT \/order/);
      expect(description).toMatch(/openApiExamples/);
    });
  });

  describe('fixtures against the schemas', () => {
    const components = obj(raw['components']);
    const schemas = obj(components['schemas']);
    const messages = obj(components['messages']);
    const channels = obj(raw['channels']);
    const operations = obj(raw['operations']);
    const refName = (ref: Json | undefined): string => String(ref).split('/').pop() ?? '';

    /** Schemas as ajv sees them: aliases accepted as enum values, extensions stripped, refs local. */
    function forAjv(node: Json): Json {
      if (Array.isArray(node)) return node.map(forAjv);
      if (node === null || typeof node !== 'object') return node;
      const aliases = node['x-aliases'];
      const out: JsonObject = {};
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-')) continue;
        if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/components/schemas/', 'defs#/$defs/');
        else if (key === 'enum' && Array.isArray(value) && aliases && typeof aliases === 'object' && !Array.isArray(aliases)) out[key] = [...value, ...Object.keys(aliases)];
        else out[key] = forAjv(value);
      }
      return out;
    }
    const defs = obj(forAjv(schemas));
    const makeAjv = (coerceTypes: boolean): Ajv => {
      const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
      ajv.addSchema({ $id: 'defs', $defs: defs });
      return ajv;
    };
    const strictAjv = makeAjv(false);
    const tolerantAjv = makeAjv(true);

    /** concrete destination → { operationId, request schema name, reply schema name, signed } */
    const byDestination = new Map<string, { id: string; request: string; reply?: string; signed: boolean }>();
    const messageSchema = (channel: JsonObject, ref: Json | undefined): string => {
      const local = obj(obj(channel['messages'])[refName(ref)]);
      return refName(obj(obj(messages[refName(local['$ref'])])['payload'])['$ref']);
    };
    for (const [id, opJson] of Object.entries(operations)) {
      const op = obj(opJson);
      const channel = obj(channels[refName(obj(op['channel'])['$ref'])]);
      const parameter = channel['parameters'] ? obj(obj(channel['parameters'])['version']) : undefined;
      const versionEnum = parameter ? (parameter['$ref'] ? obj(obj(components['parameters'])['version'])['enum'] : parameter['enum']) : undefined;
      const address = String(channel['address']);
      const concrete = Array.isArray(versionEnum) ? versionEnum.map((v) => address.replace('{version}', String(v))) : [address];
      const first = (list: Json | undefined): Json | undefined => (Array.isArray(list) ? obj(list[0])['$ref'] : undefined);
      const reply = op['reply'] ? messageSchema(channel, first(obj(op['reply'])['messages'])) : undefined;
      const entry = { id, request: messageSchema(channel, first(op['messages'])), reply, signed: Array.isArray(op['security']) };
      for (const destination of concrete) byDestination.set(destination, entry);
    }

    const describeErrors = (validate: ValidateFunction): string =>
      (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');

    const fixtures = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')).sort();
    const read = (file: string): JsonObject | Json[] => JSON.parse(readFileSync(`${FIXTURES_DIR}/${file}`, 'utf8')) as JsonObject | Json[];

    it('accepts every request fixture strictly (params plus the signing fields of signed requests)', () => {
      const failures: string[] = [];
      const requestFiles = fixtures.filter((f) => f.startsWith('v1-') || f.startsWith('ws-'));
      expect(requestFiles.length).toBeGreaterThan(0);
      for (const file of requestFiles) {
        const frame = obj(read(file) as Json);
        const entry = byDestination.get(String(frame['destination']));
        if (!entry) {
          failures.push(`${file}: no operation for ${String(frame['destination'])}`);
          continue;
        }
        const params = structuredClone(obj(defs[entry.request]));
        if (entry.signed) {
          const signing = obj(defs['SignedRequestFields']);
          params['properties'] = { ...obj(params['properties'] ?? {}), ...obj(signing['properties']) };
          params['required'] = [...((params['required'] as Json[] | undefined) ?? []), ...(signing['required'] as Json[])];
        }
        const validate = strictAjv.compile(params as object);
        if (!validate(structuredClone(frame['payload']))) failures.push(`${file} (${entry.id}): ${describeErrors(validate)}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });

    it('accepts every reply and event fixture tolerantly (coercion, bare arrays)', () => {
      // Shapes taken as references only: the error body, the sister platform's
      // frames and the Swagger-doc renderings of events.
      const skip = (f: string): boolean => f.startsWith('rest-error') || f.startsWith('sibling-') || f.includes('swagger-doc');
      const replyOf: Record<string, string> = { 'order-create-full': 'order/create', 'order-create-limit': 'order/create' };
      const failures: string[] = [];
      let checked = 0;
      for (const file of fixtures.filter((f) => !skip(f))) {
        let schemaName: string | undefined;
        let payload: Json;
        if (file.startsWith('rest-')) {
          const key = file.replace(/^rest-/, '').replace(/-payload.*$/, '');
          const path = replyOf[key] ?? key;
          const entry = byDestination.get(`/api/v2/${path}`) ?? byDestination.get(`/api/v1/${path}`);
          schemaName = entry?.reply;
          payload = read(file) as Json;
        } else if (file.includes('-event-')) {
          const frame = obj(read(file) as Json);
          schemaName = byDestination.get(String(frame['destination']))?.request;
          payload = frame['payload'] ?? null;
        } else {
          continue;
        }
        if (!schemaName) {
          failures.push(`${file}: no reply or event schema found`);
          continue;
        }
        const wrapper = obj(schemas[schemaName])['x-bare-array-field'];
        if (Array.isArray(payload)) {
          if (typeof wrapper !== 'string') {
            failures.push(`${file}: a bare array, but ${schemaName} has no x-bare-array-field`);
            continue;
          }
          payload = { [wrapper]: payload };
        }
        const validate = tolerantAjv.compile({ $ref: `defs#/$defs/${schemaName}` });
        checked++;
        if (!validate(structuredClone(payload))) failures.push(`${file} (${schemaName}): ${describeErrors(validate)}`);
      }
      expect(checked).toBeGreaterThan(0);
      expect(failures, failures.join('\n')).toEqual([]);
    });

    it('has examples that are valid as written, with envelope headers', () => {
      const failures: string[] = [];
      for (const [name, messageJson] of Object.entries(messages)) {
        const message = obj(messageJson);
        const examples = Array.isArray(message['examples']) ? message['examples'].map(obj) : [];
        if (examples.length === 0) failures.push(`${name}: no examples`);
        const trait = obj(obj(components['messageTraits'])[refName(obj((message['traits'] as Json[])[0])['$ref'])]);
        const payloadCheck = strictAjv.compile({ $ref: `defs#/$defs/${refName(obj(message['payload'])['$ref'])}` });
        const headerCheck = strictAjv.compile({ $ref: `defs#/$defs/${refName(obj(trait['headers'])['$ref'])}` });
        for (const example of examples) {
          const label = `${name}.${String(example['name'])}`;
          if (!('headers' in example) || !('payload' in example)) failures.push(`${label}: needs headers and payload`);
          if (!payloadCheck(structuredClone(example['payload']))) failures.push(`${label} payload: ${describeErrors(payloadCheck)}`);
          if (!headerCheck(structuredClone(example['headers']))) failures.push(`${label} headers: ${describeErrors(headerCheck)}`);
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
});
