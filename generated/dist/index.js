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
//# sourceMappingURL=index.js.map