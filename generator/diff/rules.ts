/**
 * The consumer's rules, applied to each raw change @asyncapi/diff reports between two
 * dereferenced documents.
 *
 * Whether a schema is something the consumer *sends* or *reads* comes from the operations, not
 * from names: the messages of an operation whose action is `send` are requests (sent), the
 * messages of its `reply` are read, and the messages of an operation whose action is `receive`
 * are events (read). A schema under components used both ways is judged at each use.
 *
 * - sent (request params): narrowing is breaking — a parameter removed or made required, an enum
 *   value removed, a range tightened, a type changed; widening is non-breaking.
 * - read (replies, events): a field removed, retyped or made optional is breaking, and so is an
 *   enum value added (a reader may receive a value its code does not handle); a field added, or
 *   a value the reader will no longer see, is non-breaking.
 * - operations, versions (the enum of a channel's address parameter) and servers removed are
 *   breaking; added, non-breaking (minor).
 * - descriptions, summaries, titles and examples are `docs` (patch).
 *
 * Rules that look at a whole array (enum, required, versions) read it from both documents at the
 * array's place, so an element inserted in the middle (which the library reports as a chain of
 * index edits) is one change.
 */
import type { DiffOutputItem } from '@asyncapi/diff';
import type { Change, Level } from './types.js';
import { type Tree } from './document.js';
import { fromPointer as splitPointer, toPointer as joinPointer } from '../../templates/runtime/pointer.js';

/** A classified change, with the library's classification of the raw change it came from. */
export interface Classified extends Change {
  readonly library: string;
}

type Direction = 'send' | 'read';

interface Ctx {
  readonly before: Tree;
  readonly after: Tree;
  /** Message objects some operation uses (a components message outside it is read on its own). */
  readonly used: Set<unknown>;
}

const DOC_KEYS = new Set(['description', 'summary', 'title', 'examples', 'example', 'externalDocs', 'tags', '$comment', 'x-unconfirmed', 'deprecated', 'contact', 'license', 'termsOfService']);

