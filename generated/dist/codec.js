// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { createCodec } from "./codec/codec.js";
import { rules, spec } from "./spec.js";
import { validators } from "./validators/all.js";
/** The codec of this API: builds, signs, validates and decodes its messages (every validator loaded). */
export const codec = createCodec(spec, {
	...rules,
	...validators
});
/** Metadata of every operation, read from the document. */
export const operations = spec.operations;
/**
* Builds the frame to send to `destination`, signed when the operation is signed (apiKey,
* timestamp and recvWindow from `ctx` added to the payload, then the signature). With `timestamp`
* and `correlationId` given the result is deterministic. Throws an InvalidRequestError naming the
* destination, the field and the rule; nothing is returned half-built.
*/
export function buildRequest(destination, params, ctx) {
	return codec.buildRequest(destination, params, ctx ?? {});
}
/** The canonical string a payload is signed over. */
export function canonicalString(payload) {
	return codec.canonicalString(payload);
}
/** The lowercase hex HMAC-SHA256 signature of a payload's canonical string. */
export function sign(payload, secret) {
	return codec.sign(payload, secret);
}
/** Checks a request payload (signing fields included) strictly, as the server would. */
export function validateRequest(destination, payload) {
	return codec.validateRequest(destination, payload);
}
/**
* Checks a reply payload tolerantly (scalars as numbers or strings, bare arrays); does not change
* `payload`; `value` is the reply decoded into its documented types.
*/
export function validateReply(requestDestination, payload) {
	return codec.validateReply(requestDestination, payload);
}
/** Checks an event payload tolerantly; does not change `payload`; `value` is the decoded event. */
export function validateEvent(eventDestination, payload) {
	return codec.validateEvent(eventDestination, payload);
}
//# sourceMappingURL=codec.js.map