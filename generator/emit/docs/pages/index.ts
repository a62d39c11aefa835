/** The index page (docs/README.md): the API at a glance, servers, operations, what is unconfirmed. */

import { fromPointer } from '../../../model/refs.js';
import { cell } from '../../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../../docs.js';
import { limitSummary, opLink, versionsText, yesNo } from '../facts.js';
import { code, codeCell, prose, proseCell } from '../markdown.js';
import { headerSchemas } from './connecting.js';

export function indexContext(docs: DocsBuilder) {
  const rows = docs.model.operations.map((op) => ({
    operation: `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`,
    kind: op.kind,
    destination: cell(
      `${code(op.channelAddress)}${op.stream ? ` → [${code(op.stream.event.destination)}](${OPERATIONS_PAGE}#${op.stream.event.anchor})` : ''}`,
    ),
    versions: cell(versionsText(docs, op)),
    signed: yesNo(op.signed),
    rateLimit: cell(limitSummary(docs, op)),
    idempotent: op.idempotent ? 'yes' : '**no**',
    // the reason is in the operation's section and in the list below: the overview stays one line a row
    unconfirmed: op.unconfirmed ? '[⚠ yes](#unconfirmed)' : '',
  }));
  return {
    title: prose(docs.model.title),
    description: prose(docs.model.description),
    packageName: code(docs.model.packageName),
    clientClassName: code(docs.model.clientClassName),
    apiVersion: code(docs.model.apiVersion),
    rows,
    events: docs.model.events.map((e) => ({
      event: `[${code(e.destination)}](${OPERATIONS_PAGE}#${e.anchor})`,
      type: codeCell(e.message.typeName),
      startedBy: cell(docs.model.operations.filter((o) => o.stream?.event.id === e.id).map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ')),
      summary: proseCell(e.summary),
    })),
    unconfirmed: docs.model.unconfirmed.map((u) => ({ where: codeCell(u.where), see: cell(pointerLink(docs, u.where)), why: proseCell(u.reason) })),
  };
}

/** A link to where the docs show the thing a JSON pointer of the document names. */
export function pointerLink(docs: DocsBuilder, pointer: string): string {
  const parts = fromPointer(pointer);
  const [a, b, c, d] = parts;
  if (a === 'operations' && b !== undefined) {
    const op = docs.model.operations.find((o) => o.id === b) ?? docs.model.events.find((e) => e.id === b);
    if (op) return opLink(docs, op, b);
  }
  if (a === 'servers' && b !== undefined && docs.serverAnchors.has(b)) return `[${code(b)}](connecting.md#${docs.serverAnchors.get(b)})`;
  if (a === 'info' && b === 'x-protocol') {
    if (c === 'rateLimits' && d !== undefined) {
      const r = docs.model.rateLimits[Number(d)];
      if (r) return `[${code(r.id)}](connecting.md#${docs.limitAnchors.get(r.id)})`;
    }
    if (c === 'heartbeat') return '[heartbeat](connecting.md#heartbeat)';
    if (c === 'errorCodes') return '[error codes](errors.md#error-codes)';
  }
  if (a === 'components' && b === 'securitySchemes') return '[signing](signing.md#rule)';
  if (a === 'components' && b === 'messages' && c !== undefined) {
    if (c === docs.model.envelope.errorMessage.name) return '[error reply](errors.md#error-reply)';
    const op = docs.model.operations.find((o) => o.request.name === c || o.reply.name === c) ?? docs.model.events.find((e) => e.message.name === c);
    if (op) return opLink(docs, op, 'method' in op ? op.id : op.destination);
  }
  if (a === 'components' && b === 'schemas' && c !== undefined) {
    if (headerSchemas(docs).some((h) => h.schema === c)) return `[${code(c)}](connecting.md#frames)`;
    if (docs.enumAnchors.has(c)) return `[${code(c)}](enums.md#${docs.enumAnchors.get(c)})`;
    if (c === docs.model.signing.fieldsSchema) return `[${code(c)}](signing.md#signed-fields)`;
    if (c === docs.model.envelope.errorMessage.schema) return `[${code(c)}](errors.md#error-reply)`;
    const users = docs.schemaUsers.get(c) ?? [];
    if (users.length > 0) {
      return users
        .map((anchor) => {
          const op = docs.model.operations.find((o) => o.anchor === anchor) ?? docs.model.events.find((e) => e.anchor === anchor)!;
          return opLink(docs, op, 'method' in op ? op.id : op.destination);
        })
        .join(', ');
    }
  }
  return '';
}
