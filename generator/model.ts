/**
 * Model: one typed view of the document, built once. Every decision the emitters need (names,
 * destinations per version, signing, limits, stream routing, tolerance rules) is made here;
 * templates only loop and print.
 */
import type { LoadedDocument, RawDocument } from './load.js';
import { SpecError } from './load.js';
import { camelCase, identifier } from './names.js';

export interface Model {
  readonly source: string;
  readonly title: string;
  readonly description: string;
  readonly apiVersion: string;
  readonly packageName: string;
  readonly clientClassName: string;
  readonly envPrefix: string;
  /** Whether the package includes the exchange simulator (x-codegen.simulator, default true). */
  readonly simulator: boolean;
  /** Name of the address parameter that carries the API version. */
  readonly versionParameter: string;
  readonly versions: readonly string[];
  readonly defaultVersion: string;
  readonly defaultServer: string;
  readonly servers: readonly ServerModel[];
  readonly envelope: EnvelopeModel;
  readonly heartbeat: HeartbeatModel;
  readonly signing: SigningModel;
  readonly rateLimits: readonly RateLimitModel[];
  readonly errorCodes: readonly ErrorCodeModel[];
  readonly operations: readonly OperationModel[];
  readonly events: readonly EventModel[];
  /** Raw component schemas (with derived titles), keyed by component name. */
  readonly schemas: Readonly<Record<string, any>>;
  /** Component name of every schema that names a generated type → that type's name. */
  readonly typeNames: Readonly<Record<string, string>>;
  readonly unconfirmed: readonly UnconfirmedFact[];
  /** Description of the version parameter (reference docs). */
  readonly versionDescription?: string;
}

export interface ServerModel {
  readonly name: string;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly versions: readonly string[];
  readonly unconfirmed?: string;
}

export interface EnvelopeModel {
  readonly destinationField: string;
  readonly correlationIdField: string;
  readonly payloadField: string;
  readonly statusField: string;
  readonly okStatus: string;
  readonly errorCodeField: string;
  readonly errorTextField: string;
  readonly errorNameField: string;
  /** The error reply message (payload schema name and examples). */
  readonly errorMessage: MessageModel;
}

export interface HeartbeatModel {
  readonly operation: string;
  readonly serverTimeoutMs: number;
  readonly clientIntervalMs: number;
  readonly deadAfterMs: number;
  readonly description: string;
}

export interface SigningModel {
  readonly schemeName: string;
  readonly description: string;
  readonly algorithm: string;
  readonly digest: 'hex';
  readonly keyField: string;
  readonly timestampField: string;
  readonly recvWindowField: string;
  readonly signatureField: string;
  /** Component schema of the fields a signed request adds. */
  readonly fieldsSchema: string;
  readonly canonical: {
    readonly order: 'utf16';
    readonly assign: string;
    readonly separator: string;
    readonly exclude: readonly string[];
  };
  /**
   * Example credentials for the reference docs' signed examples (x-signing.example: apiKey,
   * apiSecret, timestamp); the docs use obvious placeholders when absent.
   */
  readonly example?: { readonly apiKey?: string; readonly apiSecret?: string; readonly timestamp?: number };
}

export interface RateLimitModel {
  readonly id: string;
  readonly appliesTo: 'all' | 'listed';
  readonly limit: number;
  readonly intervalMs: number;
  readonly description: string;
  readonly unconfirmed?: string;
}

export interface ErrorCodeModel {
  readonly code: number;
  readonly name: string;
  readonly meaning: string;
}

export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly headers: Record<string, unknown>;
  readonly payload: unknown;
}

export interface MessageModel {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** Component schema name of the payload. */
  readonly schema: string;
  /** Generated TypeScript type of the payload. */
  readonly typeName: string;
  readonly examples: readonly ExampleModel[];
  readonly unconfirmed?: string;
  /** Component schema of the message's headers (the envelope members besides the payload), when named. */
  readonly headersSchema?: string;
}

