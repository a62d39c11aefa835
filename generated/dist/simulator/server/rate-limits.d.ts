// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The document's rate limits, enforced per connection over sliding windows. */
import type { OperationSpec } from "../../runtime/spec.js";
import { type ApiError } from "../errors.js";
import type { Connection, SimState } from "./state.js";
export declare function checkRateLimits(sim: SimState, conn: Connection, op: OperationSpec): ApiError | undefined;
//# sourceMappingURL=rate-limits.d.ts.map