// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Base class of every error the runtime creates. */
export class ClientError extends Error {
	code;
	destination;
	operationId;
	correlationId;
	constructor(code, message, ref = {}, cause) {
		super(message, cause === undefined ? undefined : { cause });
		this.code = code;
		this.destination = ref.destination;
		this.operationId = ref.operationId;
		this.correlationId = ref.correlationId;
	}
}
ClientError.prototype.name = "ClientError";
/** Bad input to a call; nothing was sent. `field` and `rule` say what is wrong. */
export class InvalidParamsError extends ClientError {
	field;
	rule;
	constructor(message, details = {}) {
		super("ERR_INVALID_PARAMS", message, details);
		this.field = details.field;
		this.rule = details.rule;
	}
}
InvalidParamsError.prototype.name = "InvalidParamsError";
/**
* A request that cannot be built or is not valid (the codec's errors): names the destination, the
* field and the rule; `issues` lists every problem found. Nothing was sent.
*/
export class InvalidRequestError extends ClientError {
	field;
	rule;
	issues;
	constructor(destination, field, rule, detail, code = "ERR_INVALID_REQUEST", issues = [{
		path: "/" + field,
		rule,
		message: detail
	}]) {
		super(code, `${destination}: ${field} ${detail} (rule: ${rule})`, { destination });
		this.field = field;
		this.rule = rule;
		this.issues = issues;
	}
}
InvalidRequestError.prototype.name = "InvalidRequestError";
/** The server answered with a status other than the OK status. */
export class ApiError extends ClientError {
	/** The numeric error code of the reply payload, when it has one. */
	apiCode;
	/** The error text of the reply payload, when it has one. */
	apiMessage;
	/** The error name of the reply payload, or the known name of `apiCode`. */
	errorName;
	/** The reply's status. */
	status;
	/** The reply payload as received. */
	payload;
	constructor(details) {
		const what = details.apiMessage ?? details.errorName ?? "no error text";
		const code = details.apiCode === undefined ? "" : ` (code ${details.apiCode})`;
		super("ERR_API", `${details.destination ?? "request"} failed with status ${String(details.status)}: ${what}${code}`, details);
		this.apiCode = details.apiCode;
		this.apiMessage = details.apiMessage;
		this.errorName = details.errorName;
		this.status = details.status;
		this.payload = details.payload;
	}
}
ApiError.prototype.name = "ApiError";
/** No reply within the timeout. The request was sent: its outcome is unknown. */
export class TimeoutError extends ClientError {
	outcomeUnknown = true;
	timeoutMs;
	idempotent;
	constructor(details) {
		super("ERR_TIMEOUT", `No reply to ${details.destination ?? "the request"} (correlationId ${details.correlationId ?? "?"}) ` + `within ${details.timeoutMs} ms; the request was sent, so its outcome is unknown.`, details);
		this.timeoutMs = details.timeoutMs;
		this.idempotent = details.idempotent;
	}
}
TimeoutError.prototype.name = "TimeoutError";
/** The caller's AbortSignal fired. `sent` says whether the request had already gone out. */
export class AbortedError extends ClientError {
	sent;
	constructor(details) {
		super("ERR_ABORTED", details.sent ? `${details.destination ?? "Request"} aborted while waiting for its reply; it was sent, so its outcome is unknown.` : `${details.destination ?? "Request"} aborted before it was sent.`, details, details.reason);
		this.sent = details.sent;
	}
}
AbortedError.prototype.name = "AbortedError";
/**
* The connection dropped while the reply was outstanding. The request is never sent again by the
* client: the caller decides, knowing whether the operation is idempotent.
*/
export class ConnectionLostError extends ClientError {
	outcomeUnknown = true;
	idempotent;
	constructor(details) {
		super("ERR_CONNECTION_LOST", `Connection lost (${details.reason}) while waiting for the reply to ${details.destination ?? "a request"} ` + `(correlationId ${details.correlationId ?? "?"}): its outcome is unknown and it was not re-sent. ` + (details.idempotent ? "The operation is idempotent: calling it again is safe." : "The operation is not idempotent: check whether it took effect before calling it again."), details);
		this.idempotent = details.idempotent;
	}
}
ConnectionLostError.prototype.name = "ConnectionLostError";
/** There is no open connection (never connected, reconnecting with `whileReconnecting: 'fail'`, gave up). Nothing was sent. */
export class NotConnectedError extends ClientError {
	constructor(message, ref = {}, cause) {
		super("ERR_NOT_CONNECTED", message, ref, cause);
	}
}
NotConnectedError.prototype.name = "NotConnectedError";
/** The client was closed by its owner. */
export class ClosedError extends ClientError {
	/** True when the request had been sent before the close: its outcome is unknown. */
	outcomeUnknown;
	constructor(message, ref = {}, outcomeUnknown = false) {
		super("ERR_CLOSED", message, ref);
		this.outcomeUnknown = outcomeUnknown;
	}
}
ClosedError.prototype.name = "ClosedError";
/** A rate limit would have made the call wait longer than allowed. Nothing was sent. */
export class RateLimitedError extends ClientError {
	limitId;
	waitMs;
	maxWaitMs;
	constructor(details) {
		super("ERR_RATE_LIMITED", `Rate limit${details.limitId === undefined ? "" : ` ${details.limitId}`}: ` + (Number.isFinite(details.waitMs) ? `the call would wait ${Math.ceil(details.waitMs)} ms` : "the call can never pass (its weight exceeds the limit)") + `, more than the allowed ${details.maxWaitMs} ms; it was not sent.`, details);
		this.limitId = details.limitId;
		this.waitMs = details.waitMs;
		this.maxWaitMs = details.maxWaitMs;
	}
}
RateLimitedError.prototype.name = "RateLimitedError";
/** Too many calls are in flight or waiting. Nothing was sent. */
export class QueueFullError extends ClientError {
	limit;
	constructor(what, limit, ref = {}) {
		super("ERR_QUEUE_FULL", `${what}: the limit of ${limit} is reached; the call was not sent.`, ref);
		this.limit = limit;
	}
}
QueueFullError.prototype.name = "QueueFullError";
/**
* A subscription to a stream of facts (every event counts, e.g. trades) dropped events because
* its consumer did not keep up and its buffer was full. Emitted as the client's `warning`
* (`dropped`: the events lost since the last such warning), or, when the subscription asked for
* lossless delivery, the error that ended it. State streams (quotes, books, candles) conflate
* instead and do not warn.
*/
export class SlowConsumerError extends ClientError {
	/** Events dropped since the previous warning of this subscription. */
	dropped;
	/** Events dropped by this subscription so far. */
	totalDropped;
	bufferSize;
	/** True when the subscription asked for lossless delivery and was ended by this error. */
	ended;
	constructor(details) {
		super("ERR_SLOW_CONSUMER", details.ended ? `The subscription to ${details.destination} ended: its consumer fell more than ${details.bufferSize} events behind and lossless delivery was asked for.` : `The subscription to ${details.destination} dropped ${details.dropped} events (${details.totalDropped} in all): its consumer is not keeping up with the buffer of ${details.bufferSize}.`, {
			...details.destination === undefined ? {} : { destination: details.destination },
			...details.operationId === undefined ? {} : { operationId: details.operationId }
		});
		this.dropped = details.dropped;
		this.totalDropped = details.totalDropped;
		this.bufferSize = details.bufferSize;
		this.ended = details.ended;
	}
}
SlowConsumerError.prototype.name = "SlowConsumerError";
/** A reply arrived with status OK but does not match its documented schema. */
export class InvalidReplyError extends ClientError {
	issues;
	payload;
	constructor(details) {
		super("ERR_INVALID_REPLY", `The reply to ${details.destination ?? "the request"} does not match its schema: ${describeIssues(details.issues)}`, details);
		this.issues = details.issues;
		this.payload = details.payload;
	}
}
InvalidReplyError.prototype.name = "InvalidReplyError";
/** An inbound frame that could not be used (reported as a 'warning', never thrown). */
export class BadFrameError extends ClientError {
	reason;
	issues;
	/** The first characters of the frame. */
	excerpt;
	constructor(details) {
		const issues = details.issues ?? [];
		super("ERR_BAD_FRAME", `Ignored an inbound frame: ${details.reason}${issues.length > 0 ? ` (${describeIssues(issues)})` : ""}`, details);
		this.reason = details.reason;
		this.issues = issues;
		this.excerpt = details.excerpt;
	}
}
BadFrameError.prototype.name = "BadFrameError";
/** The destination or operation id is not part of the API (or cannot be used this way). */
export class UnknownOperationError extends ClientError {
	constructor(message, ref = {}) {
		super("ERR_UNKNOWN_OPERATION", message, ref);
	}
}
UnknownOperationError.prototype.name = "UnknownOperationError";
/** The API version is not served, or the operation does not exist in it. */
export class UnsupportedVersionError extends ClientError {
	version;
	constructor(message, version, ref = {}) {
		super("ERR_UNSUPPORTED_VERSION", message, ref);
		this.version = version;
	}
}
UnsupportedVersionError.prototype.name = "UnsupportedVersionError";
/** A signed operation was called without an API key and secret. Nothing was sent. */
export class MissingCredentialsError extends ClientError {
	constructor(ref) {
		super("ERR_MISSING_CREDENTIALS", `${ref.operationId ?? ref.destination ?? "This operation"} must be signed: give the client an API key and secret; nothing was sent.`, ref);
	}
}
MissingCredentialsError.prototype.name = "MissingCredentialsError";
/**
* A reply or event carried a value of an open enum that the document does not list. The message
* was delivered as it came; this is a 'warning', never thrown.
*/
export class UnknownValueWarning extends ClientError {
	/** JSON pointer of the value in the payload, e.g. `/symbols/3/orderTypes/2`. */
	field;
	value;
	/** The values the document lists there. */
	known;
	constructor(details) {
		super("ERR_UNKNOWN_VALUE", `${details.destination}: ${details.field} is ${JSON.stringify(details.value)}, which the document does not list ` + `(known: ${details.known.join(", ")}); delivered as it came.`, { destination: details.destination });
		this.field = details.field;
		this.value = details.value;
		this.known = details.known;
	}
}
UnknownValueWarning.prototype.name = "UnknownValueWarning";
/**
* The subscription reply refused items it was asked for (by the per-item statuses the document
* declares). When every item was refused the subscription ends with
* this error; when only some were (`partial`), it is a 'warning' and the subscription goes on.
*/
export class SubscriptionRejectedError extends ClientError {
	/** Each refused symbol with the status the server gave it. */
	refused;
	partial;
	constructor(details) {
		const list = Object.entries(details.refused).map(([k, status]) => `${k} (${status})`).join(", ");
		super("ERR_SUBSCRIPTION_REJECTED", details.partial ? `${details.destination ?? "The subscription"}: refused for ${list}; the others are subscribed.` : `${details.destination ?? "The subscription"}: refused for each of ${list}; nothing is subscribed.`, details);
		this.refused = details.refused;
		this.partial = details.partial;
	}
}
SubscriptionRejectedError.prototype.name = "SubscriptionRejectedError";
/** True for an error (object) that already carries a stable `ERR_…` code (ours or the codec's). */
export function hasErrorCode(error) {
	if (error === null || typeof error !== "object") return false;
	const code = error.code;
	return typeof code === "string" && code.startsWith("ERR_");
}
function describeIssues(issues) {
	const shown = issues.slice(0, 3).map((i) => `${i.path === "" ? "/" : i.path} ${i.message}`);
	if (issues.length > 3) shown.push(`${issues.length - 3} more`);
	return shown.join("; ");
}
//# sourceMappingURL=errors.js.map