/** The connecting page (connecting.md): servers, versions, frames, client options, events, heartbeat, limits. */

import { defaultVersionFor } from '../../../../templates/runtime/manifest.js';
import { cell } from '../../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../../docs.js';
import { clientCode, opLink, perInterval } from '../facts.js';
import { code, codeCell, prose, proseCell } from '../markdown.js';
import type { OptionTypeName, RuntimeMember } from '../runtime.js';

/** Component schemas of the frame headers: request, reply and event envelopes. */
export function headerSchemas(docs: DocsBuilder): { kind: string; schema: string; payload: string }[] {
  const m = docs.model;
  const first = (names: (string | undefined)[]) => names.find((n): n is string => n !== undefined && n in m.schemas);
  return [
    { kind: 'Request', schema: first(m.operations.map((o) => o.request.headersSchema)), payload: 'The params (signed requests: with the signing fields).' },
    { kind: 'Reply', schema: first([...m.operations.map((o) => o.reply.headersSchema), m.envelope.errorMessage.headersSchema]), payload: 'The reply, or the error of an error reply.' },
    { kind: 'Event', schema: first(m.events.map((e) => e.message.headersSchema)), payload: 'The event.' },
  ].filter((f): f is { kind: string; schema: string; payload: string } => f.schema !== undefined);
}

export function frames(docs: DocsBuilder) {
  const payloadField = docs.model.envelope.payloadField;
  return headerSchemas(docs).map((f) => ({
    title: `${f.kind} frame`,
    description: proseCell(docs.model.schemas[f.schema]?.description),
    rows: [
      ...docs.schemas.rows(f.schema),
      { name: codeCell(payloadField), type: codeCell('object'), required: 'yes', description: proseCell(f.payload) },
    ],
  }));
}

export function optionRows(docs: DocsBuilder, typeName: OptionTypeName, documentDefaults: Record<string, string> = {}) {
  return docs.runtime.options(typeName).map((m: RuntimeMember) => ({
    name: codeCell(m.name),
    type: codeCell(m.type),
    default: cell([documentDefaults[m.name] ?? '', m.default ? prose(m.default) : ''].filter(Boolean).join(' — ')),
    description: cell(
      [prose(m.doc), m.inline.length > 0 ? `Members: ${m.inline.map((i) => `${code(i.name)} {${code(i.type)}}${i.doc ? ` ${prose(i.doc)}` : ''}${i.default ? ` (default ${prose(i.default)})` : ''}`).join('; ')}.` : '']
        .filter(Boolean)
        .join(' '),
    ),
  }));
}

/** The version a client uses on a server when given none (as the runtime decides). */
export function serverDefaultVersion(docs: DocsBuilder, versions: readonly string[]): string {
  return defaultVersionFor(docs.model.defaultVersion, versions);
}

