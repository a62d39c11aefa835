// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Reading request parameters the way the API does: each reader throws the API's own error. */
import { Dec } from "../decimal.js";
export type Params = Readonly<Record<string, unknown>>;
export declare function has(p: Params, name: string): boolean;
export declare function optString(p: Params, name: string): string | undefined;
export declare function reqString(p: Params, name: string): string;
export declare function optDec(p: Params, name: string): Dec | undefined;
export declare function optInt(p: Params, name: string): number | undefined;
export declare function optBool(p: Params, name: string): boolean | undefined;
/** A count parameter: its default when absent (its range is the document's, checked by the validator). */
export declare function optLimit(p: Params, name: string, def: number): number;
/** A request parameter's default as the document states it (ExchangeOptions.paramDefaults), else `fallback`. */
export declare function defaultOf(defaults: Readonly<Record<string, Readonly<Record<string, unknown>>>>, operationId: string, param: string, fallback: number): number;
export declare function optEnum<T extends string>(p: Params, name: string, values: readonly T[]): T | undefined;
export declare function withinTime<T>(items: readonly T[], time: (t: T) => number, from: number | undefined, to: number | undefined): T[];
/** The newest `limit` items, oldest first. */
export declare function newest<T>(items: readonly T[], limit: number): T[];
//# sourceMappingURL=params.d.ts.map