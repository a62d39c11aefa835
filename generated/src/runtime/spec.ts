// Generated from asyncapi.yaml and templates/runtime/spec.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the runtime knows about an API: everything here is generated from the AsyncAPI document
 * (generated/src/spec.ts fills a ProtocolSpec and a Codec). The runtime itself knows no API fact.
 */

/** One request/reply operation, subscription or heartbeat, as the document declares it. */
export interface OperationSpec {
  /** The operationId, e.g. `account`; also the name of the client's typed method. */
  readonly id: string;
  readonly kind: 'request' | 'subscribe' | 'heartbeat';
  readonly summary: string;
  /** Destination per API version; an operation that is not versioned has the single key ''. */
  readonly destinations: Readonly<Record<string, string>>;
  /** The channel address, with `{<versionParameter>}` where the version goes. */
  readonly address: string;
  /** Whether the request must be signed (apiKey, timestamp, signature). */
  readonly signed: boolean;
  /** May the request be sent again when its outcome is unknown? Orders may not. */
  readonly idempotent: boolean;
  /** Request weight counted against the limit that `appliesTo: all`. */
  readonly weight: number;
  /** Ids of further rate limits (ProtocolSpec.rateLimits) the request counts against. */
  readonly rateLimits: readonly string[];
  /** Why a fact about this operation is not confirmed, if any. */
  readonly unconfirmed?: string;
  /** For subscriptions: how the pushed events relate to the subscription. */
  readonly stream?: StreamSpec;
  /** For subscriptions whose reply reports a status per symbol: where, and which statuses mean subscribed. */
  readonly subscriptionStatus?: SubscriptionStatusSpec;
  /** Defaults of top-level request parameters, as the document states them. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Two time parameters that, when both are given, must lie less than `maxMs` apart. */
  readonly timeWindow?: { readonly from: string; readonly to: string; readonly maxMs: number };
}

/**
 * A subscription reply that maps each requested key (symbol) to a status. A key whose status is
 * not `accepted` was not subscribed: all of them refused → the subscription fails; some → warning.
 */
export interface SubscriptionStatusSpec {
  /** The reply field holding the key → status map. */
  readonly field: string;
  /** The statuses that mean subscribed. */
  readonly accepted: readonly string[];
}

/** How the events of a subscription are recognised and routed. */
export interface StreamSpec {
  /** The `destination` of the pushed events, e.g. `internal.quote`. */
  readonly eventDestination: string;
  /** The operationId of the receive operation of those events. */
  readonly eventOperation: string;
  /**
   * An event belongs to a subscription when, for every entry, the event's `field` is one of the
   * values of the subscription's `param` (an array or a single value; `default` when absent).
   * The first entry is the routing key (the symbol).
   */
  readonly match: readonly StreamMatch[];
  /**
   * `state`: each event replaces the state of its key (quotes, books, candles): a slow consumer
   * is given the latest event per key. `facts`: every event counts (trades): an event dropped
   * for a slow consumer is reported (ERR_SLOW_CONSUMER). Decides the default buffer policy.
   */
  readonly events: 'state' | 'facts';
}

