// Generated from asyncapi.yaml and templates/simulator/server.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The local exchange simulator's WebSocket server: speaks the API's envelope protocol on
* `ws://127.0.0.1:<port>/connect`, routes every frame by its destination to the operation that
* declares it, validates, authenticates (apiKey, HMAC signature, timestamp/recvWindow), applies
* the rate limits, enforces the ping rule, answers from the simulated exchange and pushes the
* subscribed market data streams. `faults` injects failures for client tests. This file wires the
* HTTP and WebSocket servers and the faults; the parts live in server/.
*/
import { createServer } from "node:http";
import { WebSocket, WebSocketServer } from "ws";
import { Exchange } from "./exchange.js";
import { handleFrame } from "./server/dispatch.js";
import { armHeartbeat, disarmHeartbeat } from "./server/heartbeat.js";
import { STREAM_OPERATIONS, pushTick } from "./server/streams.js";
export { signaturesEqual } from "./server/auth.js";
export { issueField, validationError } from "./server/validation.js";
export async function createSimulator(deps, options) {
	const spec = deps.spec;
	const env = spec.envelope;
	const signing = spec.signing;
	const now = options.now ?? Date.now;
	const host = options.host ?? "127.0.0.1";
	const path = options.path ?? "/connect";
	const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? spec.heartbeat.serverTimeoutMs;
	const tickMs = options.tickMs ?? 250;
	const rateLimitsOn = options.rateLimits ?? true;
	const recvWindowDefault = options.recvWindowDefault ?? 5e3;
	const errorStatus = options.errorStatus ?? "ERROR";
	const depthLevels = options.depthLevels ?? 10;
	const credentials = [...options.apiKey !== undefined && options.apiSecret !== undefined ? [{
		apiKey: options.apiKey,
		apiSecret: options.apiSecret
	}] : [], ...options.accounts ?? []];
	if (credentials.length === 0) throw new TypeError("createSimulator: give apiKey and apiSecret, or accounts");
	const secrets = new Map(credentials.map((c) => [c.apiKey, c.apiSecret]));
	const exchange = new Exchange({
		seed: options.seed ?? 1,
		now,
		accounts: credentials.map((c) => c.balances ? {
			apiKey: c.apiKey,
			balances: c.balances
		} : { apiKey: c.apiKey }),
		paramDefaults: Object.fromEntries(Object.values(spec.operations).map((op) => [op.id, op.defaults ?? {}]))
	});
	const market = exchange.market;
	// ---- routing table, built once ----
	const routes = new Map();
	const templates = [];
	const placeholder = `{${spec.versionParameter}}`;
	for (const op of Object.values(spec.operations)) {
		const at = typeof op.address === "string" ? op.address.indexOf(placeholder) : -1;
		if (at >= 0) templates.push({
			prefix: op.address.slice(0, at),
			suffix: op.address.slice(at + placeholder.length)
		});
		for (const [version, destination] of Object.entries(op.destinations)) {
			routes.set(destination, {
				op,
				version
			});
			const vat = version === "" || at >= 0 ? -1 : destination.indexOf(version);
			if (vat >= 0) templates.push({
				prefix: destination.slice(0, vat),
				suffix: destination.slice(vat + version.length)
			});
		}
	}
	const eventDestination = (op, fallback) => op.stream?.eventDestination ?? fallback;
	const streamEvents = new Map();
	for (const op of Object.values(spec.operations)) {
		const s = STREAM_OPERATIONS[op.id];
		if (s && op.kind === "subscribe") streamEvents.set(s.kind, eventDestination(op, s.defaultEvent));
	}
	const sim = {
		deps,
		spec,
		env,
		signing,
		now,
		heartbeatTimeoutMs,
		rateLimitsOn,
		recvWindowDefault,
		errorStatus,
		depthLevels,
		secrets,
		exchange,
		market,
		routes,
		templates,
		streamEvents,
		signingFields: new Set([
			signing.keyField,
			signing.timestampField,
			signing.recvWindowField,
			signing.signatureField
		]),
		connections: new Set(),
		failures: new Map(),
		pendingTimers: new Set(),
		onRequest: options.onRequest,
		refusedCanonical: undefined,
		silent: false,
		replyDelayMs: 0,
		closed: false,
		nextConnectionId: 1
	};
	const { connections, failures, pendingTimers } = sim;
	function tick() {
		if (sim.closed) return;
		pushTick(sim, exchange.tick(now()));
	}
	const wss = new WebSocketServer({
		noServer: true,
		autoPong: false,
		maxPayload: 1 << 20
	});
	const http = createServer((_req, res) => {
		res.writeHead(426, { "content-type": "text/plain" });
		res.end(`WebSocket endpoint: ${path}\n`);
	});
	http.on("upgrade", (req, socket, head) => {
		let pathname = "";
		try {
			pathname = new URL(req.url ?? "", "http://localhost").pathname;
		} catch {
			pathname = "";
		}
		if (pathname !== path || sim.closed) {
			socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
			socket.destroy();
			return;
		}
		wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
	});
	wss.on("connection", (ws) => {
		const conn = {
			id: sim.nextConnectionId++,
			ws,
			quotes: new Set(),
			depth: new Set(),
			trades: new Set(),
			ohlc: new Map(),
			heartbeat: undefined,
			rate: new Map()
		};
		connections.add(conn);
		armHeartbeat(sim, conn);
		ws.on("message", (data) => {
			if (sim.silent) return;
			const text = Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8");
			handleFrame(sim, conn, text);
		});
		ws.on("ping", (data) => {
			if (sim.silent) return;
			if (ws.readyState === WebSocket.OPEN) ws.pong(data);
			armHeartbeat(sim, conn);
		});
		ws.on("error", () => {
			/* a broken client socket: 'close' follows */
		});
		ws.on("close", () => {
			disarmHeartbeat(sim, conn);
			connections.delete(conn);
		});
	});
	await new Promise((resolve, reject) => {
		http.once("error", reject);
		http.listen(options.port ?? 0, host, () => {
			http.off("error", reject);
			resolve();
		});
	});
	const port = http.address().port;
	const interval = tickMs > 0 ? setInterval(tick, tickMs) : undefined;
	const faults = {
		dropConnections() {
			for (const conn of connections) {
				disarmHeartbeat(sim, conn);
				conn.ws.terminate();
			}
		},
		delayReplies(ms) {
			sim.replyDelayMs = Math.max(0, ms);
		},
		sendMalformedFrame(text = `{"${env.statusField}":"${env.okStatus}","${env.destinationField}":`) {
			for (const conn of connections) if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(text);
		},
		failNext(destinationOrOperationId, error) {
			const queue = failures.get(destinationOrOperationId) ?? [];
			queue.push({
				code: error.code,
				msg: error.msg
			});
			failures.set(destinationOrOperationId, queue);
		},
		goSilent(on = true) {
			sim.silent = on;
			for (const conn of connections) {
				if (on) disarmHeartbeat(sim, conn);
				else armHeartbeat(sim, conn);
			}
		},
		reset() {
			sim.replyDelayMs = 0;
			failures.clear();
			faults.goSilent(false);
		}
	};
	const hostInUrl = host.includes(":") ? `[${host}]` : host;
	return {
		url: `ws://${hostInUrl}:${port}${path}`,
		port,
		faults,
		exchange,
		market,
		tick,
		connectionCount: () => connections.size,
		async close() {
			if (sim.closed) return;
			sim.closed = true;
			if (interval !== undefined) clearInterval(interval);
			for (const t of pendingTimers) clearTimeout(t);
			pendingTimers.clear();
			for (const conn of connections) {
				disarmHeartbeat(sim, conn);
				conn.ws.terminate();
			}
			connections.clear();
			await new Promise((resolve) => wss.close(() => resolve()));
			await new Promise((resolve) => {
				http.close(() => resolve());
				http.closeAllConnections();
			});
		}
	};
}
//# sourceMappingURL=server.js.map