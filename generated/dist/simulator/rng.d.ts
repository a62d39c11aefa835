// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Deterministic pseudo-randomness for the simulator: a seeded generator and stateless hashes. */
/** FNV-1a 32-bit hash of a string. */
export declare function hashString(s: string): number;
/** A 32-bit hash of several parts (strings or integers up to 2^53). */
export declare function hash32(...parts: readonly (number | string)[]): number;
/** A deterministic number in [0, 1) from several parts. */
export declare function hashUnit(...parts: readonly (number | string)[]): number;
/** mulberry32: small, fast, good enough for a simulated market. */
export declare class Rng {
	private state;
	constructor(seed: number);
	nextU32(): number;
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [lo, hi] inclusive. */
	int(lo: number, hi: number): number;
	/** Standard normal (Box–Muller); always consumes two draws. */
	normal(): number;
}
//# sourceMappingURL=rng.d.ts.map