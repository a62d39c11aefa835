// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* JSON read straight from a frame's UTF-8 bytes, for the generated frame decoder (frames.ts): the
* event payloads whose member names the document fixes are read without decoding the frame to a
* string and without JSON.parse.
*
* Only the plainest JSON is read here: no whitespace, strings of printable ASCII without escapes,
* no integer of 16 digits or more (json.ts keeps those beyond 2^53 exact). Anything else makes
* the reader give up (`undefined`), and the frame then goes the usual way (decoded, JSON.parse):
* whatever is read here is exactly what JSON.parse would have made of the same bytes.
*/
/** Where the reader is in the frame; one for the process (frames are read one at a time, synchronously). */
export declare const cursor: {
	pos: number;
	keyLength: number;
};
/**
* Reads `"name":` at the cursor: returns the index of the name's first byte and leaves the
* cursor after the colon, with `keyLength` set; -1 if the bytes there are not such a key.
* Names are matched by the generated code, byte by byte.
*/
export declare function readKey(b: Uint8Array): number;
/**
* A member the document does not name, its key at `k` (readKey read it): stored under its name
* when its value is a scalar, as JSON.parse would store it; false for anything else, and for a
* member `__proto__` (an assignment would set the prototype). Members the server adds before
* the document knows them thus keep their events on the byte path.
*/
export declare function readOther(b: Uint8Array, o: Record<string, unknown>, k: number): boolean;
/**
* Reads one JSON scalar at the cursor (string, number, true, false or null) and leaves the
* cursor after it; `undefined` (no JSON value reads as that) for anything this reader leaves to
* JSON.parse: objects, arrays, escapes, non-ASCII text, integers of 16 digits or more, bad JSON.
*/
export declare function readScalar(b: Uint8Array): unknown;
/**
* Reads `"<text>"` at the cursor, `text` being ASCII without quotes or backslashes (a
* destination, a status): true, and the cursor after it, when the bytes there are exactly that.
*/
export declare function readLiteral(b: Uint8Array, text: Uint8Array): boolean;
/** An ASCII text's bytes, for readLiteral. */
export declare function asciiBytes(text: string): Uint8Array;
//# sourceMappingURL=json-bytes.d.ts.map