/** The names the model decides: client methods of operations and docs anchors. */
import { camelCase, identifier } from '../names.js';

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
