/**
 * Enum sites: every place in a message payload whose schema is an enum, found by walking the
 * document's component schemas from the payload schema (through $refs, properties, array items
 * and map values). The codec uses them to rewrite alias spellings to the canonical value (on read,
 * and on write before signing) and, where enums are open, to report a value the document does
 * not list. Knows JSON Schema, not the API.
 */
import type { EnumSite } from '../templates/codec/codec.js';
import { componentName, componentRef } from './model/refs.js';


/**
 * @param schemas the document's component schemas
 * @param root the component name of the payload schema
 * @param open whether a value outside the enum is delivered (and reported) rather than refused
 */
export function enumSites(schemas: Readonly<Record<string, any>>, root: string, open: boolean): EnumSite[] {
  const sites: EnumSite[] = [];
  const seen = new Set<string>();
  const walk = (node: any, path: readonly string[], stack: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    const name = componentName(node.$ref, 'schemas');
    if (name !== undefined) {
      if (stack.includes(name)) return; // recursive schema: its sites are already listed once
      node = schemas[name];
      if (!node || typeof node !== 'object') return;
    }
    const here = name === undefined ? stack : [...stack, name];
    if (Array.isArray(node.enum) && node.enum.every((v: unknown) => typeof v === 'string')) {
      const key = path.join('/');
      if (!seen.has(key)) {
        seen.add(key);
        const aliases = node['x-aliases'];
        sites.push({
          path,
          known: node.enum as string[],
          ...(aliases && typeof aliases === 'object' && Object.keys(aliases).length > 0 ? { aliases: { ...aliases } } : {}),
          ...(open ? { open: true } : {}),
        });
      }
      return;
    }
    for (const [field, prop] of Object.entries<any>(node.properties ?? {})) walk(prop, [...path, field], here);
    if (node.items && typeof node.items === 'object' && !Array.isArray(node.items)) walk(node.items, [...path, '*'], here);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, [...path, '*'], here);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      if (Array.isArray(node[key])) for (const sub of node[key]) walk(sub, path, here);
    }
  };
  walk({ $ref: componentRef('schemas', root) }, [], []);
  return sites;
}
