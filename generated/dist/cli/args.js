// Generated from asyncapi.yaml and templates/cli/args.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The command line's arguments, read per the operation's parameter table: `<operation> --flag
* value …`. Flags are the parameter names; values are parsed per the schema's type; arrays take
* repeated flags or comma lists. Any mistake is a UsageError naming the flag and the rule, raised
* before anything is sent.
*/
import { parseArgs } from "node:util";
/** Flags of the command line itself; a parameter with one of these names gets another flag (the generator decides). */
export const GLOBAL_FLAGS = [
	"help",
	"server",
	"url",
	"api-version",
	"timeout",
	"count"
];
/** Bad input on the command line: `flag` (without dashes) and `rule` say what and why. */
export class UsageError extends Error {
	rule;
	flag;
	operation;
	constructor(message, rule, flag, operation) {
		super(message);
		this.rule = rule;
		this.flag = flag;
		this.operation = operation;
	}
}
UsageError.prototype.name = "UsageError";
const isHelp = (arg) => arg === "--help" || arg === "-h";
/** Reads argv (without node and the script). Throws UsageError. */
export function parseCommand(spec, argv) {
	const [first, ...rest] = argv;
	if (first === undefined) throw new UsageError(`name an operation: ${spec.program} --help lists them`, "operation");
	if (isHelp(first)) return { kind: "help" };
	if (first.startsWith("-")) throw new UsageError(`name an operation before the flags (got ${first}): ${spec.program} --help lists them`, "operation");
	const operation = Object.hasOwn(spec.operations, first) ? spec.operations[first] : undefined;
	if (operation === undefined) {
		const near = Object.keys(spec.operations).find((id) => id.toLowerCase() === first.toLowerCase());
		throw new UsageError(`unknown operation ${JSON.stringify(first)}${near ? ` (did you mean ${near}?)` : ""}: ${spec.program} --help lists them`, "operation");
	}
	const end = rest.indexOf("--");
	if ((end < 0 ? rest : rest.slice(0, end)).some(isHelp)) return {
		kind: "operation-help",
		operation
	};
	try {
		const { params, options } = parseFlags(operation, rest);
		return {
			kind: "run",
			operation,
			params,
			options
		};
	} catch (error) {
		if (error instanceof UsageError && error.operation === undefined) throw new UsageError(error.message, error.rule, error.flag, operation.id);
		throw error;
	}
}
/** The flags of one operation: its parameters and the global options. */
export function parseFlags(operation, args) {
	const byFlag = new Map(operation.params.map((p) => [p.flag, p]));
	const options = {};
	for (const g of GLOBAL_FLAGS) options[g] = { type: g === "help" ? "boolean" : "string" };
	for (const p of operation.params) options[p.flag] = { type: p.type === "boolean" && !p.array ? "boolean" : "string" };
	const { tokens } = parseArgs({
		args: [...args],
		options,
		strict: false,
		allowPositionals: true,
		tokens: true
	});
	const params = {};
	const globals = {};
	for (const token of tokens) {
		if (token.kind === "option-terminator") continue;
		if (token.kind === "positional") {
			throw new UsageError(`unexpected argument ${JSON.stringify(token.value)}: values follow their flag, e.g. --name value`, "flag");
		}
		const flag = token.name;
		if (token.rawName.startsWith("-") && !token.rawName.startsWith("--")) {
			throw new UsageError(`unknown flag ${token.rawName}: ${operation.id} takes --flags only (--help lists them)`, "known-flag", flag);
		}
		const param = byFlag.get(flag);
		const negated = param === undefined && flag.startsWith("no-") ? byFlag.get(flag.slice(3)) : undefined;
		if (negated !== undefined && negated.type === "boolean" && !negated.array) {
			if (token.inlineValue) throw new UsageError(`--${flag} takes no value`, "type", negated.flag);
			setOnce(params, negated, false);
			continue;
		}
		if (param === undefined && !GLOBAL_FLAGS.includes(flag)) {
			throw new UsageError(`unknown flag --${flag}: ${operation.id} has ${operation.params.length ? operation.params.map((p) => `--${p.flag}`).join(", ") : "no parameters"} (--help lists them)`, "known-flag", flag);
		}
		const text = token.value;
		if (param !== undefined && param.type === "boolean" && !param.array) {
			setOnce(params, param, text === undefined ? true : parseValue(param, text));
			continue;
		}
		if (text === undefined || !token.inlineValue && text.startsWith("--")) {
			throw new UsageError(`--${flag} needs a value`, "value", flag);
		}
		if (param === undefined) {
			if (flag in globals) throw new UsageError(`--${flag} is given twice`, "once", flag);
			globals[flag] = text;
		} else if (param.array) {
			const items = text.split(",").map((item) => parseValue(param, item));
			params[param.name] = [...params[param.name] ?? [], ...items];
		} else {
			setOnce(params, param, parseValue(param, text));
		}
	}
	for (const p of operation.params) {
		if (p.required && !(p.name in params)) throw new UsageError(`--${p.flag} is required`, "required", p.flag);
	}
	return {
		params,
		options: globalOptions(operation, globals)
	};
}
function setOnce(params, param, value) {
	if (param.name in params) throw new UsageError(`--${param.flag} is given twice`, "once", param.flag);
	params[param.name] = value;
}
function globalOptions(operation, globals) {
	const positive = (flag) => {
		const text = globals[flag];
		if (text === undefined) return undefined;
		if (!/^[0-9]+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
			throw new UsageError(`--${flag} must be a positive whole number (got ${JSON.stringify(text)})`, "type", flag);
		}
		return Number(text);
	};
	if (globals.count !== undefined && operation.kind !== "subscribe") {
		throw new UsageError(`--count applies to subscriptions only; ${operation.id} is a request`, "subscription", "count");
	}
	if (globals.server !== undefined && globals.url !== undefined) {
		throw new UsageError("--server and --url exclude each other: give one", "exclusive", "url");
	}
	const out = {};
	if (globals.server !== undefined) out.server = globals.server;
	if (globals.url !== undefined) {
		if (!/^wss?:\/\/\S+$/.test(globals.url)) throw new UsageError(`--url must be a ws:// or wss:// URL (got ${JSON.stringify(globals.url)})`, "format", "url");
		out.url = globals.url;
	}
	if (globals["api-version"] !== undefined) out.apiVersion = globals["api-version"];
	const timeout = positive("timeout");
	if (timeout !== undefined) out.timeoutMs = timeout;
	const count = positive("count");
	if (count !== undefined) out.count = count;
	return out;
}
/** One value of a parameter (one item of an array) from its text, per the schema's type. */
export function parseValue(param, text) {
	const bad = (what, rule = "type") => {
		throw new UsageError(`--${param.flag} must be ${what} (got ${JSON.stringify(text)})`, rule, param.flag);
	};
	let value;
	switch (param.type) {
		case "string":
			value = text;
			break;
		case "integer":
			if (!/^-?[0-9]+$/.test(text) || !Number.isSafeInteger(Number(text))) bad("a whole number");
			value = Number(text);
			break;
		case "number":
			if (!/^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(text) || !Number.isFinite(Number(text))) bad("a number");
			value = Number(text);
			break;
		case "boolean":
			if (text !== "true" && text !== "false") bad("true or false");
			value = text === "true";
			break;
		case "json":
			try {
				value = JSON.parse(text);
			} catch {
				bad("JSON");
			}
			break;
	}
	if (param.enum !== undefined && typeof value === "string") {
		const canonical = param.aliases && Object.hasOwn(param.aliases, value) ? param.aliases[value] : value;
		if (!param.enum.some((e) => String(e) === canonical)) bad(`one of ${param.enum.map(String).join(", ")}`, "enum");
		return param.enum.find((e) => String(e) === canonical);
	}
	if (param.enum !== undefined && !param.enum.some((e) => e === value)) bad(`one of ${param.enum.map(String).join(", ")}`, "enum");
	return value;
}
//# sourceMappingURL=args.js.map