// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Every name a ClientCore instance answers to: its own members (the @internal ones too), its base
* classes' and Object's. A generated operation method must not shadow any of them.
*/
export const CLIENT_MEMBERS = [
	"WebSocketCtor",
	"_events",
	"_eventsCount",
	"_maxListeners",
	"addListener",
	"apiVersion",
	"backoff",
	"bufferDefaults",
	"build",
	"call",
	"callTargets",
	"checkCredentials",
	"cidField",
	"close",
	"codec",
	"conn",
	"connect",
	"connectTimeoutMs",
	"connectWaitMs",
	"connecting",
	"connectionCount",
	"constructor",
	"currentState",
	"deadAfterMs",
	"deadTimer",
	"deadlineAt",
	"deadlineTimer",
	"destField",
	"destinationOf",
	"destinations",
	"emit",
	"eventNames",
	"frameReader",
	"getMaxListeners",
	"hasOwnProperty",
	"heartbeatDestination",
	"heartbeatIntervalMs",
	"heartbeatKey",
	"heartbeatOp",
	"heartbeatTimer",
	"inspectRedacted",
	"isPrototypeOf",
	"limiter",
	"listenerCount",
	"listeners",
	"log",
	"logger",
	"maxPending",
	"nextCorrelationId",
	"off",
	"okStatus",
	"on",
	"once",
	"openWaiters",
	"outstanding",
	"payloadField",
	"pending",
	"pendingCount",
	"prependListener",
	"prependOnceListener",
	"propertyIsEnumerable",
	"rateMaxWaitMs",
	"rawListeners",
	"received",
	"receivedAtCheck",
	"reconnectOptions",
	"reconnectTimer",
	"reconnectWake",
	"redact",
	"removeAllListeners",
	"reportedUnknown",
	"removeListener",
	"request",
	"requestTimeoutMs",
	"roundTripMs",
	"serverVersions",
	"setMaxListeners",
	"signedRecvWindow",
	"silentSince",
	"spec",
	"state",
	"statusField",
	"streamByIndex",
	"streams",
	"subs",
	"subscribe",
	"subscribeOperation",
	"subscriptionCount",
	"toJSON",
	"toLocaleString",
	"toString",
	"url",
	"userClosed",
	"validateInbound",
	"valueOf",
	"whileReconnecting"
];
/** A request rejects with these before anything is sent (in this order in the docs). */
export const REQUEST_ERRORS_BEFORE_SENDING = [
	{ code: "ERR_INVALID_REQUEST" },
	{ code: "ERR_INVALID_PARAMS" },
	{
		code: "ERR_MISSING_CREDENTIALS",
		only: "signed"
	},
	{
		code: "ERR_UNSUPPORTED_VERSION",
		only: "some-versions"
	},
	{
		code: "ERR_RATE_LIMITED",
		only: "rate-limited"
	},
	{ code: "ERR_NOT_CONNECTED" },
	{ code: "ERR_QUEUE_FULL" }
];
/** A request rejects with these after it was sent: its outcome is unknown. */
export const REQUEST_ERRORS_AFTER_SENDING = [
	{ code: "ERR_TIMEOUT" },
	{ code: "ERR_CONNECTION_LOST" },
	{ code: "ERR_ABORTED" },
	{ code: "ERR_CLOSED" }
];
/** subscribe() throws these at once, nothing sent. */
export const SUBSCRIBE_ERRORS_AT_ONCE = [
	{ code: "ERR_INVALID_REQUEST" },
	{ code: "ERR_INVALID_PARAMS" },
	{
		code: "ERR_MISSING_CREDENTIALS",
		only: "signed"
	},
	{ code: "ERR_NOT_CONNECTED" },
	{ code: "ERR_CLOSED" }
];
/** A live subscription ends with these. */
export const SUBSCRIPTION_ENDING_ERRORS = [
	{ code: "ERR_API" },
	{
		code: "ERR_SUBSCRIPTION_REJECTED",
		only: "subscription-status"
	},
	{ code: "ERR_INVALID_REPLY" },
	{ code: "ERR_NOT_CONNECTED" }
];
/**
* The API version a client uses when given none: the document's default when the server serves
* it (or serves no list), else the server's newest.
*/
export function defaultVersionFor(documentDefault, served) {
	return served.includes(documentDefault) || served.length === 0 ? documentDefault : served[served.length - 1];
}
const LOGGER = "Receives log lines; never given credentials or request parameters.";
const JITTER_SENTENCE = "Exponential backoff with jitter for reconnecting.";
export const CLIENT_OPTIONS = {
	url: {
		type: "string",
		description: "WebSocket URL; overrides the server's URL (the named server's versions still apply)."
	},
	server: {
		type: "string",
		description: "Name of a server of the document.",
		default: { rule: "the document's default server" }
	},
	apiVersion: {
		type: "string",
		description: "API version.",
		default: { rule: "the document's default version when the server serves it, else the server's newest" }
	},
	apiKey: {
		type: "string",
		description: ""
	},
	apiSecret: {
		type: "string",
		description: ""
	},
	WebSocket: {
		type: "WebSocketConstructor",
		description: "WebSocket constructor.",
		default: { rule: "globalThis.WebSocket, else the `ws` package" }
	},
	requestTimeoutMs: {
		type: "number",
		description: "How long a sent request waits for its reply.",
		default: {
			value: 1e4,
			unit: "ms"
		}
	},
	connectTimeoutMs: {
		type: "number",
		description: "How long one connection attempt may take.",
		default: {
			value: 1e4,
			unit: "ms"
		}
	},
	heartbeatIntervalMs: {
		type: "number",
		description: "How often the heartbeat request is sent.",
		default: { rule: "from the document; 0 disables" }
	},
	deadAfterMs: {
		type: "number",
		description: "Silence after which the connection is treated as dead.",
		default: { rule: "from the document; 0 disables" }
	},
	reconnect: {
		type: "ReconnectOptions | false",
		description: "Reconnect policy, or false to stay closed after a drop."
	},
	whileReconnecting: {
		type: "'wait' | 'fail'",
		description: "Calls made while (re)connecting: wait for the connection (bounded by connectWaitMs) or fail at once."
	},
	connectWaitMs: {
		type: "number",
		description: "Longest wait for the connection before a call is sent.",
		default: { rule: "requestTimeoutMs" }
	},
	maxPending: {
		type: "number",
		description: "Most calls in flight plus waiting to be sent.",
		default: { value: 1e4 }
	},
	rateLimit: {
		type: "{ readonly maxWaitMs?: number; readonly maxQueue?: number } | false",
		description: "Client-side rate limiting per the document, or false to disable.",
		members: {
			maxWaitMs: {
				type: "number",
				description: ""
			},
			maxQueue: {
				type: "number",
				description: ""
			}
		}
	},
	subscriptionBuffer: {
		type: "SubscriptionBufferOptions",
		description: "Default buffer of each subscription."
	},
	recvWindow: {
		type: "number",
		description: "Receive window passed to the codec for signed requests."
	},
	validateInbound: {
		type: "boolean",
		description: "Decode replies and events through the codec.",
		default: { value: true }
	},
	logger: {
		type: "Logger",
		description: LOGGER
	}
};
export const RECONNECT_OPTIONS = {
	initialDelayMs: {
		type: "number",
		description: "First delay before reconnecting.",
		default: {
			value: 500,
			unit: "ms"
		}
	},
	maxDelayMs: {
		type: "number",
		description: "Largest delay.",
		default: {
			value: 3e4,
			unit: "ms"
		}
	},
	maxAttempts: {
		type: "number",
		description: "Consecutive failed attempts before giving up.",
		default: { value: Infinity }
	},
	jitter: {
		type: "Jitter",
		description: JITTER_SENTENCE
	},
	random: {
		type: "() => number",
		description: ""
	}
};
export const SUBSCRIPTION_BUFFER_OPTIONS = {
	bufferSize: {
		type: "number",
		description: "Most events kept for a slow consumer.",
		default: { value: 1024 }
	},
	bufferPolicy: {
		type: "BufferPolicy",
		description: "What happens when the buffer is full.",
		default: { rule: "'latest-per-key' on state streams, 'drop-oldest' on streams of facts" }
	},
	lossless: {
		type: "boolean",
		description: "Streams of facts: end the subscription with ERR_SLOW_CONSUMER at the first event that does not\nfit in the buffer, instead of dropping events with a warning.",
		default: { value: false }
	}
};
export const REQUEST_OPTIONS = {
	signal: {
		type: "AbortSignal",
		description: ""
	},
	timeoutMs: {
		type: "number",
		description: "Overrides requestTimeoutMs for this call (time from sending to the reply)."
	},
	recvWindow: {
		type: "number",
		description: "Overrides the client's recvWindow for this call (signed operations only; checked like any param)."
	}
};
export const SUBSCRIBE_OPTIONS = {
	signal: {
		type: "AbortSignal",
		description: "Aborting closes the subscription (or prevents it when already aborted)."
	},
	...SUBSCRIPTION_BUFFER_OPTIONS
};
/** The options objects the docs describe, by type name (the client's own first). */
export const OPTION_TYPES = {
	ClientOptions: CLIENT_OPTIONS,
	ReconnectOptions: RECONNECT_OPTIONS,
	SubscriptionBufferOptions: SUBSCRIPTION_BUFFER_OPTIONS,
	RequestOptions: REQUEST_OPTIONS,
	SubscribeOptions: SUBSCRIBE_OPTIONS
};
/** The events a client emits: the arguments its listeners receive and what they mean. */
export const CLIENT_EVENTS = {
	state: {
		args: "[StateChange]",
		description: ""
	},
	connecting: {
		args: "[StateChange]",
		description: ""
	},
	open: {
		args: "[StateChange]",
		description: ""
	},
	reconnecting: {
		args: "[ReconnectInfo]",
		description: ""
	},
	closed: {
		args: "[StateChange]",
		description: ""
	},
	warning: {
		args: "[ClientError]",
		description: ""
	}
};
/** The states of a connection, in the order a client goes through them. */
export const CONNECTION_STATES = [
	"connecting",
	"open",
	"reconnecting",
	"closed"
];
/** The backoff's jitter choices and what each does. */
export const JITTER = {
	type: "'full' | 'decorrelated' | 'none'",
	description: `${JITTER_SENTENCE}

- \`full\` (default): delay = random × min(maxDelayMs, initialDelayMs × factor^attempt).
- \`decorrelated\`: delay = min(maxDelayMs, random between initialDelayMs and previous × 3).
- \`none\`: delay = min(maxDelayMs, initialDelayMs × factor^attempt).

\`random\` is injectable for tests (a function returning [0, 1)).`
};
/** Every error class of the runtime, the base class first, in the order the docs list their codes. */
export const ERROR_CLASSES = [
	{
		name: "ClientError",
		extends: "Error",
		codes: [],
		description: "Base class of every error the runtime creates.",
		fields: {
			code: {
				type: "ClientErrorCode",
				description: ""
			},
			destination: {
				type: "string | undefined",
				description: ""
			},
			operationId: {
				type: "string | undefined",
				description: ""
			},
			correlationId: {
				type: "string | undefined",
				description: ""
			}
		}
	},
	{
		name: "InvalidParamsError",
		extends: "ClientError",
		codes: ["ERR_INVALID_PARAMS"],
		description: "Bad input to a call; nothing was sent. `field` and `rule` say what is wrong.",
		fields: {
			field: {
				type: "string | undefined",
				description: ""
			},
			rule: {
				type: "string | undefined",
				description: ""
			}
		}
	},
	{
		name: "InvalidRequestError",
		extends: "ClientError",
		codes: [
			"ERR_INVALID_REQUEST",
			"ERR_UNKNOWN_DESTINATION",
			"ERR_UNSUPPORTED_VERSION",
			"ERR_MISSING_CREDENTIALS",
			"ERR_UNKNOWN_OPERATION"
		],
		description: "A request that cannot be built or is not valid (the codec's errors): names the destination, the\nfield and the rule; `issues` lists every problem found. Nothing was sent.",
		fields: {
			field: {
				type: "string",
				description: ""
			},
			rule: {
				type: "string",
				description: ""
			},
			issues: {
				type: "readonly ValidationIssue[]",
				description: ""
			}
		}
	},
	{
		name: "ApiError",
		extends: "ClientError",
		codes: ["ERR_API"],
		description: "The server answered with a status other than the OK status.",
		fields: {
			apiCode: {
				type: "number | undefined",
				description: "The numeric error code of the reply payload, when it has one."
			},
			apiMessage: {
				type: "string | undefined",
				description: "The error text of the reply payload, when it has one."
			},
			errorName: {
				type: "string | undefined",
				description: "The error name of the reply payload, or the known name of `apiCode`."
			},
			status: {
				type: "unknown",
				description: "The reply's status."
			},
			payload: {
				type: "unknown",
				description: "The reply payload as received."
			}
		}
	},
	{
		name: "TimeoutError",
		extends: "ClientError",
		codes: ["ERR_TIMEOUT"],
		description: "No reply within the timeout. The request was sent: its outcome is unknown.",
		fields: {
			outcomeUnknown: {
				type: "true",
				description: ""
			},
			timeoutMs: {
				type: "number",
				description: ""
			},
			idempotent: {
				type: "boolean",
				description: ""
			}
		}
	},
	{
		name: "AbortedError",
		extends: "ClientError",
		codes: ["ERR_ABORTED"],
		description: "The caller's AbortSignal fired. `sent` says whether the request had already gone out.",
		fields: { sent: {
			type: "boolean",
			description: ""
		} }
	},
	{
		name: "ConnectionLostError",
		extends: "ClientError",
		codes: ["ERR_CONNECTION_LOST"],
		description: "The connection dropped while the reply was outstanding. The request is never sent again by the\nclient: the caller decides, knowing whether the operation is idempotent.",
		fields: {
			outcomeUnknown: {
				type: "true",
				description: ""
			},
			idempotent: {
				type: "boolean",
				description: ""
			}
		}
	},
	{
		name: "NotConnectedError",
		extends: "ClientError",
		codes: ["ERR_NOT_CONNECTED"],
		description: "There is no open connection (never connected, reconnecting with `whileReconnecting: 'fail'`, gave up). Nothing was sent.",
		fields: {}
	},
	{
		name: "ClosedError",
		extends: "ClientError",
		codes: ["ERR_CLOSED"],
		description: "The client was closed by its owner.",
		fields: { outcomeUnknown: {
			type: "boolean",
			description: "True when the request had been sent before the close: its outcome is unknown."
		} }
	},
	{
		name: "RateLimitedError",
		extends: "ClientError",
		codes: ["ERR_RATE_LIMITED"],
		description: "A rate limit would have made the call wait longer than allowed. Nothing was sent.",
		fields: {
			limitId: {
				type: "string | undefined",
				description: ""
			},
			waitMs: {
				type: "number",
				description: ""
			},
			maxWaitMs: {
				type: "number",
				description: ""
			}
		}
	},
	{
		name: "QueueFullError",
		extends: "ClientError",
		codes: ["ERR_QUEUE_FULL"],
		description: "Too many calls are in flight or waiting. Nothing was sent.",
		fields: { limit: {
			type: "number",
			description: ""
		} }
	},
	{
		name: "SlowConsumerError",
		extends: "ClientError",
		codes: ["ERR_SLOW_CONSUMER"],
		description: "A subscription to a stream of facts (every event counts, e.g. trades) dropped events because\nits consumer did not keep up and its buffer was full. Emitted as the client's `warning`\n(`dropped`: the events lost since the last such warning), or, when the subscription asked for\nlossless delivery, the error that ended it. State streams (quotes, books, candles) conflate\ninstead and do not warn.",
		fields: {
			dropped: {
				type: "number",
				description: "Events dropped since the previous warning of this subscription."
			},
			totalDropped: {
				type: "number",
				description: "Events dropped by this subscription so far."
			},
			bufferSize: {
				type: "number",
				description: ""
			},
			ended: {
				type: "boolean",
				description: "True when the subscription asked for lossless delivery and was ended by this error."
			}
		}
	},
	{
		name: "InvalidReplyError",
		extends: "ClientError",
		codes: ["ERR_INVALID_REPLY"],
		description: "A reply arrived with status OK but does not match its documented schema.",
		fields: {
			issues: {
				type: "readonly ValidationIssue[]",
				description: ""
			},
			payload: {
				type: "unknown",
				description: ""
			}
		}
	},
	{
		name: "BadFrameError",
		extends: "ClientError",
		codes: ["ERR_BAD_FRAME"],
		description: "An inbound frame that could not be used (reported as a 'warning', never thrown).",
		fields: {
			reason: {
				type: "string",
				description: ""
			},
			issues: {
				type: "readonly ValidationIssue[]",
				description: ""
			},
			excerpt: {
				type: "string",
				description: "The first characters of the frame."
			}
		}
	},
	{
		name: "UnknownOperationError",
		extends: "ClientError",
		codes: ["ERR_UNKNOWN_OPERATION"],
		description: "The destination or operation id is not part of the API (or cannot be used this way).",
		fields: {}
	},
	{
		name: "UnsupportedVersionError",
		extends: "ClientError",
		codes: ["ERR_UNSUPPORTED_VERSION"],
		description: "The API version is not served, or the operation does not exist in it.",
		fields: { version: {
			type: "string",
			description: ""
		} }
	},
	{
		name: "MissingCredentialsError",
		extends: "ClientError",
		codes: ["ERR_MISSING_CREDENTIALS"],
		description: "A signed operation was called without an API key and secret. Nothing was sent.",
		fields: {}
	},
	{
		name: "UnknownValueWarning",
		extends: "ClientError",
		codes: ["ERR_UNKNOWN_VALUE"],
		description: "A reply or event carried a value of an open enum that the document does not list. The message\nwas delivered as it came; this is a 'warning', never thrown.",
		fields: {
			field: {
				type: "string",
				description: "JSON pointer of the value in the payload, e.g. `/symbols/3/orderTypes/2`."
			},
			value: {
				type: "string",
				description: ""
			},
			known: {
				type: "readonly string[]",
				description: "The values the document lists there."
			}
		}
	},
	{
		name: "SubscriptionRejectedError",
		extends: "ClientError",
		codes: ["ERR_SUBSCRIPTION_REJECTED"],
		description: "The subscription reply refused items it was asked for (by the per-item statuses the document\ndeclares). When every item was refused the subscription ends with\nthis error; when only some were (`partial`), it is a 'warning' and the subscription goes on.",
		fields: {
			refused: {
				type: "Readonly<Record<string, string>>",
				description: "Each refused item with the status the server gave it."
			},
			partial: {
				type: "boolean",
				description: ""
			}
		}
	}
];
//# sourceMappingURL=manifest.js.map