// Generated from asyncapi.yaml and templates/codec/hmac.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * HMAC-SHA256 (RFC 2104, FIPS 180-4) with the key prepared once: the SHA-256 states after the
 * inner and outer key blocks are computed when the signer is made, so each signature compresses
 * only the message (two 64-byte blocks for a typical signed request) and one outer block.
 *
 * Why not node:crypto: `createHmac(secret)` derives the key pads on every call, and reusing the
 * prepared state through `Hash#copy()` costs two native objects per signature — both measured
 * slower per signature than this (bench/README.md has the figures). The result is checked against
 * `createHmac` on every signing vector and on random keys and messages (test/codec/hmac.test.ts).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** One compression of the 64-byte block at `bytes[offset…]` into `state` (words in `w`). */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]!;
    const b = w[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * Pads `bytes[0…length)` (in a buffer with room for the padding) as SHA-256 does for a message of
 * `prefixBytes + length` bytes, and compresses it into `state`.
 */
function finish(state: Int32Array, w: Int32Array, buffer: Uint8Array, length: number, prefixBytes: number): void {
  const total = length + 9;
  const padded = total + ((64 - (total % 64)) % 64);
  buffer[length] = 0x80;
  buffer.fill(0, length + 1, padded - 4);
  const bits = (prefixBytes + length) * 8; // < 2^32 for any message this signer is given (checked)
  buffer[padded - 4] = bits >>> 24;
  buffer[padded - 3] = (bits >>> 16) & 0xff;
  buffer[padded - 2] = (bits >>> 8) & 0xff;
  buffer[padded - 1] = bits & 0xff;
  for (let offset = 0; offset < padded; offset += 64) compress(state, w, buffer, offset);
}

function sha256(message: Uint8Array): Uint8Array {
  const state = IV.slice();
  const buffer = new Uint8Array(message.length + 72);
  buffer.set(message);
  finish(state, new Int32Array(64), buffer, message.length, 0);
  return bigEndian(state);
}

function bigEndian(state: Int32Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = state[i]!;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
  return out;
}

/** The SHA-256 state after one 64-byte block of the key XOR `pad`. */
function keyedState(key: Uint8Array, pad: number, w: Int32Array): Int32Array {
  const block = new Uint8Array(64).fill(pad);
  for (let i = 0; i < key.length; i++) block[i] = key[i]! ^ pad;
  const state = IV.slice();
  compress(state, w, block, 0);
  return state;
}

const encoder = new TextEncoder();
/** Messages beyond this many UTF-8 bytes are refused (the bit length must fit 32 bits). */
const MAX_MESSAGE_BYTES = 0x1fffffff - 128;

/**
 * A signer for one secret: `(message) => lowercase hex HMAC-SHA256(secret, message)`, both taken
 * as UTF-8. The key's inner and outer states are prepared here, once; the signer is not re-entrant
 * across threads (none share it) and keeps no message after it returns.
 */
export function createHmacSha256Hex(secret: string): (message: string) => string {
  let key: Uint8Array = encoder.encode(secret);
  if (key.length > 64) key = sha256(key);
  const w = new Int32Array(64);
  const inner = keyedState(key, 0x36, w);
  const outer = keyedState(key, 0x5c, w);
  key.fill(0);
  const state = new Int32Array(8);
  const outerBlock = new Uint8Array(64);
  const digest = Buffer.alloc(32);
  let buffer = new Uint8Array(256);
  return (message: string): string => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; 72 more for the padding.
    const room = message.length * 3 + 72;
    if (room > buffer.length) {
      if (message.length * 3 > MAX_MESSAGE_BYTES) throw new RangeError('the message to sign is too long');
      buffer = new Uint8Array(room);
    }
    // TextEncoder#encodeInto: fewer steps than a JavaScript loop over the (often not yet flat) string
    const length = encoder.encodeInto(message, buffer).written;
    state.set(inner);
    finish(state, w, buffer, length, 64);
    for (let j = 0; j < 8; j++) {
      const v = state[j]!;
      outerBlock[j * 4] = v >>> 24;
      outerBlock[j * 4 + 1] = (v >>> 16) & 0xff;
      outerBlock[j * 4 + 2] = (v >>> 8) & 0xff;
      outerBlock[j * 4 + 3] = v & 0xff;
    }
    state.set(outer);
    finish(state, w, outerBlock, 32, 64);
    for (let j = 0; j < 8; j++) digest.writeInt32BE(state[j]!, j * 4);
    buffer.fill(0, 0, length); // the message does not outlive the call
    // Buffer's hex: one flat string (concatenating 32 pieces would leave a rope that the
    // validator's pattern check and JSON.stringify would each have to flatten)
    return digest.toString('hex');
  };
}
