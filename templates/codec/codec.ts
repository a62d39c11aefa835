/**
 * The codec: builds, signs, validates and decodes messages using tables generated from the
 * document (validators, tolerance rules) and the ProtocolSpec. Knows no API fact itself.
 */
import type { Codec, FrameReader, OperationSpec, ProtocolSpec, RequestContext, UnknownValue, ValidationIssue, ValidationResult } from '../runtime/spec.js';
import { canonicalStringWith, signerFor, type CanonicalRule } from './signing.js';
import { needsPlainForm, plainDecimal } from './numbers.js';
import { InvalidRequestError } from '../runtime/errors.js';
import { escapePointerToken } from '../runtime/pointer.js';

/** An ajv standalone validator: returns validity and leaves its errors on itself. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** One operation's canonical string, with its field order fixed at generation time. */
export type Canonicaliser = (payload: Readonly<Record<string, unknown>>) => string;

/** The document's rules for one API: signing and the tolerance of inbound messages. */
export interface CodecRules {
  readonly canonical: CanonicalRule;
  /**
   * Per signed operation whose request schema allows no other field: its canonical string, the
   * same bytes as canonicalStringWith(canonical, payload) for every payload that schema accepts.
   */
  readonly canonicalisers: Readonly<Record<string, Canonicaliser>>;
  /** Builds the envelope object literal (absent: built generically from the envelope spec). */
  readonly envelope?: (destination: string, correlationId: number | string, payload: Record<string, unknown>) => Record<string, unknown>;
  /** Reads an inbound frame's envelope members (absent: the client reads them by the envelope spec's names). */
  readonly frameReader?: FrameReader;
  readonly bareArrayFields: Readonly<Record<string, string>>;
  readonly eventJsonStringFields: Readonly<Record<string, readonly string[]>>;
  /** Enum-valued places of request payloads, by operationId: aliases are rewritten before signing. */
  readonly requestEnums: Readonly<Record<string, readonly EnumSite[]>>;
  /** Enum-valued places of reply payloads, by operationId. */
  readonly replyEnums: Readonly<Record<string, readonly EnumSite[]>>;
  /** Enum-valued places of event payloads, by event destination. */
  readonly eventEnums: Readonly<Record<string, readonly EnumSite[]>>;
}

export interface ValidatorTables {
  /** Strict validators of the full request payload (signing fields included), by operationId. */
  readonly requestValidators: Readonly<Record<string, CompiledValidator>>;
  /** Coercing validators of reply payloads, by operationId. */
  readonly replyValidators: Readonly<Record<string, CompiledValidator>>;
  /** Coercing validators of event payloads, by event destination. */
  readonly eventValidators: Readonly<Record<string, CompiledValidator>>;
}

/** The validators of one operation: its request, its reply, and the events of its stream. */
export interface LoadedValidators {
  readonly request: CompiledValidator;
  readonly reply: CompiledValidator;
  /** Event destination → validator. */
  readonly events: Readonly<Record<string, CompiledValidator>>;
}

/** operationId → a loader of that operation's validators (a dynamic import). */
export type ValidatorLoaders = Readonly<Record<string, () => Promise<LoadedValidators>>>;

/** Rules, plus validators given up front and/or loaders for the rest. */
export interface CodecTables extends CodecRules, Partial<ValidatorTables> {
  readonly load?: ValidatorLoaders;
}

/** A place in a payload whose value is one of an enum's values. */
export interface EnumSite {
  /** Property names from the payload down; `*` stands for every item of an array or value of a map. */
  readonly path: readonly string[];
  /** The values the document lists. */
  readonly known: readonly string[];
  /** Alternative spellings → the canonical value. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** A value outside `known` is delivered and reported rather than refused (inbound only). */
  readonly open?: boolean;
}

export interface Target {
  readonly operation: OperationSpec;
  /** The version of the destination ('' when the operation is not versioned). */
  readonly version: string;
}

export interface FullCodec extends Codec {
  readonly spec: ProtocolSpec;
  prepare(operationId: string): Promise<void> | undefined;
  canonicalString(payload: Readonly<Record<string, unknown>>): string;
  sign(payload: Readonly<Record<string, unknown>>, secret: string): string;
  validateRequest(destination: string, payload: unknown): ValidationResult;
  validateReply(requestDestination: string, payload: unknown): ValidationResult;
  validateEvent(eventDestination: string, payload: unknown): ValidationResult;
  /** The operation a destination addresses; throws naming the destination when there is none. */
  resolve(destination: string): Target;
  /** The destination of an operation in a version; throws when it does not exist there. */
  destinationOf(operationId: string, version: string): string;
}

