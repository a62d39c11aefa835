// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { TimeoutError } from "../errors.js";
export function removePending(client, p) {
	if (client.pending.get(p.key) === p) client.pending.delete(p.key);
	release(p);
}
/** removePending for the entry just found under `key` (a reply's): one Map look-up fewer per reply. */
export function removeFound(client, p, key) {
	client.pending.delete(key);
	release(p);
}
function release(p) {
	if (p.timer !== undefined) clearTimeout(p.timer);
	if (p.onAbort !== undefined) p.signal?.removeEventListener("abort", p.onAbort);
}
/**
* One timer for every request's timeout, armed for the earliest deadline, instead of a timer
* per request (creating and clearing one cost about a microsecond per request on the hot path).
*/
export function armDeadline(client, deadline) {
	if (client.deadlineTimer !== undefined && client.deadlineAt <= deadline) return;
	if (client.deadlineTimer !== undefined) clearTimeout(client.deadlineTimer);
	client.deadlineAt = deadline;
	client.deadlineTimer = setTimeout(() => sweepDeadlines(client), Math.max(0, deadline - performance.now()));
}
export function sweepDeadlines(client) {
	client.deadlineTimer = undefined;
	const now = performance.now();
	let next = Infinity;
	for (const p of [...client.pending.values()]) {
		if (p.deadline === undefined) continue;
		if (p.deadline <= now + 1) {
			removePending(client, p);
			p.reject?.(new TimeoutError({
				destination: p.destination,
				operationId: p.op.id,
				correlationId: p.key,
				timeoutMs: p.timeoutMs,
				idempotent: p.op.idempotent
			}));
		} else if (p.deadline < next) {
			next = p.deadline;
		}
	}
	if (next !== Infinity) armDeadline(client, next);
}
export const KIND_REQUEST = 0;
export const KIND_SUBSCRIBE = 1;
export const KIND_HEARTBEAT = 2;
//# sourceMappingURL=pending.js.map