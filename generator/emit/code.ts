/**
 * Contexts for the code templates: every value is decided here (names, literals, JSDoc text), so
 * the templates only loop and print.
 */
import type { Model, OperationModel } from '../model.js';
import type { ProtocolSpec } from '../../templates/runtime/spec.js';
import type { ValidatorModules } from './validators.js';
import { jsdoc, jsdocText, str } from '../names.js';
import { assembleSchemas, type SchemaSet } from '../schemas.js';
import { enumSites } from '../enums.js';
import { framesContext } from './frames.js';
import type { EnumSite } from '../../templates/codec/codec.js';

/** The JSDoc link to an operation's or event's section of the reference docs (emit/docs.ts writes it there). */
export function docsLink(anchor: string): string {
  return `@see docs/operations.md#${anchor}`;
}

/** The ProtocolSpec object the runtime receives. */
export function protocolSpec(model: Model): ProtocolSpec {
  return {
    title: model.title,
    versionParameter: model.versionParameter,
    versions: model.versions,
    defaultVersion: model.defaultVersion,
    defaultServer: model.defaultServer,
    servers: Object.fromEntries(model.servers.map((s) => [s.name, { name: s.name, url: s.url, title: s.title, versions: s.versions }])),
    envelope: {
      destinationField: model.envelope.destinationField,
      correlationIdField: model.envelope.correlationIdField,
      payloadField: model.envelope.payloadField,
      statusField: model.envelope.statusField,
      okStatus: model.envelope.okStatus,
      errorCodeField: model.envelope.errorCodeField,
      errorTextField: model.envelope.errorTextField,
      errorNameField: model.envelope.errorNameField,
      failureFields: model.envelope.failureFields,
    },
    heartbeat: {
      operation: model.heartbeat.operation,
      serverTimeoutMs: model.heartbeat.serverTimeoutMs,
      clientIntervalMs: model.heartbeat.clientIntervalMs,
      deadAfterMs: model.heartbeat.deadAfterMs,
    },
    signing: {
      keyField: model.signing.keyField,
      timestampField: model.signing.timestampField,
      recvWindowField: model.signing.recvWindowField,
      signatureField: model.signing.signatureField,
    },
    rateLimits: model.rateLimits.map((r) => ({ id: r.id, appliesTo: r.appliesTo, limit: r.limit, intervalMs: r.intervalMs, description: r.description })),
    operations: Object.fromEntries(
      model.operations.map((op) => [
        op.id,
        {
          id: op.id,
          kind: op.kind,
          summary: op.summary,
          destinations: op.destinations,
          address: op.channelAddress,
          signed: op.signed,
          idempotent: op.idempotent,
          weight: op.weight,
          rateLimits: op.rateLimits,
          ...(op.unconfirmed ? { unconfirmed: op.unconfirmed } : {}),
          ...(op.subscriptionStatus ? { subscriptionStatus: { field: op.subscriptionStatus.field, accepted: op.subscriptionStatus.accepted } } : {}),
          ...(Object.keys(op.paramDefaults).length > 0 ? { defaults: op.paramDefaults } : {}),
          ...(op.timeWindow ? { timeWindow: op.timeWindow } : {}),
          ...(op.stream
            ? {
                stream: {
                  eventDestination: op.stream.event.destination,
                  eventOperation: op.stream.event.id,
                  events: op.stream.events,
                  match: op.stream.match.map((m) => ({
                    param: m.param,
                    field: m.field,
                    ...(m.default !== undefined ? { default: m.default } : {}),
                    ...(m.aliases ? { aliases: m.aliases } : {}),
                  })),
                },
              }
            : {}),
        },
      ]),
    ),
    errorCodes: Object.fromEntries(model.errorCodes.map((e) => [e.code, e.name])),
  };
}

/**
 * Per signed operation, the canonical string's fields in their signing order, decided here once:
 * every field the operation's request schema allows (params and signing fields), sorted by UTF-16
 * code units as the rule says, the excluded ones (the signature) left out. Each entry prints as
 * one line of the generated canonicaliser; only fields present in the payload are joined.
 *
 * Only for a request schema that allows no other field: a payload with an unknown field then gets
 * the generic canonical string, and fails validation anyway, before anything is sent.
 */
export function canonicalisers(model: Model, set: SchemaSet = assembleSchemas(model)) {
  const { assign, separator, exclude } = model.signing.canonical;
  return model.operations
    .filter((op) => op.signed)
    .flatMap((op) => {
      const schema = set.requests[op.id] as { additionalProperties?: unknown; properties?: Record<string, unknown> } | undefined;
      if (schema?.additionalProperties !== false || schema.properties === undefined) return [];
      const names = Object.keys(schema.properties).filter((name) => !exclude.includes(name));
      names.sort(); // Array.prototype.sort without a comparator: UTF-16 code unit order
      return [{ id: op.id, fields: names.map((name) => ({ name, first: `${name}${assign}`, next: `${separator}${name}${assign}` })) }];
    });
}

/** The enum sites of every request, reply and event payload (aliases; open enums inbound). */
function enumTables(model: Model) {
  const nonEmpty = <K extends string>(entries: [K, EnumSite[]][]) => Object.fromEntries(entries.filter(([, sites]) => sites.length > 0));
  return {
    requestEnums: nonEmpty(model.operations.map((op) => [op.id, enumSites(model.schemas, op.request.schema, false).filter((s) => s.aliases)])),
    replyEnums: nonEmpty(model.operations.map((op) => [op.id, enumSites(model.schemas, op.reply.schema, model.tolerance.openEnums)])),
    eventEnums: nonEmpty(model.events.map((ev) => [ev.destination, enumSites(model.schemas, ev.message.schema, model.tolerance.openEnums)])),
  };
}

