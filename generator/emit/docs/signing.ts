/**
 * Signatures for the docs' examples, computed in the generator with the model's signing rule:
 * canonical string = payload keys in JavaScript's default sort order (UTF-16 code units), the
 * excluded keys left out, each `key<assign><String(value)>`, joined by the separator; the
 * signature is the lowercase hex HMAC-SHA256 of it keyed with the secret.
 */
import type { SigningModel } from '../../model.js';
// The very code the package signs with, so the docs cannot drift from it.
import { canonicalStringWith, signWith } from '../../../templates/codec/signing.js';

/**
 * Example credentials: the document's own (`x-signing.example`) so a reader can reproduce every
 * signature shown; without them, obvious placeholders. A fixed timestamp keeps the examples
 * deterministic. These sign nothing real.
 */
export const PLACEHOLDER_EXAMPLE = { apiKey: 'example-api-key', apiSecret: 'example-api-secret', timestamp: 1700000000000 } as const;

export interface ExampleCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly timestamp: number;
}

export function exampleCredentials(signing: SigningModel): ExampleCredentials {
  return {
    apiKey: signing.example?.apiKey ?? PLACEHOLDER_EXAMPLE.apiKey,
    apiSecret: signing.example?.apiSecret ?? PLACEHOLDER_EXAMPLE.apiSecret,
    timestamp: signing.example?.timestamp ?? PLACEHOLDER_EXAMPLE.timestamp,
  };
}

export function canonicalString(signing: SigningModel, payload: Readonly<Record<string, unknown>>): string {
  return canonicalStringWith(signing.canonical, payload);
}

/**
 * A signed payload as the client builds it: the params, then the key and timestamp fields, then
 * the signature over the canonical string of all of them.
 */
export function signPayload(
  signing: SigningModel,
  params: Readonly<Record<string, unknown>>,
  creds: ExampleCredentials,
): { payload: Record<string, unknown>; canonical: string; signature: string } {
  const payload: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (k === signing.keyField || k === signing.timestampField || k === signing.signatureField) continue;
    payload[k] = v;
  }
  payload[signing.keyField] = creds.apiKey;
  payload[signing.timestampField] = creds.timestamp;
  const canonical = canonicalString(signing, payload);
  const signature = signWith(signing.canonical, payload, creds.apiSecret);
  payload[signing.signatureField] = signature;
  return { payload, canonical, signature };
}

/** A POSIX shell word: single-quoted, a `'` inside written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
