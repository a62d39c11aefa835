// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { stringifyJson } from "../json.js";
import { OPEN, dropped, safely } from "./connection.js";
import { KIND_HEARTBEAT, removePending, sweepDeadlines } from "./pending.js";
export function startTimers(client) {
	stopTimers(client);
	if (client.pending.size > 0) sweepDeadlines(client);
	if (client.heartbeatIntervalMs > 0) client.heartbeatTimer = setInterval(() => heartbeat(client), client.heartbeatIntervalMs);
	if (client.deadAfterMs > 0) {
		const tick = Math.max(5, Math.min(1e3, Math.floor(client.deadAfterMs / 4)));
		client.deadTimer = setInterval(() => checkAlive(client), tick);
	}
}
export function stopTimers(client) {
	if (client.deadlineTimer !== undefined) clearTimeout(client.deadlineTimer);
	client.deadlineTimer = undefined;
	if (client.heartbeatTimer !== undefined) clearInterval(client.heartbeatTimer);
	if (client.deadTimer !== undefined) clearInterval(client.deadTimer);
	client.heartbeatTimer = undefined;
	client.deadTimer = undefined;
}
export function heartbeat(client) {
	const conn = client.conn;
	if (conn === undefined || conn.socket.readyState !== OPEN) return;
	if (typeof conn.socket.ping === "function") safely(() => conn.socket.ping());
	const op = client.heartbeatOp;
	const destination = client.heartbeatDestination;
	if (op === undefined || destination === undefined) return;
	const loading = client.codec.prepare?.(op.id);
	if (loading !== undefined) {
		loading.then(() => heartbeat(client), (error) => client.log("warn", "loading the heartbeat validators failed", { error: String(error) }));
		return;
	}
	if (client.heartbeatKey !== undefined) {
		const old = client.pending.get(client.heartbeatKey);
		if (old !== undefined) removePending(client, old);
	}
	const id = ++client.nextCorrelationId;
	let frame;
	try {
		frame = client.build(op, destination, {}, id);
	} catch (error) {
		client.log("warn", "building the heartbeat request failed", { error: error instanceof Error ? error.message : String(error) });
		return;
	}
	const key = String(id);
	client.pending.set(key, {
		key,
		op,
		destination,
		kind: KIND_HEARTBEAT,
		resolve: undefined,
		reject: undefined,
		entry: undefined,
		timer: undefined,
		signal: undefined,
		onAbort: undefined,
		sentAt: undefined,
		deadline: undefined,
		timeoutMs: 0
	});
	client.heartbeatKey = key;
	client.limiter?.consume(op);
	safely(() => conn.socket.send(stringifyJson(frame)));
}
export function checkAlive(client) {
	const now = Date.now();
	if (client.received !== client.receivedAtCheck) {
		client.receivedAtCheck = client.received;
		client.silentSince = now;
		client.backoff.reset();
		return;
	}
	if (now - client.silentSince >= client.deadAfterMs) {
		client.log("warn", "no frame received: treating the connection as dead", { silentMs: now - client.silentSince });
		dropped(client, `dead: nothing received for ${now - client.silentSince} ms`);
	}
}
//# sourceMappingURL=keep-alive.js.map