// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CliOperation, CliParam, CliSpec } from "./spec.js";
/** Flags of the command line itself; a parameter with one of these names gets another flag (the generator decides). */
export declare const GLOBAL_FLAGS: readonly ["help", "server", "url", "api-version", "timeout", "count"];
export interface GlobalOptions {
	readonly server?: string;
	readonly url?: string;
	readonly apiVersion?: string;
	readonly timeoutMs?: number;
	/** Subscriptions: stop after this many events. */
	readonly count?: number;
}
export type Command = {
	readonly kind: "help";
} | {
	readonly kind: "operation-help";
	readonly operation: CliOperation;
} | {
	readonly kind: "run";
	readonly operation: CliOperation;
	readonly params: Record<string, unknown>;
	readonly options: GlobalOptions;
};
/** Bad input on the command line: `flag` (without dashes) and `rule` say what and why. */
export declare class UsageError extends Error {
	readonly rule: string;
	readonly flag?: string | undefined;
	/** The operation whose flags were being read, if any. */
	readonly operation?: string | undefined;
	constructor(message: string, rule: string, flag?: string | undefined, operation?: string | undefined);
}
/** Reads argv (without node and the script). Throws UsageError. */
export declare function parseCommand(spec: CliSpec, argv: readonly string[]): Command;
/** The flags of one operation: its parameters and the global options. */
export declare function parseFlags(operation: CliOperation, args: readonly string[]): {
	params: Record<string, unknown>;
	options: GlobalOptions;
};
/** One value of a parameter (one item of an array) from its text, per the schema's type. */
export declare function parseValue(param: CliParam, text: string): unknown;
//# sourceMappingURL=args.d.ts.map