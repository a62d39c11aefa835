// Generated from asyncapi.yaml and templates/codec/signing.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The document's signing rule: a canonical string of the payload (keys sorted by UTF-16 code
* units, `key<assign>value` with the value's JavaScript string form, not URL-encoded, joined by
* `separator`, excluded keys left out) and an HMAC-SHA256 of it, lowercase hex. The secret is
* used as the HMAC key and for nothing else.
*/
// `#hmac` is the package's own import map: node:crypto on Node, @noble/hashes elsewhere (package.json `imports`).
import { createHmacSha256Hex } from "#hmac";
export function canonicalStringWith(rule, payload) {
	// Array.prototype.sort() without a comparator orders by UTF-16 code units, as the rule says.
	const keys = Object.keys(payload).sort();
	let out = "";
	let first = true;
	for (const k of keys) {
		if (rule.exclude.includes(k)) continue;
		const v = payload[k];
		if (v === undefined) continue;
		out += (first ? "" : rule.separator) + k + rule.assign + String(v);
		first = false;
	}
	return out;
}
export function signWith(rule, payload, secret) {
	return signerFor(secret)(canonicalStringWith(rule, payload));
}
let lastSecret;
let lastSigner;
/**
* The HMAC signer of a secret: prepared once and kept for the next call with the same secret (a
* client signs every request with its one secret). One secret is kept, never a payload or a
* signature; a call with another secret replaces it.
*/
export function signerFor(secret) {
	if (secret !== lastSecret || lastSigner === undefined) {
		lastSigner = createHmacSha256Hex(secret);
		lastSecret = secret;
	}
	return lastSigner;
}
//# sourceMappingURL=signing.js.map