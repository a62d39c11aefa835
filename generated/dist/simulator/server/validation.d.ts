// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Validation issues → the API's errors (-1104 unread parameters, -1128 missing or not fitting together, -1100 illegal). */
import type { SimulatorValidationIssue } from "../deps.js";
import { type ApiError } from "../errors.js";
/** The top-level parameter an issue is about ('' if it cannot be told). */
export declare function issueField(issue: SimulatorValidationIssue): string;
export declare function isUnread(rule: string): boolean;
export declare function isMissing(rule: string): boolean;
/**
* The error the API gives for failed validation, or undefined when only `ignored` fields are
* concerned. Unknown parameters → -1104; a missing one → -1128; any other failure → -1100.
*/
export declare function validationError(issues: readonly SimulatorValidationIssue[], payload: Readonly<Record<string, unknown>>, ignored?: ReadonlySet<string>): ApiError | undefined;
//# sourceMappingURL=validation.d.ts.map