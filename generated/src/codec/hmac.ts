// Generated from asyncapi.yaml and templates/codec/hmac.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * HMAC-SHA256 on Node (and runtimes that provide `node:crypto`): the package's `#hmac` import
 * resolves here under the `node` export condition; elsewhere to hmac-portable.ts.
 * Both files export exactly this function.
 */
import { createHmac } from 'node:crypto';

/** A signer for one secret: message (UTF-8) → lowercase hex HMAC-SHA256. */
export function createHmacSha256Hex(secret: string): (message: string) => string {
  return (message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}
