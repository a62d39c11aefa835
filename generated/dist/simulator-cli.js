#!/usr/bin/env node
// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { runSimulatorCli } from "./simulator/cli.js";
import { startSimulator } from "./simulator.js";
import { spec } from "./spec.js";
const result = await runSimulatorCli(process.argv.slice(2), {
	command: "currencycom-ws-simulator",
	envPrefix: "CURRENCYCOM",
	versions: spec.versions,
	start: startSimulator
}, {
	out: (line) => console.log(line),
	err: (line) => console.error(line),
	env: process.env
});
if (result.exitCode !== undefined) {
	process.exitCode = result.exitCode;
} else {
	const { simulator } = result;
	const stop = () => void simulator.close().then(() => process.exit(0));
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
}
//# sourceMappingURL=simulator-cli.js.map