// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
type Json = Record<string, unknown>;
/**
* An inbound frame read from its UTF-8 bytes, when it is an event of one of these destinations
* written in the plainest JSON: `internal.quote`, `ohlc.event`, `internal.trade`. The result is the object JSON.parse would make
* of the same bytes. `undefined` for any other frame (a reply, another event, anything the byte
* reader leaves to JSON.parse): the client then decodes and parses it as usual.
*/
export declare function decodeFrameBytes(b: Uint8Array): Json | undefined;
export {};
//# sourceMappingURL=frames.d.ts.map