/**
 * Every validator, once the package's main entry has loaded them (validators/all.ts registers its
 * tables here). A codec that loads an operation's validators on its first call (the client's)
 * takes them from here instead when they are: on Node the main entry has always loaded them, and
 * a page that also uses buildRequest or a validate function has them in its entry chunk. Then no
 * module of the operation's own is imported, and its first call waits for nothing.
 */
let registered: ValidatorTables | undefined;

export function registerValidators(tables: ValidatorTables): void {
  registered = tables;
}

export function createCodec(spec: ProtocolSpec, tables: CodecTables): FullCodec {
  // Null-prototype copies: an operationId or destination such as `__proto__` is a plain key, and
  // loaders add to them.
  const requestValidators: Record<string, CompiledValidator> = Object.assign(Object.create(null), tables.requestValidators);
  const replyValidators: Record<string, CompiledValidator> = Object.assign(Object.create(null), tables.replyValidators);
  const eventValidators: Record<string, CompiledValidator> = Object.assign(Object.create(null), tables.eventValidators);
  const loading = new Map<string, Promise<void>>();
  const prepare = (operationId: string): Promise<void> | undefined => {
    if (requestValidators[operationId] !== undefined) return undefined;
    const load = tables.load === undefined || !Object.prototype.hasOwnProperty.call(tables.load, operationId) ? undefined : tables.load[operationId];
    if (load === undefined) return undefined; // check() reports the missing schema
    if (registered !== undefined && takeRegistered(registered, operationId)) return undefined;
    let promise = loading.get(operationId);
    if (promise === undefined) {
      promise = load().then(
        (loaded) => {
          replyValidators[operationId] = loaded.reply;
          for (const [destination, validator] of Object.entries(loaded.events)) eventValidators[destination] = validator;
          requestValidators[operationId] = loaded.request; // last: it marks the operation ready
        },
        (error: unknown) => {
          loading.delete(operationId); // a failed chunk load may be retried
          throw error;
        },
      );
      loading.set(operationId, promise);
    }
    return promise;
  };
  /** An operation's validators from the registered tables, when they have all of them. */
  const takeRegistered = (all: ValidatorTables, operationId: string): boolean => {
    const request = all.requestValidators[operationId];
    const reply = all.replyValidators[operationId];
    const events = spec.operations[operationId]?.stream?.eventDestination;
    const event = events === undefined ? undefined : all.eventValidators[events];
    if (request === undefined || reply === undefined || (events !== undefined && event === undefined)) return false;
    replyValidators[operationId] = reply;
    if (events !== undefined) eventValidators[events] = event!;
    requestValidators[operationId] = request; // last: it marks the operation ready
    return true;
  };
  const byDestination = new Map<string, Target>();
  /** Destinations that an operation would have in a version it does not exist in. */
  const absent = new Map<string, Target>();
  const placeholder = `{${spec.versionParameter}}`;
  for (const operation of Object.values(spec.operations)) {
    for (const [version, destination] of Object.entries(operation.destinations)) byDestination.set(destination, { operation, version });
    if (operation.address.includes(placeholder)) {
      for (const version of spec.versions) {
        if (!(version in operation.destinations)) absent.set(operation.address.replace(placeholder, version), { operation, version });
      }
    }
  }
  const { envelope, signing } = spec;

  const resolve = (destination: string): Target => {
    const target = byDestination.get(destination);
    if (target) return target;
    const missing = absent.get(destination);
    if (missing) {
      const versions = Object.keys(missing.operation.destinations).join(', ');
      throw new InvalidRequestError(destination, envelope.destinationField, 'version',
        `${missing.operation.id} does not exist in ${missing.version}; it exists in ${versions}`, 'ERR_UNSUPPORTED_VERSION');
    }
    throw new InvalidRequestError(String(destination), envelope.destinationField, 'known-destination',
      'is not a destination of this API', 'ERR_UNKNOWN_DESTINATION');
  };

  const destinationOf = (operationId: string, version: string): string => {
    const operation = spec.operations[operationId];
    if (!operation) throw new InvalidRequestError(String(operationId), 'operation', 'known-operation', 'is not an operation of this API', 'ERR_UNKNOWN_OPERATION');
    const destination = operation.destinations[version] ?? operation.destinations[''];
    if (destination === undefined) {
      throw new InvalidRequestError(operation.address, spec.versionParameter, 'version',
        `${operationId} does not exist in ${version}; it exists in ${Object.keys(operation.destinations).join(', ')}`, 'ERR_UNSUPPORTED_VERSION');
    }
    return destination;
  };

  const rule = tables.canonical;
  const canonicalString = (payload: Readonly<Record<string, unknown>>): string => canonicalStringWith(rule, payload);
  const sign = (payload: Readonly<Record<string, unknown>>, secret: string): string => signerFor(secret)(canonicalStringWith(rule, payload));

  /** What a request to a destination needs, looked up once per destination. */
  interface Route {
    readonly operation: OperationSpec;
    readonly canonicalise: Canonicaliser;
  }
  const routes = new Map<string, Route>();
  const route = (destination: string): Route => {
    let r = routes.get(destination);
    if (r === undefined) {
      const { operation } = resolve(destination);
      r = {
        operation,
        canonicalise: own(tables.canonicalisers, operation.id) ?? ((payload) => canonicalStringWith(rule, payload)),
      };
      routes.set(destination, r);
    }
    return r;
  };
  const reserved = [signing.keyField, signing.timestampField, signing.recvWindowField, signing.signatureField];
  const makeEnvelope =
    tables.envelope ??
    ((destination: string, correlationId: number | string, payload: Record<string, unknown>): Record<string, unknown> => ({
      [envelope.destinationField]: destination,
      [envelope.correlationIdField]: correlationId,
      [envelope.payloadField]: payload,
    }));

  let nextCorrelationId = 1;

  const buildRequest = (destination: string, params: unknown, ctx: RequestContext = {}): Record<string, unknown> => {
    const { operation, canonicalise } = route(destination);
    if (params === undefined || params === null) params = {};
    if (typeof params !== 'object' || Array.isArray(params)) throw new InvalidRequestError(destination, envelope.payloadField, 'type', 'must be an object of parameters');
    const payload: Record<string, unknown> = {};
    const given = params as Record<string, unknown>;
    for (const k in given) {
      if (!Object.prototype.hasOwnProperty.call(given, k)) continue; // own enumerable keys, as Object.entries
      const v = given[k];
      if (v === undefined) continue;
      payload[k] = typeof v === 'string' || typeof v === 'boolean' ? v : wireValue(v, k, destination);
    }
    // Alias spellings go out as the canonical value, and are signed as such. The payload and its
    // arrays are fresh copies (wireValue), so the caller's params are not touched.
    const requestSites = tables.requestEnums[operation.id];
    if (requestSites !== undefined) for (const site of requestSites) if (site.aliases) visit(payload, site.path, 0, '', (holder, key) => rewriteAlias(holder, key, site.aliases!));
    if (operation.signed) {
      for (let i = 0; i < reserved.length; i++) {
        const field = reserved[i]!;
        if (field in payload) throw new InvalidRequestError(destination, field, 'reserved', 'is set from the request context, not from params');
      }
      if (!ctx.apiKey) throw new InvalidRequestError(destination, signing.keyField, 'credentials', 'is required: this operation is signed; give apiKey and apiSecret', 'ERR_MISSING_CREDENTIALS');
      if (!ctx.apiSecret) throw new InvalidRequestError(destination, 'apiSecret', 'credentials', 'is required: this operation is signed; give apiKey and apiSecret', 'ERR_MISSING_CREDENTIALS');
      payload[signing.keyField] = ctx.apiKey;
      payload[signing.timestampField] = ctx.timestamp ?? Date.now();
      if (ctx.recvWindow !== undefined) payload[signing.recvWindowField] = ctx.recvWindow;
      payload[signing.signatureField] = signerFor(ctx.apiSecret)(canonicalise(payload));
    }
    const validate = requestValidators[operation.id]; // may arrive later, through prepare()
    if (validate === undefined || !validate(payload)) {
      const result = check(validate, payload) as { valid: false; errors: ValidationIssue[] };
      const first = result.errors[0]!;
      throw new InvalidRequestError(destination, fieldOf(first.path), first.rule, first.message, 'ERR_INVALID_REQUEST', result.errors);
    }
    if (operation.timeWindow !== undefined) {
      const outside = windowIssue(operation, payload);
      if (outside !== undefined) throw new InvalidRequestError(destination, operation.timeWindow.to, outside.rule, outside.message, 'ERR_INVALID_REQUEST', [outside]);
    }
    return makeEnvelope(destination, ctx.correlationId ?? nextCorrelationId++, payload);
  };

  const decodeReply = (operationId: string, payload: unknown): ValidationResult => {
    let value = payload;
    const bare = tables.bareArrayFields[operationId];
    if (bare !== undefined && Array.isArray(value)) value = { [bare]: value };
    return decodeWith(replyValidators[operationId], tables.replyEnums[operationId], value);
  };

  /** Parses the event's JSON-text fields, then validates and decodes it (decodeWith). */
  const decodeEventWith = (validator: CompiledValidator, jsonFields: readonly string[] | undefined, sites: readonly EnumSite[] | undefined, payload: unknown): ValidationResult => {
    if (jsonFields && payload && typeof payload === 'object') parseJsonFields(payload as Record<string, unknown>, jsonFields);
    return decodeWith(validator, sites, payload);
  };

  /** decodeEvent with the destination's validator, JSON-string fields and enum sites bound once. */
  const eventDecoder = (eventDestination: string): ((payload: unknown) => ValidationResult) | undefined => {
    const validator = eventValidators[eventDestination];
    if (!validator) return undefined;
    const jsonFields = tables.eventJsonStringFields[eventDestination];
    const sites = tables.eventEnums[eventDestination];
    // An event with no JSON-text field and no enum site is decoded by its validator alone.
    if (jsonFields === undefined && sites === undefined) return (payload) => (validator(payload) ? { valid: true, value: payload } : failure(validator));
    return (payload) => decodeEventWith(validator, jsonFields, sites, payload);
  };

  // No closure per call: the same steps as eventDecoder's, with the tables read for this event.
  const decodeEvent = (eventDestination: string, payload: unknown): ValidationResult => {
    const validator = eventValidators[eventDestination];
    if (!validator) return { valid: false, errors: [{ path: '/', rule: 'known-destination', message: `${eventDestination} is not an event of this API` }] };
    return decodeEventWith(validator, tables.eventJsonStringFields[eventDestination], tables.eventEnums[eventDestination], payload);
  };

  return {
    spec,
    prepare,
    canonicalString,
    sign,
    resolve,
    destinationOf,
    buildRequest,
    decodeReply,
    decodeEvent,
    eventDecoder,
    ...(tables.frameReader === undefined ? {} : { frameReader: tables.frameReader }),
    validateRequest(destination, payload) {
      let target: Target;
      try {
        target = resolve(destination);
      } catch (e) {
        return { valid: false, errors: [{ path: '/', rule: (e as InvalidRequestError).rule, message: (e as Error).message }] };
      }
      const result = check(requestValidators[target.operation.id], payload);
      const outside = result.valid ? windowIssue(target.operation, payload as Record<string, unknown>) : undefined;
      return outside === undefined ? result : { valid: false, errors: [outside] };
    },
    validateReply(requestDestination, payload) {
      let target: Target;
      try {
        target = resolve(requestDestination);
      } catch (e) {
        return { valid: false, errors: [{ path: '/', rule: (e as InvalidRequestError).rule, message: (e as Error).message }] };
      }
      return decodeReply(target.operation.id, structuredClone(payload));
    },
    validateEvent(eventDestination, payload) {
      return decodeEvent(eventDestination, structuredClone(payload));
    },
  };
}

