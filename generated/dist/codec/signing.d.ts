// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export interface CanonicalRule {
	readonly assign: string;
	readonly separator: string;
	readonly exclude: readonly string[];
}
export declare function canonicalStringWith(rule: CanonicalRule, payload: Readonly<Record<string, unknown>>): string;
export declare function signWith(rule: CanonicalRule, payload: Readonly<Record<string, unknown>>, secret: string): string;
/**
* The HMAC signer of a secret: prepared once and kept for the next call with the same secret (a
* client signs every request with its one secret). One secret is kept, never a payload or a
* signature; a call with another secret replaces it.
*/
export declare function signerFor(secret: string): (message: string) => string;
//# sourceMappingURL=signing.d.ts.map