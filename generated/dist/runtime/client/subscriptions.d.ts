// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Subscriptions: starting one (nothing sent on bad input), (re)sending its subscribe request on
* every connection, and removing it when it ends.
*/
import type { ClientCore } from "../client.js";
import type { OperationSpec } from "../spec.js";
import { Subscription } from "../subscription.js";
import type { SubscribeOptions } from "./options.js";
import { type SubEntry } from "./routing.js";
export declare function startSubscription<T>(client: ClientCore, op: OperationSpec, destination: string, params: unknown, options: SubscribeOptions): Subscription<T>;
/** Sends (or re-sends, with a fresh frame) the subscribe request of a live subscription. */
export declare function sendSubscription(client: ClientCore, entry: SubEntry, frame?: Record<string, unknown>, correlationId?: number): void;
export declare function removeSubscription(client: ClientCore, entry: SubEntry): void;
//# sourceMappingURL=subscriptions.d.ts.map