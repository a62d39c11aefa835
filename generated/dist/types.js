// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/* eslint-disable */
// Wire types of every schema of the document, made by Modelina.
export {};
//# sourceMappingURL=types.js.map