export function connectingContext(docs: DocsBuilder) {
  const m = docs.model;
  const hb = m.heartbeat;
  const heartbeatOp = m.operations.find((o) => o.id === hb.operation)!;
  const partial = m.operations.filter((o) => o.versions.length > 0 && o.versions.length < m.versions.length);
  const unversioned = m.operations.filter((o) => o.versions.length === 0);
  const exampleAddress = m.operations.find((o) => o.versions.length > 0)?.channelAddress;
  const documentDefaults: Record<string, string> = {
    server: code(m.defaultServer),
    apiVersion: code(m.defaultVersion),
    heartbeatIntervalMs: code(String(hb.clientIntervalMs)),
    deadAfterMs: code(String(hb.deadAfterMs)),
  };
  // The options objects the client's options are typed with get a table each.
  const optionTypes = new Set(docs.runtime.options('ClientOptions').flatMap((o) => [...o.type.matchAll(/[A-Z][A-Za-z]+/g)].map((x) => x[0])));
  const nested = docs.runtime.optionTypes.filter((t) => optionTypes.has(t) && t !== 'ClientOptions').sort();
  const nonIdempotent = m.operations.filter((o) => !o.idempotent);
  const jitter = docs.runtime.jitter;
  const lost = docs.runtime.errors.find((e) => e.codes.includes('ERR_CONNECTION_LOST'));
  return {
    clientClassName: m.clientClassName,
    constructorHeading: `new ${m.clientClassName}([options])`,
    constructorCode: code(`new ${m.clientClassName}([options])`),
    servers: m.servers.map((s) => ({
      anchor: docs.serverAnchors.get(s.name)!,
      name: codeCell(s.name) + (s.name === m.defaultServer ? ' (default)' : ''),
      url: codeCell(s.url),
      versions: cell(s.versions.map(code).join(', ')),
      defaultVersion: codeCell(serverDefaultVersion(docs, s.versions)),
      description: cell([prose(s.title), prose(s.description), s.unconfirmed ? `⚠ **Unconfirmed:** ${prose(s.unconfirmed)}` : ''].filter(Boolean).join(' — ')),
    })),
    frames: frames(docs),
    payloadField: code(m.envelope.payloadField),
    defaultServer: code(m.defaultServer),
    versionParameter: code(`{${m.versionParameter}}`),
    versionDescription: prose(m.versionDescription ?? ''),
    versions: m.versions.map(code).join(', '),
    defaultVersion: code(m.defaultVersion),
    // Empty when no destination carries the version (the page then says so).
    exampleAddress: exampleAddress === undefined ? '' : code(exampleAddress),
    partial: partial.map((o) => ({ op: `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`, versions: cell(o.versions.map(code).join(', ')) })),
    unversioned: unversioned.map((o) => `[${code(Object.values(o.destinations)[0] ?? o.channelAddress)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', '),
    heartbeat: {
      description: prose(hb.description),
      operation: opLink(docs, heartbeatOp),
      destination: code(Object.values(heartbeatOp.destinations)[0] ?? heartbeatOp.channelAddress),
      clientIntervalMs: hb.clientIntervalMs,
      serverTimeoutMs: hb.serverTimeoutMs,
      deadAfterMs: hb.deadAfterMs,
    },
    jitter: { type: code(jitter.type), doc: prose(jitter.doc) },
    connectionLost: clientCode(docs, 'ERR_CONNECTION_LOST') ?? code('ERR_CONNECTION_LOST'),
    connectionLostDoc: prose(lost?.description ?? ''),
    nonIdempotent: nonIdempotent.map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ') || 'none',
    rateLimits: m.rateLimits.map((r) => ({
      anchor: docs.limitAnchors.get(r.id)!,
      id: codeCell(r.id),
      counts: cell(
        r.appliesTo === 'all'
          ? 'every request, by its weight'
          : m.operations
            .filter((o) => o.rateLimits.includes(r.id))
            .map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`)
            .join(', ') || 'no operation',
      ),
      limit: cell(perInterval(r.limit, r.intervalMs)),
      description: cell([prose(r.description), r.unconfirmed ? `⚠ **Unconfirmed:** ${prose(r.unconfirmed)}` : ''].filter(Boolean).join(' ')),
    })),
    weights: m.operations
      .filter((o) => o.weight !== 1)
      .map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor}) ${o.weight}`)
      .join(', '),
    rateLimited: clientCode(docs, 'ERR_RATE_LIMITED') ?? code('ERR_RATE_LIMITED'),
    optionRows: optionRows(docs, 'ClientOptions', documentDefaults),
    nested: nested.map((t) => ({ name: t, anchor: t.toLowerCase(), rows: optionRows(docs, t) })),
    requestOptionRows: optionRows(docs, 'RequestOptions'),
    subscribeOptionRows: optionRows(docs, 'SubscribeOptions'),
    events: docs.runtime.events.map((e) => ({ name: codeCell(e.name), args: codeCell(e.args), doc: proseCell(e.doc) })),
    states: docs.runtime.states.map((l) => code(l)).join(', '),
  };
}
