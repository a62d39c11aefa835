/** Facts the reference pages share: links, call headings, destinations, limits, error codes, shapes. */

import type { EventModel, OperationModel } from '../../model.js';
import { cell } from '../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../docs.js';
import { code, codeCell, prose, proseCell } from './markdown.js';

export function opLink(docs: DocsBuilder, op: OperationModel | EventModel, text?: string): string {
  return `[${code(text ?? ('method' in op ? callHeading(docs, op) : op.destination))}](${OPERATIONS_PAGE}#${op.anchor})`;
}

export function callHeading(docs: DocsBuilder, op: OperationModel): string {
  return `client.${op.method}(${op.paramsRequired ? 'params' : '[params]'}[, options])`;
}

/** The destination a generic call uses: the default version's, else the unversioned, else the newest. */
export function preferredDestination(docs: DocsBuilder, op: OperationModel): string {
  const d = op.destinations;
  return d[docs.model.defaultVersion] ?? d[''] ?? d[op.versions[op.versions.length - 1] ?? ''] ?? Object.values(d)[0] ?? op.channelAddress;
}

export function destinationsText(docs: DocsBuilder, op: OperationModel): string {
  return Object.entries(op.destinations)
    .map(([v, d]) => (v === '' ? code(d) : `${code(d)} (${code(v)})`))
    .join(', ');
}

export function versionsText(docs: DocsBuilder, op: OperationModel): string {
  return op.versions.length > 0 ? op.versions.map(code).join(', ') : 'every version';
}

export function limitParts(docs: DocsBuilder, op: OperationModel): string[] {
  const parts: string[] = [];
  for (const r of docs.model.rateLimits.filter((x) => x.appliesTo === 'all')) {
    const w = op.weight === 0 ? 'weight 0 (not counted) against' : `weight ${op.weight} of`;
    parts.push(`${w} [${code(r.id)}](connecting.md#${docs.limitAnchors.get(r.id)}) (${perInterval(r.limit, r.intervalMs)})${r.unconfirmed ? ' ⚠' : ''}`);
  }
  for (const id of op.rateLimits) {
    const r = docs.model.rateLimits.find((x) => x.id === id)!;
    parts.push(`[${code(r.id)}](connecting.md#${docs.limitAnchors.get(r.id)}) (${perInterval(r.limit, r.intervalMs)})${r.unconfirmed ? ' ⚠' : ''}`);
  }
  return parts;
}

export function signingFieldNames(docs: DocsBuilder): string[] {
  const s = docs.model.signing;
  return [s.keyField, s.timestampField, s.recvWindowField, s.signatureField];
}

export function clientCode(docs: DocsBuilder, codeName: string): string | undefined {
  const anchor = docs.clientCodeAnchors.get(codeName);
  return anchor === undefined ? undefined : `[${code(codeName)}](errors.md#${anchor})`;
}

/**
 * The error codes relevant to an operation, with why: those its own text (summary, description,
 * params) names, and those whose meaning names one of its params or, when it is signed, one of
 * the signing fields.
 */
export function relevantErrorCodes(docs: DocsBuilder, op: OperationModel): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (c: number, why: string) => out.set(c, [...new Set([...(out.get(c) ?? []), why])]);
  for (const c of namedErrorCodes(docs, op)) add(c, 'named in its description');
  const fields = new Set(Object.keys(docs.model.schemas[op.request.schema]?.properties ?? {}));
  const s = docs.model.signing;
  if (op.signed) for (const f of [s.keyField, s.timestampField, s.recvWindowField, s.signatureField]) fields.add(f);
  for (const e of docs.model.errorCodes) {
    const words = new Set(e.meaning.split(/[^\p{L}\p{N}_]+/u).filter(Boolean));
    for (const f of [...fields].filter((x) => words.has(x))) add(e.code, `about ${code(f)}`);
  }
  return new Map(docs.model.errorCodes.filter((e) => out.has(e.code)).map((e) => [e.code, out.get(e.code)!]));
}

