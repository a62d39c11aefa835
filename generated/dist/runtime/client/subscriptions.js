// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { AbortedError, TimeoutError } from "../errors.js";
import { stringifyJson } from "../json.js";
import { Subscription } from "../subscription.js";
import { OPEN, dropped } from "./connection.js";
import { KIND_SUBSCRIBE, removePending } from "./pending.js";
import { checkCanSend } from "./requests.js";
import { toValues, unique } from "./routing.js";
export function startSubscription(client, op, destination, params, options) {
	const ref = {
		destination,
		operationId: op.id
	};
	const stream = op.stream;
	if (options.signal?.aborted) throw new AbortedError({
		...ref,
		sent: false,
		reason: options.signal.reason
	});
	client.checkCredentials(op, ref);
	checkCanSend(client, ref);
	// Validators not loaded yet (first use of the operation): the params are checked when they are,
	// and a refusal then ends the subscription with the error instead of throwing here.
	const loading = client.codec.prepare?.(op.id);
	const correlationId = loading === undefined ? ++client.nextCorrelationId : 0;
	const frame = loading === undefined ? client.build(op, destination, params, correlationId) : undefined;
	const route = client.streams.get(stream.eventDestination);
	const given = params !== null && typeof params === "object" ? params : {};
	const first = stream.match[0];
	// Decoded events carry canonical values (`1m`), so the subscription's own spellings (`M1`) are mapped too.
	const canonical = (m, values) => values === undefined || m.aliases === undefined ? values : values.map((v) => m.aliases[v] ?? v);
	const keys = first === undefined ? null : unique(canonical(first, toValues(given[first.param]) ?? toValues(first.default)));
	const filters = stream.match.slice(1).map((m) => {
		const values = canonical(m, toValues(given[m.param]) ?? toValues(m.default));
		return values === undefined ? null : new Set(values);
	});
	let entry;
	const signal = options.signal;
	const onAbort = () => sub.close();
	const sub = new Subscription({
		destination,
		operationId: op.id,
		keyFields: stream.match.map((m) => m.field),
		bufferSize: options.bufferSize ?? client.bufferDefaults.bufferSize,
		bufferPolicy: options.bufferPolicy ?? client.bufferDefaults.bufferPolicy,
		lossless: options.lossless ?? client.bufferDefaults.lossless,
		events: stream.events,
		onSlowConsumer: (warning) => {
			client.log("warn", warning.message, {
				destination,
				dropped: warning.dropped
			});
			client.emit("warning", warning);
		},
		onEnd: () => {
			signal?.removeEventListener("abort", onAbort);
			if (entry !== undefined) removeSubscription(client, entry);
		}
	});
	entry = {
		sub,
		op,
		destination,
		params,
		route,
		keys,
		filters,
		pendingKey: undefined,
		connection: -1,
		preparing: loading !== undefined
	};
	client.subs.add(entry);
	route.add(entry);
	signal?.addEventListener("abort", onAbort, { once: true });
	if (loading !== undefined) {
		const ready = entry;
		loading.then(() => {
			ready.preparing = false;
			if (client.currentState === "open") sendSubscription(client, ready);
		}, (error) => sub.fail(error instanceof Error ? error : new Error(String(error))));
	} else if (client.currentState === "open") sendSubscription(client, entry, frame, correlationId);
	return sub;
}
/** Sends (or re-sends, with a fresh frame) the subscribe request of a live subscription. */
export function sendSubscription(client, entry, frame, correlationId) {
	const conn = client.conn;
	if (conn === undefined || conn.socket.readyState !== OPEN || entry.sub.closed || entry.preparing) return;
	let id = correlationId ?? 0;
	let built = frame;
	if (built === undefined) {
		id = ++client.nextCorrelationId;
		try {
			built = client.build(entry.op, entry.destination, entry.params, id);
		} catch (error) {
			entry.sub.fail(error instanceof Error ? error : new Error(String(error)));
			return;
		}
	}
	if (entry.pendingKey !== undefined) {
		const old = client.pending.get(entry.pendingKey);
		if (old !== undefined) removePending(client, old);
	}
	const key = String(id);
	// An unanswered subscribe means the connection is not healthy: drop it, so the reconnect sends
	// every live subscription again instead of leaving this one silently without events.
	const timer = setTimeout(() => {
		const p = client.pending.get(key);
		if (p === undefined || client.conn !== conn) return;
		removePending(client, p);
		entry.pendingKey = undefined;
		const reason = `the subscription to ${entry.destination} was not answered within ${client.requestTimeoutMs} ms`;
		client.emit("warning", new TimeoutError({
			destination: entry.destination,
			operationId: entry.op.id,
			correlationId: key,
			timeoutMs: client.requestTimeoutMs,
			idempotent: entry.op.idempotent
		}));
		client.log("warn", reason, { destination: entry.destination });
		dropped(client, reason);
	}, client.requestTimeoutMs);
	client.pending.set(key, {
		key,
		op: entry.op,
		destination: entry.destination,
		kind: KIND_SUBSCRIBE,
		resolve: undefined,
		reject: undefined,
		entry,
		timer,
		signal: undefined,
		onAbort: undefined,
		sentAt: undefined,
		deadline: undefined,
		timeoutMs: 0
	});
	entry.pendingKey = key;
	entry.connection = conn.id;
	client.limiter?.consume(entry.op);
	try {
		conn.socket.send(stringifyJson(built));
	} catch (error) {
		client.log("warn", "sending a subscription failed", {
			destination: entry.destination,
			error: String(error)
		});
	}
}
export function removeSubscription(client, entry) {
	if (!client.subs.delete(entry)) return;
	entry.route.remove(entry);
	if (entry.pendingKey !== undefined) {
		const p = client.pending.get(entry.pendingKey);
		if (p !== undefined) removePending(client, p);
	}
}
//# sourceMappingURL=subscriptions.js.map