// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Requests: resolving an operation to its destination, the bounded wait for the connection and
* the rate limits, and transmitting one frame that waits in the pending table for its reply.
*/
import type { ClientCore } from "../client.js";
import type { OperationSpec } from "../spec.js";
import type { RequestOptions } from "./options.js";
export declare function resolveOperation(client: ClientCore, operationId: string): {
	op: OperationSpec;
	destination: string;
};
export declare function destinationIn(client: ClientCore, op: OperationSpec, version: string): string | undefined;
export declare function send(client: ClientCore, op: OperationSpec, destination: string, params: unknown, options: RequestOptions): Promise<unknown>;
/** A call that must wait for the connection or for its turn in a rate limit (bounded waits). */
export declare function sendLater(client: ClientCore, op: OperationSpec, destination: string, params: unknown, options: RequestOptions, correlationId: number, frame: Record<string, unknown>, ref: {
	destination: string;
	operationId: string;
}): Promise<unknown>;
export declare function transmit(client: ClientCore, op: OperationSpec, destination: string, correlationId: number, frame: Record<string, unknown>, signal: AbortSignal | undefined, timeoutMs: number): Promise<unknown>;
/** Throws when a call cannot even wait for the connection. */
export declare function checkCanSend(client: ClientCore, ref: {
	destination?: string;
	operationId?: string;
}): void;
export declare function waitOpen(client: ClientCore, signal: AbortSignal | undefined, waitMs: number, ref: {
	destination?: string;
	operationId?: string;
}): Promise<void>;
export declare function rejectOpenWaiters(client: ClientCore, error: Error): void;
//# sourceMappingURL=requests.d.ts.map