// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
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
import { UsageError } from "./args.js";
import type { CliSpec } from "./spec.js";
import type { ClientCore, ClientOptions } from "../runtime/client.js";
import type { Codec } from "../runtime/spec.js";
export declare const EXIT_OK = 0;
export declare const EXIT_FAILED = 1;
export declare const EXIT_USAGE = 2;
/** A request interrupted (Ctrl-C) before its reply: 128 + SIGINT, as shells report it. */
export declare const EXIT_INTERRUPTED = 130;
export interface CliIo {
	/** The arguments after the program name. */
	readonly argv: readonly string[];
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly stdout: {
		write(text: string): unknown;
		readonly isTTY?: boolean;
	};
	readonly stderr: {
		write(text: string): unknown;
	};
	/** Aborted when the user interrupts (Ctrl-C): a subscription ends (exit 0), a request is abandoned. */
	readonly interrupt?: AbortSignal;
}
export interface CliDeps {
	readonly spec: CliSpec;
	readonly codec: Pick<Codec, "buildRequest">;
	readonly createClient: (options: ClientOptions) => ClientCore;
}
/** Runs one command line; resolves with the exit status. */
export declare function runCli(deps: CliDeps, io: CliIo): Promise<number>;
/** The line a refused command line prints on stderr. */
export declare function usageLine(spec: CliSpec, error: UsageError): string;
//# sourceMappingURL=run.d.ts.map