// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Currency.com (Dzengi.com) WebSocket API
*
* Reference: docs/README.md
* @packageDocumentation
*/
export { CurrencyComClient } from "./client.js";
export { buildRequest, canonicalString, sign, validateRequest, validateReply, validateEvent, operations, codec } from "./codec.js";
export { spec } from "./spec.js";
export * from "./runtime/errors.js";
export type { ClientOptions, RequestOptions, SubscribeOptions, ConnectionState, StateChange, Logger } from "./runtime/client.js";
export type { Subscription } from "./runtime/subscription.js";
export type { ProtocolSpec, OperationSpec, StreamSpec, RateLimitSpec, ServerSpec, ValidationResult, ValidationIssue, RequestContext } from "./runtime/spec.js";
export type * from "./types.js";
export type * from "./api.js";
//# sourceMappingURL=index.d.ts.map