// Generated from asyncapi.yaml and templates/runtime/client/options.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** What a client is configured with, and the events it emits. */
export {};
//# sourceMappingURL=options.js.map