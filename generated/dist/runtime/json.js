// Generated from asyncapi.yaml and templates/runtime/json.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* JSON for frames, without losing 64-bit integers.
*
* `parseJson` is `JSON.parse` when the text has no run of 16 or more digits (the common case:
* one regular-expression test). Otherwise a string-aware scan wraps every integer token beyond
* ±Number.MAX_SAFE_INTEGER in quotes first, so such ids arrive as exact decimal strings. Digits
* inside strings, decimals and exponents are left as they are.
*/
const RUN = 16;
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);
export function parseJson(text) {
	return JSON.parse(hasLongDigitRun(text) ? quoteUnsafeIntegers(text) : text);
}
/**
* `hasLongDigitRun` on a frame's UTF-8 bytes, before they are decoded: the same answer (digits are
* ASCII, and every byte of a multi-byte character is ≥ 0x80), about twice as fast as reading the
* decoded string's characters. The client's inbound path checks Node Buffers this way.
*/
export function bytesHaveLongDigitRun(bytes) {
	const n = bytes.length;
	for (let i = RUN - 1; i < n; i += RUN) {
		let c = bytes[i];
		if (c < 48 || c > 57) continue;
		// Forward to the end of the run through i; a run of 16 ending there starts at or before
		// `from`, so the byte at `from` is read before scanning back (most runs fail on it).
		let end = i + 1;
		while (end < n && (c = bytes[end], c >= 48 && c <= 57)) end++;
		const from = end - RUN;
		if (from >= i) return true;
		if (from >= 0 && (c = bytes[from], c >= 48 && c <= 57)) {
			let j = i - 1;
			while (j > from && (c = bytes[j], c >= 48 && c <= 57)) j--;
			if (j === from) return true;
		}
		i = end - 1;
	}
	return false;
}
/**
* Is there a run of 16 or more digits? Any such run covers a multiple of 16, so only every 16th
* character is looked at, and only a digit there is measured — about 1/16 of a regular
* expression's work on the hot path (a /\d{16}/ test backtracks at every digit).
*/
export function hasLongDigitRun(text) {
	const n = text.length;
	for (let i = RUN - 1; i < n; i += RUN) {
		if (!isDigit(text.charCodeAt(i))) continue;
		let start = i;
		while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
		let end = i + 1;
		while (end < n && end - start < RUN && isDigit(text.charCodeAt(end))) end++;
		if (end - start >= RUN) return true;
		i = end - 1;
	}
	return false;
}
/** Quotes the integer tokens of a JSON text whose magnitude exceeds Number.MAX_SAFE_INTEGER. */
export function quoteUnsafeIntegers(text) {
	const n = text.length;
	let out = "";
	let copied = 0;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			i++;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (d === 92) i += 2;
				else if (d === 34) {
					i++;
					break;
				} else i++;
			}
			continue;
		}
		if (c === 45 || isDigit(c)) {
			const start = i;
			if (c === 45) i++;
			const digitsStart = i;
			while (i < n && isDigit(text.charCodeAt(i))) i++;
			const digitsEnd = i;
			let integer = true;
			// a fraction or exponent makes it a decimal: consume the rest of the token untouched
			while (i < n) {
				const d = text.charCodeAt(i);
				if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45 || isDigit(d)) {
					integer = false;
					i++;
				} else break;
			}
			if (integer && isUnsafe(text, digitsStart, digitsEnd)) {
				out += text.slice(copied, start) + "\"" + text.slice(start, digitsEnd) + "\"";
				copied = digitsEnd;
			}
			continue;
		}
		i++;
	}
	return copied === 0 ? text : out + text.slice(copied);
}
function isDigit(c) {
	return c >= 48 && c <= 57;
}
function isUnsafe(text, start, end) {
	const len = end - start;
	if (len !== MAX_SAFE_DIGITS.length) return len > MAX_SAFE_DIGITS.length;
	return text.slice(start, end) > MAX_SAFE_DIGITS;
}
// A per-process random tag, so that no ordinary string value can pass for a marked bigint.
const BIGINT_TAG = `bigint${Math.random().toString(36).slice(2, 10)}`;
const BIGINT_MARK = `\u0000${BIGINT_TAG}:`;
const BIGINT_QUOTED = new RegExp(`"\\\\u0000${BIGINT_TAG}:(-?\\d+)"`, "g");
/**
* `JSON.stringify`, except that a `bigint` anywhere in the value is written as a bare JSON integer
* (the fast path is plain `JSON.stringify`; the replacer only runs when that throws on a bigint).
*/
export function stringifyJson(value) {
	try {
		return JSON.stringify(value);
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		return JSON.stringify(value, (_key, v) => typeof v === "bigint" ? BIGINT_MARK + v.toString() : v).replace(BIGINT_QUOTED, "$1");
	}
}
//# sourceMappingURL=json.js.map