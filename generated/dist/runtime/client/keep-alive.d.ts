// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Keep-alive: the protocol ping and the document's heartbeat request on an interval, and the
* dead-connection check (nothing received for deadAfterMs).
*/
import type { ClientCore } from "../client.js";
export declare function startTimers(client: ClientCore): void;
export declare function stopTimers(client: ClientCore): void;
export declare function heartbeat(client: ClientCore): void;
export declare function checkAlive(client: ClientCore): void;
//# sourceMappingURL=keep-alive.d.ts.map