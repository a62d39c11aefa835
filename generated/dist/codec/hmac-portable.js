// Generated from asyncapi.yaml and templates/codec/hmac-portable.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* HMAC-SHA256 for browsers and every runtime without `node:crypto`: the package's `#hmac` import
* resolves here under the `browser` and `default` export conditions (hmac.ts under `node`).
* WebCrypto's HMAC is asynchronous only; signing stays synchronous with @noble/hashes, an audited
* implementation without dependencies. Same export as hmac.ts.
*/
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/** A signer for one secret: message (UTF-8) → lowercase hex HMAC-SHA256. */
export function createHmacSha256Hex(secret) {
	// The keyed state (key padded and hashed once) is cloned for every message.
	const keyed = hmac.create(sha256, encoder.encode(secret));
	return (message) => {
		const mac = keyed.clone().update(encoder.encode(message)).digest();
		let hex = "";
		for (let i = 0; i < mac.length; i++) hex += HEX[mac[i]];
		return hex;
	};
}
//# sourceMappingURL=hmac-portable.js.map