/** validators/all.ts: the two combined validator modules imported statically, by operationId and event destination. */
export function validatorsAllContext(validators: ValidatorModules, banner: string) {
  const { together } = validators;
  const entries = (table: Record<string, string>, module: string) => Object.entries(table).map(([id, name]) => ({ id, local: `${module}.${name}` }));
  return {
    banner,
    imports: [
      { local: 'requests', path: `./${together.files.request}.js` },
      { local: 'inbound', path: `./${together.files.inbound}.js` },
    ],
    request: entries(together.request, 'requests'),
    reply: entries(together.reply, 'inbound'),
    event: entries(together.event, 'inbound'),
  };
}

/** validators/lazy.ts: per operation, the dynamic imports of its request, reply and stream-event modules. */
export function validatorsLazyContext(model: Model, validators: ValidatorModules, banner: string) {
  return {
    banner,
    operations: model.operations.map((op) => ({
      id: op.id,
      request: `./${validators.files.request[op.id]!}.js`,
      reply: `./${validators.files.reply[op.id]!}.js`,
      events: op.stream ? [{ destination: op.stream.event.destination, path: `./${validators.files.event[op.stream.event.destination]!}.js`, local: 'e0' }] : [],
    })),
  };
}

export function specContext(model: Model, banner: string) {
  return {
    banner,
    spec: protocolSpec(model),
    canonical: { assign: model.signing.canonical.assign, separator: model.signing.canonical.separator, exclude: model.signing.canonical.exclude },
    canonicalisers: canonicalisers(model),
    // An envelope built from an object literal with the member names written in (a `__proto__`
    // member would set the prototype there: such an envelope keeps the generic builder).
    envelope: [model.envelope.destinationField, model.envelope.correlationIdField, model.envelope.payloadField].includes('__proto__')
      ? undefined
      : { destination: model.envelope.destinationField, correlationId: model.envelope.correlationIdField, payload: model.envelope.payloadField },
    // Read with literal names; `__proto__` is left to the generic reader, like the envelope above.
    frameReader: [model.envelope.destinationField, model.envelope.correlationIdField, model.envelope.payloadField, model.envelope.statusField].includes('__proto__')
      ? undefined
      : {
        correlationId: model.envelope.correlationIdField,
        destination: model.envelope.destinationField,
        payload: model.envelope.payloadField,
        status: model.envelope.statusField,
        events: [...new Set(model.events.map((e) => e.destination))],
        bytes: framesContext(model, banner) !== undefined,
      },
    bareArrayFields: Object.fromEntries(model.operations.filter((o) => o.bareArrayField).map((o) => [o.id, o.bareArrayField])),
    eventJsonStringFields: Object.fromEntries(model.events.filter((e) => e.jsonStringFields.length).map((e) => [e.destination, e.jsonStringFields])),
    ...enumTables(model),
  };
}

function operationDoc(op: OperationModel, indent: string): string {
  const facts = [
    op.versions.length ? `Versions: ${op.versions.join(', ')}.` : undefined,
    op.signed ? 'Signed: the client adds the API key, timestamp and signature.' : undefined,
    op.idempotent ? undefined : 'Not idempotent: never sent again after a lost connection; its outcome is then unknown.',
    op.unconfirmed ? `Unconfirmed: ${op.unconfirmed}` : undefined,
  ].filter(Boolean).join(' ');
  return jsdoc([op.summary, op.description, facts], indent, [docsLink(op.anchor)]).trimEnd();
}

export function apiContext(model: Model, banner: string) {
  return {
    banner,
    envelope: model.envelope,
    operations: model.operations.map((op) => ({
      id: op.id,
      doc: operationDoc(op, '  '),
      paramsType: op.request.typeName,
      replyType: op.reply.typeName,
      eventType: op.stream ? `T.${op.stream.event.message.typeName}` : 'never',
    })),
    requestDestinations: model.operations
      .filter((op) => op.kind !== 'subscribe')
      .flatMap((op) => Object.values(op.destinations).map((destination) => ({ destination, operation: op.id }))),
    streamDestinations: model.operations
      .filter((op) => op.kind === 'subscribe')
      .flatMap((op) => Object.values(op.destinations).map((destination) => ({ destination, operation: op.id }))),
    events: model.events.map((e) => ({ destination: e.destination, typeName: e.message.typeName })),
    versionUnion: model.versions.length ? model.versions.map(str).join(' | ') : 'never',
    serverUnion: model.servers.map((s) => str(s.name)).join(' | ') || 'never',
  };
}

export function clientContext(model: Model, banner: string) {
  const method = (op: OperationModel) => ({
    id: op.id,
    method: op.method,
    doc: operationDoc(op, '  '),
    optional: op.paramsRequired ? '' : '?',
    paramsType: op.request.typeName,
    replyType: op.reply.typeName,
    eventType: op.stream?.event.message.typeName ?? '',
  });
  return {
    banner,
    docTitle: jsdocText(model.title),
    clientClassName: model.clientClassName,
    requestMethods: model.operations.filter((op) => op.kind !== 'subscribe').map(method),
    streamMethods: model.operations.filter((op) => op.kind === 'subscribe').map(method),
  };
}

export function indexContext(model: Model, banner: string) {
  return { banner, docTitle: jsdocText(model.title), clientClassName: model.clientClassName };
}
