// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
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
export declare class ApiError extends Error {
	readonly code: number;
	readonly msg: string;
	constructor(code: number, msg: string);
}
export declare const ApiErrors: {
	/** -1000: the simulator's answer for unknown destinations, malformed frames and rate limits. */
	readonly unknown: (msg?: string) => ApiError;
	readonly unknownDestination: (destination: string) => ApiError;
	readonly versionNotAvailable: (destination: string, version: string) => ApiError;
	readonly notSupported: (destination: string) => ApiError;
	readonly malformedFrame: (why: string) => ApiError;
	readonly tooManyRequests: (limitId: string, limit: number, intervalMs: number) => ApiError;
	readonly invalidQuantity: () => ApiError;
	readonly invalidPrice: () => ApiError;
	readonly minNotional: () => ApiError;
	readonly timeAhead: () => ApiError;
	readonly outsideRecvWindow: () => ApiError;
	readonly badSignature: () => ApiError;
	readonly badPriceValue: () => ApiError;
	readonly illegalParam: (field: string, detail?: string) => ApiError;
	readonly unreadParams: (read: number, sent: number, unread: readonly string[]) => ApiError;
	readonly invalidSymbol: () => ApiError;
	readonly mandatoryParam: (field: string) => ApiError;
	readonly invalidCombination: (detail?: string) => ApiError;
	readonly invalidLimitPrice: () => ApiError;
	readonly accountNotFound: (accountId: string) => ApiError;
	readonly onlyLeverageSymbol: (symbol: string) => ApiError;
	readonly positionNotFound: (positionId: string) => ApiError;
	readonly cancelOnlyLimit: () => ApiError;
	readonly insufficientBalance: () => ApiError;
	readonly unknownOrder: () => ApiError;
	readonly orderDoesNotExist: () => ApiError;
	readonly apiKeyFormat: () => ApiError;
	readonly rejectedApiKey: () => ApiError;
};
//# sourceMappingURL=errors.d.ts.map