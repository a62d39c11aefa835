// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export declare function parseJson(text: string): unknown;
/**
* `hasLongDigitRun` on a frame's UTF-8 bytes, before they are decoded: the same answer (digits are
* ASCII, and every byte of a multi-byte character is ≥ 0x80), about twice as fast as reading the
* decoded string's characters. The client's inbound path checks Node Buffers this way.
*/
export declare function bytesHaveLongDigitRun(bytes: Uint8Array): boolean;
/**
* Is there a run of 16 or more digits? Any such run covers a multiple of 16, so only every 16th
* character is looked at, and only a digit there is measured — about 1/16 of a regular
* expression's work on the hot path (a /\d{16}/ test backtracks at every digit).
*/
export declare function hasLongDigitRun(text: string): boolean;
/** Quotes the integer tokens of a JSON text whose magnitude exceeds Number.MAX_SAFE_INTEGER. */
export declare function quoteUnsafeIntegers(text: string): string;
/**
* `JSON.stringify`, except that a `bigint` anywhere in the value is written as a bare JSON integer
* (the fast path is plain `JSON.stringify`; the replacer only runs when that throws on a bigint).
*/
export declare function stringifyJson(value: unknown): string;
//# sourceMappingURL=json.d.ts.map