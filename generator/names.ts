/**
 * Every string from the document enters generated code through these helpers: string literals
 * are JSON-quoted, identifiers are checked (never escaped into validity), JSDoc text cannot close
 * its comment. A hostile document (test/documents/hostile.yaml) keeps them honest.
 */

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function ' +
    'if import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await any boolean number string symbol object never unknown ' +
    'undefined constructor arguments eval type declare namespace module readonly keyof infer is as satisfies')
    .split(' '),
);

/** A JavaScript string literal for any string (JSON quoting; U+2028/9 escaped as well). */
export function str(value: string): string {
  return compactLiteral(value);
}

/** Any JSON-able value as a one-line JavaScript expression (U+2028/9 escaped). */
export function compactLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** `obj.field`, or `obj["field"]` when the field is not an identifier name (reserved words are fine after a dot). */
export function memberAccess(obj: string, field: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) ? `${obj}.${field}` : `${obj}[${str(field)}]`;
}

/**
 * Any JSON-able value as a JavaScript expression, two spaces per level. `indent` is the
 * indentation of the line the expression starts on: its later lines are indented to match, so
 * the code is printed in its final form.
 */
export function literal(value: unknown, indent = ''): string {
  const json = JSON.stringify(value, null, 2);
  if (json === undefined) throw new Error('literal: value is not JSON');
  const text = json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  // JSON has no line break inside a string: every '\n' starts a line of the structure.
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

/** Is `name` usable as-is as an identifier (ASCII only, not reserved)? */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/** A property key for an object literal or interface: bare when safe, quoted otherwise. */
export function key(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : str(name);
}

/** Words of a name: splits on non-alphanumerics and camelCase humps, drops non-ASCII. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents go, letters stay: ü → u
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

export function pascalCase(name: string): string {
  return words(name).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p.length === 0 ? p : p[0]!.toLowerCase() + p.slice(1);
}

/**
 * A safe identifier derived from a document name: the name itself when it already is one,
 * else its camelCase form, prefixed when it starts with a digit or is reserved. Never empty.
 */
export function identifier(name: string, fallback = 'item'): string {
  if (isIdentifier(name)) return name;
  let id = camelCase(name) || fallback;
  if (/^[0-9]/.test(id)) id = '_' + id;
  if (RESERVED.has(id)) id = id + '_';
  return id;
}

/** A JSDoc comment body: `*\/` cannot close it early, lines are trimmed, `@` cannot start a tag by accident. */
export function jsdocText(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\u2215')
    .replace(/\/\*/g, '/\u2217')
    .replace(/^\s*@/gm, '\uFF20')
    .trim();
}

/**
 * A complete JSDoc block (with the leading indentation given), or nothing for no text. `tags`
 * are the generator's own (`@see docs/...`), never document text: they are not neutralised.
 */
export function jsdoc(lines: (string | undefined)[], indent = '', tags: readonly string[] = []): string {
  const text = lines.filter((l): l is string => !!l && l.trim().length > 0).map(jsdocText).join('\n\n');
  const body = [text, ...tags.map((t) => t.replace(/\*\//g, ''))].filter(Boolean).join('\n');
  if (!body) return '';
  // Lines end without blanks (as the formatter leaves them): the code is printed in its final form.
  return `${indent}/**\n${body.split('\n').map((l) => `${indent} *${l.trimEnd() ? ' ' + l.trimEnd() : ''}`).join('\n')}\n${indent} */\n`;
}

/** A Markdown-safe single line for table cells. */
export function cell(text: string | undefined): string {
  return (text ?? '').replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}
