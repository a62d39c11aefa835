// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ApiError, BadFrameError, InvalidReplyError, SubscriptionRejectedError, UnknownValueWarning } from "../errors.js";
import { hasLongDigitRun, quoteUnsafeIntegers } from "../json.js";
import { KIND_REQUEST, KIND_SUBSCRIBE, removeFound } from "./pending.js";
/**
* One inbound text frame. `longRun`: whether the text has a run of 16 or more digits (see
* json.ts; the caller checks it, on the frame's bytes where it has them): only then are unsafe
* integers quoted before parsing.
*/
export function handleText(client, text, longRun = hasLongDigitRun(text)) {
	let frame;
	try {
		frame = JSON.parse(longRun ? quoteUnsafeIntegers(text) : text);
	} catch {
		badFrame(client, "not JSON", text);
		return;
	}
	if (frame === null || typeof frame !== "object" || Array.isArray(frame)) {
		badFrame(client, "not a JSON object", text);
		return;
	}
	handleFrame(client, frame, text);
}
/**
* One inbound frame, parsed: from its text, or read from its bytes by the generated frame
* decoder (`source` is then those bytes, decoded only if a warning needs an excerpt).
*/
export function handleFrame(client, f, source) {
	const read = client.frameReader;
	const correlationId = read.correlationId(f);
	if (correlationId !== undefined && correlationId !== null) {
		handleReply(client, f, typeof correlationId === "string" ? correlationId : String(correlationId));
		return;
	}
	const destination = read.destination(f);
	if (typeof destination !== "string") {
		badFrame(client, `no ${client.destField} and no ${client.cidField}`, textOf(source));
		return;
	}
	const index = read.eventIndex(destination);
	const route = index < 0 ? undefined : client.streamByIndex[index];
	if (route === undefined) {
		if (destination !== client.heartbeatDestination) badFrame(client, `unknown ${client.destField} ${JSON.stringify(destination)}`, textOf(source), { destination });
		return;
	}
	if (route.all.length === 0) return;
	let payload = read.payload(f);
	if (client.validateInbound) {
		let result;
		try {
			let decode = route.decode;
			if (decode === undefined) decode = route.decode = client.codec.eventDecoder?.(destination);
			result = decode === undefined ? client.codec.decodeEvent(destination, payload) : decode(payload);
		} catch (error) {
			badFrame(client, `decoding the event failed: ${String(error)}`, textOf(source), { destination });
			return;
		}
		if (!result.valid) {
			badFrame(client, "the event does not match its schema", textOf(source), { destination }, result.errors);
			return;
		}
		payload = result.value;
		if (result.unknownValues !== undefined) {
			unknownValues(client, destination, result.unknownValues);
			route.dispatch(payload, result.unknownValues.map((u) => u.path.slice(1)));
			return;
		}
	}
	route.dispatch(payload);
}
const utf8 = new TextDecoder();
/** A frame's text for a warning's excerpt (bytes the frame decoder read are ASCII: any decoding will do). */
function textOf(source) {
	return typeof source === "string" ? source : utf8.decode(source);
}
export function handleReply(client, f, key) {
	const p = client.pending.get(key);
	if (p === undefined) {
		client.log("debug", "reply to no waiting request (timed out, aborted or not ours)", { correlationId: key });
		return;
	}
	removeFound(client, p, key);
	const status = client.frameReader.status(f);
	const payload = client.frameReader.payload(f);
	let error;
	let value = payload;
	if (status !== undefined && status !== client.okStatus || isFailure(client, payload)) {
		// A status other than OK, or an OK reply whose payload carries the document's failure fields.
		error = apiError(client, replyRef(p, key), status, payload);
	} else if (client.validateInbound) {
		try {
			const result = client.codec.decodeReply(p.op.id, payload);
			if (result.valid) {
				value = result.value;
				if (result.unknownValues !== undefined) unknownValues(client, p.destination, result.unknownValues);
			} else error = new InvalidReplyError({
				...replyRef(p, key),
				issues: result.errors,
				payload
			});
		} catch (e) {
			error = new InvalidReplyError({
				...replyRef(p, key),
				issues: [{
					path: "",
					rule: "decode",
					message: String(e)
				}],
				payload
			});
		}
	}
	if (p.kind === KIND_REQUEST) {
		// The round trip feeds the rate limiter's margin only: no clock read without a limiter.
		if (p.sentAt !== undefined && client.limiter !== undefined) client.roundTripMs = Math.max(performance.now() - p.sentAt, client.roundTripMs * .9);
		if (error === undefined) p.resolve(value);
		else p.reject(error);
	} else if (p.kind === KIND_SUBSCRIBE) {
		const entry = p.entry;
		entry.pendingKey = undefined;
		if (error === undefined) error = checkStatuses(client, entry, replyRef(p, key), value);
		if (error === undefined) entry.sub.acknowledge(value);
		else entry.sub.fail(error);
	} else if (error !== undefined) {
		client.log("warn", "the heartbeat request failed", { error: error.message });
	}
}
/** What an error about a reply names; built only when there is one. */
function replyRef(p, correlationId) {
	return {
		destination: p.destination,
		operationId: p.op.id,
		correlationId
	};
}
/** Whether an OK reply's payload carries every field of one of the document's failure sets. */
export function isFailure(client, payload) {
	const sets = client.spec.envelope.failureFields;
	if (sets === undefined || sets.length === 0 || payload === null || typeof payload !== "object" || Array.isArray(payload)) return false;
	const body = payload;
	// Plain loops: this runs on every OK reply, and closures here were made per reply.
	for (let i = 0; i < sets.length; i++) {
		const fields = sets[i];
		let all = true;
		for (let j = 0; j < fields.length; j++) {
			const f = fields[j];
			const v = Object.prototype.hasOwnProperty.call(body, f) ? body[f] : undefined;
			if (v === null || v === undefined || v === "") {
				all = false;
				break;
			}
		}
		if (all) return true;
	}
	return false;
}
/**
* A subscription reply with per-symbol statuses: none accepted → the subscription fails naming
* the refused symbols; some refused → a warning naming them, and the subscription goes on.
*/
export function checkStatuses(client, entry, ref, value) {
	const rule = entry.op.subscriptionStatus;
	if (rule === undefined || value === null || typeof value !== "object") return undefined;
	const statuses = value[rule.field];
	if (statuses === null || typeof statuses !== "object" || Array.isArray(statuses)) return undefined;
	const refused = {};
	let accepted = 0;
	for (const [key, status] of Object.entries(statuses)) {
		if (typeof status === "string" && rule.accepted.includes(status)) accepted++;
		else refused[key] = String(status);
	}
	if (Object.keys(refused).length === 0) return undefined;
	const error = new SubscriptionRejectedError({
		...ref,
		refused,
		partial: accepted > 0
	});
	if (accepted === 0) return error;
	client.log("warn", error.message, { destination: ref.destination });
	client.emit("warning", error);
	return undefined;
}
/** Distinct unknown enum values remembered (each is reported once); beyond this, repeats are reported again. */
const MAX_REPORTED_UNKNOWN = 1e3;
/**
* Reports values of open enums that the document does not list: one warning per destination,
* field and value (array indices folded), so a stream does not repeat it on every event.
*/
export function unknownValues(client, destination, values) {
	for (const u of values) {
		const field = u.path.replace(/\/\d+(?=\/|$)/g, "/*");
		const key = `${destination}\u0000${field}\u0000${u.value}`;
		if (client.reportedUnknown.has(key)) continue;
		if (client.reportedUnknown.size < MAX_REPORTED_UNKNOWN) client.reportedUnknown.add(key);
		const warning = new UnknownValueWarning({
			destination,
			field: u.path,
			value: u.value,
			known: u.known
		});
		client.log("warn", warning.message, { destination });
		client.emit("warning", warning);
	}
}
export function apiError(client, ref, status, payload) {
	const env = client.spec.envelope;
	const body = payload !== null && typeof payload === "object" ? payload : {};
	const rawCode = body[env.errorCodeField];
	const apiCode = typeof rawCode === "number" ? rawCode : typeof rawCode === "string" && rawCode.trim() !== "" && Number.isFinite(Number(rawCode)) ? Number(rawCode) : undefined;
	const text = body[env.errorTextField];
	const name = body[env.errorNameField];
	return new ApiError({
		...ref,
		apiCode,
		apiMessage: typeof text === "string" ? text : typeof payload === "string" ? payload : undefined,
		errorName: typeof name === "string" ? name : apiCode === undefined ? undefined : client.spec.errorCodes[apiCode],
		status,
		payload
	});
}
export function badFrame(client, reason, text, ref = {}, issues) {
	const error = new BadFrameError({
		...ref,
		reason: client.redact(reason),
		excerpt: client.redact(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text),
		...issues === undefined ? {} : { issues }
	});
	client.log("warn", error.message, ref);
	client.emit("warning", error);
}
export const EXCERPT = 200;
//# sourceMappingURL=inbound.js.map