// Generated from asyncapi.yaml and templates/simulator/server/state.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * The state one running simulator shares between its parts: the resolved options, the spec's
 * envelope and signing, the exchange, the routing table, the open connections and the faults.
 */
export {};
//# sourceMappingURL=state.js.map