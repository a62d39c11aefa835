// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The pending table: requests, subscribe requests and heartbeats sent and waiting for their reply,
* keyed by correlation id, with one deadline timer for all of them.
*/
import type { ClientCore } from "../client.js";
import type { OperationSpec } from "../spec.js";
import type { SubEntry } from "./routing.js";
export declare function removePending(client: ClientCore, p: Pending): void;
/** removePending for the entry just found under `key` (a reply's): one Map look-up fewer per reply. */
export declare function removeFound(client: ClientCore, p: Pending, key: string): void;
/**
* One timer for every request's timeout, armed for the earliest deadline, instead of a timer
* per request (creating and clearing one cost about a microsecond per request on the hot path).
*/
export declare function armDeadline(client: ClientCore, deadline: number): void;
export declare function sweepDeadlines(client: ClientCore): void;
export declare const KIND_REQUEST = 0;
export declare const KIND_SUBSCRIBE = 1;
export declare const KIND_HEARTBEAT = 2;
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
//# sourceMappingURL=pending.d.ts.map