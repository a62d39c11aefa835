#!/usr/bin/env node
// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
export {};
//# sourceMappingURL=simulator-cli.d.ts.map