// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
export {};
//# sourceMappingURL=api.js.map