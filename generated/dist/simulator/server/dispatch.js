// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ApiError, ApiErrors } from "../errors.js";
import { authenticate } from "./auth.js";
import { reply, replyError } from "./frames.js";
import { armHeartbeat } from "./heartbeat.js";
import { checkRateLimits } from "./rate-limits.js";
import { subscribe } from "./streams.js";
import { validationError } from "./validation.js";
export function isPlainObject(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}
export function runValidator(sim, destination, payload) {
	try {
		const r = sim.deps.validateRequest(destination, payload);
		return r.valid ? [] : r.errors;
	} catch {
		return [];
	}
}
/**
* Validates the payload as sent. For signed operations, issues about the signing fields are
* left to authentication; when those were the only issues (a validator that does not know the
* signing fields, or stops at the first issue), the payload is validated again without them.
*/
export function validate(sim, destination, payload, unsigned) {
	const issues = runValidator(sim, destination, payload);
	if (issues.length === 0) return undefined;
	if (unsigned === undefined) return validationError(issues, payload);
	const first = validationError(issues, payload, sim.signingFields);
	if (first) return first;
	const second = runValidator(sim, destination, unsigned);
	return second.length === 0 ? undefined : validationError(second, payload, sim.signingFields);
}
export function handleFrame(sim, conn, text) {
	let frame;
	try {
		frame = JSON.parse(text);
	} catch {
		replyError(sim, conn, undefined, undefined, ApiErrors.malformedFrame("not JSON"));
		return;
	}
	if (!isPlainObject(frame)) {
		replyError(sim, conn, undefined, undefined, ApiErrors.malformedFrame("not a JSON object"));
		return;
	}
	const destination = frame[sim.env.destinationField];
	const corrRaw = frame[sim.env.correlationIdField];
	const correlationId = corrRaw === undefined || corrRaw === null ? undefined : String(corrRaw);
	if (typeof destination !== "string" || destination === "") {
		replyError(sim, conn, undefined, correlationId, ApiErrors.malformedFrame(`no ${sim.env.destinationField}`));
		return;
	}
	const fail = (e) => replyError(sim, conn, destination, correlationId, e);
	const payloadRaw = frame[sim.env.payloadField] ?? {};
	if (!isPlainObject(payloadRaw)) {
		fail(ApiErrors.illegalParam(sim.env.payloadField, "must be an object"));
		return;
	}
	const payload = payloadRaw;
	const route = sim.routes.get(destination);
	if (!route) {
		fail(unknownDestination(sim, destination));
		return;
	}
	const { op, version } = route;
	for (const key of [destination, op.id]) {
		const queue = sim.failures.get(key);
		if (queue && queue.length > 0) {
			const e = queue.shift();
			if (queue.length === 0) sim.failures.delete(key);
			fail(e);
			return;
		}
	}
	const limited = checkRateLimits(sim, conn, op);
	if (limited) {
		fail(limited);
		return;
	}
	if (op.kind === "heartbeat" || op.id === sim.spec.heartbeat.operation) {
		armHeartbeat(sim, conn);
		reply(sim, conn, destination, correlationId, {});
		return;
	}
	try {
		const params = { ...payload };
		if (op.signed) for (const f of sim.signingFields) delete params[f];
		const invalid = validate(sim, destination, payload, op.signed ? params : undefined);
		if (invalid) throw invalid;
		const apiKey = op.signed ? authenticate(sim, payload) : undefined;
		if (op.kind === "subscribe") {
			const { reply: r, after } = subscribe(sim, conn, op, payload);
			reply(sim, conn, destination, correlationId, r);
			after();
			return;
		}
		const result = sim.exchange.request(op.id, params, apiKey === undefined ? { version } : {
			version,
			apiKey
		});
		reply(sim, conn, destination, correlationId, result);
	} catch (e) {
		if (e instanceof ApiError) fail(e);
		else fail(ApiErrors.unknown());
	}
}
/** The error for a destination no operation declares: a known one in a version it lacks, or unknown. */
export function unknownDestination(sim, destination) {
	for (const t of sim.templates) {
		if (destination.length > t.prefix.length + t.suffix.length && destination.startsWith(t.prefix) && destination.endsWith(t.suffix)) {
			const version = destination.slice(t.prefix.length, destination.length - t.suffix.length);
			if (!version.includes("/")) return ApiErrors.versionNotAvailable(destination, version);
		}
	}
	return ApiErrors.unknownDestination(destination);
}
//# sourceMappingURL=dispatch.js.map