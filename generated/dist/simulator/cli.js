// Generated from asyncapi.yaml and templates/simulator/cli.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The simulator as a command: parses its flags, starts it, prints what a person needs to use it
* (URL, API key, symbols) and, with --verbose, one line per request answered. Every mistake in the
* command line is one line on stderr and exit code 2: no stack trace.
*/
import { parseArgs } from "node:util";
import { INSTRUMENTS, listedIn } from "./instruments.js";
/** Key pair used when none is given: a local simulator holds no real account. */
const DEFAULT_KEY = "simulator-key";
const DEFAULT_SECRET = "simulator-secret";
class UsageError extends Error {}
function usage(ctx) {
	const p = ctx.envPrefix;
	return [
		`usage: ${ctx.command} [--port N] [--host ADDRESS] [--api-key KEY] [--api-secret SECRET] [--seed N] [--verbose]`,
		"",
		"A local exchange that speaks the real WebSocket protocol: every destination, signatures checked,",
		"the heartbeat rule and rate limits enforced, a seeded market that moves.",
		"",
		"  --port N             TCP port to listen on; 0 (default) picks a free one",
		"  --host ADDRESS       interface to listen on (default 127.0.0.1)",
		`  --api-key KEY        the account's API key (default: $${p}_API_KEY, else ${DEFAULT_KEY})`,
		`  --api-secret SECRET  the secret requests are signed with (default: $${p}_API_SECRET, else ${DEFAULT_SECRET})`,
		"  --seed N             seed of the simulated market (default 1): the same seed gives the same prices",
		"  --verbose            log every request: destination, status, and for a refused signature the",
		"                       canonical text the simulator expected (never the secret)",
		"  -h, --help           this text",
		"",
		"It prints its URL, the API key to use and its symbols, then runs until Ctrl-C."
	].join("\n");
}
function integer(name, text, min, max) {
	if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max} (got "${text}")`);
	return Number(text);
}
/** One line for what went wrong in the command line (node:util's parseArgs errors included). */
function usageLine(error) {
	if (error instanceof UsageError) return error.message;
	const code = error?.code;
	if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
		const message = String(error.message).split("\n")[0];
		const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
		if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
		if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ""}: every value follows its option`.replace("  ", " ");
		return message.replace(/\.$/, "");
	}
	return undefined;
}
/** One line for a listen failure the user can fix. */
function listenLine(error, port, host) {
	const code = error?.code;
	if (code === "EADDRINUSE") return `port ${port} on ${host} is in use: choose another with --port, or --port 0 for a free one`;
	if (code === "EACCES") return `not allowed to listen on port ${port}: use a port above 1023, or --port 0`;
	if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `cannot listen on ${host}: give an address of this machine with --host (e.g. 127.0.0.1)`;
	return undefined;
}
/** A request log line: destination, correlation id, status, and what was wrong. */
export function formatRequestLog(entry) {
	const parts = [entry.destination ?? "(no destination)"];
	if (entry.correlationId !== undefined) parts.push(`#${entry.correlationId}`);
	parts.push(entry.status);
	if (entry.error) parts.push(`${entry.error.code} ${entry.error.msg}`);
	let line = parts.join(" ");
	if (entry.expectedCanonical !== undefined) line += `\n    expected a signature over: ${entry.expectedCanonical}`;
	return line;
}
/**
* Runs the command. Resolves with the exit code when it is done (help, a usage error), or with the
* running simulator (exit code undefined) for the caller to stop on a signal.
*/
export async function runSimulatorCli(argv, ctx, io) {
	const fail = (line) => {
		io.err(`${ctx.command}: ${line} (see ${ctx.command} --help)`);
		return { exitCode: 2 };
	};
	let options;
	let verbose;
	let keyFrom;
	let secretFrom;
	try {
		const { values } = parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				port: {
					type: "string",
					default: "0"
				},
				host: {
					type: "string",
					default: "127.0.0.1"
				},
				"api-key": { type: "string" },
				"api-secret": { type: "string" },
				seed: {
					type: "string",
					default: "1"
				},
				verbose: {
					type: "boolean",
					default: false
				},
				help: {
					type: "boolean",
					short: "h",
					default: false
				}
			}
		});
		if (values.help) {
			io.out(usage(ctx));
			return { exitCode: 0 };
		}
		const port = integer("port", values.port, 0, 65535);
		const seed = integer("seed", values.seed, 0, 2 ** 31 - 1);
		const host = values.host;
		if (host.trim() === "") throw new UsageError("--host must not be empty");
		const keyEnv = `${ctx.envPrefix}_API_KEY`;
		const secretEnv = `${ctx.envPrefix}_API_SECRET`;
		// An empty environment variable counts as unset.
		const fromEnv = (name) => io.env[name] === "" ? undefined : io.env[name];
		const apiKey = values["api-key"] ?? fromEnv(keyEnv) ?? DEFAULT_KEY;
		const apiSecret = values["api-secret"] ?? fromEnv(secretEnv) ?? DEFAULT_SECRET;
		if (apiKey === "") throw new UsageError("--api-key must not be empty");
		if (apiSecret === "") throw new UsageError("--api-secret must not be empty");
		keyFrom = values["api-key"] !== undefined ? "--api-key" : fromEnv(keyEnv) !== undefined ? `$${keyEnv}` : "default";
		secretFrom = values["api-secret"] !== undefined ? "--api-secret" : fromEnv(secretEnv) !== undefined ? `$${secretEnv}` : "default";
		verbose = values.verbose;
		options = {
			port,
			host,
			apiKey,
			apiSecret,
			seed,
			...verbose ? { onRequest: (entry) => io.out(formatRequestLog(entry)) } : {}
		};
	} catch (error) {
		const line = usageLine(error);
		if (line === undefined) throw error;
		return fail(line);
	}
	let simulator;
	try {
		simulator = await ctx.start(options);
	} catch (error) {
		const line = listenLine(error, options.port, options.host);
		if (line === undefined) throw error;
		return fail(line);
	}
	io.out(simulator.url);
	io.out(`API key: ${options.apiKey} (${keyFrom})`);
	// A secret given by the user is theirs to know; only the default one is shown.
	io.out(secretFrom === "default" ? `API secret: ${options.apiSecret} (default)` : `API secret: from ${secretFrom} (not shown)`);
	for (const version of ctx.versions.length > 0 ? ctx.versions : [""]) {
		const symbols = INSTRUMENTS.filter((i) => listedIn(i, version)).map((i) => i.symbol);
		io.out(`symbols${version ? ` (${version})` : ""}: ${symbols.join(", ")}`);
	}
	io.out(verbose ? "Logging every request. Ctrl-C stops it." : "Ctrl-C stops it; --verbose logs every request.");
	return {
		exitCode: undefined,
		simulator
	};
}
//# sourceMappingURL=cli.js.map