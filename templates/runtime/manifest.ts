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
export const CLIENT_MEMBERS: readonly string[] = [
  'WebSocketCtor', '_events', '_eventsCount', '_maxListeners', 'addListener', 'apiVersion',
  'backoff', 'bufferDefaults', 'build', 'call', 'checkCredentials', 'cidField', 'close', 'codec',
  'conn', 'connect', 'connectTimeoutMs', 'connectWaitMs', 'connecting', 'connectionCount',
  'constructor', 'currentState', 'deadAfterMs', 'deadTimer', 'deadlineAt', 'deadlineTimer',
  'destField', 'destinationOf', 'destinations', 'emit', 'eventNames', 'getMaxListeners',
  'hasOwnProperty', 'heartbeatDestination', 'heartbeatIntervalMs', 'heartbeatKey', 'heartbeatOp',
  'heartbeatTimer', 'inspectRedacted', 'isPrototypeOf', 'limiter', 'listenerCount', 'listeners',
  'log', 'logger', 'maxPending', 'nextCorrelationId', 'off', 'okStatus', 'on', 'once',
  'openWaiters', 'outstanding', 'payloadField', 'pending', 'pendingCount', 'prependListener',
  'prependOnceListener', 'propertyIsEnumerable', 'rateMaxWaitMs', 'rawListeners', 'received',
  'receivedAtCheck', 'reconnectOptions', 'reconnectTimer', 'reconnectWake',
  'redact', 'removeAllListeners', 'reportedUnknown', 'removeListener', 'request', 'requestTimeoutMs', 'roundTripMs',
  'serverVersions', 'setMaxListeners', 'signedRecvWindow', 'silentSince', 'spec', 'state', 'statusField', 'streams',
  'subs', 'subscribe', 'subscribeOperation', 'subscriptionCount', 'toJSON', 'toLocaleString',
  'toString', 'url', 'userClosed', 'validateInbound', 'valueOf', 'whileReconnecting',
];

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
export const REQUEST_ERRORS_BEFORE_SENDING: readonly ErrorOccasion[] = [
  { code: 'ERR_INVALID_REQUEST' },
  { code: 'ERR_INVALID_PARAMS' },
  { code: 'ERR_MISSING_CREDENTIALS', only: 'signed' },
  { code: 'ERR_UNSUPPORTED_VERSION', only: 'some-versions' },
  { code: 'ERR_RATE_LIMITED', only: 'rate-limited' },
  { code: 'ERR_NOT_CONNECTED' },
  { code: 'ERR_QUEUE_FULL' },
];

/** A request rejects with these after it was sent: its outcome is unknown. */
export const REQUEST_ERRORS_AFTER_SENDING: readonly ErrorOccasion[] = [
  { code: 'ERR_TIMEOUT' },
  { code: 'ERR_CONNECTION_LOST' },
  { code: 'ERR_ABORTED' },
  { code: 'ERR_CLOSED' },
];

/** subscribe() throws these at once, nothing sent. */
export const SUBSCRIBE_ERRORS_AT_ONCE: readonly ErrorOccasion[] = [
  { code: 'ERR_INVALID_REQUEST' },
  { code: 'ERR_INVALID_PARAMS' },
  { code: 'ERR_MISSING_CREDENTIALS', only: 'signed' },
  { code: 'ERR_NOT_CONNECTED' },
  { code: 'ERR_CLOSED' },
];

/** A live subscription ends with these. */
export const SUBSCRIPTION_ENDING_ERRORS: readonly ErrorOccasion[] = [
  { code: 'ERR_API' },
  { code: 'ERR_SUBSCRIPTION_REJECTED', only: 'subscription-status' },
  { code: 'ERR_INVALID_REPLY' },
  { code: 'ERR_NOT_CONNECTED' },
];

/**
 * The API version a client uses when given none: the document's default when the server serves
 * it (or serves no list), else the server's newest.
 */
export function defaultVersionFor(documentDefault: string, served: readonly string[]): string {
  return served.includes(documentDefault) || served.length === 0 ? documentDefault : served[served.length - 1]!;
}
