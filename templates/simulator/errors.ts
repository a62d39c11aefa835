/**
 * The API errors the simulator answers with: `{code, msg}` as the REST API sends them
 * (currency.com/general-rest-api-information). Every error the simulator produces is made here.
 *
 * Choices where no public source says what the WebSocket API answers (no WebSocket error reply, no WebSocket-specific rate limit and no WebSocket use of the Swagger-only destinations was published):
 * - error replies carry status `ERROR` (the sister platform's; configurable) and the payload
 *   `{code, msg}` under the envelope's errorCodeField / errorTextField;
 * - unknown destination, a destination of a version that does not exist, a malformed frame, an
 *   operation the simulator does not implement: -1000 with a message that says which;
 * - rate limit exceeded: -1000 `Too many requests: rate limit <id> allows <n> per <ms> ms.`;
 * - unknown parameter (validator `additionalProperties`): -1104 `Not all sent parameters were
 *   read, read N parameters but was sent M (unread: f)`; missing parameter: -1128 `Combination of
 *   parameters invalid: mandatory parameter 'f' was not sent`; any other invalid value: -1100
 *   `Illegal characters found in parameter 'f'; <validator message>`; a time window the document
 *   bounds (x-time-window) exceeded: -1128 `Combination of parameters invalid: <which>`;
 * - missing/empty apiKey: -2014; unknown apiKey: -2015; missing or wrong signature: -1022;
 *   timestamp more than 1 s ahead: -1021 `your time is ahead of server`; older than recvWindow:
 *   -1021 `Timestamp for this request is outside of the recvWindow.`; recvWindow > 60000: -1100;
 * - unknown/closed position: -1128 `Can not find position: <id>`; a STOP order that would fire at
 *   once: -1128 `Combination of parameters invalid: Order would trigger immediately.`;
 *   cancelling a non-LIMIT order: -1128 `FIELD_VALIDATION_ERROR Cancel is available only for
 *   LIMIT order`; updateTradingOrder of an unknown or finished order: -2013.
 * - subscribing to an unknown symbol is not an error: that symbol's status is `REJECTED`.
 */

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
  ) {
    super(`${code} ${msg}`);
    this.name = 'ApiError';
  }
}

export const ApiErrors = {
  /** -1000: the simulator's answer for unknown destinations, malformed frames and rate limits. */
  unknown: (msg: string = 'An unknown error occured while processing the request.'): ApiError => new ApiError(-1000, msg),
  unknownDestination: (destination: string): ApiError => new ApiError(-1000, `Unknown destination: ${destination}`),
  versionNotAvailable: (destination: string, version: string): ApiError =>
    new ApiError(-1000, `Destination ${destination} is not available in API version ${version}`),
  notSupported: (destination: string): ApiError => new ApiError(-1000, `Destination ${destination} is not supported by the simulator`),
  malformedFrame: (why: string): ApiError => new ApiError(-1000, `Malformed request frame: ${why}`),
  tooManyRequests: (limitId: string, limit: number, intervalMs: number): ApiError =>
    new ApiError(-1000, `Too many requests: rate limit ${limitId} allows ${limit} per ${intervalMs} ms.`),
  invalidQuantity: (): ApiError => new ApiError(-1013, 'invalid quantity'),
  invalidPrice: (): ApiError => new ApiError(-1013, 'invalid price'),
  minNotional: (): ApiError => new ApiError(-1013, 'MIN_NOTIONAL'),
  timeAhead: (): ApiError => new ApiError(-1021, 'your time is ahead of server'),
  outsideRecvWindow: (): ApiError => new ApiError(-1021, 'Timestamp for this request is outside of the recvWindow.'),
  badSignature: (): ApiError => new ApiError(-1022, 'Signature for this request is not valid.'),
  badPriceValue: (): ApiError => new ApiError(-1030, 'You mentioned an invalid value for the price parameter.'),
  illegalParam: (field: string, detail?: string): ApiError =>
    new ApiError(-1100, `Illegal characters found in parameter '${field}'${detail ? `; ${detail}` : ''}`),
  unreadParams: (read: number, sent: number, unread: readonly string[]): ApiError =>
    new ApiError(
      -1104,
      `Not all sent parameters were read, read ${read} parameters but was sent ${sent}` +
        (unread.length > 0 ? ` (unread: ${unread.join(', ')})` : ''),
    ),
  invalidSymbol: (): ApiError => new ApiError(-1121, 'Invalid symbol.'),
  mandatoryParam: (field: string): ApiError => new ApiError(-1128, `Combination of parameters invalid: mandatory parameter '${field}' was not sent`),
  invalidCombination: (detail?: string): ApiError => new ApiError(-1128, detail ? `Combination of parameters invalid: ${detail}` : 'Combination of optional parameters invalid.'),
  invalidLimitPrice: (): ApiError => new ApiError(-1128, 'Invalid limit price'),
  accountNotFound: (accountId: string): ApiError => new ApiError(-1128, `Can not find account: ${accountId}`),
  onlyLeverageSymbol: (symbol: string): ApiError => new ApiError(-1128, `Only leverage symbol allowed here: ${symbol}`),
  positionNotFound: (positionId: string): ApiError => new ApiError(-1128, `Can not find position: ${positionId}`),
  cancelOnlyLimit: (): ApiError => new ApiError(-1128, 'FIELD_VALIDATION_ERROR Cancel is available only for LIMIT order'),
  insufficientBalance: (): ApiError => new ApiError(-2010, 'Account has insufficient balance for requested action.'),
  unknownOrder: (): ApiError => new ApiError(-2011, 'UNKNOWN_ORDER'),
  orderDoesNotExist: (): ApiError => new ApiError(-2013, 'Order does not exist'),
  apiKeyFormat: (): ApiError => new ApiError(-2014, 'API-key format invalid.'),
  rejectedApiKey: (): ApiError => new ApiError(-2015, 'Invalid API-key, IP, or permissions for action.'),
} as const;