/** Fields that carry JSON text are parsed in place; text that does not parse is left for validation to report. */
function parseJsonFields(obj: Record<string, unknown>, fields: readonly string[]): void {
  for (const f of fields) {
    const v = obj[f];
    if (typeof v === 'string') {
      try {
        obj[f] = JSON.parse(v);
      } catch {
        // left as it is: validation reports the field
      }
    }
  }
}

/** A param value as it goes on the wire: exponent-form numbers become plain decimal strings. */
function wireValue(v: unknown, field: string, destination: string): unknown {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new InvalidRequestError(destination, field, 'finite', 'must be a finite number');
    return needsPlainForm(v) ? plainDecimal(v) : v;
  }
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((item, i) => wireValue(item, `${field}/${i}`, destination));
  return v;
}

/**
 * The operation's time window (OperationSpec.timeWindow, from the document's x-time-window): an
 * issue when both of its parameters are given and lie `maxMs` or more apart.
 */
function windowIssue(operation: OperationSpec, payload: Readonly<Record<string, unknown>>): ValidationIssue | undefined {
  const window = operation.timeWindow;
  if (window === undefined || payload === null || typeof payload !== 'object') return undefined;
  const from = payload[window.from];
  const to = payload[window.to];
  if (typeof from !== 'number' || typeof to !== 'number' || to - from < window.maxMs) return undefined;
  return {
    path: `/${escapePointerToken(window.to)}`,
    rule: 'max-window',
    message: `must be less than ${window.maxMs} ms after ${window.from} (it is ${to - from} ms after it)`,
  };
}

