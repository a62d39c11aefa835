/**
 * How operations are grouped for a reader, decided once: the reference docs' operations page and
 * the command line's help list the same groups in the same order.
 */
import type { Model, OperationModel } from '../model.js';

export interface OperationGroup {
  /** Anchor of the group in the reference docs. */
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly operations: readonly OperationModel[];
}

/** Requests (each resolves with its reply), then streams (subscriptions); empty groups left out. */
export function operationGroups(model: Model): OperationGroup[] {
  const ops = model.operations;
  return [
    { id: 'requests', title: 'Requests', intro: 'Each resolves with the reply payload.', operations: ops.filter((o) => o.kind !== 'subscribe') },
    {
      id: 'streams',
      title: 'Streams',
      intro: 'Each starts a subscription: an async iterable of the pushed events, re-sent by the client after a reconnect.',
      operations: ops.filter((o) => o.kind === 'subscribe'),
    },
  ].filter((g) => g.operations.length > 0);
}
