/** Example frames of the reference docs: requests (signed as the document says), replies, events, errors. */

import type { EventModel, ExampleModel, OperationModel } from '../../model.js';
import { type ExampleKind, type DocsBuilder } from '../docs.js';
import { preferredDestination } from './facts.js';
import { code, commentValue, fence, prettyJson, prose } from './markdown.js';
import { signPayload } from './signing.js';

export function marker(docs: DocsBuilder, kind: ExampleKind, destination: string): string {
  return `<!-- example: ${kind} ${commentValue(destination)} -->`;
}

export function exampleTitle(docs: DocsBuilder, prefix: string, ex: ExampleModel, note = ''): string {
  const summary = ex.summary ? prose(ex.summary).replace(/\.?$/, '.') : '';
  return [`**${prefix}** ${code(ex.name)}${summary ? ` — ${summary}` : ''}`, note].filter(Boolean).join(' ');
}

/** The request frame of an example, signed with the example credentials when the operation is signed. */
export function requestFrame(docs: DocsBuilder, op: OperationModel, ex: ExampleModel): { destination: string; frame: Record<string, unknown>; canonical?: string; signature?: string } {
  const env = docs.model.envelope;
  const headers = ex.headers ?? {};
  const destination = typeof headers[env.destinationField] === 'string' ? String(headers[env.destinationField]) : preferredDestination(docs, op);
  const params = (ex.payload && typeof ex.payload === 'object' ? ex.payload : {}) as Record<string, unknown>;
  let payload: Record<string, unknown> = { ...params };
  let canonical: string | undefined;
  let signature: string | undefined;
  if (op.signed) {
    const signed = signPayload(docs.model.signing, params, docs.creds);
    payload = signed.payload;
    canonical = signed.canonical;
    signature = signed.signature;
  }
  const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== env.destinationField && k !== env.correlationIdField && k !== env.payloadField));
  const frame = {
    [env.destinationField]: destination,
    [env.correlationIdField]: headers[env.correlationIdField] ?? 1,
    ...rest,
    [env.payloadField]: payload,
  };
  return { destination, frame, ...(canonical !== undefined ? { canonical, signature } : {}) };
}

/** An inbound frame of an example: its headers (status filled in when absent) and payload. */
export function inboundFrame(docs: DocsBuilder, ex: ExampleModel, fill: Record<string, unknown>): Record<string, unknown> {
  const env = docs.model.envelope;
  const headers = Object.fromEntries(Object.entries(ex.headers ?? {}).filter(([k]) => k !== env.payloadField));
  return { ...fill, ...headers, [env.payloadField]: ex.payload ?? {} };
}

export function opExamples(docs: DocsBuilder, op: OperationModel): ExampleBlock[] {
  const env = docs.model.envelope;
  const blocks: ExampleBlock[] = [];
  let requestDestination = preferredDestination(docs, op);
  let correlationId: unknown = 1;
  op.request.examples.forEach((ex, i) => {
    const r = requestFrame(docs, op, ex);
    if (i === 0) {
      requestDestination = r.destination;
      correlationId = r.frame[env.correlationIdField];
    }
    blocks.push({
      title: exampleTitle(docs, 'Request', ex, op.signed ? 'Signed with the [example key pair](signing.md#worked-example).' : ''),
      marker: marker(docs, 'request', r.destination),
      block: fence('json', prettyJson(r.frame)),
      canonical: r.canonical !== undefined ? `The [canonical string](signing.md#rule) its ${code(docs.model.signing.signatureField)} signs:\n\n<!-- canonical -->\n${fence('text', r.canonical)}` : '',
    });
  });
  const own = new Set(Object.values(op.destinations));
  for (const ex of op.reply.examples) {
    const given = ex.headers?.[env.destinationField];
    let frame: Record<string, unknown>;
    let dest: string;
    if (typeof given === 'string' && own.has(given)) {
      dest = given;
      frame = inboundFrame(docs, ex, { [env.statusField]: env.okStatus, [env.correlationIdField]: String(correlationId) });
    } else {
      // A reply message shared by several operations: its example is shown as this operation's reply.
      dest = requestDestination;
      const headers = { ...(ex.headers ?? {}) };
      if (typeof given === 'string') headers[env.destinationField] = requestDestination;
      headers[env.correlationIdField] = String(correlationId);
      frame = inboundFrame(docs, { ...ex, headers }, { [env.statusField]: env.okStatus });
    }
    blocks.push({ title: exampleTitle(docs, 'Reply', ex), marker: marker(docs, 'reply', dest), block: fence('json', prettyJson(frame)), canonical: '' });
  }
  return blocks;
}

export function eventExamples(docs: DocsBuilder, ev: EventModel): ExampleBlock[] {
  const env = docs.model.envelope;
  return ev.message.examples.map((ex) => {
    const dest = typeof ex.headers?.[env.destinationField] === 'string' ? String(ex.headers[env.destinationField]) : ev.destination;
    const frame = inboundFrame(docs, ex, { [env.destinationField]: ev.destination });
    return { title: exampleTitle(docs, 'Event', ex), marker: marker(docs, 'event', dest), block: fence('json', prettyJson(frame)), canonical: '' };
  });
}

// ------------------------------------------------------------------------------------------------

export interface ExampleBlock {
  readonly title: string;
  readonly marker: string;
  readonly block: string;
  /** For a signed request: the canonical string its signature signs, after a `<!-- canonical -->` marker; else empty. */
  readonly canonical: string;
}
