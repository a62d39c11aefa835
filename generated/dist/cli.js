#!/usr/bin/env node
// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The package's command line: `<operation> --param value …` sends one request and prints its reply
* as JSON, or prints a subscription's events as JSON Lines; `--help` lists the operations.
*/
import { runCli } from "./cli/run.js";
import { cliSpec } from "./cli-spec.js";
import { codec } from "./codec.js";
import { CurrencyComClient } from "./client.js";
const interrupt = new AbortController();
process.once("SIGINT", () => interrupt.abort());
process.once("SIGTERM", () => interrupt.abort());
// A reader that goes away (`| head`) ends the command quietly.
process.stdout.on("error", (error) => {
	if (error.code === "EPIPE") process.exit(0);
	throw error;
});
const status = await runCli({
	spec: cliSpec,
	codec,
	createClient: (options) => new CurrencyComClient(options)
}, {
	argv: process.argv.slice(2),
	env: process.env,
	stdout: process.stdout,
	stderr: process.stderr,
	interrupt: interrupt.signal
});
process.stdout.write("", () => process.exit(status));
//# sourceMappingURL=cli.js.map