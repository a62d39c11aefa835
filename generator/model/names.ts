/** The names the model decides: type names of component schemas, client methods of operations and docs anchors. */
import { camelCase, identifier, isIdentifier, pascalCase } from '../names.js';

/**
 * The TypeScript type name of each component schema (component key → name): its title, else its
 * key, made a valid identifier starting with a capital; when two would share a name, the later
 * one (in document order) gets the first free numeric suffix (`Order`, `Order2`, …). The
 * Modelina step names its models after these.
 */
export function typeNamesOf(components: Readonly<Record<string, unknown>>): Record<string, string> {
  const names: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [key, schema] of Object.entries(components)) {
    const title = schema && typeof schema === 'object' && typeof (schema as { title?: unknown }).title === 'string' ? (schema as { title: string }).title : key;
    let base = isIdentifier(title) ? title : identifier(pascalCase(title), 'Schema');
    base = base[0]!.toUpperCase() + base.slice(1);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    names[key] = name;
  }
  return names;
}

/** A docs anchor: lowercase ASCII, safe in Markdown and HTML ids. */
export function anchorOf(id: string): string {
  return (
    'op-' +
    id
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
  );
}

/**
 * The typed client method of an operation: its operationId in camelCase, a valid identifier,
 * suffixed with `Operation` when the client class already answers to that name.
 */
export function methodName(operationId: string, inherited: ReadonlySet<string>): string {
  const method = identifier(camelCase(operationId), 'operation');
  return inherited.has(method) ? method + 'Operation' : method;
}
