// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** A signer for one secret: message (UTF-8) → lowercase hex HMAC-SHA256. */
export declare function createHmacSha256Hex(secret: string): (message: string) => string;
//# sourceMappingURL=hmac.d.ts.map