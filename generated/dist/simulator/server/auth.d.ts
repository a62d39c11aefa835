// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { SimState } from "./state.js";
/** Constant-time comparison of two signatures. */
export declare function signaturesEqual(given: string, expected: string): boolean;
export declare function authenticate(sim: SimState, payload: Record<string, unknown>): string;
//# sourceMappingURL=auth.d.ts.map