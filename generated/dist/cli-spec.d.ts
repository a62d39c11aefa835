// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CliSpec } from "./cli/spec.js";
/** What the command line knows about the API, read from the document: operations, their parameters as flags, groups, examples. */
export declare const cliSpec: CliSpec;
//# sourceMappingURL=cli-spec.d.ts.map