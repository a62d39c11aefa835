// Generated from asyncapi.yaml and templates/runtime/spec.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the runtime knows about an API: everything here is generated from the AsyncAPI document
 * (generated/src/spec.ts fills a ProtocolSpec and a Codec). The runtime itself knows no API fact.
 */
export {};
//# sourceMappingURL=spec.js.map