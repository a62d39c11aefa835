/** Messages: the payload schema (by component name), its type name, examples and headers. */
import type { ModelContext } from './context.js';
import { componentName, type Path } from './refs.js';
import type { ExampleModel, MessageModel } from './types.js';

const REF_PREFIX = '#/components/schemas/';

/** The component schema a message's payload names; anything else fails (its type needs a stable name). */
export function payloadSchema(ctx: ModelContext, message: any, at: Path): string {
  const ref = message?.payload?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) {
    return ctx.fail(at, `the message payload must be a $ref to ${REF_PREFIX}<Name> so its type has a stable name`);
  }
  const name = ref.slice(REF_PREFIX.length);
  if (!(name in ctx.schemas)) ctx.fail(at, `schema ${name} does not exist`);
  return name;
}

/** A message (or a $ref to one). `typed`: its payload must give a named type. */
export function messageModel(ctx: ModelContext, ref: any, at: Path, typed = true): MessageModel {
  const message = ctx.deref(ref, at);
  const schema = payloadSchema(ctx, message, at);
  const examples: ExampleModel[] = (message.examples ?? []).map((e: any, i: number) => ({
    name: String(e.name ?? `example${i + 1}`),
    summary: e.summary,
    headers: e.headers ?? {},
    payload: e.payload ?? {},
  }));
  return {
    name: String(message.name ?? schema),
    title: String(message.title ?? message.name ?? schema),
    summary: String(message.summary ?? ctx.schemas[schema]?.description ?? ''),
    schema,
    // Modelina names only schemas reachable from operations; others (the error reply) stay untyped here.
    typeName: ctx.typeNames[schema] ?? (typed ? ctx.fail(at, `schema ${schema} gives no named type: make it an object or enum schema`) : 'unknown'),
    examples,
    unconfirmed: message['x-unconfirmed'],
    ...headersOf(ctx, message, at),
  };
}

/** The component schema of a message's headers (its own or its traits'), when it names one. */
function headersOf(ctx: ModelContext, message: any, at: Path): { headersSchema?: string } {
  const candidates = [message?.headers, ...(Array.isArray(message?.traits) ? message.traits.map((t: any) => ctx.deref(t, at)?.headers) : [])];
  for (const h of candidates) {
    const name = componentName(h?.$ref, 'schemas');
    if (name !== undefined) return { headersSchema: name };
  }
  return {};
}

/** The `x-aliases` of a (referenced) property schema or of its items. */
export function aliasesOf(ctx: ModelContext, prop: any, at: Path): Record<string, string> | undefined {
  const target = ctx.deref(prop, at);
  const aliases = target?.['x-aliases'] ?? (target?.items ? ctx.deref(target.items, at)?.['x-aliases'] : undefined);
  return aliases && typeof aliases === 'object' ? { ...aliases } : undefined;
}

/** Top-level properties whose (referenced) schema has `x-aliases`: field → alias map. */
export function topLevelAliases(ctx: ModelContext, schemaName: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [field, prop] of Object.entries<any>(ctx.schemas[schemaName]?.properties ?? {})) {
    const aliases = aliasesOf(ctx, prop, ['components', 'schemas', schemaName, 'properties', field]);
    if (aliases) out[field] = aliases;
  }
  return out;
}
