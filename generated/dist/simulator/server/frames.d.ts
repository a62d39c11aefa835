// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { FaultError } from "../server.js";
import type { Connection, SimState } from "./state.js";
export declare function rawSend(sim: SimState, conn: Connection, frame: Record<string, unknown>): void;
export declare function sendReply(sim: SimState, conn: Connection, frame: Record<string, unknown>): void;
export declare function reply(sim: SimState, conn: Connection, destination: string, correlationId: string | undefined, payload: unknown): void;
export declare function replyError(sim: SimState, conn: Connection, destination: string | undefined, correlationId: string | undefined, error: FaultError): void;
export declare function sendEvent(sim: SimState, conn: Connection, destination: string, payload: unknown): void;
//# sourceMappingURL=frames.d.ts.map