export interface StreamMatch {
  readonly param: string;
  readonly field: string;
  readonly default?: string | readonly string[];
  /**
   * Alternative spellings of the param's values → canonical value. Decoded events carry the
   * canonical value, so a subscription's values are mapped through this before matching.
   */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface RateLimitSpec {
  readonly id: string;
  /** `all`: every request counts its weight here; otherwise only operations that list the id. */
  readonly appliesTo: 'all' | 'listed';
  readonly limit: number;
  readonly intervalMs: number;
  readonly description: string;
}

export interface ServerSpec {
  readonly name: string;
  readonly url: string;
  readonly title: string;
  /** API versions the server serves. */
  readonly versions: readonly string[];
}

export interface EnvelopeSpec {
  readonly destinationField: string;
  readonly correlationIdField: string;
  readonly payloadField: string;
  readonly statusField: string;
  /** The status of a successful reply; any other status is an error. */
  readonly okStatus: string;
  /** Fields of an error reply's payload. */
  readonly errorCodeField: string;
  readonly errorTextField: string;
  readonly errorNameField: string;
  /**
   * A reply with the OK status is still a failure when its payload has every field of one of
   * these sets (e.g. `[['errorCode'], ['code', 'msg']]`); absent or empty when the API signals none.
   */
  readonly failureFields?: readonly (readonly string[])[];
}

export interface HeartbeatSpec {
  /** operationId of the ping request. */
  readonly operation: string;
  /** The server closes a connection not pinged for this long. */
  readonly serverTimeoutMs: number;
  /** How often the client pings by default. */
  readonly clientIntervalMs: number;
  /** Silence after which the client treats the connection as dead, by default. */
  readonly deadAfterMs: number;
}

export interface SigningSpec {
  readonly keyField: string;
  readonly timestampField: string;
  readonly recvWindowField: string;
  readonly signatureField: string;
}

export interface ProtocolSpec {
  readonly title: string;
  /** Name of the address parameter that carries the API version. */
  readonly versionParameter: string;
  readonly versions: readonly string[];
  readonly defaultVersion: string;
  readonly defaultServer: string;
  readonly servers: Readonly<Record<string, ServerSpec>>;
  readonly envelope: EnvelopeSpec;
  readonly heartbeat: HeartbeatSpec;
  readonly signing: SigningSpec;
  readonly rateLimits: readonly RateLimitSpec[];
  readonly operations: Readonly<Record<string, OperationSpec>>;
  /** Known API error codes: code → name. */
  readonly errorCodes: Readonly<Record<number, string>>;
}

/** Validation outcome with readable errors (`path` is a JSON pointer into the payload). */
export type ValidationResult<T = unknown> =
  | { valid: true; value: T; unknownValues?: readonly UnknownValue[] }
  | { valid: false; errors: ValidationIssue[] };

/**
 * A value of an open enum that the document does not list: the message is valid and delivered as
 * it came; the value is reported.
 */
export interface UnknownValue {
  /** JSON pointer into the payload, e.g. `/symbols/3/orderTypes/2`. */
  readonly path: string;
  readonly value: string;
  /** The values the document lists there. */
  readonly known: readonly string[];
}

export interface ValidationIssue {
  readonly path: string;
  readonly rule: string;
  readonly message: string;
}

/** Context of a request: credentials and the values that make a built request deterministic. */
export interface RequestContext {
  readonly apiKey?: string;
  readonly apiSecret?: string;
  readonly timestamp?: number;
  readonly correlationId?: number | string;
  readonly recvWindow?: number;
}

/**
 * Reads the envelope's members of an inbound frame (a parsed JSON object). Generated with the
 * member names written in, so that each read on the inbound path is a property load the engine
 * can specialise, rather than a load by a name held in a variable.
 */
export interface FrameReader {
  correlationId(frame: Readonly<Record<string, unknown>>): unknown;
  destination(frame: Readonly<Record<string, unknown>>): unknown;
  payload(frame: Readonly<Record<string, unknown>>): unknown;
  status(frame: Readonly<Record<string, unknown>>): unknown;
  /** The event destinations, in the order `eventIndex` numbers them. */
  readonly events: readonly string[];
  /**
   * The index in `events` of an event destination, -1 for any other string. Generated as a
   * switch: a destination string fresh from JSON.parse is compared, not hashed for a lookup.
   */
  eventIndex(destination: string): number;
  /**
   * Loads the generated frame decoder, which reads the events of payloads of scalars straight
   * from a frame's bytes (absent: no event has such a payload).
   */
  readonly bytes?: () => Promise<BytesDecoder>;
}

/**
 * Reads a frame from its UTF-8 bytes: the object JSON.parse would make of them, or undefined when
 * the frame is not one the decoder reads (it is then parsed as usual).
 */
export type BytesDecoder = (bytes: Uint8Array) => Record<string, unknown> | undefined;

/** The generated, spec-specific functions the runtime calls. */
export interface Codec {
  /** Builds (and signs when the operation is signed) the frame to send; throws a typed error on bad input. */
  buildRequest(destination: string, params: unknown, ctx: RequestContext): Record<string, unknown>;
  /** Decodes a reply payload in place into its documented types (coercion, bare arrays); no copy. */
  decodeReply(operationId: string, payload: unknown): ValidationResult;
  /** Decodes an event payload in place into its documented types; no copy. */
  decodeEvent(eventDestination: string, payload: unknown): ValidationResult;
  /**
   * `decodeEvent` for one event destination, its tables looked up once: undefined while that
   * destination's validator is not loaded yet (or for a destination the API does not have).
   * The client keeps it on the stream's route, so an event costs no lookup by name.
   */
  eventDecoder?(eventDestination: string): ((payload: unknown) => ValidationResult) | undefined;
  /** The envelope's members read with their names written in (absent: read by the names in `ProtocolSpec.envelope`). */
  readonly frameReader?: FrameReader;
  /**
   * Makes an operation's validators (request, reply, its stream's events) ready: undefined when
   * they already are, else a promise that settles when they are loaded. Codecs that hold every
   * validator up front need not implement it.
   */
  prepare?(operationId: string): Promise<void> | undefined;
}
