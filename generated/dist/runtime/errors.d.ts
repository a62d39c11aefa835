// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Every error the client runtime creates, in one place, each with a stable `code`.
*
* `instanceof ClientError` tells a runtime error apart from anything else; `code` is the stable
* machine-readable kind (`ERR_…`) and does not change between releases. The errors never carry
* request parameters or credentials: only destinations, operation ids, correlation ids and what
* the server sent back.
*/
import type { ValidationIssue } from "./spec.js";
export type ClientErrorCode = "ERR_INVALID_PARAMS" | "ERR_INVALID_REQUEST" | "ERR_UNKNOWN_DESTINATION" | "ERR_API" | "ERR_TIMEOUT" | "ERR_ABORTED" | "ERR_CONNECTION_LOST" | "ERR_NOT_CONNECTED" | "ERR_CLOSED" | "ERR_RATE_LIMITED" | "ERR_QUEUE_FULL" | "ERR_INVALID_REPLY" | "ERR_BAD_FRAME" | "ERR_UNKNOWN_OPERATION" | "ERR_UNSUPPORTED_VERSION" | "ERR_MISSING_CREDENTIALS" | "ERR_UNKNOWN_VALUE" | "ERR_SUBSCRIPTION_REJECTED" | "ERR_SLOW_CONSUMER";
/** Where an error happened, when it concerns one request. */
export interface RequestRef {
	readonly destination?: string;
	readonly operationId?: string;
	readonly correlationId?: string;
}
/** Base class of every error the runtime creates. */
export declare class ClientError extends Error {
	readonly code: ClientErrorCode;
	readonly destination: string | undefined;
	readonly operationId: string | undefined;
	readonly correlationId: string | undefined;
	constructor(code: ClientErrorCode, message: string, ref?: RequestRef, cause?: unknown);
}
/** Bad input to a call; nothing was sent. `field` and `rule` say what is wrong. */
export declare class InvalidParamsError extends ClientError {
	readonly field: string | undefined;
	readonly rule: string | undefined;
	constructor(message: string, details?: RequestRef & {
		field?: string;
		rule?: string;
	});
}
/**
* A request that cannot be built or is not valid (the codec's errors): names the destination, the
* field and the rule; `issues` lists every problem found. Nothing was sent.
*/
export declare class InvalidRequestError extends ClientError {
	readonly field: string;
	readonly rule: string;
	readonly issues: readonly ValidationIssue[];
	constructor(destination: string, field: string, rule: string, detail: string, code?: "ERR_INVALID_REQUEST" | "ERR_UNKNOWN_DESTINATION" | "ERR_UNSUPPORTED_VERSION" | "ERR_MISSING_CREDENTIALS" | "ERR_UNKNOWN_OPERATION", issues?: readonly ValidationIssue[]);
}
/** The server answered with a status other than the OK status. */
export declare class ApiError extends ClientError {
	/** The numeric error code of the reply payload, when it has one. */
	readonly apiCode: number | undefined;
	/** The error text of the reply payload, when it has one. */
	readonly apiMessage: string | undefined;
	/** The error name of the reply payload, or the known name of `apiCode`. */
	readonly errorName: string | undefined;
	/** The reply's status. */
	readonly status: unknown;
	/** The reply payload as received. */
	readonly payload: unknown;
	constructor(details: RequestRef & {
		apiCode: number | undefined;
		apiMessage: string | undefined;
		errorName: string | undefined;
		status: unknown;
		payload: unknown;
	});
}
/** No reply within the timeout. The request was sent: its outcome is unknown. */
export declare class TimeoutError extends ClientError {
	readonly outcomeUnknown: true;
	readonly timeoutMs: number;
	readonly idempotent: boolean;
	constructor(details: RequestRef & {
		timeoutMs: number;
		idempotent: boolean;
	});
}
/** The caller's AbortSignal fired. `sent` says whether the request had already gone out. */
export declare class AbortedError extends ClientError {
	readonly sent: boolean;
	constructor(details: RequestRef & {
		sent: boolean;
		reason?: unknown;
	});
}
/**
* The connection dropped while the reply was outstanding. The request is never sent again by the
* client: the caller decides, knowing whether the operation is idempotent.
*/
export declare class ConnectionLostError extends ClientError {
	readonly outcomeUnknown: true;
	readonly idempotent: boolean;
	constructor(details: RequestRef & {
		idempotent: boolean;
		reason: string;
	});
}
/** There is no open connection (never connected, reconnecting with `whileReconnecting: 'fail'`, gave up). Nothing was sent. */
export declare class NotConnectedError extends ClientError {
	constructor(message: string, ref?: RequestRef, cause?: unknown);
}
/** The client was closed by its owner. */
export declare class ClosedError extends ClientError {
	/** True when the request had been sent before the close: its outcome is unknown. */
	readonly outcomeUnknown: boolean;
	constructor(message: string, ref?: RequestRef, outcomeUnknown?: boolean);
}
/** A rate limit would have made the call wait longer than allowed. Nothing was sent. */
export declare class RateLimitedError extends ClientError {
	readonly limitId: string | undefined;
	readonly waitMs: number;
	readonly maxWaitMs: number;
	constructor(details: RequestRef & {
		limitId?: string;
		waitMs: number;
		maxWaitMs: number;
	});
}
/** Too many calls are in flight or waiting. Nothing was sent. */
export declare class QueueFullError extends ClientError {
	readonly limit: number;
	constructor(what: string, limit: number, ref?: RequestRef);
}
/**
* A subscription to a stream of facts (every event counts, e.g. trades) dropped events because
* its consumer did not keep up and its buffer was full. Emitted as the client's `warning`
* (`dropped`: the events lost since the last such warning), or, when the subscription asked for
* lossless delivery, the error that ended it. State streams (quotes, books, candles) conflate
* instead and do not warn.
*/
export declare class SlowConsumerError extends ClientError {
	/** Events dropped since the previous warning of this subscription. */
	readonly dropped: number;
	/** Events dropped by this subscription so far. */
	readonly totalDropped: number;
	readonly bufferSize: number;
	/** True when the subscription asked for lossless delivery and was ended by this error. */
	readonly ended: boolean;
	constructor(details: RequestRef & {
		dropped: number;
		totalDropped: number;
		bufferSize: number;
		ended: boolean;
	});
}
/** A reply arrived with status OK but does not match its documented schema. */
export declare class InvalidReplyError extends ClientError {
	readonly issues: readonly ValidationIssue[];
	readonly payload: unknown;
	constructor(details: RequestRef & {
		issues: readonly ValidationIssue[];
		payload: unknown;
	});
}
/** An inbound frame that could not be used (reported as a 'warning', never thrown). */
export declare class BadFrameError extends ClientError {
	readonly reason: string;
	readonly issues: readonly ValidationIssue[];
	/** The first characters of the frame. */
	readonly excerpt: string;
	constructor(details: RequestRef & {
		reason: string;
		excerpt: string;
		issues?: readonly ValidationIssue[];
	});
}
/** The destination or operation id is not part of the API (or cannot be used this way). */
export declare class UnknownOperationError extends ClientError {
	constructor(message: string, ref?: RequestRef);
}
/** The API version is not served, or the operation does not exist in it. */
export declare class UnsupportedVersionError extends ClientError {
	readonly version: string;
	constructor(message: string, version: string, ref?: RequestRef);
}
/** A signed operation was called without an API key and secret. Nothing was sent. */
export declare class MissingCredentialsError extends ClientError {
	constructor(ref: RequestRef);
}
/**
* A reply or event carried a value of an open enum that the document does not list. The message
* was delivered as it came; this is a 'warning', never thrown.
*/
export declare class UnknownValueWarning extends ClientError {
	/** JSON pointer of the value in the payload, e.g. `/symbols/3/orderTypes/2`. */
	readonly field: string;
	readonly value: string;
	/** The values the document lists there. */
	readonly known: readonly string[];
	constructor(details: {
		destination: string;
		field: string;
		value: string;
		known: readonly string[];
	});
}
/**
* The subscription reply refused items it was asked for (by the per-item statuses the document
* declares). When every item was refused the subscription ends with
* this error; when only some were (`partial`), it is a 'warning' and the subscription goes on.
*/
export declare class SubscriptionRejectedError extends ClientError {
	/** Each refused symbol with the status the server gave it. */
	readonly refused: Readonly<Record<string, string>>;
	readonly partial: boolean;
	constructor(details: RequestRef & {
		refused: Readonly<Record<string, string>>;
		partial: boolean;
	});
}
/** True for an error (object) that already carries a stable `ERR_…` code (ours or the codec's). */
export declare function hasErrorCode(error: unknown): error is {
	code: string;
};
//# sourceMappingURL=errors.d.ts.map