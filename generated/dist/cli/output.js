// Generated from asyncapi.yaml and templates/cli/output.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* What the command line prints: replies as JSON (indented on a terminal, one line otherwise),
* events as JSON Lines, errors as one line on stderr, and never the API secret.
*/
const WIDTH = 80;
const replacer = (_key, v) => typeof v === "bigint" ? v.toString() : v;
/**
* JSON text of a decoded value (a bigint prints as its digits). Pretty: indented by two, but an
* array or object that fits on its line stays on one line (price levels, small records).
*/
export function formatJson(value, pretty) {
	const compact = JSON.stringify(value, replacer) ?? "null";
	return pretty ? indent(JSON.parse(compact), "", 0) : compact;
}
function indent(value, pad, used) {
	const flat = JSON.stringify(value);
	if (value === null || typeof value !== "object" || pad.length + used + flat.length <= WIDTH) return flat;
	const inner = pad + "  ";
	if (Array.isArray(value)) {
		if (value.length === 0) return "[]";
		return `[\n${value.map((v) => inner + indent(v, inner, 0)).join(",\n")}\n${pad}]`;
	}
	const entries = Object.entries(value);
	if (entries.length === 0) return "{}";
	return `{\n${entries.map(([k, v]) => {
		const key = `${JSON.stringify(k)}: `;
		return inner + key + indent(v, inner, key.length);
	}).join(",\n")}\n${pad}}`;
}
/** The text with every occurrence of each secret replaced (secrets shorter than 4 characters are left: they would mask ordinary text). */
export function redact(text, secrets) {
	let out = text;
	for (const secret of secrets) if (secret !== undefined && secret.length >= 4) out = out.split(secret).join("[redacted]");
	return out;
}
/** One line: newlines and other control characters of a message are shown escaped. */
export function oneLine(text) {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u001f\u007f]/g, (c) => c === "\n" ? "\\n" : c === "	" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
//# sourceMappingURL=output.js.map