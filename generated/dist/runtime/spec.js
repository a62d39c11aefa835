// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export {};
//# sourceMappingURL=spec.js.map