export interface StreamMatchModel {
  readonly param: string;
  readonly field: string;
  readonly default?: string | readonly string[];
  /** Alternative spellings of the param's values → canonical value. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface OperationModel {
  readonly id: string;
  /** The typed client method. */
  readonly method: string;
  readonly kind: 'request' | 'subscribe' | 'heartbeat';
  readonly summary: string;
  readonly description: string;
  readonly channelAddress: string;
  /** Versions the operation exists in; empty when it is not versioned. */
  readonly versions: readonly string[];
  /** Destination per version ('' → the unversioned destination). */
  readonly destinations: Readonly<Record<string, string>>;
  readonly signed: boolean;
  readonly idempotent: boolean;
  readonly weight: number;
  readonly rateLimits: readonly string[];
  readonly unconfirmed?: string;
  readonly request: MessageModel;
  readonly reply: MessageModel;
  /** Whether the caller must give params (the params schema has required fields). */
  readonly paramsRequired: boolean;
  /** A reply that may arrive as a bare array stands for `{ [field]: array }`. */
  readonly bareArrayField?: string;
  /** Top-level reply fields whose enum has alias spellings. */
  readonly replyAliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly stream?: {
    readonly event: EventModel;
    readonly match: readonly StreamMatchModel[];
    /**
     * `state`: each event replaces the state of its key (quotes, books, candles), so a slow
     * consumer may be given the latest per key; `facts`: every event counts (trades), so none is
     * dropped without a warning. From `x-stream.events`.
     */
    readonly events: 'state' | 'facts';
  };
  /** Anchor of the operation's section in the reference docs. */
  readonly anchor: string;
}

export interface EventModel {
  readonly id: string;
  readonly destination: string;
  readonly summary: string;
  readonly description: string;
  readonly message: MessageModel;
  /** Top-level fields that may arrive JSON-encoded in a string. */
  readonly jsonStringFields: readonly string[];
  readonly aliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly anchor: string;
}

export interface UnconfirmedFact {
  readonly where: string;
  readonly reason: string;
}

const REF_PREFIX = '#/components/schemas/';

/** Members of the runtime client class and of EventEmitter: operation methods must not shadow them. */
const CLIENT_MEMBERS = new Set([
  'connect', 'close', 'request', 'call', 'subscribe', 'subscribeOperation', 'destinationOf', 'state', 'pendingCount', 'subscriptionCount', 'options', 'spec', 'codec',
  'on', 'once', 'off', 'emit', 'addListener', 'removeListener', 'removeAllListeners', 'listeners', 'rawListeners',
  'listenerCount', 'eventNames', 'prependListener', 'prependOnceListener', 'setMaxListeners', 'getMaxListeners',
  'toJSON', 'toString', 'valueOf', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
]);

/** Builds the view model; throws SpecError naming the place when the document breaks a convention. */
/**
 * @param typeNames component schema name → generated type name (decided by the types emitter)
 * @param inheritedMembers names the generated client class already has; operation methods avoid them
 */
