// Generated from asyncapi.yaml and templates/cli/help.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The command line's help, rendered from the CliSpec: the list of operations as the reference
* docs group them, and one page per operation with its parameters (type, required, default, enum,
* constraints, description), whether it is signed, its weight and an example.
*/
import { GLOBAL_FLAGS } from "./args.js";
const INDENT = "  ";
/** `currencycom-ws --help`. */
export function renderHelp(spec) {
	const p = spec.program;
	const lines = [
		`${p}: the ${spec.title} from the command line`,
		"",
		`Usage: ${p} <operation> [--parameter value ...] [options]`,
		`       ${p} <operation> --help     its parameters, with an example`
	];
	const all = spec.groups.flatMap((g) => g.operations);
	const width = Math.max(...all.map((id) => id.length)) + 2;
	for (const group of spec.groups) {
		lines.push("", `${group.title}:`);
		for (const id of group.operations) {
			const op = spec.operations[id];
			if (op === undefined) continue;
			lines.push(`${INDENT}${id.padEnd(width)}${op.signed ? "* " : "  "}${op.summary}`);
		}
	}
	lines.push("", `* signed: the key pair comes from the environment, ${spec.env.apiKey} and ${spec.env.apiSecret}.`, "", "Options:", ...optionLines(spec), "", "Output: the decoded reply as JSON on stdout (indented on a terminal, one line otherwise);", "a subscription prints each event as one JSON line until Ctrl-C or --count N.", "Exit status: 0 done; 1 the API answered with an error, or the connection failed; 2 bad input (nothing sent).", `Reference: ${spec.docsPage}`);
	return lines.join("\n") + "\n";
}
function optionLines(spec) {
	const servers = spec.servers.map((s) => `${s.name}${s.name === spec.defaultServer ? " (default)" : ""}`).join(", ");
	const rows = {
		server: ["--server NAME", `a server of the document: ${servers}`],
		url: ["--url URL", "connect to this ws:// or wss:// URL instead (a local simulator, say)"],
		"api-version": ["--api-version V", `${spec.versions.join(" | ")} (default ${spec.defaultVersion}, or the newest the server serves)`],
		timeout: ["--timeout MS", "how long to wait for the connection and for the reply (default 10000)"],
		count: ["--count N", "subscriptions: exit 0 after N events"],
		help: ["--help, -h", "this help; after an operation, its help"]
	};
	const width = Math.max(...Object.values(rows).map(([f]) => f.length)) + 2;
	return GLOBAL_FLAGS.map((g) => `${INDENT}${rows[g][0].padEnd(width)}${rows[g][1]}`);
}
/** `currencycom-ws <operation> --help`. */
export function renderOperationHelp(spec, op) {
	const p = spec.program;
	const usage = op.params.map((param) => param.required ? `--${param.flag} ${placeholder(param)}` : `[--${param.flag}${param.type === "boolean" && !param.array ? "" : ` ${placeholder(param)}`}]`);
	const lines = [`${p} ${op.id}: ${op.summary}`];
	if (op.description) lines.push("", ...op.description.split("\n").map((l) => l.trimEnd()));
	lines.push("", `Usage: ${[
		p,
		op.id,
		...usage,
		"[options]"
	].join(" ")}`, "");
	if (op.params.length === 0) lines.push("Parameters: none");
	else {
		lines.push("Parameters:");
		for (const param of op.params) lines.push(...paramLines(param));
	}
	lines.push("", `Signed: ${op.signed ? `yes; the key pair comes from ${spec.env.apiKey} and ${spec.env.apiSecret}` : "no"}`, `Weight: ${op.weight}${op.rateLimits.length ? `; also limited: ${op.rateLimits.join("; ")}` : ""}`);
	if (op.versions.length > 0) lines.push(`Versions: ${op.versions.join(", ")}`);
	if (op.kind === "subscribe") lines.push("Output: one JSON line per event until Ctrl-C or --count N");
	if (!op.idempotent) lines.push("Not idempotent: never sent again; after a lost connection its outcome is unknown");
	if (op.unconfirmed) lines.push(`Unconfirmed: ${op.unconfirmed}`);
	lines.push("", "Example:", `${INDENT}${[
		p,
		op.id,
		...op.example
	].map(shellWord).join(" ")}`, "", `Options: --server NAME, --url URL, --api-version V, --timeout MS${op.kind === "subscribe" ? ", --count N" : ""} (${p} --help)`);
	lines.push(`Reference: ${spec.docsPage}#${op.docs}`);
	return lines.join("\n") + "\n";
}
function placeholder(param) {
	const one = param.enum ? param.enum.map(String).join("|") : param.type === "integer" || param.type === "number" ? "N" : param.type === "json" ? "JSON" : param.type === "boolean" ? "true|false" : "VALUE";
	return param.array ? `${one}[,...]` : one;
}
function paramLines(param) {
	const facts = [
		param.required ? "required" : "optional",
		param.default !== undefined ? `default ${JSON.stringify(param.default)}` : "",
		param.enum ? `one of ${param.enum.map(String).join(", ")}` : "",
		param.aliases && Object.keys(param.aliases).length ? `also ${Object.keys(param.aliases).join(", ")}` : "",
		...param.constraints,
		param.array ? "repeat the flag or separate values with commas" : ""
	].filter(Boolean);
	const flag = param.flag === param.name ? `--${param.flag}` : `--${param.flag} (field ${param.name})`;
	const out = [`${INDENT}${flag} <${param.typeText}>  ${facts.join("; ")}`];
	for (const line of param.description.split("\n")) if (line.trim()) out.push(`${INDENT}${INDENT}${INDENT}${line.trim()}`);
	if (param.unconfirmed) out.push(`${INDENT}${INDENT}${INDENT}Unconfirmed: ${param.unconfirmed}`);
	return out;
}
/** A word as a POSIX shell reads it back (quoted only when needed). */
export function shellWord(word) {
	return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
//# sourceMappingURL=help.js.map