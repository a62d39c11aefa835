// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the generator and the reference docs need to know about this runtime, stated here, next to
 * the code it describes, instead of being read out of the source or copied into the generator:
 * the names a client instance answers to, when each request error can occur, and the rule that
 * picks the API version. test/runtime/manifest.test.ts checks the lists against a live client.
 */
import type { ClientErrorCode } from './errors.js';
/**
 * Every name a ClientCore instance answers to: its own members (the @internal ones too), its base
 * classes' and Object's. A generated operation method must not shadow any of them.
 */
export declare const CLIENT_MEMBERS: readonly string[];
/** When an error can reach the caller of a request or a subscription, and for which operations. */
export interface ErrorOccasion {
    readonly code: ClientErrorCode;
    /**
     * Only for operations that are signed / exist in some versions only / count against a rate
     * limit / whose subscription reply reports a status per symbol.
     */
    readonly only?: 'signed' | 'some-versions' | 'rate-limited' | 'subscription-status';
}
/** A request rejects with these before anything is sent (in this order in the docs). */
export declare const REQUEST_ERRORS_BEFORE_SENDING: readonly ErrorOccasion[];
/** A request rejects with these after it was sent: its outcome is unknown. */
export declare const REQUEST_ERRORS_AFTER_SENDING: readonly ErrorOccasion[];
/** subscribe() throws these at once, nothing sent. */
export declare const SUBSCRIBE_ERRORS_AT_ONCE: readonly ErrorOccasion[];
/** A live subscription ends with these. */
export declare const SUBSCRIPTION_ENDING_ERRORS: readonly ErrorOccasion[];
/**
 * The API version a client uses when given none: the document's default when the server serves
 * it (or serves no list), else the server's newest.
 */
export declare function defaultVersionFor(documentDefault: string, served: readonly string[]): string;
//# sourceMappingURL=manifest.d.ts.map