// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The codec: builds, signs, validates and decodes messages using tables generated from the
* document (validators, tolerance rules) and the ProtocolSpec. Knows no API fact itself.
*/
import type { Codec, FrameReader, OperationSpec, ProtocolSpec, ValidationResult } from "../runtime/spec.js";
import { type CanonicalRule } from "./signing.js";
/** An ajv standalone validator: returns validity and leaves its errors on itself. */
export interface CompiledValidator {
	(data: unknown): boolean;
	errors?: readonly AjvError[] | null;
}
interface AjvError {
	instancePath: string;
	keyword: string;
	message?: string;
	params: Record<string, unknown>;
}
/** One operation's canonical string, with its field order fixed at generation time. */
export type Canonicaliser = (payload: Readonly<Record<string, unknown>>) => string;
/** The document's rules for one API: signing and the tolerance of inbound messages. */
export interface CodecRules {
	readonly canonical: CanonicalRule;
	/**
	* Per signed operation whose request schema allows no other field: its canonical string, the
	* same bytes as canonicalStringWith(canonical, payload) for every payload that schema accepts.
	*/
	readonly canonicalisers: Readonly<Record<string, Canonicaliser>>;
	/** Builds the envelope object literal (absent: built generically from the envelope spec). */
	readonly envelope?: (destination: string, correlationId: number | string, payload: Record<string, unknown>) => Record<string, unknown>;
	/** Reads an inbound frame's envelope members (absent: the client reads them by the envelope spec's names). */
	readonly frameReader?: FrameReader;
	readonly bareArrayFields: Readonly<Record<string, string>>;
	readonly eventJsonStringFields: Readonly<Record<string, readonly string[]>>;
	/** Enum-valued places of request payloads, by operationId: aliases are rewritten before signing. */
	readonly requestEnums: Readonly<Record<string, readonly EnumSite[]>>;
	/** Enum-valued places of reply payloads, by operationId. */
	readonly replyEnums: Readonly<Record<string, readonly EnumSite[]>>;
	/** Enum-valued places of event payloads, by event destination. */
	readonly eventEnums: Readonly<Record<string, readonly EnumSite[]>>;
}
export interface ValidatorTables {
	/** Strict validators of the full request payload (signing fields included), by operationId. */
	readonly requestValidators: Readonly<Record<string, CompiledValidator>>;
	/** Coercing validators of reply payloads, by operationId. */
	readonly replyValidators: Readonly<Record<string, CompiledValidator>>;
	/** Coercing validators of event payloads, by event destination. */
	readonly eventValidators: Readonly<Record<string, CompiledValidator>>;
}
/** The validators of one operation: its request, its reply, and the events of its stream. */
export interface LoadedValidators {
	readonly request: CompiledValidator;
	readonly reply: CompiledValidator;
	/** Event destination → validator. */
	readonly events: Readonly<Record<string, CompiledValidator>>;
}
/** operationId → a loader of that operation's validators (a dynamic import). */
export type ValidatorLoaders = Readonly<Record<string, () => Promise<LoadedValidators>>>;
/** Rules, plus validators given up front and/or loaders for the rest. */
export interface CodecTables extends CodecRules, Partial<ValidatorTables> {
	readonly load?: ValidatorLoaders;
}
/** A place in a payload whose value is one of an enum's values. */
export interface EnumSite {
	/** Property names from the payload down; `*` stands for every item of an array or value of a map. */
	readonly path: readonly string[];
	/** The values the document lists. */
	readonly known: readonly string[];
	/** Alternative spellings → the canonical value. */
	readonly aliases?: Readonly<Record<string, string>>;
	/** A value outside `known` is delivered and reported rather than refused (inbound only). */
	readonly open?: boolean;
}
export interface Target {
	readonly operation: OperationSpec;
	/** The version of the destination ('' when the operation is not versioned). */
	readonly version: string;
}
export interface FullCodec extends Codec {
	readonly spec: ProtocolSpec;
	prepare(operationId: string): Promise<void> | undefined;
	canonicalString(payload: Readonly<Record<string, unknown>>): string;
	sign(payload: Readonly<Record<string, unknown>>, secret: string): string;
	validateRequest(destination: string, payload: unknown): ValidationResult;
	validateReply(requestDestination: string, payload: unknown): ValidationResult;
	validateEvent(eventDestination: string, payload: unknown): ValidationResult;
	/** The operation a destination addresses; throws naming the destination when there is none. */
	resolve(destination: string): Target;
	/** The destination of an operation in a version; throws when it does not exist there. */
	destinationOf(operationId: string, version: string): string;
}
export declare function registerValidators(tables: ValidatorTables): void;
export declare function createCodec(spec: ProtocolSpec, tables: CodecTables): FullCodec;
export {};
//# sourceMappingURL=codec.d.ts.map