/**
 * JSON pointers and local `$ref`s of the document: the model's one way to name a place in the
 * document and to follow a reference. Pointer escaping itself lives in the runtime
 * (templates/runtime/pointer.ts), which the simulator shares.
 */
import { escapePointerToken, fromPointer, toPointer, unescapePointerToken } from '../../templates/runtime/pointer.js';

export { escapePointerToken, fromPointer, toPointer, unescapePointerToken };

/** One reference token as it stands in a `$ref`'s URI fragment (pointer-escaped, then percent-encoded). */
export function fragmentToken(key: string): string {
  return encodeURIComponent(escapePointerToken(key));
}

/** A path of keys into the document, as the YAML line lookup and error messages take it. */
export type Path = readonly (string | number)[];

/** `#/components/schemas/Name` → `Name` when `ref` points directly into that section, else undefined. */
export function componentName(ref: unknown, section: 'schemas' | 'messages' | 'parameters' | 'securitySchemes' | 'channels'): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const prefix = section === 'channels' ? '#/channels/' : `#/components/${section}/`;
  if (!ref.startsWith(prefix)) return undefined;
  return unescapePointerToken(ref.slice(prefix.length));
}

/** The `$ref` of a component: `('schemas', 'A/B')` → `#/components/schemas/A~1B`. */
export function componentRef(section: string, name: string): string {
  return `#${toPointer(['components', section, name])}`;
}

/** Why a `$ref` cannot be followed; the caller words it for the spec author with the place. */
export class RefError extends Error {}

/** The node a local `$ref` points at in `root`; throws RefError for remote or dangling references. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new RefError(`only local $refs are supported, got ${ref}`);
  let node: unknown = root;
  for (const key of fromPointer(ref)) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new RefError(`$ref ${ref} points nowhere`);
  }
  return node;
}

/** Follows `$ref`s until a node that is not one (at most 20 hops). */
export function deref(root: unknown, node: unknown): unknown {
  let seen = 0;
  while (node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string') {
    if (++seen > 20) throw new RefError('circular $ref');
    node = resolveRef(root, (node as { $ref: string }).$ref);
  }
  return node;
}
