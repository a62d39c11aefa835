// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { type FullCodec } from "./codec/codec.js";
import type { ProtocolSpec, RequestContext, ValidationResult } from "./runtime/spec.js";
import type { Destination, EventTypes, ParamsOf, ReplyOf, RequestEnvelope } from "./api.js";
/** The codec of this API: builds, signs, validates and decodes its messages (every validator loaded). */
export declare const codec: FullCodec;
/** Metadata of every operation, read from the document. */
export declare const operations: ProtocolSpec["operations"];
/**
* Builds the frame to send to `destination`, signed when the operation is signed (apiKey,
* timestamp and recvWindow from `ctx` added to the payload, then the signature). With `timestamp`
* and `correlationId` given the result is deterministic. Throws an InvalidRequestError naming the
* destination, the field and the rule; nothing is returned half-built.
*/
export declare function buildRequest<D extends Destination>(destination: D, params: ParamsOf<D>, ctx?: RequestContext): RequestEnvelope<D>;
/** The canonical string a payload is signed over. */
export declare function canonicalString(payload: Readonly<Record<string, unknown>>): string;
/** The lowercase hex HMAC-SHA256 signature of a payload's canonical string. */
export declare function sign(payload: Readonly<Record<string, unknown>>, secret: string): string;
/** Checks a request payload (signing fields included) strictly, as the server would. */
export declare function validateRequest(destination: string, payload: unknown): ValidationResult;
/**
* Checks a reply payload tolerantly (scalars as numbers or strings, bare arrays); does not change
* `payload`; `value` is the reply decoded into its documented types.
*/
export declare function validateReply<D extends Destination>(requestDestination: D | string, payload: unknown): ValidationResult<ReplyOf<D>>;
/** Checks an event payload tolerantly; does not change `payload`; `value` is the decoded event. */
export declare function validateEvent<E extends keyof EventTypes>(eventDestination: E | string, payload: unknown): ValidationResult<EventTypes[E]>;
//# sourceMappingURL=codec.d.ts.map