export function classifyAll(raw: readonly DiffOutputItem[], before: Tree, after: Tree): Classified[] {
  const used = new Set<unknown>();
  for (const doc of [before, after]) {
    for (const op of Object.values<any>(doc.operations ?? {})) {
      for (const m of [...(op?.messages ?? []), ...(op?.reply?.messages ?? [])]) used.add(m);
    }
  }
  const ctx: Ctx = { before, after, used };
  const seen = new Set<string>();
  const out: Classified[] = [];
  for (const change of raw) {
    for (const c of classify(change, ctx)) {
      const key = `${c.level}\u0000${c.operation}\u0000${c.where}\u0000${c.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

type Partial = Omit<Classified, 'library'>;

export function classify(change: DiffOutputItem, ctx: Ctx): Classified[] {
  const path = splitPointer(change.path);
  return classifyPath(change, path, ctx).map((c) => ({ ...c, library: change.type }));
}

function classifyPath(change: DiffOutputItem, path: string[], ctx: Ctx): Partial[] {
  const [top, name, ...rest] = path;
  switch (top) {
    case undefined:
      return [{ level: 'breaking', operation: null, where: '/', message: 'the whole document was replaced' }];
    case 'operations':
      if (name === undefined) return spread(change, path, ctx);
      return operation(change, name, rest, ctx);
    case 'servers':
      if (name === undefined) return spread(change, path, ctx);
      return server(change, name, rest, ctx);
    case 'info':
      if (name === undefined) return spread(change, path, ctx);
      if (DOC_KEYS.has(name)) return [docs(null, path, `the API's ${name} changed`)];
      if (name === 'version') return [docs(null, path, `the document version changed from ${show(change.before)} to ${show(change.after)}`)];
      return [{ level: 'non-breaking', operation: null, where: joinPointer(path), message: `protocol setting ${joinPointer(path.slice(1))} ${verb(change)}` }];
    case 'components':
      // What operations use is judged where they use it; a message of its own (an error reply
      // named by the protocol settings, say) is something the consumer reads.
      if (name === 'messages' && rest.length > 0) {
        const m = rest[0]!;
        const obj = ctx.after.components?.messages?.[m] ?? ctx.before.components?.messages?.[m];
        if (ctx.used.has(obj)) return [];
        const beforeObj = ctx.before.components?.messages?.[m];
        if (beforeObj !== undefined && ctx.used.has(beforeObj)) return [];
        return message(change, null, 'read', `message ${m}`, ['components', 'messages', m], rest.slice(1), ctx);
      }
      return [];
    case 'channels':
      // Every channel an operation uses is compared through the operation (its address,
      // parameters and messages are dereferenced into it).
      return [];
    default:
      return [{ level: 'non-breaking', operation: null, where: joinPointer(path), message: `${top} ${verb(change)}` }];
  }
}

/** An object added or removed whole: one change per member. */
function spread(change: DiffOutputItem, path: string[], ctx: Ctx): Partial[] {
  const keys = new Set([...Object.keys(asObject(change.before)), ...Object.keys(asObject(change.after))]);
  const out: Partial[] = [];
  for (const k of [...keys].sort()) {
    const before = asObject(change.before)[k];
    const after = asObject(change.after)[k];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const action = before === undefined ? 'add' : after === undefined ? 'remove' : 'edit';
    out.push(...classifyPath({ ...change, action, path: joinPointer([...path, k]), before, after }, [...path, k], ctx));
  }
  return out;
}

function operation(change: DiffOutputItem, op: string, rest: string[], ctx: Ctx): Partial[] {
  const base = ['operations', op];
  const where = (more: readonly string[] = []) => joinPointer([...base, ...more]);
  const opAfter = ctx.after.operations?.[op];
  const opBefore = ctx.before.operations?.[op];
  if (rest.length === 0) {
    if (change.action === 'add') return [{ level: 'non-breaking', operation: op, where: where(), message: `operation ${op} added` }];
    if (change.action === 'remove') return [{ level: 'breaking', operation: op, where: where(), message: `operation ${op} removed` }];
  }
  const [key, ...more] = rest;
  const action: string | undefined = opAfter?.action ?? opBefore?.action;
  if (key === undefined) return [{ level: 'breaking', operation: op, where: where(), message: `operation ${op} replaced` }];
  if (DOC_KEYS.has(key)) return [docs(op, [...base, key], `${key} of ${op} changed`)];
  switch (key) {
    case 'action':
      return [{ level: 'breaking', operation: op, where: where(['action']), message: `${op} changed from ${show(change.before)} to ${show(change.after)}` }];
    case 'channel':
      return channel(change, op, [...base, 'channel'], more, ctx);
    case 'messages':
      if (more.length === 0) return spreadArray(change, op, [...base, 'messages'], action === 'receive' ? 'read' : 'send', action === 'receive' ? 'event' : 'request', ctx);
      return message(change, op, action === 'receive' ? 'read' : 'send', action === 'receive' ? 'event' : 'request', [...base, 'messages', more[0]!], more.slice(1), ctx);
    case 'reply': {
      if (more.length === 0) {
        if (change.action === 'add') return [{ level: 'non-breaking', operation: op, where: where(['reply']), message: `${op} now has a reply` }];
        return [{ level: 'breaking', operation: op, where: where(['reply']), message: `${op} ${change.action === 'remove' ? 'no longer has' : 'changed its'} reply` }];
      }
      if (more[0] === 'messages') {
        if (more.length === 1) return spreadArray(change, op, [...base, 'reply', 'messages'], 'read', 'reply', ctx);
        return message(change, op, 'read', 'reply', [...base, 'reply', 'messages', more[1]!], more.slice(2), ctx);
      }
      // The reply channel is usually the operation's own, whose address is judged there.
      const ownChannel = opAfter?.reply?.channel === opAfter?.channel || opBefore?.reply?.channel === opBefore?.channel;
      if (more[0] === 'channel') return more[1] === 'address' && !ownChannel ? [{ level: 'breaking', operation: op, where: where(['reply', 'channel', 'address']), message: `the reply address of ${op} changed` }] : [];
      if (more[0] !== undefined && DOC_KEYS.has(more[0])) return [docs(op, [...base, 'reply', more[0]], `reply ${more[0]} of ${op} changed`)];
      return [{ level: 'non-breaking', operation: op, where: where(rest), message: `the reply of ${op} ${verb(change)} (${more.join('/')})` }];
    }
    case 'security':
      if (more.length > 0 && DOC_KEYS.has(more[more.length - 1]!)) return [docs(op, [...base, ...rest], `the signing scheme's ${more[more.length - 1]} of ${op} changed`)];
      return [{ level: 'breaking', operation: op, where: where(['security']), message: `the signing requirement of ${op} changed` }];
    default:
      if (key === 'x-time-window') return [timeWindowChange(change, op, rest.slice(1), where([key]))];
      if (key.startsWith('x-')) return [{ level: 'non-breaking', operation: op, where: where([key]), message: `${key} of ${op} ${verb(change)}` }];
      return [{ level: 'non-breaking', operation: op, where: where(rest), message: `${rest.join('/')} of ${op} ${verb(change)}` }];
  }
}

/**
 * x-time-window: a window added, narrowed or moved to other parameters refuses calls that went
 * out before (breaking); one removed or widened refuses fewer (non-breaking).
 */
function timeWindowChange(change: DiffOutputItem, op: string, inner: readonly string[], where: string): Partial {
  const whole = inner.length === 0;
  const widened = (whole && change.action === 'remove') || (inner[0] === 'maxMs' && change.action === 'edit' && Number(change.after) > Number(change.before));
  if (widened) return { level: 'non-breaking', operation: op, where, message: `the time window of ${op} ${whole ? 'removed' : `widened to ${String(change.after)} ms`}` };
  const what = whole && change.action === 'add' ? 'added' : inner[0] === 'maxMs' ? `narrowed to ${String(change.after)} ms` : 'changed';
  return { level: 'breaking', operation: op, where, message: `the time window of ${op} ${what}: calls with a longer window are refused before sending` };
}

/** An operation's messages array added or removed whole (rare): one change per message. */
function spreadArray(change: DiffOutputItem, op: string, base: string[], dir: Direction, label: string, ctx: Ctx): Partial[] {
  const n = Math.max(asArray(change.before).length, asArray(change.after).length);
  const out: Partial[] = [];
  for (let i = 0; i < n; i++) {
    const before = asArray(change.before)[i];
    const after = asArray(change.after)[i];
    const action = before === undefined ? 'add' : after === undefined ? 'remove' : 'edit';
    out.push(...message({ ...change, action, before, after }, op, dir, label, [...base, String(i)], [], ctx));
  }
  return out;
}

function channel(change: DiffOutputItem, op: string, base: string[], rest: string[], ctx: Ctx): Partial[] {
  const [key, param, ...more] = rest;
  const where = joinPointer([...base, ...rest]);
  if (key === undefined) return [{ level: 'breaking', operation: op, where, message: `${op} moved to another channel` }];
  if (DOC_KEYS.has(key)) return [docs(op, [...base, key], `channel ${key} of ${op} changed`)];
  switch (key) {
    case 'messages':
      return []; // judged through the operation's own messages
    case 'address':
      return [{ level: 'breaking', operation: op, where, message: `the destination of ${op} changed from ${show(change.before)} to ${show(change.after)}` }];
    case 'parameters': {
      if (param === undefined) return spread(change, [...base, 'parameters'], ctx);
      const p = [...base, 'parameters', param];
      if (more.length === 0) {
        if (change.action === 'remove') return [{ level: 'breaking', operation: op, where, message: `address parameter ${param} of ${op} removed` }];
        return [{ level: 'breaking', operation: op, where, message: `address parameter ${param} of ${op} ${change.action === 'add' ? 'added' : 'changed'}` }];
      }
      if (more[0] === 'enum') {
        const { added, removed } = setDiff(at(ctx.before, [...p, 'enum']), at(ctx.after, [...p, 'enum']));
        const w = joinPointer([...p, 'enum']);
        return [
          ...removed.map((v): Partial => ({ level: 'breaking', operation: op, where: w, message: `${param} ${show(v)} of ${op} removed` })),
          ...added.map((v): Partial => ({ level: 'non-breaking', operation: op, where: w, message: `${param} ${show(v)} of ${op} added` })),
        ];
      }
      if (DOC_KEYS.has(more[0]!)) return [docs(op, [...p, more[0]!], `${more[0]} of address parameter ${param} of ${op} changed`)];
      return [{ level: 'non-breaking', operation: op, where, message: `${more.join('/')} of address parameter ${param} of ${op} ${verb(change)}` }];
    }
    case 'servers': {
      const names = (doc: Tree) => asArray(at(doc, ['operations', op, 'channel', 'servers'])).map((s) => serverName(doc, s));
      const { added, removed } = setDiff(names(ctx.before), names(ctx.after));
      return [
        ...removed.map((s): Partial => ({ level: 'breaking', operation: op, where, message: `${op} is no longer served by ${s}` })),
        ...added.map((s): Partial => ({ level: 'non-breaking', operation: op, where, message: `${op} is now also served by ${s}` })),
      ];
    }
    default:
      return [{ level: 'non-breaking', operation: op, where, message: `channel ${rest.join('/')} of ${op} ${verb(change)}` }];
  }
}

function serverName(doc: Tree, server: unknown): string {
  for (const [name, s] of Object.entries<unknown>(doc.servers ?? {})) if (s === server) return name;
  return JSON.stringify(server);
}

function server(change: DiffOutputItem, name: string, rest: string[], ctx: Ctx): Partial[] {
  const base = ['servers', name];
  const where = joinPointer([...base, ...rest]);
  if (rest.length === 0) {
    if (change.action === 'add') return [{ level: 'non-breaking', operation: null, where, message: `server ${name} added` }];
    if (change.action === 'remove') return [{ level: 'breaking', operation: null, where, message: `server ${name} removed` }];
    return [{ level: 'breaking', operation: null, where, message: `server ${name} replaced` }];
  }
  const key = rest[0]!;
  if (DOC_KEYS.has(key)) return [docs(null, [...base, key], `${key} of server ${name} changed`)];
  const versions = at(ctx.after, [...base, key]) ?? at(ctx.before, [...base, key]);
  if (key.startsWith('x-') && Array.isArray(versions) && /version/i.test(key)) {
    const { added, removed } = setDiff(at(ctx.before, [...base, key]), at(ctx.after, [...base, key]));
    const w = joinPointer([...base, key]);
    return [
      ...removed.map((v): Partial => ({ level: 'breaking', operation: null, where: w, message: `server ${name} no longer serves version ${show(v)}` })),
      ...added.map((v): Partial => ({ level: 'non-breaking', operation: null, where: w, message: `server ${name} now serves version ${show(v)}` })),
    ];
  }
  return [{ level: 'non-breaking', operation: null, where, message: `${rest.join('/')} of server ${name} ${verb(change)}` }];
}

function message(change: DiffOutputItem, op: string | null, dir: Direction, label: string, base: string[], rest: string[], ctx: Ctx): Partial[] {
  const where = joinPointer([...base, ...rest]);
  const of = op ? ` of ${op}` : '';
  if (rest.length === 0) {
    if (change.action === 'add') return [{ level: 'non-breaking', operation: op, where, message: `${label} message added${of}` }];
    if (change.action === 'remove') return [{ level: dir === 'send' ? 'breaking' : 'non-breaking', operation: op, where, message: `${label} message removed${of}` }];
    return [{ level: 'breaking', operation: op, where, message: `${label} message${of} replaced` }];
  }
  const [key, ...more] = rest;
  if (DOC_KEYS.has(key!) || key === 'name') return [docs(op, [...base, key!], `${label} ${key}${of} changed`)];
  const schemaKind = MESSAGE_SCHEMAS[key!];
  if (schemaKind !== undefined) return schema(change, op, dir, `${label}${schemaKind}`, [...base, key!], more, ctx);
  if (key === 'traits' && more.length >= 2 && more[1] === 'headers') return schema(change, op, dir, `${label} header`, [...base, 'traits', more[0]!, 'headers'], more.slice(2), ctx);
  return [{ level: 'non-breaking', operation: op, where, message: `${rest.join('/')} of the ${label} message${of} ${verb(change)}` }];
}

/** The schema-valued members of an AsyncAPI message, and how the report names what is in them. */
const MESSAGE_SCHEMAS: Readonly<Record<string, string>> = { payload: '', headers: ' header' };

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
const SCHEMA_ONE = new Set(['not', 'if', 'then', 'else', 'contains', 'additionalItems', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);
const EXACT = new Set(['pattern', 'format', 'const', 'multipleOf', 'uniqueItems', 'contentEncoding', 'contentMediaType']);

/** A change inside a message payload (or headers) schema, judged for the direction of its use. */
function schema(change: DiffOutputItem, op: string | null, dir: Direction, label: string, base: string[], rest: string[], ctx: Ctx): Partial[] {
  // Walk down to the schema the change is in; `field` is the consumer's name for it.
  const field: string[] = [];
  let loc = [...base];
  let i = 0;
  let lastProperty: string | undefined;
  let lastList: string | undefined;
  while (i < rest.length) {
    const k = rest[i]!;
    if (!SCHEMA_LISTS.has(k)) lastList = undefined;
    const hasNext = i + 1 < rest.length;
    if (SCHEMA_MAPS.has(k) && hasNext) {
      field.push(k === 'properties' ? rest[i + 1]! : `{${rest[i + 1]}}`);
      lastProperty = k === 'properties' ? rest[i + 1] : undefined;
      loc = [...loc, k, rest[i + 1]!];
      i += 2;
      continue;
    }
    if (SCHEMA_LISTS.has(k) && hasNext) {
      loc = [...loc, k, rest[i + 1]!];
      lastProperty = undefined;
      lastList = k;
      i += 2;
      continue;
    }
    if (k === 'items' || k === 'additionalProperties') {
      const value = at(ctx.after, [...loc, k]) ?? at(ctx.before, [...loc, k]);
      if (typeof value === 'object' && value !== null && (hasNext || change.action !== 'edit' || typeof change.after === 'object')) {
        field.push(k === 'items' ? '[]' : '{}');
        loc = [...loc, k];
        lastProperty = undefined;
        i += 1;
        if (k === 'items' && Array.isArray(value) && i < rest.length) {
          loc = [...loc, rest[i]!];
          i += 1;
        }
        continue;
      }
    }
    if (SCHEMA_ONE.has(k) && hasNext) {
      loc = [...loc, k];
      lastProperty = undefined;
      i += 1;
      continue;
    }
    break;
  }
  const keyword = rest[i];
  const name = field.length > 0 ? field.join('.').replace(/\.\[\]/g, '[]').replace(/\.\{\}/g, '{}') : '';
  const subject = dir === 'send' ? (name ? `${label} parameter ${name}` : `${label} params`) : name ? `${label} field ${name}` : `${label} payload`;
  const of = ''; // the report groups changes by operation
  const w = (more: readonly string[] = []) => joinPointer([...loc, ...more]);
  const mk = (level: Level, message: string, where = w(keyword === undefined ? [] : [keyword])): Partial => ({ level, operation: op, where, message: message + of });

  if (keyword === undefined) {
    // A whole schema added, removed or replaced.
    if (lastProperty !== undefined && change.action !== 'edit') {
      const parent = loc.slice(0, -2);
      if (change.action === 'add') {
        const required = asArray(at(ctx.after, [...parent, 'required'])).includes(lastProperty);
        if (dir === 'send') return [mk(required ? 'breaking' : 'non-breaking', `${required ? 'required' : 'optional'} ${subject} added`)];
        return [mk('non-breaking', `${subject} added`)];
      }
      return [mk('breaking', `${subject} removed`)];
    }
    if (lastList === 'oneOf' || lastList === 'anyOf') {
      // A variant more widens what is allowed: fine to send, new to a reader; one less, the reverse.
      if (change.action === 'add') return [mk(dir === 'send' ? 'non-breaking' : 'breaking', `a ${lastList} variant added to ${subject}`)];
      if (change.action === 'remove') return [mk(dir === 'send' ? 'breaking' : 'non-breaking', `a ${lastList} variant removed from ${subject}`)];
    }
    if (change.action === 'add') return [mk(dir === 'send' && name === '' ? 'breaking' : 'non-breaking', `${subject} added`)];
    if (change.action === 'remove') return [mk('breaking', `${subject} removed`)];
    return [mk('breaking', `${subject} changed its type`)];
  }

  const before = at(ctx.before, [...loc, keyword]);
  const after = at(ctx.after, [...loc, keyword]);
  if (DOC_KEYS.has(keyword)) return [mk('docs', `${keyword} of ${subject} changed`, w([keyword]))];

  switch (keyword) {
    case 'required': {
      const props = (doc: Tree) => Object.keys(asObject(at(doc, [...loc, 'properties'])));
      const { added, removed } = setDiff(before, after);
      const out: Partial[] = [];
      for (const p of added) {
        if (!props(ctx.before).includes(String(p))) continue; // a new property: judged where it is added
        const s = dir === 'send' ? `${label} parameter ${[...field, p].join('.')}` : `${label} field ${[...field, p].join('.')}`;
        out.push(mk(dir === 'send' ? 'breaking' : 'non-breaking', dir === 'send' ? `${s} made required` : `${s} is now always present`, w(['properties', String(p)])));
      }
      for (const p of removed) {
        if (!props(ctx.after).includes(String(p))) continue; // a property removed: judged where it is removed
        const s = dir === 'send' ? `${label} parameter ${[...field, p].join('.')}` : `${label} field ${[...field, p].join('.')}`;
        out.push(mk(dir === 'send' ? 'non-breaking' : 'breaking', dir === 'send' ? `${s} made optional` : `${s} may now be absent`, w(['properties', String(p)])));
      }
      return out;
    }
    case 'enum': {
      if (before === undefined || after === undefined) {
        // An enum introduced narrows the values; one dropped widens them to any value of the type.
        const narrowed = before === undefined;
        const level: Level = dir === 'send' ? (narrowed ? 'breaking' : 'non-breaking') : narrowed ? 'non-breaking' : 'breaking';
        return [mk(level, `${subject} ${narrowed ? 'now limited to a list of values' : 'no longer limited to a list of values'}`, w(['enum']))];
      }
      const { added, removed } = setDiff(before, after);
      return [
        ...removed.map((v) => mk(dir === 'send' ? 'breaking' : 'non-breaking', `value ${show(v)} removed from ${subject}`, w(['enum']))),
        ...added.map((v) => mk(dir === 'send' ? 'non-breaking' : 'breaking', `value ${show(v)} added to ${subject}`, w(['enum']))),
      ];
    }
    case 'type': {
      const b = types(before);
      const a = types(after);
      const widened = a === undefined || (b !== undefined && b.every((t) => a.includes(t) || (t === 'integer' && a.includes('number'))));
      const narrowed = b === undefined || (a !== undefined && a.every((t) => b.includes(t) || (t === 'integer' && b.includes('number'))));
      const level: Level = dir === 'send' ? (widened ? 'non-breaking' : 'breaking') : narrowed ? 'non-breaking' : 'breaking';
      return [mk(level, `${subject} changed type from ${showType(b)} to ${showType(a)}`, w(['type']))];
    }
    case 'additionalProperties': {
      const closedBefore = before === false;
      const closedAfter = after === false;
      if (closedBefore === closedAfter) return [mk('non-breaking', `extra properties of ${subject} changed`, w(['additionalProperties']))];
      if (dir === 'send') return [mk(closedAfter ? 'breaking' : 'non-breaking', `${subject} ${closedAfter ? 'no longer accepts' : 'now accepts'} other properties`, w(['additionalProperties']))];
      return [mk('non-breaking', `${subject} ${closedAfter ? 'no longer has' : 'may have'} other properties`, w(['additionalProperties']))];
    }
    case 'default':
      return [mk(dir === 'send' ? 'non-breaking' : 'docs', `default of ${subject} changed from ${show(before)} to ${show(after)}`, w(['default']))];
    default:
      break;
  }
  if (LOWER.has(keyword) || UPPER.has(keyword) || EXACT.has(keyword)) {
    const tighter =
      after !== undefined &&
      (before === undefined ||
        (LOWER.has(keyword) ? Number(after) > Number(before) : UPPER.has(keyword) ? Number(after) < Number(before) : JSON.stringify(after) !== JSON.stringify(before)));
    const what = `${keyword} of ${subject} ${before === undefined ? `set to ${show(after)}` : after === undefined ? `(was ${show(before)}) removed` : `changed from ${show(before)} to ${show(after)}`}`;
    if (dir === 'send') return [mk(tighter ? 'breaking' : 'non-breaking', `${what} (${tighter ? 'tightened' : 'loosened'})`, w([keyword]))];
    return [mk('non-breaking', what, w([keyword]))];
  }
  if (keyword.startsWith('x-')) return [mk('non-breaking', `${keyword} of ${subject} ${verb(change)}`, w([keyword]))];
  return [mk('non-breaking', `${keyword} of ${subject} ${verb(change)}`, w([keyword]))];
}

// ------------------------------------------------------------------------------------------------

function docs(op: string | null, path: readonly string[], message: string): Partial {
  return { level: 'docs', operation: op, where: joinPointer(path), message };
}

function at(doc: unknown, path: readonly string[]): any {
  let node: any = doc;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[seg];
  }
  return node;
}

function setDiff(before: unknown, after: unknown): { added: unknown[]; removed: unknown[] } {
  const b = asArray(before);
  const a = asArray(after);
  const bs = new Set(b.map((v) => JSON.stringify(v)));
  const as = new Set(a.map((v) => JSON.stringify(v)));
  return { added: a.filter((v) => !bs.has(JSON.stringify(v))), removed: b.filter((v) => !as.has(JSON.stringify(v))) };
}

function types(t: unknown): string[] | undefined {
  if (t === undefined) return undefined;
  return Array.isArray(t) ? t.map(String) : [String(t)];
}

function showType(t: string[] | undefined): string {
  return t === undefined ? 'any' : t.join(' | ');
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function show(v: unknown): string {
  if (v === undefined) return '(none)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function verb(change: DiffOutputItem): string {
  return change.action === 'add' ? 'added' : change.action === 'remove' ? 'removed' : 'changed';
}
