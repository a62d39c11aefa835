// Generated from asyncapi.yaml and templates/simulator/rng.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Deterministic pseudo-randomness for the simulator: a seeded generator and stateless hashes. */
/** FNV-1a 32-bit hash of a string. */
export function hashString(s) {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}
/** murmur3 finaliser: a good 32-bit avalanche. */
function fmix32(h) {
	h ^= h >>> 16;
	h = Math.imul(h, 2246822507);
	h ^= h >>> 13;
	h = Math.imul(h, 3266489909);
	h ^= h >>> 16;
	return h >>> 0;
}
/** A 32-bit hash of several parts (strings or integers up to 2^53). */
export function hash32(...parts) {
	let h = 2654435769;
	for (const p of parts) {
		if (typeof p === "string") {
			h = fmix32(h ^ hashString(p));
		} else {
			const lo = p >>> 0;
			const hi = Math.floor(p / 4294967296) >>> 0;
			h = fmix32(h ^ lo);
			h = fmix32(h ^ hi ^ 668265263);
		}
	}
	return h;
}
/** A deterministic number in [0, 1) from several parts. */
export function hashUnit(...parts) {
	return hash32(...parts) / 4294967296;
}
/** mulberry32: small, fast, good enough for a simulated market. */
export class Rng {
	state;
	constructor(seed) {
		this.state = hash32(seed) || 1831565813;
	}
	nextU32() {
		this.state = this.state + 1831565813 | 0;
		let t = this.state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return (t ^ t >>> 14) >>> 0;
	}
	/** Uniform in [0, 1). */
	next() {
		return this.nextU32() / 4294967296;
	}
	/** Integer in [lo, hi] inclusive. */
	int(lo, hi) {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	/** Standard normal (Box–Muller); always consumes two draws. */
	normal() {
		const u1 = this.next() || 1e-12;
		const u2 = this.next();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}
}
//# sourceMappingURL=rng.js.map