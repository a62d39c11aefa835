// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { Connection, SimState } from "./state.js";
export declare function armHeartbeat(sim: SimState, conn: Connection): void;
export declare function disarmHeartbeat(sim: SimState, conn: Connection): void;
//# sourceMappingURL=heartbeat.d.ts.map