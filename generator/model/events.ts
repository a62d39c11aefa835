/** Receive operations: the events the server pushes, with their tolerance rules. */
import { channelOf } from './channels.js';
import type { ModelContext } from './context.js';
import { messageModel, topLevelAliases } from './messages.js';
import { anchorOf } from './names.js';
import type { Path } from './refs.js';
import type { EventModel } from './types.js';

export function eventsOf(ctx: ModelContext): EventModel[] {
  const events: EventModel[] = [];
  for (const [id, op] of Object.entries<any>(ctx.raw.operations ?? {})) {
    if (op.action !== 'receive') continue;
    const { key, channel } = channelOf(ctx, op, id);
    const message = messageModel(ctx, op.messages?.[0], ['operations', id, 'messages', 0]);
    const props: Record<string, any> = ctx.schemas[message.schema]?.properties ?? {};
    const event: EventModel = {
      id,
      destination: String(channel.address),
      summary: String(op.summary ?? ''),
      description: String(op.description ?? '').trim(),
      message,
      jsonStringFields: Object.entries(props).filter(([, p]) => p?.['x-json-string'] === true).map(([f]) => f),
      aliases: topLevelAliases(ctx, message.schema),
      anchor: anchorOf(id),
      ...flatFieldsOf(ctx, message.schema),
    };
    if (key.length === 0) ctx.fail(['operations', id], 'empty channel');
    events.push(event);
  }
  return events;
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/**
 * The payload's member names when every member the schema names holds a JSON scalar: then the
 * generated frame decoder may read the payload straight from a frame's bytes (frames.ts). None
 * for a payload with objects or arrays (JSON.parse reads those), or with a member `__proto__`
 * (an assignment would set the prototype).
 */
export function flatFieldsOf(ctx: ModelContext, schemaName: string): { flatFields?: readonly string[] } {
  const at = ['components', 'schemas', schemaName];
  const schema = ctx.deref(ctx.schemas[schemaName], at);
  const props = schema?.properties;
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return {};
  const fields = Object.keys(props);
  if (fields.length === 0 || fields.includes('__proto__')) return {};
  return fields.every((f) => holdsScalar(ctx, props[f], [...at, 'properties', f], 0)) ? { flatFields: fields } : {};
}

/** Whether every value a (referenced) schema accepts is a JSON scalar, as far as its type, enum and choices tell. */
function holdsScalar(ctx: ModelContext, node: unknown, at: Path, depth: number): boolean {
  if (depth > 16) return false; // choices nested this deep: left to JSON.parse
  const schema = ctx.deref(node, at) as Record<string, any> | undefined;
  if (schema === null || typeof schema !== 'object') return false;
  const choices = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])];
  if (choices.length > 0) return choices.every((c: unknown) => holdsScalar(ctx, c, at, depth + 1));
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
  if (types !== undefined) return types.length > 0 && types.every((t: unknown) => typeof t === 'string' && SCALAR_TYPES.has(t));
  if (Array.isArray(schema.enum)) return schema.enum.every((v: unknown) => v === null || typeof v !== 'object');
  if ('const' in schema) return schema.const === null || typeof schema.const !== 'object';
  return false; // no type: any value
}
