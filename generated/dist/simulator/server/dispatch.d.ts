// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Frames in: parse, route by destination, apply faults and rate limits, validate, authenticate, answer. */
import type { SimulatorValidationIssue } from "../deps.js";
import { ApiError } from "../errors.js";
import type { Connection, SimState } from "./state.js";
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
export declare function runValidator(sim: SimState, destination: string, payload: Record<string, unknown>): readonly SimulatorValidationIssue[];
/**
* Validates the payload as sent. For signed operations, issues about the signing fields are
* left to authentication; when those were the only issues (a validator that does not know the
* signing fields, or stops at the first issue), the payload is validated again without them.
*/
export declare function validate(sim: SimState, destination: string, payload: Record<string, unknown>, unsigned: Record<string, unknown> | undefined): ApiError | undefined;
export declare function handleFrame(sim: SimState, conn: Connection, text: string): void;
/** The error for a destination no operation declares: a known one in a version it lacks, or unknown. */
export declare function unknownDestination(sim: SimState, destination: string): ApiError;
//# sourceMappingURL=dispatch.d.ts.map