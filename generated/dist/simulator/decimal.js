// Generated from asyncapi.yaml and templates/simulator/decimal.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A tiny fixed-point decimal for the simulator's money arithmetic: a bigint count of 10^-18 units.
* Addition and subtraction are exact, so balances never drift; multiplication and division round
* only at the 18th decimal unless a rounding is asked for explicitly.
*/
const SCALE = 18;
const ONE = 10n ** BigInt(SCALE);
const DECIMAL_RE = /^([+-]?)(\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?$/;
function pow10(n) {
	return 10n ** BigInt(n);
}
/** Integer division of n by d (d > 0) with the given rounding. */
function divRound(n, d, mode) {
	if (d <= 0n) throw new RangeError("divisor must be positive");
	const q = n / d;
	const r = n % d;
	if (r === 0n) return q;
	const negative = n < 0n;
	switch (mode) {
		case "down": return q;
		case "up": return negative ? q - 1n : q + 1n;
		case "floor": return negative ? q - 1n : q;
		case "ceil": return negative ? q : q + 1n;
		case "half-up": {
			const twice = (r < 0n ? -r : r) * 2n;
			if (twice >= d) return negative ? q - 1n : q + 1n;
			return q;
		}
	}
}
export class Dec {
	units;
	static ZERO = new Dec(0n);
	static ONE = new Dec(ONE);
	constructor(units) {
		this.units = units;
	}
	/** Parses a decimal string, a finite number or an integer bigint; throws RangeError otherwise. */
	static from(value) {
		if (value instanceof Dec) return value;
		if (typeof value === "bigint") return new Dec(value * ONE);
		if (typeof value === "number") {
			if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
			return Dec.from(String(value));
		}
		const m = DECIMAL_RE.exec(value.trim());
		if (!m || value.trim() === "") throw new RangeError(`not a decimal: ${JSON.stringify(value)}`);
		const sign = m[1] === "-" ? -1n : 1n;
		const body = m[2];
		const exp = m[3] === undefined ? 0 : Number(m[3]);
		const dot = body.indexOf(".");
		const intPart = dot < 0 ? body : body.slice(0, dot);
		const fracPart = dot < 0 ? "" : body.slice(dot + 1);
		// value = digits * 10^(exp - fracPart.length)
		const digits = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, "") || "0");
		const shift = exp - fracPart.length + SCALE;
		let units;
		if (shift >= 0) {
			if (shift > 60) throw new RangeError(`decimal out of range: ${value}`);
			units = digits * pow10(shift);
		} else {
			units = -shift > 400 ? 0n : digits / pow10(-shift);
		}
		return new Dec(sign * units);
	}
	/** Like `from`, but returns undefined for anything that is not a decimal string or finite number. */
	static parse(value) {
		if (typeof value !== "string" && typeof value !== "number") return undefined;
		try {
			return Dec.from(value);
		} catch {
			return undefined;
		}
	}
	/** `int * 10^-dp`, e.g. fromScaled(12345n, 2) = 123.45. */
	static fromScaled(int, dp) {
		const i = typeof int === "number" ? BigInt(int) : int;
		if (dp <= SCALE) return new Dec(i * pow10(SCALE - dp));
		return new Dec(divRound(i, pow10(dp - SCALE), "half-up"));
	}
	static max(a, b) {
		return a.units >= b.units ? a : b;
	}
	static min(a, b) {
		return a.units <= b.units ? a : b;
	}
	static sum(values) {
		let u = 0n;
		for (const v of values) u += v.units;
		return new Dec(u);
	}
	add(other) {
		return new Dec(this.units + Dec.from(other).units);
	}
	sub(other) {
		return new Dec(this.units - Dec.from(other).units);
	}
	/** Product, rounded to 18 decimals with `mode` (default half-up). */
	mul(other, mode = "half-up") {
		return new Dec(divRound(this.units * Dec.from(other).units, ONE, mode));
	}
	/** Multiplies by an integer (exact). */
	mulInt(n) {
		return new Dec(this.units * BigInt(n));
	}
	/** Quotient, rounded to 18 decimals with `mode` (default half-up). */
	div(other, mode = "half-up") {
		const d = Dec.from(other).units;
		if (d === 0n) throw new RangeError("division by zero");
		const n = this.units * ONE;
		return d > 0n ? new Dec(divRound(n, d, mode)) : new Dec(divRound(-n, -d, mode));
	}
	/** Divides by a positive integer, rounded with `mode` at 18 decimals. */
	divInt(n, mode = "half-up") {
		return new Dec(divRound(this.units, BigInt(n), mode));
	}
	neg() {
		return new Dec(-this.units);
	}
	abs() {
		return this.units < 0n ? new Dec(-this.units) : this;
	}
	cmp(other) {
		const o = Dec.from(other).units;
		return this.units < o ? -1 : this.units > o ? 1 : 0;
	}
	eq(other) {
		return this.cmp(other) === 0;
	}
	lt(other) {
		return this.cmp(other) < 0;
	}
	lte(other) {
		return this.cmp(other) <= 0;
	}
	gt(other) {
		return this.cmp(other) > 0;
	}
	gte(other) {
		return this.cmp(other) >= 0;
	}
	isZero() {
		return this.units === 0n;
	}
	isNegative() {
		return this.units < 0n;
	}
	isPositive() {
		return this.units > 0n;
	}
	/** Rounds to `dp` decimals. */
	round(dp, mode = "half-up") {
		if (dp >= SCALE) return this;
		const f = pow10(SCALE - dp);
		return new Dec(divRound(this.units, f, mode) * f);
	}
	/** Rounds to a multiple of `step` (> 0). */
	roundToStep(step, mode) {
		const s = Dec.from(step).units;
		if (s <= 0n) throw new RangeError("step must be positive");
		return new Dec(divRound(this.units, s, mode) * s);
	}
	/** Is this value a whole multiple of `step`? */
	isMultipleOf(step) {
		const s = Dec.from(step).units;
		return s > 0n && this.units % s === 0n;
	}
	/** How many multiples of `step` (> 0) fit, rounded with `mode`. */
	stepsOf(step, mode = "half-up") {
		return divRound(this.units, Dec.from(step).units, mode);
	}
	/** Number of significant decimals (0 for integers). */
	decimals() {
		if (this.units % ONE === 0n) return 0;
		let u = this.units < 0n ? -this.units : this.units;
		let dp = SCALE;
		while (u % 10n === 0n) {
			u /= 10n;
			dp--;
		}
		return dp;
	}
	/** Plain notation with exactly `dp` decimals (rounded half-up). */
	toFixed(dp) {
		const r = this.round(dp, "half-up").units;
		const neg = r < 0n;
		const abs = neg ? -r : r;
		const intPart = abs / ONE;
		let s = intPart.toString();
		if (dp > 0) {
			const frac = (abs % ONE / pow10(SCALE - dp)).toString().padStart(dp, "0");
			s += "." + frac;
		}
		return (neg && r !== 0n ? "-" : "") + s;
	}
	/** Shortest plain notation: `1`, `0.5`, `-12.25`. */
	toString() {
		return this.toFixed(this.decimals());
	}
	/** Plain notation with at least one decimal, the way the API prints decimals: `39.0`, `0.0002`. */
	toApi() {
		return this.toFixed(Math.max(1, this.decimals()));
	}
	toNumber() {
		return Number(this.toString());
	}
	toJSON() {
		return this.toString();
	}
}
//# sourceMappingURL=decimal.js.map