function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Decodes an inbound payload in place: alias spellings become the canonical value, the validator
 * checks (and coerces) it, then every value of an open enum that the document does not list is
 * collected in `unknownValues` — the payload is still valid and delivered as it came.
 */
function decodeWith(validator: CompiledValidator | undefined, sites: readonly EnumSite[] | undefined, value: unknown): ValidationResult {
  if (sites !== undefined) for (const site of sites) if (site.aliases) visit(value, site.path, 0, '', (holder, key) => rewriteAlias(holder, key, site.aliases!));
  const result = check(validator, value);
  if (!result.valid || sites === undefined) return result;
  let unknown: UnknownValue[] | undefined;
  for (const site of sites) {
    if (!site.open) continue;
    visit(value, site.path, 0, '', (holder, key, pointer) => {
      const v = holder[key];
      if (typeof v === 'string' && !site.known.includes(v)) (unknown ??= []).push({ path: pointer, value: v, known: site.known });
    });
  }
  return unknown === undefined ? result : { valid: true, value: result.value, unknownValues: unknown };
}

/** Calls `found` for every holder/key the path reaches (`*` = each array item or map value). */
function visit(node: unknown, path: readonly string[], at: number, pointer: string, found: (holder: Record<string, unknown>, key: string, pointer: string) => void): void {
  if (node === null || typeof node !== 'object' || at >= path.length) return;
  const segment = path[at]!;
  const last = at === path.length - 1;
  const keys = segment === '*' ? Object.keys(node) : Object.prototype.hasOwnProperty.call(node, segment) ? [segment] : [];
  for (const key of keys) {
    const here = `${pointer}/${escapePointerToken(key)}`;
    if (last) found(node as Record<string, unknown>, key, here);
    else visit((node as Record<string, unknown>)[key], path, at + 1, here, found);
  }
}

