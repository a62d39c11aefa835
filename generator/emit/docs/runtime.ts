/**
 * What the reference docs say about the client itself (options, events, its own error codes) is
 * what the runtime states in its manifest (templates/runtime/manifest.ts), imported as data: no
 * source of the runtime is parsed here.
 */
import {
  CLIENT_EVENTS,
  CONNECTION_STATES,
  ERROR_CLASSES,
  JITTER,
  OPTION_TYPES,
  type OptionDefault,
  type OptionDoc,
} from '../../../templates/runtime/manifest.js';

export interface RuntimeMember {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
  /** The default in words, when the runtime states one. */
  readonly default?: string;
  /** Members of an inline object type (`{ a?: number } | false`). */
  readonly inline: readonly RuntimeMember[];
}

/** An error class of the runtime with its fields in order. */
export interface RuntimeErrorClass {
  readonly name: string;
  readonly extends: string;
  readonly codes: readonly string[];
  readonly description: string;
  readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
}

export type OptionTypeName = keyof typeof OPTION_TYPES;

export interface RuntimeApi {
  /** The options objects the docs describe. */
  readonly optionTypes: readonly OptionTypeName[];
  /** The options of one options object, in order. */
  options(typeName: OptionTypeName): RuntimeMember[];
  readonly events: readonly { readonly name: string; readonly args: string; readonly doc: string }[];
  readonly states: readonly string[];
  readonly jitter: { readonly type: string; readonly doc: string };
  readonly errors: readonly RuntimeErrorClass[];
  /** Every `ERR_…` code any class creates, in the manifest's order. */
  readonly codes: readonly string[];
}

/** A default as the docs print it: `10000 ms`, `'latest-per-key'`, `true`, or the rule's words. */
export function defaultText(d: OptionDefault): string {
  if ('rule' in d) return d.rule;
  const value = typeof d.value === 'string' ? `'${d.value}'` : String(d.value);
  return d.unit ? `${value} ${d.unit}` : value;
}

function members(table: Readonly<Record<string, OptionDoc>>): RuntimeMember[] {
  return Object.entries(table).map(([name, o]) => ({
    name,
    type: o.type,
    doc: o.description,
    ...(o.default ? { default: defaultText(o.default) } : {}),
    inline: o.members ? members(o.members) : [],
  }));
}

export function readRuntime(): RuntimeApi {
  return {
    optionTypes: Object.keys(OPTION_TYPES) as OptionTypeName[],
    options: (typeName) => members(OPTION_TYPES[typeName]),
    events: Object.entries(CLIENT_EVENTS).map(([name, e]) => ({ name, args: e.args, doc: e.description })),
    states: CONNECTION_STATES,
    jitter: { type: JITTER.type, doc: JITTER.description },
    errors: ERROR_CLASSES.map((e) => ({ ...e, fields: Object.entries(e.fields).map(([name, f]) => ({ name, ...f })) })),
    codes: [...new Set(ERROR_CLASSES.flatMap((e) => e.codes))],
  };
}
