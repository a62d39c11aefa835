// Generated from asyncapi.yaml and templates/simulator/deps.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the simulator needs from the generated package (spec, validator, signer) and the options
 * it takes. The generated glue passes the generated `spec`, `validateRequest`, `canonicalString`
 * and `sign`; tests pass hand-made ones.
 */
export {};
//# sourceMappingURL=deps.js.map