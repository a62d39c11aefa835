// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A signer for one secret: message (UTF-8) → lowercase hex HMAC-SHA256. The secret becomes a
* KeyObject once, here: `createHmac` with a KeyObject skips converting the string key on every
* call (≈ 10 % less CPU per signature than a string key, measured pairwise on Node 20). A
* KeyObject does not show its key material when inspected or logged.
*/
export declare function createHmacSha256Hex(secret: string): (message: string) => string;
//# sourceMappingURL=hmac.d.ts.map