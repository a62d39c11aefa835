// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* What the command line knows about an API: the generated src/cli-spec.ts fills a CliSpec from
* the AsyncAPI document (operations, their parameters, groups, examples). The code in this folder
* knows no API fact; it parses, validates, prints and runs per this table.
*/
/** How a flag's text becomes a value of the payload. */
export type CliValueType = "string" | "integer" | "number" | "boolean" | "json";
export interface CliParam {
	/** The payload field. */
	readonly name: string;
	/** The flag, without the leading `--` (the field name unless that clashes with a global flag). */
	readonly flag: string;
	/** How the text of one value is parsed (for arrays: of each item). */
	readonly type: CliValueType;
	/** Whether the field is an array: repeated flags or comma lists. */
	readonly array: boolean;
	/** The type as the reference docs write it, e.g. `integer`, `number | string`, `Symbol[]`. */
	readonly typeText: string;
	readonly required: boolean;
	/** The schema's default (what the server assumes when the flag is absent); not sent. */
	readonly default?: unknown;
	/** Allowed values (of each item for arrays); alias spellings are accepted too. */
	readonly enum?: readonly (string | number | boolean)[];
	/** Other spellings the schema reads → the canonical value. */
	readonly aliases?: Readonly<Record<string, string>>;
	/** Constraints in words, e.g. `≥ 1`, `pattern ^\S+$`. */
	readonly constraints: readonly string[];
	readonly description: string;
	/** Why a fact about this parameter is not confirmed, if any. */
	readonly unconfirmed?: string;
}
export interface CliOperation {
	/** The operationId: the command. */
	readonly id: string;
	readonly kind: "request" | "subscribe" | "heartbeat";
	readonly summary: string;
	readonly description: string;
	readonly signed: boolean;
	readonly idempotent: boolean;
	/** Request weight counted against the limit that applies to every request. */
	readonly weight: number;
	/** Further rate limits, in words. */
	readonly rateLimits: readonly string[];
	/** API versions the operation exists in (empty: not versioned). */
	readonly versions: readonly string[];
	readonly params: readonly CliParam[];
	/** An example command line (arguments after the program name), from the document's example. */
	readonly example: readonly string[];
	/** Anchor of the operation in the reference docs' operations page. */
	readonly docs: string;
	readonly unconfirmed?: string;
}
export interface CliGroup {
	readonly title: string;
	/** operationIds, in the docs' order. */
	readonly operations: readonly string[];
}
export interface CliSpec {
	/** The command's name (the package's bin). */
	readonly program: string;
	/** The API's title. */
	readonly title: string;
	/** Environment variables of the key pair that signed operations use. */
	readonly env: {
		readonly apiKey: string;
		readonly apiSecret: string;
	};
	readonly groups: readonly CliGroup[];
	readonly operations: Readonly<Record<string, CliOperation>>;
	/** Servers by name, with their URL (for --server and the help). */
	readonly servers: readonly {
		readonly name: string;
		readonly url: string;
		readonly title: string;
	}[];
	readonly defaultServer: string;
	readonly versions: readonly string[];
	readonly defaultVersion: string;
	/** Where the reference docs are, relative to the package. */
	readonly docsPage: string;
}
//# sourceMappingURL=spec.d.ts.map