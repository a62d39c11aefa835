/**
 * Handlebars for code and docs: no HTML escaping (code is not HTML), strict (a missing value is
 * an error, not an empty string), and helpers that route every document string through the
 * quoting helpers of names.ts.
 */
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cell, jsdoc, key, literal, str } from './names.js';

const hbs = Handlebars.create();
hbs.registerHelper('str', (v: unknown) => str(String(v)));
hbs.registerHelper('key', (v: unknown) => key(String(v)));
// `{{{json value 2}}}`: a value printed on a line indented by 2 spaces (its later lines follow).
hbs.registerHelper('json', (v: unknown, ...rest: unknown[]) => literal(v, typeof rest[0] === 'number' ? ' '.repeat(rest[0]) : ''));
hbs.registerHelper('cell', (v: unknown) => cell(v === undefined || v === null ? '' : String(v)));
hbs.registerHelper('jsdoc', (v: unknown) => jsdoc([String(v ?? '')]));

const cache = new Map<string, Handlebars.TemplateDelegate>();

export async function render(templatesDir: string, name: string, context: object): Promise<string> {
  let template = cache.get(name);
  if (!template) {
    const source = await readFile(join(templatesDir, 'hbs', name), 'utf8');
    template = hbs.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(context);
}
