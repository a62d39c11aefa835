/** The enums page (enums.md): every enum of the document, with its aliases and where it is used. */

import { cell } from '../../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../../docs.js';
import { unconfirmedNote } from '../facts.js';
import { code, jsonCode, prose, proseCell } from '../markdown.js';
import { type FieldRow } from '../schema.js';

export function enumsContext(docs: DocsBuilder) {
  const m = docs.model;
  const usedBy = new Map<string, Set<string>>();
  const note = (rows: FieldRow[], label: string) => {
    for (const r of rows) for (const e of r.enums) usedBy.set(e, new Set([...(usedBy.get(e) ?? []), `${label} ${code(r.path)}`]));
  };
  for (const op of m.operations) {
    const link = `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`;
    note(docs.schemas.rows(op.request.schema), `${link} param`);
    note(docs.schemas.rows(op.reply.schema), `${link} reply`);
  }
  for (const ev of m.events) note(docs.schemas.rows(ev.message.schema), `[${code(ev.destination)}](${OPERATIONS_PAGE}#${ev.anchor}) event`);
  const enums = [...docs.enumAnchors].map(([name, anchor]) => {
    const s = m.schemas[name];
    const aliases: Record<string, string> = s['x-aliases'] && typeof s['x-aliases'] === 'object' ? s['x-aliases'] : {};
    const values = (s.enum as unknown[]).map((v) => ({
      value: cell(jsonCode(v)),
      aliases: cell(
        Object.entries(aliases)
          .filter(([, c]) => c === v)
          .map(([a]) => jsonCode(a))
          .join(', '),
      ),
    }));
    const used = [...(usedBy.get(name) ?? [])];
    return {
      anchor,
      name: code(name),
      type: code(Array.isArray(s.type) ? s.type.join(' | ') : String(s.type ?? typeof s.enum[0])),
      description: prose(s.description),
      unconfirmed: unconfirmedNote(docs, s['x-unconfirmed']),
      default: s.default === undefined ? '' : `Default: ${jsonCode(s.default)}.`,
      values,
      hasAliases: Object.keys(aliases).length > 0,
      aliasNote:
        Object.keys(aliases).length > 0 ? 'The alias spellings are accepted when reading replies and events and mapped to the value; send the value itself.' : '',
      usedBy: used.length > 0 ? used.map((u) => `- ${u}`) : ['- no operation of the document'],
      summaryValues: cell((s.enum as unknown[]).map((v) => jsonCode(v)).join(', ')),
      summaryDescription: proseCell(s.description),
    };
  });
  return { enums };
}