/** Error codes of the list that the operation's own text names. */
export function namedErrorCodes(docs: DocsBuilder, op: OperationModel): number[] {
  const texts: string[] = [op.summary, op.description, op.request.summary, op.reply.summary];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'description' || k === 'x-unconfirmed') && typeof v === 'string') texts.push(v);
      else collect(v);
    }
  };
  for (const name of docs.reachable(op.request.schema)) collect(docs.model.schemas[name]);
  const text = texts.join('\n');
  const known = new Set(docs.model.errorCodes.map((e) => e.code));
  const found = new Set<number>();
  for (const m of text.matchAll(/(?<![\w.-])(-?\d+)(?!\w|\.\d)/g)) {
    const n = Number(m[1]);
    if (known.has(n)) found.add(n);
  }
  return docs.model.errorCodes.map((e) => e.code).filter((c, i, all) => found.has(c) && all.indexOf(c) === i);
}

export function errorCodeRow(docs: DocsBuilder, codeNumber: number, why: readonly string[]) {
  const e = docs.model.errorCodes.find((x) => x.code === codeNumber)!;
  return {
    code: `[${code(String(e.code))}](errors.md#${docs.errorCodeAnchors.get(e.code)})`,
    name: codeCell(e.name),
    meaning: proseCell(e.meaning),
    why: cell(why.join(', ')),
  };
}

/** The error reply frame as a shape: `{ "status": ≠ "OK", …, "payload": { "code": integer, … } }`. */
export function errorShape(docs: DocsBuilder): string {
  const env = docs.model.envelope;
  const schema = docs.model.schemas[env.errorMessage.schema] ?? {};
  const fields = Object.entries<any>(schema.properties ?? {}).map(([k, p]) => `${JSON.stringify(k)}: ${plainType(docs, p)}`);
  return `{ ${JSON.stringify(env.statusField)}: ≠ ${JSON.stringify(env.okStatus)}, ${JSON.stringify(env.correlationIdField)}: string, ${JSON.stringify(env.payloadField)}: { ${fields.join(', ')} } }`;
}

export function plainType(docs: DocsBuilder, node: any): string {
  const t = docs.schemas.target(node);
  const type = t?.type;
  return Array.isArray(type) ? type.join(' | ') : typeof type === 'string' ? type : 'any';
}

export function unconfirmedNote(docs: DocsBuilder, reason: string | undefined): string {
  return reason ? `> ⚠ **Unconfirmed:** ${prose(reason).replace(/\n/g, '\n> ')}` : '';
}

/** The rate limits of an operation in a few words (the overview): the weight against each limit every request counts in, then the limits of its own. */
export function limitSummary(docs: DocsBuilder, op: OperationModel): string {
  const parts: string[] = [];
  for (const r of docs.model.rateLimits.filter((x) => x.appliesTo === 'all')) parts.push(`weight ${op.weight} of [${code(r.id)}](connecting.md#${docs.limitAnchors.get(r.id)})`);
  const own = op.rateLimits.map((id) => `[${code(id)}](connecting.md#${docs.limitAnchors.get(id)})`);
  if (own.length > 0) parts.push(own.join(', '));
  return parts.join('; ') || 'none';
}

// ------------------------------------------------------------------------------------------------

export const MS = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1_000, 'second'],
] as const;

// ------------------------------------------------------------------------------------------------

/** `1200 per minute`, `10 per second`, `5 per 2 seconds`, `7 per 1500 ms`. */
export function perInterval(limit: number, intervalMs: number): string {
  for (const [unit, name] of MS) {
    if (intervalMs % unit === 0) {
      const n = intervalMs / unit;
      return `${limit} per ${n === 1 ? name : `${n} ${name}s`}`;
    }
  }
  return `${limit} per ${intervalMs} ms`;
}

// ------------------------------------------------------------------------------------------------

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}
