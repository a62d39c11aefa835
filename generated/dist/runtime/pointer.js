// Generated from asyncapi.yaml and templates/runtime/pointer.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* JSON pointers (RFC 6901): the one place where a reference token is escaped (`~` → `~0`,
* `/` → `~1`) or unescaped. The runtime, the simulator and the generator all use these.
*/
/** One reference token as it stands in a pointer. */
export function escapePointerToken(token) {
	return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
/** One reference token as the key it names. */
export function unescapePointerToken(token) {
	return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
/** The pointer of a path of keys: `['a/b', 0]` → `/a~1b/0`; `[]` → `` (the whole document). */
export function toPointer(path) {
	let out = "";
	for (const token of path) out += "/" + escapePointerToken(token);
	return out;
}
/** The keys of a pointer: `/a~1b/0` → `['a/b', '0']`. Accepts a leading `#` (a URI fragment). */
export function fromPointer(pointer) {
	const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
	if (p === "") return [];
	return p.slice(p.startsWith("/") ? 1 : 0).split("/").map(unescapePointerToken);
}
//# sourceMappingURL=pointer.js.map