function rewriteAlias(holder: Record<string, unknown>, key: string, aliases: Readonly<Record<string, string>>): void {
  const v = holder[key];
  if (typeof v === 'string' && Object.prototype.hasOwnProperty.call(aliases, v)) holder[key] = aliases[v];
}

function check(validator: CompiledValidator | undefined, value: unknown): ValidationResult {
  if (!validator) return { valid: false, errors: [{ path: '/', rule: 'known-operation', message: 'has no schema' }] };
  if (validator(value)) return { valid: true, value };
  return failure(validator);
}

/** The result of a validator that has just refused its input. */
function failure(validator: CompiledValidator): ValidationResult {
  return { valid: false, errors: (validator.errors ?? []).map(issue) };
}

function issue(e: AjvError): ValidationIssue {
  let path = e.instancePath;
  let message = e.message ?? e.keyword;
  switch (e.keyword) {
    case 'required':
      path += '/' + String(e.params.missingProperty);
      message = 'is required';
      break;
    case 'additionalProperties':
      path += '/' + String(e.params.additionalProperty);
      message = 'is not a known field here';
      break;
    case 'enum':
      message = `must be one of: ${(e.params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
      break;
  }
  return { path: path || '/', rule: e.keyword, message };
}

function fieldOf(path: string): string {
  return path.replace(/^\//, '');
}
