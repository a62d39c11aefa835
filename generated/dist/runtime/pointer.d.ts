// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* JSON pointers (RFC 6901): the one place where a reference token is escaped (`~` → `~0`,
* `/` → `~1`) or unescaped. The runtime, the simulator and the generator all use these.
*/
/** One reference token as it stands in a pointer. */
export declare function escapePointerToken(token: string | number): string;
/** One reference token as the key it names. */
export declare function unescapePointerToken(token: string): string;
/** The pointer of a path of keys: `['a/b', 0]` → `/a~1b/0`; `[]` → `` (the whole document). */
export declare function toPointer(path: readonly (string | number)[]): string;
/** The keys of a pointer: `/a~1b/0` → `['a/b', '0']`. Accepts a leading `#` (a URI fragment). */
export declare function fromPointer(pointer: string): string[];
//# sourceMappingURL=pointer.d.ts.map