export function buildModel(loaded: LoadedDocument, typeNames: Readonly<Record<string, string>>, inheritedMembers: ReadonlySet<string> = new Set()): Model {
  const raw = loaded.raw;
  const fail = (pointer: (string | number)[], message: string): never => {
    const line = loaded.lineOf(pointer);
    throw new SpecError(`${loaded.path}:${line ?? '?'}: at /${pointer.join('/')}: ${message}`);
  };
  const info = raw.info ?? {};
  const codegen = info['x-codegen'] ?? fail(['info'], 'missing x-codegen (packageName, clientClassName, envPrefix, defaultServer)');
  const protocol = info['x-protocol'] ?? fail(['info'], 'missing x-protocol (versionParameter, envelope, heartbeat, rateLimits, errorCodes)');
  const schemas: Record<string, any> = raw.components?.schemas ?? {};

  const resolve = (ref: string, at: (string | number)[]): any => {
    if (!ref.startsWith('#/')) fail(at, `only local $refs are supported, got ${ref}`);
    const parts = ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: any = raw;
    for (const p of parts) node = node?.[p];
    if (node === undefined) fail(at, `$ref ${ref} points nowhere`);
    return node;
  };
  const deref = (node: any, at: (string | number)[]): any => {
    let seen = 0;
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
      if (++seen > 20) fail(at, 'circular $ref');
      node = resolve(node.$ref, at);
    }
    return node;
  };

  const schemaOf = (message: any, at: (string | number)[]): string => {
    const ref = message?.payload?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) {
      return fail(at, `the message payload must be a $ref to ${REF_PREFIX}<Name> so its type has a stable name`);
    }
    const name = ref.slice(REF_PREFIX.length);
    if (!(name in schemas)) fail(at, `schema ${name} does not exist`);
    return name;
  };
  const messageModel = (ref: any, at: (string | number)[], typed = true): MessageModel => {
    const message = deref(ref, at);
    const schema = schemaOf(message, at);
    const examples: ExampleModel[] = (message.examples ?? []).map((e: any, i: number) => ({
      name: String(e.name ?? `example${i + 1}`),
      summary: e.summary,
      headers: e.headers ?? {},
      payload: e.payload ?? {},
    }));
    return {
      name: String(message.name ?? schema),
      title: String(message.title ?? message.name ?? schema),
      summary: String(message.summary ?? schemas[schema]?.description ?? ''),
      schema,
      // Modelina names only schemas reachable from operations; others (the error reply) stay untyped here.
      typeName: typeNames[schema] ?? (typed ? fail(at, `schema ${schema} gives no named type: make it an object or enum schema`) : 'unknown'),
      examples,
      unconfirmed: message['x-unconfirmed'],
      ...headersOf(message, at),
    };
  };
  /** The component schema of a message's headers (its own or its traits'), when it names one. */
  const headersOf = (message: any, at: (string | number)[]): { headersSchema?: string } => {
    const candidates = [message?.headers, ...(Array.isArray(message?.traits) ? message.traits.map((t: any) => deref(t, at)?.headers) : [])];
    for (const h of candidates) {
      const ref = h?.$ref;
      if (typeof ref === 'string' && ref.startsWith(REF_PREFIX)) return { headersSchema: ref.slice(REF_PREFIX.length).replace(/~1/g, '/').replace(/~0/g, '~') };
    }
    return {};
  };
  /** Top-level properties whose (referenced) schema has `x-aliases`: field → alias map. */
  const topLevelAliases = (schemaName: string): Record<string, Record<string, string>> => {
    const out: Record<string, Record<string, string>> = {};
    for (const [field, prop] of Object.entries<any>(schemas[schemaName]?.properties ?? {})) {
      const target = deref(prop, ['components', 'schemas', schemaName, 'properties', field]);
      const aliases = target?.['x-aliases'] ?? (target?.items ? deref(target.items, [])?.['x-aliases'] : undefined);
      if (aliases && typeof aliases === 'object') out[field] = { ...aliases };
    }
    return out;
  };

  // --- protocol ---------------------------------------------------------------------------------
  const versionParameter: string = protocol.versionParameter ?? fail(['info', 'x-protocol'], 'missing versionParameter');
  const envelopeRaw = protocol.envelope ?? fail(['info', 'x-protocol'], 'missing envelope');
  const errorMessageRef = raw.components?.messages?.[envelopeRaw.errorMessage];
  if (!errorMessageRef) fail(['info', 'x-protocol', 'envelope', 'errorMessage'], `no components.messages.${envelopeRaw.errorMessage}`);
  const envelope: EnvelopeModel = {
    destinationField: req(envelopeRaw, 'destinationField'),
    correlationIdField: req(envelopeRaw, 'correlationIdField'),
    payloadField: req(envelopeRaw, 'payloadField'),
    statusField: req(envelopeRaw, 'statusField'),
    okStatus: req(envelopeRaw, 'okStatus'),
    errorCodeField: req(envelopeRaw, 'errorCodeField'),
    errorTextField: req(envelopeRaw, 'errorTextField'),
    errorNameField: req(envelopeRaw, 'errorNameField'),
    errorMessage: messageModel(errorMessageRef, ['components', 'messages', envelopeRaw.errorMessage], false),
  };
  function req(obj: any, field: string): string {
    const v = obj?.[field];
    if (typeof v !== 'string' || v.length === 0) fail(['info', 'x-protocol', 'envelope', field], `missing ${field}`);
    return v;
  }

  const hb = protocol.heartbeat ?? fail(['info', 'x-protocol'], 'missing heartbeat');
  const heartbeat: HeartbeatModel = {
    operation: String(hb.operation),
    serverTimeoutMs: Number(hb.serverTimeoutMs),
    clientIntervalMs: Number(hb.clientIntervalMs),
    deadAfterMs: Number(hb.deadAfterMs),
    description: String(hb.description ?? '').trim(),
  };
  if (!(heartbeat.clientIntervalMs < heartbeat.serverTimeoutMs)) {
    fail(['info', 'x-protocol', 'heartbeat'], 'clientIntervalMs must be below serverTimeoutMs, or the server closes the connection');
  }

  const rateLimits: RateLimitModel[] = (protocol.rateLimits ?? []).map((r: any, i: number) => {
    if (!(Number(r.limit) > 0 && Number(r.intervalMs) > 0)) fail(['info', 'x-protocol', 'rateLimits', i], 'limit and intervalMs must be positive');
    return {
      id: String(r.id),
      appliesTo: r.appliesTo === 'all' ? 'all' : 'listed',
      limit: Number(r.limit),
      intervalMs: Number(r.intervalMs),
      description: String(r.description ?? ''),
      unconfirmed: r['x-unconfirmed'],
    };
  });
  const rateLimitIds = new Set(rateLimits.map((r) => r.id));
  const errorCodes: ErrorCodeModel[] = (protocol.errorCodes ?? []).map((e: any) => ({
    code: Number(e.code),
    name: String(e.name),
    meaning: String(e.meaning ?? ''),
  }));

  // --- signing ----------------------------------------------------------------------------------
  const schemes: Record<string, any> = raw.components?.securitySchemes ?? {};
  const signingEntries = Object.entries(schemes).filter(([, s]) => s?.['x-signing']);
  if (signingEntries.length !== 1) fail(['components', 'securitySchemes'], 'exactly one security scheme must carry x-signing');
  const [schemeName, scheme] = signingEntries[0]!;
  const xs = scheme['x-signing'];
  const at = ['components', 'securitySchemes', schemeName, 'x-signing'];
  if (xs.algorithm !== 'sha256' || xs.digest !== 'hex') fail(at, 'only HMAC sha256 with hex digest is supported');
  if (xs.canonical?.order !== 'utf16') fail([...at, 'canonical'], 'canonical.order must be utf16 (JavaScript default sort)');
  if (!(xs.fieldsSchema in schemas)) fail([...at, 'fieldsSchema'], `no components.schemas.${xs.fieldsSchema}`);
  const signing: SigningModel = {
    schemeName,
    description: String(scheme.description ?? '').trim(),
    algorithm: 'sha256',
    digest: 'hex',
    keyField: String(xs.keyField),
    timestampField: String(xs.timestampField),
    recvWindowField: String(xs.recvWindowField),
    signatureField: String(xs.signatureField),
    fieldsSchema: String(xs.fieldsSchema),
    canonical: {
      order: 'utf16',
      assign: String(xs.canonical.assign),
      separator: String(xs.canonical.separator),
      exclude: (xs.canonical.exclude ?? []).map(String),
    },
    ...(xs.example && typeof xs.example === 'object'
      ? {
          example: {
            ...(xs.example.apiKey !== undefined ? { apiKey: String(xs.example.apiKey) } : {}),
            ...(xs.example.apiSecret !== undefined ? { apiSecret: String(xs.example.apiSecret) } : {}),
            ...(xs.example.timestamp !== undefined ? { timestamp: Number(xs.example.timestamp) } : {}),
          },
        }
      : {}),
  };

  // --- servers ----------------------------------------------------------------------------------
  const versionEnum = (param: any, pointer: (string | number)[]): string[] => {
    const p = deref(param, pointer);
    const values = p?.enum;
    if (!Array.isArray(values) || values.length === 0) fail(pointer, `parameter ${versionParameter} needs an enum of versions`);
    return values.map(String);
  };
  // The versions of the API: the shared version parameter's enum, else every channel's, in order.
  const allVersions: string[] = raw.components?.parameters?.[versionParameter]
    ? versionEnum(raw.components.parameters[versionParameter], ['components', 'parameters', versionParameter])
    : [
        ...new Set(
          Object.entries<any>(raw.channels ?? {})
            .filter(([, c]) => c?.parameters?.[versionParameter])
            .flatMap(([k, c]) => versionEnum(c.parameters[versionParameter], ['channels', k, 'parameters', versionParameter])),
        ),
      ];
  const servers: ServerModel[] = Object.entries<any>(raw.servers ?? {}).map(([name, s]) => {
    const versions: string[] = (s['x-api-versions'] ?? allVersions).map(String);
    for (const v of versions) if (!allVersions.includes(v)) fail(['servers', name, 'x-api-versions'], `unknown version ${v}`);
    return {
      name,
      url: `${s.protocol}://${s.host}${s.pathname ?? ''}`,
      title: String(s.title ?? name),
      description: String(s.description ?? ''),
      versions,
      unconfirmed: s['x-unconfirmed'],
    };
  });
  const defaultServer = String(codegen.defaultServer ?? servers[0]?.name);
  if (!servers.some((s) => s.name === defaultServer)) fail(['info', 'x-codegen', 'defaultServer'], `no server named ${defaultServer}`);
  const defaultVersion = String(protocol.defaultVersion ?? allVersions[allVersions.length - 1]);
  if (!allVersions.includes(defaultVersion)) fail(['info', 'x-protocol', 'defaultVersion'], `not one of ${allVersions.join(', ')}`);

  // --- operations -------------------------------------------------------------------------------
  const rawOps: Record<string, any> = raw.operations ?? {};
  const channelOf = (op: any, id: string): { key: string; channel: any } => {
    const ref = op.channel?.$ref as string | undefined;
    if (!ref?.startsWith('#/channels/')) fail(['operations', id, 'channel'], 'channel must be a $ref to #/channels/<name>');
    const key = ref!.slice('#/channels/'.length);
    return { key, channel: raw.channels?.[key] ?? fail(['operations', id, 'channel'], `no channel ${key}`) };
  };
  const destinationsOf = (channelKey: string, channel: any): { versions: string[]; destinations: Record<string, string> } => {
    const address = String(channel.address);
    const params = [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (params.length === 0) return { versions: [], destinations: { '': address } };
    if (params.length > 1 || params[0] !== versionParameter) {
      fail(['channels', channelKey, 'address'], `only the {${versionParameter}} parameter is supported in addresses`);
    }
    const versions = versionEnum(channel.parameters?.[versionParameter], ['channels', channelKey, 'parameters', versionParameter]);
    for (const v of versions) if (!allVersions.includes(v)) fail(['channels', channelKey, 'parameters'], `version ${v} is not declared in components.parameters.${versionParameter}`);
    const destinations: Record<string, string> = {};
    for (const v of versions) destinations[v] = address.replace(`{${versionParameter}}`, v);
    return { versions, destinations };
  };

  const events: EventModel[] = [];
  const eventsById = new Map<string, EventModel>();
  for (const [id, op] of Object.entries<any>(rawOps)) {
    if (op.action !== 'receive') continue;
    const { key, channel } = channelOf(op, id);
    const message = messageModel(op.messages?.[0], ['operations', id, 'messages', 0]);
    const props: Record<string, any> = schemas[message.schema]?.properties ?? {};
    const event: EventModel = {
      id,
      destination: String(channel.address),
      summary: String(op.summary ?? ''),
      description: String(op.description ?? '').trim(),
      message,
      jsonStringFields: Object.entries(props).filter(([, p]) => p?.['x-json-string'] === true).map(([f]) => f),
      aliases: topLevelAliases(message.schema),
      anchor: anchorOf(id),
    };
    if (key.length === 0) fail(['operations', id], 'empty channel');
    events.push(event);
    eventsById.set(id, event);
  }

  const operations: OperationModel[] = [];
  const methods = new Set<string>();
  for (const [id, op] of Object.entries<any>(rawOps)) {
    if (op.action !== 'send') continue;
    const at = ['operations', id];
    const { key, channel } = channelOf(op, id);
    const { versions, destinations } = destinationsOf(key, channel);
    if (!op.reply?.messages?.[0]) fail(at, 'a send operation needs reply.messages');
    const request = messageModel(op.messages?.[0], [...at, 'messages', 0]);
    const reply = messageModel(op.reply.messages[0], [...at, 'reply', 'messages', 0]);
    const signed = (op.security ?? []).some((s: any) => deref(s, [...at, 'security']) === scheme);
    const limits: string[] = (op['x-rate-limits'] ?? []).map(String);
    for (const l of limits) if (!rateLimitIds.has(l)) fail([...at, 'x-rate-limits'], `unknown rate limit ${l}`);
    if (typeof op['x-idempotent'] !== 'boolean') fail(at, 'x-idempotent (true or false) is required: may the request be sent again when its outcome is unknown?');
    let stream: OperationModel['stream'];
    if (op['x-stream']) {
      const xs = op['x-stream'];
      const event = eventsById.get(String(xs.eventOperation)) ?? fail([...at, 'x-stream', 'eventOperation'], `no receive operation ${xs.eventOperation}`);
      const paramProps: Record<string, any> = schemas[request.schema]?.properties ?? {};
      const match: StreamMatchModel[] = (xs.match ?? []).map((m: any, i: number) => {
        const param = String(m.param);
        const prop = paramProps[param] ?? fail([...at, 'x-stream', 'match', i], `${request.schema} has no property ${param}`);
        const target = deref(prop, []);
        const aliases = target?.['x-aliases'] ?? (target?.items ? deref(target.items, [])?.['x-aliases'] : undefined);
        return { param, field: String(m.field), default: m.default, ...(aliases ? { aliases: { ...aliases } } : {}) };
      });
      if (match.length === 0) fail([...at, 'x-stream', 'match'], 'at least one match entry (the routing key) is required');
      const events = xs.events;
      if (events !== 'state' && events !== 'facts') {
        fail([...at, 'x-stream', 'events'], 'is required: `state` when each event replaces the state of its key (quotes, books, candles), `facts` when every event counts (trades)');
      }
      stream = { event, match, events };
    }
    let method = identifier(camelCase(id), 'operation');
    // A method must not shadow what the client class already has (connect, on, emit, ...).
    if (CLIENT_MEMBERS.has(method) || inheritedMembers.has(method)) method += 'Operation';
    if (methods.has(method)) fail(at, `operationId ${id} gives the method name ${method} twice`);
    methods.add(method);
    const replySchema = schemas[reply.schema];
    operations.push({
      id,
      method,
      kind: id === heartbeat.operation ? 'heartbeat' : stream ? 'subscribe' : 'request',
      summary: String(op.summary ?? ''),
      description: String(op.description ?? '').trim(),
      channelAddress: String(channel.address),
      versions,
      destinations,
      signed,
      idempotent: op['x-idempotent'],
      weight: Number(op['x-weight'] ?? 1),
      rateLimits: limits,
      unconfirmed: op['x-unconfirmed'],
      request,
      reply,
      paramsRequired: (schemas[request.schema]?.required ?? []).length > 0,
      bareArrayField: replySchema?.['x-bare-array-field'],
      replyAliases: topLevelAliases(reply.schema),
      stream,
      anchor: anchorOf(id),
    });
  }
  if (!operations.some((o) => o.id === heartbeat.operation)) fail(['info', 'x-protocol', 'heartbeat', 'operation'], `no send operation ${heartbeat.operation}`);

  return {
    source: loaded.path,
    title: String(info.title ?? ''),
    description: String(info.description ?? '').trim(),
    apiVersion: String(info.version ?? ''),
    packageName: String(codegen.packageName),
    clientClassName: identifier(String(codegen.clientClassName), 'Client'),
    envPrefix: String(codegen.envPrefix ?? '').replace(/[^A-Z0-9_]/gi, '_').toUpperCase(),
    simulator: codegen.simulator !== false,
    versionParameter,
    versions: allVersions,
    defaultVersion,
    defaultServer,
    servers,
    envelope,
    heartbeat,
    signing,
    rateLimits,
    errorCodes,
    operations,
    events,
    schemas,
    typeNames,
    unconfirmed: collectUnconfirmed(raw),
    versionDescription: String(deref(raw.components?.parameters?.[versionParameter], ['components', 'parameters', versionParameter])?.description ?? '').trim(),
  };
}

/** A docs anchor: lowercase ASCII, safe in Markdown and HTML ids. */
export function anchorOf(id: string): string {
  return (
    'op-' +
    id
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
  );
}

/** Every `x-unconfirmed` in the document with the JSON pointer where it stands. */
function collectUnconfirmed(raw: RawDocument): UnconfirmedFact[] {
  const out: UnconfirmedFact[] = [];
  const walk = (node: any, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node['x-unconfirmed'] === 'string') out.push({ where: '/' + path.join('/'), reason: node['x-unconfirmed'] });
    for (const [k, v] of Object.entries(node)) if (k !== 'x-unconfirmed') walk(v, [...path, k.replace(/~/g, '~0').replace(/\//g, '~1')]);
  };
  walk(raw, []);
  return out;
}
