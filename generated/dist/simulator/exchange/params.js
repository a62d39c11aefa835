// Generated from asyncapi.yaml and templates/simulator/exchange/params.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Reading request parameters the way the API does: each reader throws the API's own error. */
import { Dec } from "../decimal.js";
import { ApiErrors } from "../errors.js";
// Parameter readers (throw the API's errors)
export function has(p, name) {
	return p[name] !== undefined && p[name] !== null;
}
// Parameter readers (throw the API's errors)
export function optString(p, name) {
	if (!has(p, name)) return undefined;
	const v = p[name];
	if (typeof v === "string") return v;
	if (typeof v === "number" && Number.isFinite(v)) return String(v);
	throw ApiErrors.illegalParam(name);
}
// Parameter readers (throw the API's errors)
export function reqString(p, name) {
	const v = optString(p, name);
	if (v === undefined || v === "") throw ApiErrors.mandatoryParam(name);
	return v;
}
// Parameter readers (throw the API's errors)
export function optDec(p, name) {
	if (!has(p, name)) return undefined;
	const d = Dec.parse(p[name]);
	if (d === undefined) throw ApiErrors.illegalParam(name);
	return d;
}
// Parameter readers (throw the API's errors)
export function optInt(p, name) {
	if (!has(p, name)) return undefined;
	const v = p[name];
	const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
	if (!Number.isSafeInteger(n)) throw ApiErrors.illegalParam(name);
	return n;
}
// Parameter readers (throw the API's errors)
export function optBool(p, name) {
	if (!has(p, name)) return undefined;
	const v = p[name];
	if (typeof v === "boolean") return v;
	if (v === "true") return true;
	if (v === "false") return false;
	throw ApiErrors.illegalParam(name);
}
// Parameter readers (throw the API's errors)
/** A count parameter: its default when absent (its range is the document's, checked by the validator). */
export function optLimit(p, name, def) {
	const v = optInt(p, name);
	if (v === undefined) return def;
	if (v < 1) throw ApiErrors.illegalParam(name, "must be at least 1");
	return v;
}
/** A request parameter's default as the document states it (ExchangeOptions.paramDefaults), else `fallback`. */
export function defaultOf(defaults, operationId, param, fallback) {
	const v = defaults[operationId]?.[param];
	return typeof v === "number" && Number.isSafeInteger(v) ? v : fallback;
}
// Parameter readers (throw the API's errors)
export function optEnum(p, name, values) {
	const v = optString(p, name);
	if (v === undefined) return undefined;
	const up = v.toUpperCase();
	const found = values.find((x) => x === up);
	if (found === undefined) throw ApiErrors.illegalParam(name, `must be one of ${values.join(", ")}`);
	return found;
}
// Parameter readers (throw the API's errors)
export function withinTime(items, time, from, to) {
	return items.filter((i) => (from === undefined || time(i) >= from) && (to === undefined || time(i) <= to));
}
// Parameter readers (throw the API's errors)
/** The newest `limit` items, oldest first. */
export function newest(items, limit) {
	return items.slice(Math.max(0, items.length - limit));
}
//# sourceMappingURL=params.js.map