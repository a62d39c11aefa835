// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ApiErrors } from "../errors.js";
export function checkRateLimits(sim, conn, op) {
	if (!sim.rateLimitsOn) return undefined;
	const t = sim.now();
	const charges = [];
	for (const limit of sim.spec.rateLimits) {
		const w = limit.appliesTo === "all" ? op.weight : op.rateLimits.includes(limit.id) ? 1 : 0;
		if (w <= 0) continue;
		let log = conn.rate.get(limit.id);
		if (!log) {
			log = [];
			conn.rate.set(limit.id, log);
		}
		let drop = 0;
		while (drop < log.length && log[drop].t <= t - limit.intervalMs) drop++;
		if (drop > 0) log.splice(0, drop);
		const used = log.reduce((sum, e) => sum + e.w, 0);
		if (used + w > limit.limit) return ApiErrors.tooManyRequests(limit.id, limit.limit, limit.intervalMs);
		charges.push({
			id: limit.id,
			w
		});
	}
	for (const c of charges) conn.rate.get(c.id).push({
		t,
		w: c.w
	});
	return undefined;
}
//# sourceMappingURL=rate-limits.js.map