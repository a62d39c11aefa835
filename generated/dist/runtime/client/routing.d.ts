// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Routing tables of the client: destination → operation, and event destination → the live
* subscriptions that want its events (one Map lookup per event on the hot path).
*/
import type { OperationSpec, StreamMatch, StreamSpec, ValidationResult } from "../spec.js";
import type { Subscription } from "../subscription.js";
export interface DestinationRoute {
	readonly op: OperationSpec;
	readonly version: string;
}
/** A subscription as the router sees it. */
export interface SubEntry {
	readonly sub: Subscription<unknown>;
	readonly op: OperationSpec;
	readonly destination: string;
	readonly params: unknown;
	readonly route: StreamRoute;
	/** Routing-key values (first match entry); null: any. */
	readonly keys: readonly string[] | null;
	/** Allowed values per further match entry; null: any. */
	readonly filters: readonly (ReadonlySet<string> | null)[];
	pendingKey: string | undefined;
	connection: number;
	/** Its operation's validators are still loading: nothing is sent until they are. */
	preparing: boolean;
}
/** Routes the events of one event destination to the matching subscriptions. */
export declare class StreamRoute {
	readonly stream: StreamSpec;
	readonly keyField: string;
	readonly keyDefault: string | undefined;
	readonly extra: readonly StreamMatch[];
	readonly extraDefaults: readonly (readonly string[] | undefined)[];
	readonly byKey: Map<string, SubEntry[]>;
	anyKey: SubEntry[];
	all: SubEntry[];
	/**
	* The routing key of the last event looked up and its subscriptions: a stream's events come
	* in runs of the same key, and comparing the fresh key string is cheaper than hashing it for
	* the Map. Cleared whenever a subscription is added or removed.
	*/
	private lastKey;
	private lastList;
	/** The codec's decoder for this destination, once its validator is loaded (no lookup by name per event). */
	decode: ((payload: unknown) => ValidationResult) | undefined;
	constructor(stream: StreamSpec);
	add(entry: SubEntry): void;
	remove(entry: SubEntry): void;
	/**
	* The hot path: one Map lookup, then the matching subscriptions. `unlisted`: top-level fields
	* whose value the document does not list (already reported): they do not filter, so such an
	* event reaches every subscription of its key instead of none.
	*/
	dispatch(payload: unknown, unlisted?: readonly string[]): void;
	private offer;
}
export declare function toValues(value: unknown): string[] | undefined;
export declare function unique(values: readonly string[] | undefined): string[] | null;
export declare function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined;
//# sourceMappingURL=routing.d.ts.map