/** The signing page (signing.md): the canonical string and HMAC, with worked examples. */

import { toPointer } from '../../../model/refs.js';
import { compactLiteral as js, str } from '../../../names.js';
import { OPERATIONS_PAGE, type DocsBuilder } from '../../docs.js';
import { marker, requestFrame } from '../examples.js';
import { opLink, unconfirmedNote } from '../facts.js';
import { code, fence, prettyJson, prose } from '../markdown.js';
import { shellQuote } from '../signing.js';

export function signingContext(docs: DocsBuilder) {
  const m = docs.model;
  const s = m.signing;
  const signedOps = m.operations.filter((o) => o.signed);
  // The worked example: the signed operation whose first example has the most params.
  const pick = [...signedOps]
    .map((op, i) => ({ op, i, n: Object.keys((op.request.examples[0]?.payload as object) ?? {}).length }))
    .sort((a, b) => b.n - a.n || a.i - b.i)[0]?.op;
  const schemeUnconfirmed = m.unconfirmed.find((u) => u.where === toPointer(['components', 'securitySchemes', s.schemeName]))?.reason;
  let worked: Record<string, unknown> = { present: false };
  if (pick) {
    const ex = pick.request.examples[0] ?? { name: 'empty', headers: {}, payload: {} };
    const r = requestFrame(docs, pick, ex);
    const payload = r.frame[m.envelope.payloadField] as Record<string, unknown>;
    const unsigned = Object.fromEntries(Object.entries(payload).filter(([k]) => k !== s.signatureField));
    const command = `printf '%s' ${shellQuote(r.canonical!)} | openssl dgst -sha256 -hmac ${shellQuote(docs.creds.apiSecret)}`;
    worked = {
      present: true,
      operation: opLink(docs, pick),
      params: fence('json', prettyJson(ex.payload ?? {})),
      unsigned: fence('json', prettyJson(unsigned)),
      sortedKeys: Object.keys(unsigned)
        .sort()
        .filter((k) => !s.canonical.exclude.includes(k))
        .map(code)
        .join(', '),
      canonical: fence('text', r.canonical!),
      command: fence('sh', command),
      output: fence('text', `SHA2-256(stdin)= ${r.signature}`),
      signature: code(r.signature!),
      marker: marker(docs, 'request', r.destination),
      frame: fence('json', prettyJson(r.frame)),
      node: fence(
        'js',
        [
          `import { canonicalString, sign } from ${str(m.packageName)};`,
          ``,
          `const payload = ${js(unsigned)};`,
          `canonicalString(payload); // ${js(r.canonical)}`,
          `sign(payload, ${str(docs.creds.apiSecret)}); // ${js(r.signature)}`,
        ].join('\n'),
      ),
    };
  }
  return {
    description: prose(s.description),
    unconfirmed: unconfirmedNote(docs, schemeUnconfirmed),
    order: 'UTF-16 code units (JavaScript’s default `Array.prototype.sort()`)',
    assign: code(s.canonical.assign),
    separator: code(s.canonical.separator),
    exclude: s.canonical.exclude.map(code).join(', ') || 'nothing',
    keyField: code(s.keyField),
    timestampField: code(s.timestampField),
    recvWindowField: code(s.recvWindowField),
    signatureField: code(s.signatureField),
    fieldRows: docs.schemas.rows(s.fieldsSchema),
    signedOps: signedOps.map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ') || 'none',
    apiKey: code(docs.creds.apiKey),
    apiSecret: code(docs.creds.apiSecret),
    timestamp: code(String(docs.creds.timestamp)),
    worked,
  };
}
