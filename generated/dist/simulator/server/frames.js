// Generated from asyncapi.yaml and templates/simulator/server/frames.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Frames out: replies (optionally delayed or held back by faults), error replies and events. */
import { WebSocket } from "ws";
export function rawSend(sim, conn, frame) {
	if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(frame));
}
export function sendReply(sim, conn, frame) {
	if (sim.onRequest !== undefined) logReply(sim, frame);
	if (sim.silent) return;
	if (sim.replyDelayMs > 0) {
		const timer = setTimeout(() => {
			sim.pendingTimers.delete(timer);
			if (!sim.silent) rawSend(sim, conn, frame);
		}, sim.replyDelayMs);
		sim.pendingTimers.add(timer);
	} else {
		rawSend(sim, conn, frame);
	}
}
/** Every reply answers one request: tell the request log what was asked and answered. */
function logReply(sim, frame) {
	const env = sim.env;
	const destination = frame[env.destinationField];
	const correlationId = frame[env.correlationIdField];
	const payload = frame[env.payloadField];
	const failed = frame[env.statusField] !== env.okStatus;
	const expectedCanonical = sim.refusedCanonical;
	sim.refusedCanonical = undefined;
	sim.onRequest({
		...typeof destination === "string" ? { destination } : {},
		...typeof correlationId === "string" ? { correlationId } : {},
		status: String(frame[env.statusField]),
		...failed && payload ? { error: {
			code: payload[env.errorCodeField],
			msg: String(payload[env.errorTextField])
		} } : {},
		...failed && expectedCanonical !== undefined ? { expectedCanonical } : {}
	});
}
export function reply(sim, conn, destination, correlationId, payload) {
	const frame = {
		[sim.env.statusField]: sim.env.okStatus,
		[sim.env.destinationField]: destination
	};
	if (correlationId !== undefined) frame[sim.env.correlationIdField] = correlationId;
	frame[sim.env.payloadField] = payload;
	sendReply(sim, conn, frame);
}
export function replyError(sim, conn, destination, correlationId, error) {
	const frame = { [sim.env.statusField]: sim.errorStatus };
	if (destination !== undefined) frame[sim.env.destinationField] = destination;
	if (correlationId !== undefined) frame[sim.env.correlationIdField] = correlationId;
	frame[sim.env.payloadField] = {
		[sim.env.errorCodeField]: error.code,
		[sim.env.errorTextField]: error.msg
	};
	sendReply(sim, conn, frame);
}
export function sendEvent(sim, conn, destination, payload) {
	if (sim.silent) return;
	rawSend(sim, conn, {
		[sim.env.statusField]: sim.env.okStatus,
		[sim.env.destinationField]: destination,
		[sim.env.payloadField]: payload
	});
}
//# sourceMappingURL=frames.js.map