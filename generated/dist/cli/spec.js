// Generated from asyncapi.yaml and templates/cli/spec.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the command line knows about an API: the generated src/cli-spec.ts fills a CliSpec from
 * the AsyncAPI document (operations, their parameters, groups, examples). The code in this folder
 * knows no API fact; it parses, validates, prints and runs per this table.
 */
export {};
//# sourceMappingURL=spec.js.map