// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* JSON text of a decoded value (a bigint prints as its digits). Pretty: indented by two, but an
* array or object that fits on its line stays on one line (price levels, small records).
*/
export declare function formatJson(value: unknown, pretty: boolean): string;
/** The text with every occurrence of each secret replaced (secrets shorter than 4 characters are left: they would mask ordinary text). */
export declare function redact(text: string, secrets: readonly (string | undefined)[]): string;
/** One line: newlines and other control characters of a message are shown escaped. */
export declare function oneLine(text: string): string;
//# sourceMappingURL=output.d.ts.map