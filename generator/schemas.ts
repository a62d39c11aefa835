/**
 * JSON Schemas for ajv, assembled from the model: component schemas become `$defs` of one root
 * schema (refs rewritten), documentation keys and extensions are dropped, enums with `x-aliases`
 * also accept the alias spellings, and a signed request's schema gains the signing fields.
 * Used both for the precompiled validators and for in-memory checks in tests.
 */
import type { Model } from './model.js';
import { fragmentToken, unescapePointerToken } from './model/refs.js';

export const DEFS_ID = 'defs';
const COMPONENT_REF = '#/components/schemas/';
const DROP = new Set(['title', 'description', 'examples', 'example', 'default', '$comment', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);

export interface SchemaSet {
  /** The root schema holding every component under $defs (strict: for requests). */
  readonly defs: Record<string, unknown>;
  /**
   * The same, for replies and events: with x-protocol.tolerance.openEnums an enum accepts any
   * string there (the codec reports the values it does not list). Same `$id` as `defs`.
   */
  readonly inboundDefs: Record<string, unknown>;
  /** Strict schemas of full request payloads, by operationId. */
  readonly requests: Record<string, Record<string, unknown>>;
  /** Reply payload schemas, by operationId. */
  readonly replies: Record<string, Record<string, unknown>>;
  /** Event payload schemas, by event destination. */
  readonly events: Record<string, Record<string, unknown>>;
}

export function assembleSchemas(model: Model): SchemaSet {
  const $defs: Record<string, unknown> = {};
  const inbound: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(model.schemas)) {
    $defs[name] = clean(schema, false);
    inbound[name] = clean(schema, model.tolerance.openEnums);
  }
  const ref = (name: string) => ({ $ref: `${DEFS_ID}#/$defs/${fragmentToken(name)}` });

  const requests: Record<string, Record<string, unknown>> = {};
  const replies: Record<string, Record<string, unknown>> = {};
  for (const op of model.operations) {
    if (op.signed) {
      const params = $defs[op.request.schema] as Record<string, any>;
      const fields = $defs[model.signing.fieldsSchema] as Record<string, any>;
      // The params' own combinators and conditions (allOf, if/then, …) keep applying.
      const { type: _type, additionalProperties, required, properties, ...conditions } = params;
      requests[op.id] = {
        ...conditions,
        type: 'object',
        additionalProperties: additionalProperties ?? false,
        required: [...new Set([...(required ?? []), ...(fields.required ?? [])])],
        properties: { ...(properties ?? {}), ...(fields.properties ?? {}) },
      };
    } else {
      requests[op.id] = ref(op.request.schema);
    }
    replies[op.id] = ref(op.reply.schema);
  }
  const events: Record<string, Record<string, unknown>> = {};
  for (const ev of model.events) events[ev.destination] = ref(ev.message.schema);
  return { defs: { $id: DEFS_ID, $defs }, inboundDefs: { $id: DEFS_ID, $defs: inbound }, requests, replies, events };
}

/** A copy of a schema fit for ajv; `openEnums` drops string enums (any string is then valid). */
function clean(node: unknown, openEnums: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => clean(n, openEnums));
  if (!node || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (k.startsWith('x-') || DROP.has(k)) continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith(COMPONENT_REF)) {
      out.$ref = `${DEFS_ID}#/$defs/${fragmentToken(unescapePointerToken(v.slice(COMPONENT_REF.length)))}`;
    } else if (k === 'properties' || k === 'patternProperties' || k === '$defs' || k === 'definitions') {
      // keys here are names, not keywords: keep them all
      out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([name, s]) => [name, clean(s, openEnums)]));
    } else {
      out[k] = clean(v, openEnums);
    }
  }
  if (openEnums && Array.isArray(out.enum) && (out.enum as unknown[]).every((v) => typeof v === 'string')) {
    delete out.enum;
    out.type ??= 'string';
    return out;
  }
  const aliases = src['x-aliases'];
  if (Array.isArray(out.enum) && aliases && typeof aliases === 'object') {
    out.enum = [...(out.enum as unknown[]), ...Object.keys(aliases).filter((a) => !(out.enum as unknown[]).includes(a))];
  }
  return out;
}
