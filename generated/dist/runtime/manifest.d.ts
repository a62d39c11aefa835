// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* What the generator and the reference docs need to know about this runtime, stated here, next to
* the code it describes, instead of being read out of the source or copied into the generator:
* the names a client instance answers to, when each request error can occur, the rule that picks
* the API version, and what the reference docs show about the client (its options with their types,
* defaults and descriptions, its events, its error classes and their codes).
* test/runtime/manifest.test.ts checks the lists against a live client.
*/
import type { ClientEvents, ClientOptions, ConnectionState, ReconnectOptions, RequestOptions, SubscribeOptions } from "./client/options.js";
import type { ClientErrorCode } from "./errors.js";
import type { SubscriptionBufferOptions } from "./subscription.js";
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
	readonly only?: "signed" | "some-versions" | "rate-limited" | "subscription-status";
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
/**
* A default as the docs state it: a value the runtime uses (`unit` printed after a number), or a
* rule in words when it depends on the document or on another option.
*/
export type OptionDefault = {
	readonly value: number | string | boolean;
	readonly unit?: "ms";
} | {
	readonly rule: string;
};
/** One option of an options object, as the reference docs show it. */
export interface OptionDoc {
	/** The type as written in TypeScript. */
	readonly type: string;
	/** One or two sentences; empty when the name and type say it all. */
	readonly description: string;
	readonly default?: OptionDefault;
	/** The members of an inline object type, in order. */
	readonly members?: Readonly<Record<string, OptionDoc>>;
}
/** Every option of T, in the order the docs list them (the type makes the list complete). */
export type OptionTable<T> = { readonly [K in keyof Required<T>]: OptionDoc };
export declare const CLIENT_OPTIONS: OptionTable<ClientOptions>;
export declare const RECONNECT_OPTIONS: OptionTable<ReconnectOptions>;
export declare const SUBSCRIPTION_BUFFER_OPTIONS: OptionTable<SubscriptionBufferOptions>;
export declare const REQUEST_OPTIONS: OptionTable<RequestOptions>;
export declare const SUBSCRIBE_OPTIONS: OptionTable<SubscribeOptions>;
/** The options objects the docs describe, by type name (the client's own first). */
export declare const OPTION_TYPES: {
	readonly ClientOptions: OptionTable<ClientOptions>;
	readonly ReconnectOptions: OptionTable<ReconnectOptions>;
	readonly SubscriptionBufferOptions: OptionTable<SubscriptionBufferOptions>;
	readonly RequestOptions: OptionTable<RequestOptions>;
	readonly SubscribeOptions: OptionTable<SubscribeOptions>;
};
/** The events a client emits: the arguments its listeners receive and what they mean. */
export declare const CLIENT_EVENTS: { readonly [K in keyof ClientEvents]: {
	readonly args: string;
	readonly description: string;
} };
/** The states of a connection, in the order a client goes through them. */
export declare const CONNECTION_STATES: readonly ConnectionState[];
/** The backoff's jitter choices and what each does. */
export declare const JITTER: {
	readonly type: string;
	readonly description: string;
};
/** A class of error the runtime creates, as the docs show it. */
export interface ErrorClassDoc {
	readonly name: string;
	readonly extends: string;
	/** The codes its instances carry (none: the base class). */
	readonly codes: readonly ClientErrorCode[];
	readonly description: string;
	/** Its public fields besides `name` and `message`, own and not inherited, by name. */
	readonly fields: Readonly<Record<string, {
		readonly type: string;
		readonly description: string;
	}>>;
}
/** Every error class of the runtime, the base class first, in the order the docs list their codes. */
export declare const ERROR_CLASSES: readonly ErrorClassDoc[];
//# sourceMappingURL=manifest.d.ts.map