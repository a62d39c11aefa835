/** A request that cannot be built: names the destination, the field and the rule. Nothing was sent. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
  constructor(
    readonly destination: string,
    readonly field: string,
    readonly rule: string,
    detail: string,
    readonly code: 'ERR_INVALID_REQUEST' | 'ERR_UNKNOWN_DESTINATION' | 'ERR_UNSUPPORTED_VERSION' | 'ERR_MISSING_CREDENTIALS' | 'ERR_UNKNOWN_OPERATION' = 'ERR_INVALID_REQUEST',
    readonly issues: readonly { path: string; rule: string; message: string }[] = [{ path: '/' + field, rule, message: detail }],
  ) {
    super(`${destination}: ${field} ${detail} (rule: ${rule})`);
  }
}
