/** The errors page (errors.md): the error reply, the API's error codes and the client's own. */

import { cell } from '../../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../../docs.js';
import { exampleTitle, inboundFrame, marker } from '../examples.js';
import { clientCode, errorShape, relevantErrorCodes, unconfirmedNote } from '../facts.js';
import { code, codeCell, fence, prettyJson, prose, proseCell } from '../markdown.js';

export function errorsContext(docs: DocsBuilder) {
  const m = docs.model;
  const env = m.envelope;
  const err = env.errorMessage;
  const examples = err.examples.map((ex) => {
    const dest = typeof ex.headers?.[env.destinationField] === 'string' ? String(ex.headers[env.destinationField]) : '';
    return {
      title: exampleTitle(docs, 'Error reply', ex),
      marker: marker(docs, 'error', dest),
      block: fence('json', prettyJson(inboundFrame(docs, ex, {}))),
    };
  });
  const namedBy = new Map<number, string[]>();
  for (const op of m.operations) for (const c of relevantErrorCodes(docs, op).keys()) namedBy.set(c, [...(namedBy.get(c) ?? []), `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`]);
  const apiError = docs.runtime.errors.find((e) => e.codes.includes('ERR_API'));
  const base = docs.runtime.errors.find((e) => e.extends === 'Error' && e.codes.length === 0);
  const baseFields = new Set((base?.fields ?? []).map((f) => f.name));
  const byCode = new Map<string, { classes: string[]; doc: string; fields: string[] }>();
  // The most specific class (fewest codes) describes a code first.
  const specific = [...docs.runtime.errors].sort((a, b) => a.codes.length - b.codes.length);
  for (const e of specific) {
    for (const c of e.codes) {
      const entry = byCode.get(c) ?? { classes: [], doc: '', fields: [] };
      entry.classes.push(code(e.name));
      if (!entry.doc) entry.doc = e.description;
      entry.fields.push(...e.fields.filter((f) => !baseFields.has(f.name)).map((f) => code(f.name)));
      byCode.set(c, entry);
    }
  }
  return {
    errorMessageTitle: prose(err.title),
    errorSummary: prose(err.summary),
    unconfirmed: unconfirmedNote(docs, err.unconfirmed),
    statusField: code(env.statusField),
    okStatus: code(env.okStatus),
    correlationIdField: code(env.correlationIdField),
    payloadField: code(env.payloadField),
    shape: code(errorShape(docs)),
    fieldRows: docs.schemas.rows(err.schema),
    examples,
    apiError: apiError
      ? {
        present: true,
        link: clientCode(docs, 'ERR_API')!,
        name: code(apiError.name),
        fields: apiError.fields.map((f) => ({ name: codeCell(f.name), type: codeCell(f.type), doc: proseCell(f.description) })),
      }
      : { present: false, link: '', name: '', fields: [] },
    failure: failureContext(docs),
    mapping: [
      [env.errorCodeField, 'apiCode'],
      [env.errorTextField, 'apiMessage'],
      [env.errorNameField, 'errorName'],
    ].map(([from, to]) => `${code(from!)} → ${code(to!)}`).join(', '),
    codes: m.errorCodes.map((e) => ({
      anchor: docs.errorCodeAnchors.get(e.code)!,
      code: codeCell(String(e.code)),
      name: codeCell(e.name),
      meaning: proseCell(e.meaning),
      namedBy: cell((namedBy.get(e.code) ?? []).join(', ')),
    })),
    baseClass: base ? code(base.name) : code('Error'),
    baseFields: base ? base.fields.filter((f) => f.name !== 'code').map((f) => code(f.name)).join(', ') : '',
    clientCodes: docs.runtime.codes.filter((c) => byCode.has(c)).map((c) => [c, byCode.get(c)!] as const).map(([c, v]) => ({
      anchor: docs.clientCodeAnchors.get(c)!,
      code: codeCell(c),
      classes: cell(v.classes.join(', ')),
      doc: proseCell(v.doc),
      fields: cell([...new Set(v.fields)].join(', ')),
    })),
  };
}

/** Failures inside an OK reply, refused subscription statuses and open enums, as the document states them. */
export function failureContext(docs: DocsBuilder) {
  const m = docs.model;
  const env = m.envelope;
  const statuses = m.operations.filter((op) => op.subscriptionStatus);
  const first = statuses[0]?.subscriptionStatus;
  return {
    present: env.failureFields.length > 0 || first !== undefined || m.tolerance.openEnums,
    fields: env.failureFields.length > 0
      ? {
        sets: env.failureFields.map((set) => set.map((f) => code(f)).join(' and ')).join(', or '),
        description: prose(env.failureDescription),
        unconfirmed: unconfirmedNote(docs, env.failureUnconfirmed),
        link: clientCode(docs, 'ERR_API') ?? code('ERR_API'),
      }
      : undefined,
    statuses: first
      ? {
        operations: statuses.map((op) => `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`).join(', '),
        field: code(first.field),
        accepted: first.accepted.map((a) => code(a)).join(', '),
        description: prose(first.description),
        link: clientCode(docs, 'ERR_SUBSCRIPTION_REJECTED') ?? code('ERR_SUBSCRIPTION_REJECTED'),
      }
      : undefined,
    openEnums: m.tolerance.openEnums
      ? { description: prose(m.tolerance.description), link: clientCode(docs, 'ERR_UNKNOWN_VALUE') ?? code('ERR_UNKNOWN_VALUE') }
      : undefined,
  };
}
