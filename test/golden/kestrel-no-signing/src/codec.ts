// Generated from kestrel-no-signing.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { createCodec, type FullCodec } from './codec/codec.js';
import type { ProtocolSpec, RequestContext, ValidationResult } from './runtime/spec.js';
import { rules, spec } from './spec.js';
import { validators } from './validators/all.js';
import type { Destination, EventTypes, ParamsOf, ReplyOf, RequestEnvelope } from './api.js';

/** The codec of this API: builds, signs, validates and decodes its messages (every validator loaded). */
export const codec: FullCodec = createCodec(spec, { ...rules, ...validators });

/** Metadata of every operation, read from the document. */
export const operations: ProtocolSpec['operations'] = spec.operations;

/**
 * Builds the frame to send to `destination`, signed when the operation is signed (apiKey,
 * timestamp and recvWindow from `ctx` added to the payload, then the signature). With `timestamp`
 * and `correlationId` given the result is deterministic. Throws an InvalidRequestError naming the
 * destination, the field and the rule; nothing is returned half-built.
 */
export function buildRequest<D extends Destination>(destination: D, params: ParamsOf<D>, ctx?: RequestContext): RequestEnvelope<D> {
  return codec.buildRequest(destination, params, ctx ?? {}) as unknown as RequestEnvelope<D>;
}

/** The canonical string a payload is signed over. */
export function canonicalString(payload: Readonly<Record<string, unknown>>): string {
  return codec.canonicalString(payload);
}

/** The lowercase hex HMAC-SHA256 signature of a payload's canonical string. */
export function sign(payload: Readonly<Record<string, unknown>>, secret: string): string {
  return codec.sign(payload, secret);
}

/** Checks a request payload (signing fields included) strictly, as the server would. */
export function validateRequest(destination: string, payload: unknown): ValidationResult {
  return codec.validateRequest(destination, payload);
}

/**
 * Checks a reply payload tolerantly (scalars as numbers or strings, bare arrays); does not change
 * `payload`; `value` is the reply decoded into its documented types.
 */
export function validateReply<D extends Destination>(requestDestination: D | string, payload: unknown): ValidationResult<ReplyOf<D>> {
  return codec.validateReply(requestDestination, payload) as ValidationResult<ReplyOf<D>>;
}

/** Checks an event payload tolerantly; does not change `payload`; `value` is the decoded event. */
export function validateEvent<E extends keyof EventTypes>(eventDestination: E | string, payload: unknown): ValidationResult<EventTypes[E]> {
  return codec.validateEvent(eventDestination, payload) as ValidationResult<EventTypes[E]>;
}
