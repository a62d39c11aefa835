// Generated from asyncapi.yaml and templates/runtime/json-bytes.ts by the generator in this repository. Do not edit.
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
export const cursor = { pos: 0, keyLength: 0 };

/** Exact powers of ten (every one up to 1e22 is a double). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Reads `"name":` at the cursor: returns the index of the name's first byte and leaves the
 * cursor after the colon, with `keyLength` set; -1 if the bytes there are not such a key.
 * Names are matched by the generated code, byte by byte.
 */
export function readKey(b: Uint8Array): number {
  if (b[cursor.pos] !== 0x22) return -1;
  const start = cursor.pos + 1;
  const i = plainEnd(b, start); // escapes and non-ASCII: names the document has none of
  if (i < 0 || b[i + 1] !== 0x3a) return -1;
  cursor.pos = i + 2;
  cursor.keyLength = i - start;
  return start;
}

/**
 * A member the document does not name, its key at `k` (readKey read it): stored under its name
 * when its value is a scalar, as JSON.parse would store it; false for anything else, and for a
 * member `__proto__` (an assignment would set the prototype). Members the server adds before
 * the document knows them thus keep their events on the byte path.
 */
export function readOther(b: Uint8Array, o: Record<string, unknown>, k: number): boolean {
  const name = ascii(b, k, k + cursor.keyLength);
  if (name === '__proto__') return false;
  const value = readScalar(b);
  if (value === undefined) return false;
  o[name] = value;
  return true;
}

/**
 * Reads one JSON scalar at the cursor (string, number, true, false or null) and leaves the
 * cursor after it; `undefined` (no JSON value reads as that) for anything this reader leaves to
 * JSON.parse: objects, arrays, escapes, non-ASCII text, integers of 16 digits or more, bad JSON.
 */
export function readScalar(b: Uint8Array): unknown {
  const i = cursor.pos;
  const c = b[i];
  if (c === 0x22) return readString(b, i + 1);
  if (c === 0x74) {
    if (b[i + 1] !== 0x72 || b[i + 2] !== 0x75 || b[i + 3] !== 0x65) return undefined;
    cursor.pos = i + 4;
    return true;
  }
  if (c === 0x66) {
    if (b[i + 1] !== 0x61 || b[i + 2] !== 0x6c || b[i + 3] !== 0x73 || b[i + 4] !== 0x65) return undefined;
    cursor.pos = i + 5;
    return false;
  }
  if (c === 0x6e) {
    if (b[i + 1] !== 0x75 || b[i + 2] !== 0x6c || b[i + 3] !== 0x6c) return undefined;
    cursor.pos = i + 4;
    return null;
  }
  return readNumber(b, i, c);
}

/**
 * A number, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, at `start` (its first byte `c`). Its
 * digits are gathered into an integer: with at most 15 significant digits and no exponent that
 * integer is exact, and so is 10^k for k ≤ 22, so one division gives the correctly rounded
 * double, the one JSON.parse gives (Clinger's fast path). Other decimals go through Number(),
 * which rounds as JSON.parse does; an integer of 16 digits or more is left to JSON.parse (the
 * client keeps integers beyond 2^53 exact, as strings).
 */
function readNumber(b: Uint8Array, start: number, c: number | undefined): number | undefined {
  let i = start;
  const negative = c === 0x2d;
  if (negative) c = b[++i];
  let m = 0;
  let digits = 0;
  if (c === 0x30) c = b[++i];
  else if (c !== undefined && c >= 0x31 && c <= 0x39) {
    do {
      m = m * 10 + (c - 0x30);
      digits++;
      c = b[++i];
    } while (c !== undefined && c >= 0x30 && c <= 0x39);
  } else return undefined;
  let scale = 0;
  if (c === 0x2e) {
    c = b[++i];
    if (c === undefined || c < 0x30 || c > 0x39) return undefined;
    do {
      m = m * 10 + (c - 0x30);
      if (m !== 0) digits++; // leading zeros of the fraction are not significant
      scale++;
      c = b[++i];
    } while (c !== undefined && c >= 0x30 && c <= 0x39);
  }
  let exponent = false;
  if (c === 0x65 || c === 0x45) {
    exponent = true;
    c = b[++i];
    if (c === 0x2b || c === 0x2d) c = b[++i];
    if (c === undefined || c < 0x30 || c > 0x39) return undefined;
    do c = b[++i];
    while (c !== undefined && c >= 0x30 && c <= 0x39);
  }
  cursor.pos = i;
  if (!exponent && digits <= 15 && scale <= 22) {
    const value = scale === 0 ? m : m / POW10[scale]!;
    return negative ? -value : value;
  }
  if (!exponent && scale === 0) return undefined;
  return Number(ascii(b, start, i));
}

/** A string of printable ASCII without escapes, its opening quote just before `start`. */
function readString(b: Uint8Array, start: number): string | undefined {
  const i = plainEnd(b, start);
  if (i < 0) return undefined;
  cursor.pos = i + 1;
  return ascii(b, start, i);
}

/** The index of the quote that ends plain text (printable ASCII, no backslash) begun at `start`; -1 for any other text. */
function plainEnd(b: Uint8Array, start: number): number {
  const n = b.length;
  for (let i = start; i < n; i++) {
    const c = b[i]!;
    if (c === 0x22) return i;
    if (c === 0x5c || c < 0x20 || c >= 0x80) return -1;
  }
  return -1;
}

/**
 * The ASCII bytes b[start..end) as a string. Node's Buffer copies them in one native call
 * (latin1Slice: for ASCII the same string as its UTF-8 decoding); any other byte array is read
 * with String.fromCharCode, a chunk at a time.
 */
function ascii(b: Uint8Array, start: number, end: number): string {
  if (hasLatin1Slice && b instanceof NodeBuffer!) return (b as NodeBufferLike).latin1Slice(start, end);
  let s = '';
  for (let i = start; i < end; i += CHUNK) s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  return s;
}

interface NodeBufferLike extends Uint8Array {
  latin1Slice(start: number, end: number): string;
}
const NodeBuffer = (globalThis as unknown as { Buffer?: { prototype: object } & (new (...args: never[]) => NodeBufferLike) }).Buffer;
const hasLatin1Slice = NodeBuffer !== undefined && typeof (NodeBuffer.prototype as Partial<NodeBufferLike>).latin1Slice === 'function';
const CHUNK = 4096;

/**
 * Reads `"<text>"` at the cursor, `text` being ASCII without quotes or backslashes (a
 * destination, a status): true, and the cursor after it, when the bytes there are exactly that.
 */
export function readLiteral(b: Uint8Array, text: Uint8Array): boolean {
  const i = cursor.pos;
  const n = text.length;
  if (b[i] !== 0x22 || b[i + n + 1] !== 0x22) return false;
  for (let j = 0; j < n; j++) if (b[i + 1 + j] !== text[j]) return false;
  cursor.pos = i + n + 2;
  return true;
}

/** An ASCII text's bytes, for readLiteral. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
