// Generated from asyncapi.yaml and templates/simulator/server/heartbeat.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The ping rule: a connection not pinged (protocol ping or heartbeat request) in time is closed. */
import { WebSocket } from "ws";
export function armHeartbeat(sim, conn) {
	if (conn.heartbeat !== undefined) clearTimeout(conn.heartbeat);
	conn.heartbeat = undefined;
	if (sim.silent || sim.closed || sim.heartbeatTimeoutMs <= 0) return;
	conn.heartbeat = setTimeout(() => {
		conn.heartbeat = undefined;
		if (conn.ws.readyState === WebSocket.OPEN) conn.ws.close(1e3, `Not pinged for ${sim.heartbeatTimeoutMs} ms`);
	}, sim.heartbeatTimeoutMs);
}
export function disarmHeartbeat(sim, conn) {
	if (conn.heartbeat !== undefined) clearTimeout(conn.heartbeat);
	conn.heartbeat = undefined;
}
//# sourceMappingURL=heartbeat.js.map