// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * Inbound frames: replies matched to the pending table by correlation id, events routed to the
 * subscriptions; frames that cannot be used become 'warning' events (ERR_BAD_FRAME), never throws.
 */
import type { ClientCore } from '../client.js';
import { ApiError } from '../errors.js';
export declare function handleText(client: ClientCore, text: string): void;
export declare function handleReply(client: ClientCore, f: Record<string, unknown>, key: string): void;
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
