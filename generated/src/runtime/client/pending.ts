// Generated from asyncapi.yaml and templates/runtime/client/pending.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * The pending table: requests, subscribe requests and heartbeats sent and waiting for their reply,
 * keyed by correlation id, with one deadline timer for all of them.
 */

import type { ClientCore } from '../client.js';
import { TimeoutError } from '../errors.js';
import type { OperationSpec } from '../spec.js';
import type { SubEntry } from './routing.js';

export function removePending(client: ClientCore, p: Pending): void {
  if (client.pending.get(p.key) === p) client.pending.delete(p.key);
  release(p);
}

/** removePending for the entry just found under `key` (a reply's): one Map look-up fewer per reply. */
export function removeFound(client: ClientCore, p: Pending, key: string): void {
  client.pending.delete(key);
  release(p);
}

function release(p: Pending): void {
  if (p.timer !== undefined) clearTimeout(p.timer);
  if (p.onAbort !== undefined) p.signal?.removeEventListener('abort', p.onAbort);
}
/**
 * One timer for every request's timeout, armed for the earliest deadline, instead of a timer
 * per request (creating and clearing one cost about a microsecond per request on the hot path).
 */
export function armDeadline(client: ClientCore, deadline: number): void {
  if (client.deadlineTimer !== undefined && client.deadlineAt <= deadline) return;
  if (client.deadlineTimer !== undefined) clearTimeout(client.deadlineTimer);
  client.deadlineAt = deadline;
  client.deadlineTimer = setTimeout(() => sweepDeadlines(client), Math.max(0, deadline - performance.now()));
}

export function sweepDeadlines(client: ClientCore): void {
  client.deadlineTimer = undefined;
  const now = performance.now();
  let next = Infinity;
  for (const p of [...client.pending.values()]) {
    if (p.deadline === undefined) continue;
    if (p.deadline <= now + 1) {
      removePending(client, p);
      p.reject?.(new TimeoutError({ destination: p.destination, operationId: p.op.id, correlationId: p.key, timeoutMs: p.timeoutMs, idempotent: p.op.idempotent }));
    } else if (p.deadline < next) {
      next = p.deadline;
    }
  }
  if (next !== Infinity) armDeadline(client, next);
}

export const KIND_REQUEST = 0;

export const KIND_SUBSCRIBE = 1;

export const KIND_HEARTBEAT = 2;

export interface Pending {
  readonly key: string;
  readonly op: OperationSpec;
  readonly destination: string;
  readonly kind: number;
  readonly resolve: ((value: unknown) => void) | undefined;
  readonly reject: ((error: Error) => void) | undefined;
  readonly entry: SubEntry | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** When the request was sent (performance.now), for the round-trip estimate. */
  sentAt: number | undefined;
  /**
   * When the request times out (performance.now); checked by the one deadline timer, which
   * rejects it with a TimeoutError naming `timeoutMs`. Every field is set when the entry is
   * made (one object shape for every entry, no closure per request).
   */
  deadline: number | undefined;
  timeoutMs: number;
}
