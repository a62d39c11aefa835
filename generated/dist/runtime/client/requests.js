// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { AbortedError, ClosedError, NotConnectedError, QueueFullError, UnknownOperationError, UnsupportedVersionError } from "../errors.js";
import { stringifyJson } from "../json.js";
import { OPEN } from "./connection.js";
import { KIND_REQUEST, armDeadline, removePending } from "./pending.js";
import { own } from "./routing.js";
export function resolveOperation(client, operationId) {
	const op = own(client.spec.operations, operationId);
	if (op === undefined) throw new UnknownOperationError(`Unknown operation ${JSON.stringify(operationId)}.`, { operationId });
	const destination = destinationIn(client, op, client.apiVersion);
	if (destination === undefined) {
		throw new UnsupportedVersionError(`Operation ${operationId} does not exist in API version ${client.apiVersion} (it exists in ${Object.keys(op.destinations).join(", ")}).`, client.apiVersion, { operationId });
	}
	return {
		op,
		destination
	};
}
export function destinationIn(client, op, version) {
	return own(op.destinations, version) ?? own(op.destinations, "");
}
export function send(client, op, destination, params, options) {
	const ref = {
		destination,
		operationId: op.id
	};
	let correlationId;
	let frame;
	try {
		const signal = options.signal;
		if (signal?.aborted) throw new AbortedError({
			...ref,
			sent: false,
			reason: signal.reason
		});
		if (op.kind === "subscribe") throw new UnknownOperationError(`${destination} is a subscription; use subscribe().`, ref);
		client.checkCredentials(op, ref);
		checkCanSend(client, ref);
		// In flight (pending) plus waiting to be sent (outstanding): bounded together.
		if (client.outstanding + client.pending.size >= client.maxPending) throw new QueueFullError("Calls in flight or waiting", client.maxPending, ref);
		// The operation's validators load on its first call (a bundler's chunk); after that this is a no-op.
		const loading = client.codec.prepare?.(op.id);
		if (loading !== undefined) return loading.then(() => send(client, op, destination, params, options));
		correlationId = ++client.nextCorrelationId;
		frame = client.build(op, destination, params, correlationId, options.recvWindow);
	} catch (error) {
		return Promise.reject(error);
	}
	// The common case goes out now, without an async frame: open connection, room in every limit.
	const limiter = client.limiter;
	if (client.currentState === "open" && (limiter === undefined || limiter.tryAcquire(op))) {
		return transmit(client, op, destination, correlationId, frame, options.signal, options.timeoutMs ?? client.requestTimeoutMs);
	}
	return sendLater(client, op, destination, params, options, correlationId, frame, ref);
}
/** A call that must wait for the connection or for its turn in a rate limit (bounded waits). */
export async function sendLater(client, op, destination, params, options, correlationId, frame, ref) {
	const signal = options.signal;
	client.outstanding++;
	try {
		if (client.currentState !== "open") await waitOpen(client, signal, client.connectWaitMs, ref);
		const limiter = client.limiter;
		if (limiter !== undefined && !limiter.tryAcquire(op)) {
			await limiter.acquire(op, {
				signal,
				maxWaitMs: client.rateMaxWaitMs
			});
			if (client.currentState !== "open") {
				checkCanSend(client, ref);
				await waitOpen(client, signal, client.connectWaitMs, ref);
			}
		}
		if (signal?.aborted) throw new AbortedError({
			...ref,
			sent: false,
			reason: signal.reason
		});
		if (op.signed) frame = client.build(op, destination, params, correlationId, options.recvWindow);
	} finally {
		client.outstanding--;
	}
	return transmit(client, op, destination, correlationId, frame, signal, options.timeoutMs ?? client.requestTimeoutMs);
}
export function transmit(client, op, destination, correlationId, frame, signal, timeoutMs) {
	const conn = client.conn;
	const key = String(correlationId);
	if (conn === undefined || conn.socket.readyState !== OPEN) {
		return Promise.reject(new NotConnectedError(`The connection is not open; ${destination} was not sent.`, refOf(destination, op, key)));
	}
	const text = stringifyJson(frame);
	return new Promise((resolve, reject) => {
		try {
			conn.socket.send(text);
		} catch (error) {
			reject(new NotConnectedError(`Sending ${destination} failed; it was not sent.`, refOf(destination, op, key), error));
			return;
		}
		const sentAt = performance.now();
		const p = {
			key,
			op,
			destination,
			kind: KIND_REQUEST,
			resolve,
			reject,
			entry: undefined,
			timer: undefined,
			signal,
			onAbort: undefined,
			sentAt,
			deadline: sentAt + timeoutMs,
			timeoutMs
		};
		client.pending.set(key, p);
		armDeadline(client, p.deadline);
		if (signal !== undefined) {
			p.onAbort = () => {
				if (client.pending.get(key) !== p) return;
				removePending(client, p);
				reject(new AbortedError({
					...refOf(destination, op, key),
					sent: true,
					reason: signal.reason
				}));
			};
			signal.addEventListener("abort", p.onAbort, { once: true });
		}
	});
}
/** The reference an error names; built only on the error paths, not per request. */
function refOf(destination, op, correlationId) {
	return {
		destination,
		operationId: op.id,
		correlationId
	};
}
/** Throws when a call cannot even wait for the connection. */
export function checkCanSend(client, ref) {
	const state = client.currentState;
	if (state === "open" || state === "connecting") return;
	if (state === "reconnecting") {
		if (client.whileReconnecting === "fail") {
			throw new NotConnectedError(`The client is reconnecting; ${ref.destination ?? "the call"} was not sent.`, ref);
		}
		return;
	}
	if (client.userClosed) throw new ClosedError("The client is closed; the call was not sent.", ref);
	throw new NotConnectedError(`The client is not connected (call connect() first); ${ref.destination ?? "the call"} was not sent.`, ref);
}
export function waitOpen(client, signal, waitMs, ref) {
	if (client.currentState === "open") return Promise.resolve();
	return new Promise((resolve, reject) => {
		let timer;
		const onAbort = () => {
			finish();
			reject(new AbortedError({
				...ref,
				sent: false,
				reason: signal?.reason
			}));
		};
		const finish = () => {
			client.openWaiters.delete(waiter);
			if (timer !== undefined) clearTimeout(timer);
			signal?.removeEventListener("abort", onAbort);
		};
		const waiter = {
			resolve: () => {
				finish();
				resolve();
			},
			reject: (error) => {
				finish();
				reject(error);
			}
		};
		client.openWaiters.add(waiter);
		if (Number.isFinite(waitMs)) {
			timer = setTimeout(() => {
				finish();
				reject(new NotConnectedError(`No open connection within ${waitMs} ms; ${ref.destination ?? "the call"} was not sent.`, ref));
			}, waitMs);
		}
		signal?.addEventListener("abort", onAbort, { once: true });
	});
}
export function rejectOpenWaiters(client, error) {
	for (const w of [...client.openWaiters]) w.reject(error);
}
//# sourceMappingURL=requests.js.map