/**
 * Handlebars for code and docs: no HTML escaping (code is not HTML), strict (a missing value is
 * an error, not an empty string), and helpers that route every document string through the
 * quoting helpers of names.ts.
 */
import Handlebars from 'handlebars';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_CACHE, type Cache } from './cache.js';
import { cell, jsdoc, key, literal, str } from './names.js';

const hbs = Handlebars.create();
hbs.registerHelper('str', (v: unknown) => str(String(v)));
hbs.registerHelper('key', (v: unknown) => key(String(v)));
// `{{{json value 2}}}`: a value printed on a line indented by 2 spaces (its later lines follow).
hbs.registerHelper('json', (v: unknown, ...rest: unknown[]) => literal(v, typeof rest[0] === 'number' ? ' '.repeat(rest[0]) : ''));
hbs.registerHelper('cell', (v: unknown) => cell(v === undefined || v === null ? '' : String(v)));
hbs.registerHelper('jsdoc', (v: unknown) => jsdoc([String(v ?? '')]));

/** Handlebars adds to the options object it is given: each call gets a copy. */
const OPTIONS = { noEscape: true, strict: true } as const;
const OPTIONS_KEY = JSON.stringify(OPTIONS);
const templates = new Map<string, Handlebars.TemplateDelegate>();
let compiled: Cache = NO_CACHE;

/**
 * Keeps the templates' compiled form in `cache` from now on (the CLI's cache, generator/cache.ts).
 * Compiling the templates a run renders costs ~130 ms; reviving Handlebars' precompiled form of
 * an unchanged template, ~10 ms for all of them. Keyed by the template's text, the Handlebars
 * version and the options.
 */
export function keepCompiledTemplates(cache: Cache): void {
  // A run with a cache starts from it, as a fresh process does; runs without one share this
  // process's compiled templates.
  if (cache !== NO_CACHE || compiled !== NO_CACHE) templates.clear();
  compiled = cache;
}

export async function render(templatesDir: string, name: string, context: object): Promise<string> {
  let template = templates.get(name);
  if (!template) {
    const source = await readFile(join(templatesDir, 'hbs', name), 'utf8');
    template = compile(source);
    templates.set(name, template);
  }
  return template(context);
}

function compile(source: string): Handlebars.TemplateDelegate {
  if (compiled === NO_CACHE) return hbs.compile(source, { ...OPTIONS });
  const parts = [hbs.VERSION, OPTIONS_KEY, source];
  let spec = compiled.get<string>('hbs', parts);
  if (spec === undefined) {
    spec = hbs.precompile(source, { ...OPTIONS }) as string;
    compiled.set('hbs', parts, spec);
  }
  // The precompiled form is a JavaScript object literal (what the Handlebars CLI writes to files).
  return hbs.template(new Function(`return ${spec};`)() as TemplateSpecification);
}

type TemplateSpecification = Parameters<typeof hbs.template>[0];
