// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { SimulatorOptions, SimulatorRequestLog } from "./deps.js";
import type { RunningSimulator } from "./server.js";
export interface SimulatorCliIo {
	out(line: string): void;
	err(line: string): void;
	readonly env: Readonly<Record<string, string | undefined>>;
}
export interface SimulatorCliContext {
	/** The command's name, as the user types it. */
	readonly command: string;
	/** Prefix of the environment variables that hold the key pair (`<PREFIX>_API_KEY`, `<PREFIX>_API_SECRET`). */
	readonly envPrefix: string;
	/** The API versions the simulator serves. */
	readonly versions: readonly string[];
	start(options: SimulatorOptions): Promise<RunningSimulator>;
}
/** A request log line: destination, correlation id, status, and what was wrong. */
export declare function formatRequestLog(entry: SimulatorRequestLog): string;
/**
* Runs the command. Resolves with the exit code when it is done (help, a usage error), or with the
* running simulator (exit code undefined) for the caller to stop on a signal.
*/
export declare function runSimulatorCli(argv: readonly string[], ctx: SimulatorCliContext, io: SimulatorCliIo): Promise<{
	exitCode: number;
} | {
	exitCode: undefined;
	simulator: RunningSimulator;
}>;
//# sourceMappingURL=cli.d.ts.map