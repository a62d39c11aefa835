/**
 * The nine edits of our own asyncapi.yaml the issue names, one at a time, each against the
 * document as it is: the bump a careful maintainer would choose. An unchanged document (and the
 * same document reformatted) gives `none` with no changes. Document-level comparison; the
 * declaration cross-check of the same kind of edit runs in release.test.ts (it generates packages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { documentChanges } from '../../generator/diff/document.js';
import { bumpOf, type Bump } from '../../generator/diff/types.js';
import { SPEC } from '../helpers/paths.js';

const original = readFileSync(SPEC, 'utf8');

function edit(change: (doc: Document) => void): string {
  const doc = parseDocument(original);
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

const schemas = ['components', 'schemas'];

const edits: { readonly edit: string; readonly apply: (doc: Document) => void; readonly bump: Bump; readonly where: RegExp }[] = [
  {
    edit: 'a description reworded',
    apply: (d) => d.setIn([...schemas, 'AccountParams', 'properties', 'showZeroBalance', 'description'], 'Also list the assets whose balance is zero.'),
    bump: 'patch',
    where: /^docs account: description of request parameter showZeroBalance changed$/,
  },
  {
    edit: 'an optional parameter added',
    apply: (d) => d.setIn([...schemas, 'AccountParams', 'properties', 'showCollateral'], d.createNode({ type: 'boolean', description: 'Also list collateral.' })),
    bump: 'minor',
    where: /^non-breaking account: optional request parameter showCollateral added$/,
  },
  {
    edit: 'an optional parameter made required',
    apply: (d) => d.setIn([...schemas, 'DepthParams', 'required'], d.createNode(['symbol', 'limit'])),
    bump: 'major',
    where: /^breaking depth: request parameter limit made required$/,
  },
  {
    edit: 'a request enum value removed',
    apply: (d) => d.setIn([...schemas, 'NewOrderRespType', 'enum'], d.createNode(['RESULT'])),
    bump: 'major',
    where: /^breaking createOrder: value FULL removed from request parameter newOrderRespType$/,
  },
  {
    edit: 'a request enum value added',
    apply: (d) => d.setIn([...schemas, 'NewOrderRespType', 'enum'], d.createNode(['RESULT', 'FULL', 'ACK'])),
    bump: 'minor',
    where: /^non-breaking createOrder: value ACK added to request parameter newOrderRespType$/,
  },
  {
    edit: 'an operation removed',
    apply: (d) => d.deleteIn(['operations', 'time']),
    bump: 'major',
    where: /^breaking time: operation time removed$/,
  },
  {
    edit: 'an operation added',
    apply: (d) => d.setIn(['operations', 'serverTime'], d.createNode({ ...(d.getIn(['operations', 'time']) as any).toJSON(), summary: 'Read the server clock again.' })),
    bump: 'minor',
    where: /^non-breaking serverTime: operation serverTime added$/,
  },
  {
    edit: 'a reply field removed',
    apply: (d) => d.deleteIn([...schemas, 'Account', 'properties', 'affiliateId']),
    bump: 'major',
    where: /^breaking account: reply field affiliateId removed$/,
  },
  {
    edit: 'a reply field added',
    apply: (d) => d.setIn([...schemas, 'Account', 'properties', 'marginCall'], d.createNode({ type: 'boolean', description: 'Whether the account is in margin call.' })),
    bump: 'minor',
    where: /^non-breaking account: reply field marginCall added$/,
  },
];

const results = new Map<string, ReturnType<typeof documentChanges>>();
function changesOf(e: (typeof edits)[number]) {
  if (!results.has(e.edit)) results.set(e.edit, documentChanges(original, edit(e.apply)));
  return results.get(e.edit)!;
}

describe('api-diff on edits of asyncapi.yaml, one at a time', () => {
  it('an unchanged document gives none with no changes, and so does the same document reformatted', () => {
    expect(documentChanges(original, original)).toEqual([]);
    expect(documentChanges(original, edit(() => {}))).toEqual([]);
  });

  for (const e of edits) {
    it(`${e.edit} → ${e.bump}`, () => {
      const changes = changesOf(e);
      const lines = changes.map((c) => `${c.level} ${c.operation ?? '-'}: ${c.message}`);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(e.where);
      expect(bumpOf(changes)).toBe(e.bump);
    });
  }

  it('the nine edits give patch, minor, major, major, minor, major, minor, major, minor', () => {
    const bumps = edits.map((e) => bumpOf(changesOf(e)));
    expect(bumps).toEqual(['patch', 'minor', 'major', 'major', 'minor', 'major', 'minor', 'major', 'minor']);
  });
});
