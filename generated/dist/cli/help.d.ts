// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CliOperation, CliSpec } from "./spec.js";
/** `currencycom-ws --help`. */
export declare function renderHelp(spec: CliSpec): string;
/** `currencycom-ws <operation> --help`. */
export declare function renderOperationHelp(spec: CliSpec, op: CliOperation): string;
/** A word as a POSIX shell reads it back (quoted only when needed). */
export declare function shellWord(word: string): string;
//# sourceMappingURL=help.d.ts.map