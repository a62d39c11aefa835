/**
 * How the reference docs group the operations: by the document's operation tags (AsyncAPI `tags`,
 * the first tag of each operation), in the order the tags first appear; an operation without a tag
 * falls in "Requests" or "Streams" by its kind. The operations page and the HTML site's navigation
 * both read this one grouping.
 */
import type { Model, OperationModel } from '../../model.js';
import { Anchors } from './markdown.js';

export interface OperationGroup {
  /** Anchor of the group's heading on the operations page. */
  readonly id: string;
  readonly title: string;
  /** The tag's description, or a sentence about the kind for an untagged group (Markdown-safe prose is up to the caller). */
  readonly description: string;
  /** Whether the description is the document's text (to be quoted) rather than the generator's own. */
  readonly fromDocument: boolean;
  readonly operations: readonly OperationModel[];
}

const UNTAGGED = {
  request: { title: 'Requests', description: 'Each resolves with the reply payload.' },
  subscribe: { title: 'Streams', description: 'Each starts a subscription: an async iterable of the pushed events, re-sent by the client after a reconnect.' },
} as const;

/** The anchors the operations page has besides these groups (its events heading). */
const RESERVED = ['events'];

export function operationGroups(model: Model): OperationGroup[] {
  const anchors = new Anchors();
  for (const id of RESERVED) anchors.reserve(id);
  for (const op of model.operations) anchors.reserve(op.anchor);
  for (const ev of model.events) anchors.reserve(ev.anchor);
  const byKey = new Map<string, { title: string; description: string; fromDocument: boolean; operations: OperationModel[] }>();
  for (const op of model.operations) {
    const untagged = UNTAGGED[op.kind === 'subscribe' ? 'subscribe' : 'request'];
    const key = op.tag ? `tag:${op.tag.name}` : `kind:${untagged.title}`;
    let group = byKey.get(key);
    if (!group) {
      group = op.tag
        ? { title: op.tag.name, description: op.tag.description, fromDocument: true, operations: [] }
        : { title: untagged.title, description: untagged.description, fromDocument: false, operations: [] };
      byKey.set(key, group);
    }
    group.operations.push(op);
  }
  // an untagged group keeps the plain anchor it always had (`#requests`, `#streams`)
  const plain = (title: string) => title.toLowerCase();
  for (const g of byKey.values()) if (!g.fromDocument) anchors.reserve(plain(g.title));
  return [...byKey.values()].map((g) => ({ id: g.fromDocument ? anchors.make('group', g.title) : plain(g.title), ...g }));
}
