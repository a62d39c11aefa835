// Generated from asyncapi.yaml and templates/cli/run.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The command line's main: parse, check, connect, send, print, exit.
*
* - Bad input (an unknown operation or flag, a missing or refused value, a signed operation
*   without the key pair in the environment): one line on stderr naming the flag and the rule,
*   exit 2, nothing sent, nothing on stdout. The request is built and validated (strictly, as the
*   codec does for every request) before a connection is opened.
* - A request prints its decoded reply as JSON; a subscription prints each event as one JSON line
*   until interrupted or `--count` events, then exits 0.
* - An API error: its code, name and message on stderr, exit 1; a connection or timeout failure
*   likewise. The API secret never appears in what is printed.
*/
import { parseCommand, UsageError } from "./args.js";
import { renderHelp, renderOperationHelp } from "./help.js";
import { formatJson, oneLine, redact } from "./output.js";
import { ApiError, ClientError, InvalidParamsError, InvalidRequestError, UnsupportedVersionError } from "../runtime/errors.js";
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** A request interrupted (Ctrl-C) before its reply: 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = 130;
/** Runs one command line; resolves with the exit status. */
export async function runCli(deps, io) {
	const { spec } = deps;
	const apiKey = io.env[spec.env.apiKey] || undefined;
	const apiSecret = io.env[spec.env.apiSecret] || undefined;
	const say = (line) => void io.stderr.write(redact(oneLine(line), [apiSecret]) + "\n");
	let command;
	try {
		command = parseCommand(spec, io.argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		say(usageLine(spec, error));
		return EXIT_USAGE;
	}
	if (command.kind === "help") {
		io.stdout.write(renderHelp(spec));
		return EXIT_OK;
	}
	if (command.kind === "operation-help") {
		io.stdout.write(renderOperationHelp(spec, command.operation));
		return EXIT_OK;
	}
	const { operation: op, params, options } = command;
	const usage = (message) => {
		say(`${spec.program} ${op.id}: ${message}`);
		return EXIT_USAGE;
	};
	if (op.signed && (!apiKey || !apiSecret)) {
		const missing = [!apiKey ? spec.env.apiKey : "", !apiSecret ? spec.env.apiSecret : ""].filter(Boolean).join(" and ");
		return usage(`${op.id} is signed: set ${missing} in the environment (rule: credentials)`);
	}
	let client;
	try {
		client = deps.createClient(clientOptions(options, apiKey, apiSecret));
	} catch (error) {
		if (error instanceof InvalidParamsError) return usage(`--${error.field === "server" ? "server" : "url"}: ${error.message} (rule: ${error.rule ?? "value"})`);
		if (error instanceof UnsupportedVersionError) return usage(`--api-version: ${error.message} (rule: version)`);
		throw error;
	}
	const destination = client.destinationOf(op.id);
	if (destination === undefined) {
		return usage(`--api-version: ${op.id} does not exist in ${client.apiVersion}; it exists in ${op.versions.join(", ")} (rule: version)`);
	}
	// Build (and sign) once here, as the client will: whatever the codec refuses is refused before connecting.
	try {
		deps.codec.buildRequest(destination, params, {
			apiKey,
			apiSecret
		});
	} catch (error) {
		if (error instanceof InvalidRequestError) return usage(invalidParam(spec, op, error));
		throw error;
	}
	const pretty = io.stdout.isTTY === true;
	try {
		await withInterrupt(client.connect(), io.interrupt);
		if (op.kind === "subscribe") return await subscribe(client, destination, params, options, io, (reply) => say(`${spec.program} ${op.id}: subscribed: ${formatJson(reply, false)}`));
		const reply = await client.request(destination, params, io.interrupt ? { signal: io.interrupt } : {});
		io.stdout.write(formatJson(reply, pretty) + "\n");
		return EXIT_OK;
	} catch (error) {
		if (io.interrupt?.aborted) return op.kind === "subscribe" ? EXIT_OK : EXIT_INTERRUPTED;
		say(`${spec.program} ${op.id}: ${describeFailure(error)}`);
		return EXIT_FAILED;
	} finally {
		await client.close().catch(() => undefined);
	}
}
/** The line a refused command line prints on stderr. */
export function usageLine(spec, error) {
	return `${spec.program}${error.operation ? ` ${error.operation}` : ""}: ${error.message} (rule: ${error.rule})`;
}
function clientOptions(options, apiKey, apiSecret) {
	return {
		...options.server !== undefined ? { server: options.server } : {},
		...options.url !== undefined ? { url: options.url } : {},
		...options.apiVersion !== undefined ? { apiVersion: options.apiVersion } : {},
		...options.timeoutMs !== undefined ? {
			requestTimeoutMs: options.timeoutMs,
			connectTimeoutMs: options.timeoutMs
		} : {},
		...apiKey !== undefined ? { apiKey } : {},
		...apiSecret !== undefined ? { apiSecret } : {},
		// One command, one connection: a drop ends the command (exit 1) instead of retrying unseen.
		reconnect: false
	};
}
/**
* Prints the events as JSON Lines. The subscription's reply (which may say, per key, that a part of
* it was refused) goes to stderr as one line, so stdout holds events only.
*/
async function subscribe(client, destination, params, options, io, onReply) {
	const subscription = client.subscribe(destination, params);
	// A failed subscription ends the loop below with its error; `ready` only reports success.
	subscription.ready.then(onReply, () => undefined);
	const stop = () => subscription.close();
	io.interrupt?.addEventListener("abort", stop, { once: true });
	try {
		let seen = 0;
		for await (const event of subscription) {
			io.stdout.write(formatJson(event, false) + "\n");
			if (options.count !== undefined && ++seen >= options.count) break;
		}
		if (subscription.error !== undefined && !io.interrupt?.aborted) throw subscription.error;
		return EXIT_OK;
	} finally {
		io.interrupt?.removeEventListener("abort", stop);
		subscription.close();
	}
}
/** The flag a codec error is about (its first issue's top-level field), with the rule. */
function invalidParam(spec, op, error) {
	const issue = error.issues[0];
	const path = (issue?.path ?? "/" + error.field).replace(/^\//, "");
	const field = path.split("/")[0] ?? "";
	const param = op.params.find((p) => p.name === field);
	const message = issue?.message ?? error.message;
	const rule = issue?.rule ?? error.rule;
	if (param !== undefined) {
		const item = path.includes("/") ? ` (item ${path.split("/").slice(1).join("/")})` : "";
		return `--${param.flag}${item} ${message} (rule: ${rule})`;
	}
	if (error.code === "ERR_MISSING_CREDENTIALS") return `${op.id} is signed: set ${spec.env.apiKey} and ${spec.env.apiSecret} in the environment (rule: credentials)`;
	// A field the command line does not set itself: the signing fields, from the environment.
	return `${field || "the request"} ${message} (rule: ${rule}; check ${spec.env.apiKey})`;
}
function describeFailure(error) {
	if (error instanceof ApiError) {
		const code = error.apiCode === undefined ? "no code" : `code ${error.apiCode}`;
		return `API error ${code}${error.errorName ? ` ${error.errorName}` : ""}: ${error.apiMessage ?? "no message"} (status ${String(error.status)})`;
	}
	if (error instanceof ClientError) return `${error.code}: ${error.message}`;
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
/** Rejects when the signal aborts first (a connection attempt is not itself abortable). */
function withInterrupt(promise, signal) {
	if (signal === undefined) return promise;
	if (signal.aborted) return Promise.reject(new Error("interrupted"));
	return new Promise((resolve, reject) => {
		const onAbort = () => reject(new Error("interrupted"));
		signal.addEventListener("abort", onAbort, { once: true });
		promise.then((v) => (signal.removeEventListener("abort", onAbort), resolve(v)), (e) => (signal.removeEventListener("abort", onAbort), reject(e)));
	});
}
//# sourceMappingURL=run.js.map