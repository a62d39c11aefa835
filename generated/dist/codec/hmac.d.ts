// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) with the key prepared once: the SHA-256 states after the
 * inner and outer key blocks are computed when the signer is made, so each signature compresses
 * only the message (two 64-byte blocks for a typical signed request) and one outer block.
 *
 * Why not node:crypto: `createHmac(secret)` derives the key pads on every call, and reusing the
 * prepared state through `Hash#copy()` costs two native objects per signature — both measured
 * slower per signature than this (bench/README.md has the figures). The result is checked against
 * `createHmac` on every signing vector and on random keys and messages (test/codec/hmac.test.ts).
 */
/**
 * A signer for one secret: `(message) => lowercase hex HMAC-SHA256(secret, message)`, both taken
 * as UTF-8. The key's inner and outer states are prepared here, once; the signer is not re-entrant
 * across threads (none share it) and keeps no message after it returns.
 */
export declare function createHmacSha256Hex(secret: string): (message: string) => string;
//# sourceMappingURL=hmac.d.ts.map