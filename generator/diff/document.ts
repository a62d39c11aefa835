/**
 * The document-level comparison: both documents are read as YAML, their local `$ref`s resolved
 * (so a change of a shared schema shows at every place it is used, and is judged per use), and
 * @asyncapi/diff lists what was added, removed or edited. Its own classification is written for
 * AsyncAPI 2 paths and calls almost everything in a 3.0 document `unclassified`; rules.ts
 * classifies every change again from the consumer's side and says where it overrides the library.
 */
import { createRequire } from 'node:module';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { DiffOutputItem, JSONOutput } from '@asyncapi/diff';
import { classifyAll, type Classified } from './rules.js';
import { RefError, resolveRef } from '../model/refs.js';
import { DiffInputError } from './types.js';

export { DiffInputError };

const { diff: asyncapiDiff } = createRequire(import.meta.url)('@asyncapi/diff') as typeof import('@asyncapi/diff');

export type Tree = Record<string, any>;


/** Parses a document and resolves its local `$ref`s; a recursive reference is left as a `$ref`. */
export function readTree(text: string, label: string): Tree {
  // Read as the generator's loader reads a document (js-yaml, core schema: generator/load.ts), a
  // few times faster than `yaml`'s syntax tree, which is built only for the message of a text
  // js-yaml refuses (a duplicate key, a syntax error).
  let raw: unknown;
  try {
    raw = loadYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const doc = parseDocument(text, { uniqueKeys: true });
    throw new DiffInputError(`${label} is not valid YAML: ${doc.errors[0]?.message ?? (error as { reason?: string }).reason ?? String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || typeof (raw as Tree).asyncapi !== 'string') {
    throw new DiffInputError(`${label} is not an AsyncAPI document (no \`asyncapi\` version at the top)`);
  }
  return dereference(raw as Tree, label);
}

export function dereference(root: Tree, label = 'the document'): Tree {
  const done = new Map<object, unknown>();
  const building = new Set<object>();
  const resolve = (ref: string): unknown => {
    if (!ref.startsWith('#')) throw new DiffInputError(`${label}: only local references can be compared, not ${ref}`);
    try {
      return resolveRef(root, ref);
    } catch (error) {
      if (error instanceof RefError) throw new DiffInputError(`${label}: the reference ${ref} points nowhere`);
      throw error;
    }
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const obj = node as Tree;
    if (typeof obj.$ref === 'string') {
      let target: unknown = obj;
      const seen = new Set<unknown>();
      while (target && typeof target === 'object' && typeof (target as Tree).$ref === 'string') {
        if (seen.has(target)) throw new DiffInputError(`${label}: the reference ${(target as Tree).$ref} refers to itself`);
        seen.add(target);
        target = resolve((target as Tree).$ref);
      }
      if (target && typeof target === 'object' && building.has(target)) return { $ref: obj.$ref };
      const resolved = walk(target);
      const siblings = Object.keys(obj).filter((k) => k !== '$ref');
      if (siblings.length === 0) return resolved;
      const merged: Tree = { ...(resolved as Tree) };
      for (const k of siblings) merged[k] = walk(obj[k]);
      return merged;
    }
    const cached = done.get(obj);
    if (cached !== undefined) return cached;
    building.add(obj);
    const out: Tree = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
    building.delete(obj);
    done.set(obj, out);
    return out;
  };
  return walk(root) as Tree;
}

/** The library's list of raw changes, each with its own (AsyncAPI 2-minded) classification. */
export function rawChanges(before: Tree, after: Tree): DiffOutputItem[] {
  if (String(before.asyncapi).split('.')[0] !== String(after.asyncapi).split('.')[0]) {
    throw new DiffInputError(`the documents have different AsyncAPI major versions (${before.asyncapi} and ${after.asyncapi})`);
  }
  return (asyncapiDiff(before, after, { outputType: 'json' }).getOutput() as JSONOutput).changes;
}

/** Every consumer-facing change between two documents (as text), classified by rules.ts. */
export function documentChanges(
  beforeText: string,
  afterText: string,
  labels: readonly [string, string] = ['the old document', 'the new document'],
  /** The two texts already read (readTree), when the caller has them. */
  trees?: readonly [Tree, Tree],
): Classified[] {
  const before = trees?.[0] ?? readTree(beforeText, labels[0]);
  const after = trees?.[1] ?? readTree(afterText, labels[1]);
  return classifyAll(rawChanges(before, after), before, after);
}
