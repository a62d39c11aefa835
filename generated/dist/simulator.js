// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { createSimulator } from "./simulator/server.js";
import { codec } from "./codec.js";
import { spec } from "./spec.js";
/**
* Starts a local exchange that speaks the real protocol at `ws://127.0.0.1:<port>/connect`:
* every destination of the document, signatures verified, the ping rule and rate limits enforced,
* a seeded market whose quotes, depth, trades and candles move, and faults on demand for tests.
*/
export function startSimulator(options) {
	return createSimulator({
		spec,
		validateRequest: (destination, payload) => codec.validateRequest(destination, payload),
		canonicalString: (payload) => codec.canonicalString(payload),
		sign: (payload, secret) => codec.sign(payload, secret)
	}, options);
}
//# sourceMappingURL=simulator.js.map