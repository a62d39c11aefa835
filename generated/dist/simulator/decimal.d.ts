// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export type RoundingMode = "down" | "up" | "floor" | "ceil" | "half-up";
export declare class Dec {
	/** The value in units of 10^-18. */
	readonly units: bigint;
	static readonly ZERO: Dec;
	static readonly ONE: Dec;
	private constructor();
	/** Parses a decimal string, a finite number or an integer bigint; throws RangeError otherwise. */
	static from(value: string | number | bigint | Dec): Dec;
	/** Like `from`, but returns undefined for anything that is not a decimal string or finite number. */
	static parse(value: unknown): Dec | undefined;
	/** `int * 10^-dp`, e.g. fromScaled(12345n, 2) = 123.45. */
	static fromScaled(int: bigint | number, dp: number): Dec;
	static max(a: Dec, b: Dec): Dec;
	static min(a: Dec, b: Dec): Dec;
	static sum(values: Iterable<Dec>): Dec;
	add(other: Dec | string | number): Dec;
	sub(other: Dec | string | number): Dec;
	/** Product, rounded to 18 decimals with `mode` (default half-up). */
	mul(other: Dec | string | number, mode?: RoundingMode): Dec;
	/** Multiplies by an integer (exact). */
	mulInt(n: number | bigint): Dec;
	/** Quotient, rounded to 18 decimals with `mode` (default half-up). */
	div(other: Dec | string | number, mode?: RoundingMode): Dec;
	/** Divides by a positive integer, rounded with `mode` at 18 decimals. */
	divInt(n: number | bigint, mode?: RoundingMode): Dec;
	neg(): Dec;
	abs(): Dec;
	cmp(other: Dec | string | number): -1 | 0 | 1;
	eq(other: Dec | string | number): boolean;
	lt(other: Dec | string | number): boolean;
	lte(other: Dec | string | number): boolean;
	gt(other: Dec | string | number): boolean;
	gte(other: Dec | string | number): boolean;
	isZero(): boolean;
	isNegative(): boolean;
	isPositive(): boolean;
	/** Rounds to `dp` decimals. */
	round(dp: number, mode?: RoundingMode): Dec;
	/** Rounds to a multiple of `step` (> 0). */
	roundToStep(step: Dec | string, mode: RoundingMode): Dec;
	/** Is this value a whole multiple of `step`? */
	isMultipleOf(step: Dec | string): boolean;
	/** How many multiples of `step` (> 0) fit, rounded with `mode`. */
	stepsOf(step: Dec | string, mode?: RoundingMode): bigint;
	/** Number of significant decimals (0 for integers). */
	decimals(): number;
	/** Plain notation with exactly `dp` decimals (rounded half-up). */
	toFixed(dp: number): string;
	/** Shortest plain notation: `1`, `0.5`, `-12.25`. */
	toString(): string;
	/** Plain notation with at least one decimal, the way the API prints decimals: `39.0`, `0.0002`. */
	toApi(): string;
	toNumber(): number;
	toJSON(): string;
}
//# sourceMappingURL=decimal.d.ts.map