// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Inbound frames: replies matched to the pending table by correlation id, events routed to the
* subscriptions; frames that cannot be used become 'warning' events (ERR_BAD_FRAME), never throws.
* Failures inside an OK reply (the document's failure fields, refused subscription statuses) are
* failures; values of open enums the document does not list are delivered and reported.
*/
import type { ClientCore } from "../client.js";
import { ApiError } from "../errors.js";
import type { UnknownValue } from "../spec.js";
import type { SubEntry } from "./routing.js";
/**
* One inbound text frame. `longRun`: whether the text has a run of 16 or more digits (see
* json.ts; the caller checks it, on the frame's bytes where it has them): only then are unsafe
* integers quoted before parsing.
*/
export declare function handleText(client: ClientCore, text: string, longRun?: boolean): void;
/**
* One inbound frame, parsed: from its text, or read from its bytes by the generated frame
* decoder (`source` is then those bytes, decoded only if a warning needs an excerpt).
*/
export declare function handleFrame(client: ClientCore, f: Record<string, unknown>, source: string | Uint8Array): void;
export declare function handleReply(client: ClientCore, f: Record<string, unknown>, key: string): void;
/** Whether an OK reply's payload carries every field of one of the document's failure sets. */
export declare function isFailure(client: ClientCore, payload: unknown): boolean;
/**
* A subscription reply with per-symbol statuses: none accepted → the subscription fails naming
* the refused symbols; some refused → a warning naming them, and the subscription goes on.
*/
export declare function checkStatuses(client: ClientCore, entry: SubEntry, ref: {
	destination: string;
	operationId: string;
	correlationId: string;
}, value: unknown): Error | undefined;
/**
* Reports values of open enums that the document does not list: one warning per destination,
* field and value (array indices folded), so a stream does not repeat it on every event.
*/
export declare function unknownValues(client: ClientCore, destination: string, values: readonly UnknownValue[]): void;
export declare function apiError(client: ClientCore, ref: {
	destination: string;
	operationId: string;
	correlationId: string;
}, status: unknown, payload: unknown): ApiError;
export declare function badFrame(client: ClientCore, reason: string, text: string, ref?: {
	destination?: string;
}, issues?: readonly {
	path: string;
	rule: string;
	message: string;
}[]): void;
export declare const EXCERPT = 200;
//# sourceMappingURL=inbound.d.ts.map