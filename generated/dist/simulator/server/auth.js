// Generated from asyncapi.yaml and templates/simulator/server/auth.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Authentication of signed requests: apiKey, HMAC signature, timestamp and recvWindow. */
import { timingSafeEqual } from "node:crypto";
import { ApiErrors } from "../errors.js";
/** Constant-time comparison of two signatures. */
export function signaturesEqual(given, expected) {
	const a = Buffer.from(given, "utf8");
	const b = Buffer.from(expected, "utf8");
	if (a.length !== b.length) {
		timingSafeEqual(b, b);
		return false;
	}
	return timingSafeEqual(a, b);
}
export function authenticate(sim, payload) {
	const apiKey = payload[sim.signing.keyField];
	if (typeof apiKey !== "string" || apiKey === "") throw ApiErrors.apiKeyFormat();
	const secret = sim.secrets.get(apiKey);
	if (secret === undefined) throw ApiErrors.rejectedApiKey();
	const signature = payload[sim.signing.signatureField];
	if (typeof signature !== "string") throw ApiErrors.badSignature();
	const unsigned = { ...payload };
	delete unsigned[sim.signing.signatureField];
	if (!signaturesEqual(signature, sim.deps.sign(unsigned, secret))) {
		if (sim.onRequest !== undefined) sim.refusedCanonical = sim.deps.canonicalString(unsigned);
		throw ApiErrors.badSignature();
	}
	const tsRaw = payload[sim.signing.timestampField];
	if (tsRaw === undefined || tsRaw === null) throw ApiErrors.mandatoryParam(sim.signing.timestampField);
	const ts = typeof tsRaw === "number" ? tsRaw : typeof tsRaw === "string" && /^\d+$/.test(tsRaw) ? Number(tsRaw) : NaN;
	if (!Number.isSafeInteger(ts)) throw ApiErrors.illegalParam(sim.signing.timestampField);
	const rwRaw = payload[sim.signing.recvWindowField];
	const recvWindow = rwRaw === undefined || rwRaw === null ? sim.recvWindowDefault : typeof rwRaw === "number" ? rwRaw : Number(rwRaw);
	if (!Number.isFinite(recvWindow) || recvWindow <= 0 || recvWindow > 6e4) {
		throw ApiErrors.illegalParam(sim.signing.recvWindowField, "must be greater than 0 and at most 60000");
	}
	const serverTime = sim.now();
	if (ts > serverTime + 1e3) throw ApiErrors.timeAhead();
	if (serverTime - ts > recvWindow) throw ApiErrors.outsideRecvWindow();
	return apiKey;
}
//# sourceMappingURL=auth.js.map