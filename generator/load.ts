/**
 * Load: read the AsyncAPI document, parse and validate it with @asyncapi/parser, and keep the raw
 * YAML tree beside the parsed document (ajv compiles from the raw component schemas, which the
 * parser would hand back dereferenced and decorated with x-parser-* keys).
 */
import { readFile } from 'node:fs/promises';
import { Parser, type AsyncAPIDocumentInterface, type Diagnostic } from '@asyncapi/parser';
import { createRequire } from 'node:module';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { pascalCase } from './names.js';
import { toPointer } from './model/refs.js';
import { checkVocabulary } from './model/vocabulary.js';
import { cacheSchemaValidators } from './spectral.js';
import type { Cache } from './cache.js';

export interface LoadedDocument {
  readonly path: string;
  readonly text: string;
  /** The parsed document (validated). */
  readonly document: AsyncAPIDocumentInterface;
  /** The raw document as plain data, with derived titles added to untitled inline schemas. */
  readonly raw: RawDocument;
  /** Where each JSON pointer starts in the file (1-based line), for messages to the spec author. */
  lineOf(pointer: readonly (string | number)[]): number | undefined;
}

// The raw tree is untyped YAML; the model reads it through small accessors.
export type RawDocument = Record<string, any>;

/** A problem in the document, worded for its author. */
export class SpecError extends Error {
  constructor(message: string, readonly diagnostics: readonly string[] = []) {
    super(message);
    this.name = 'SpecError';
  }
}

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

export interface LoadOptions {
  /** Where the parser's compiled schema validators are kept between runs (generator/spectral.ts); none by default. */
  readonly cache?: Cache;
}

export async function loadDocument(path: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const text = await readFile(path, 'utf8');
  // js-yaml reads the tree about four times faster than `yaml`, which builds a syntax tree with
  // positions: that tree is made only when a message needs a line number (or js-yaml refuses the
  // text, to list every problem with its line). The core schema, as `yaml` uses: no timestamps.
  let raw: RawDocument;
  try {
    raw = loadYaml(text, { schema: CORE_SCHEMA, filename: path }) as RawDocument;
  } catch (error) {
    const yamlDoc = positions(text).doc;
    const problems = yamlDoc.errors.map((e) => `${path}:${e.linePos?.[0].line ?? '?'}: error ${e.message}`);
    const mark = (error as { mark?: { line: number } }).mark;
    if (problems.length === 0) problems.push(`${path}:${mark ? mark.line + 1 : '?'}: error ${(error as { reason?: string }).reason ?? String(error)}`);
    throw new SpecError(`${path} is not valid YAML`, problems);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new SpecError(`${path} is not an AsyncAPI document: its top level is not a mapping`);
  let tree: ReturnType<typeof positions> | undefined;
  const lineOf = (pointer: readonly (string | number)[]): number | undefined => {
    tree ??= positions(text);
    const node = tree.doc.getIn(pointer, true) as Node | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : tree.lineCounter.linePos(offset).line;
  };
  /** The line of the key a path ends in (a missing key: the line of the object that lacks it). */
  const keyLineOf = (pointer: readonly (string | number)[]): number | undefined => {
    tree ??= positions(text);
    const { isMap, isScalar } = tree.yaml;
    const parent = tree.doc.getIn(pointer.slice(0, -1), true);
    const last = pointer[pointer.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
      const offset = (pair?.key as Node | undefined)?.range?.[0];
      if (offset !== undefined) return tree.lineCounter.linePos(offset).line;
    }
    return lineOf(pointer) ?? (pointer.length > 0 ? keyLineOf(pointer.slice(0, -1)) : undefined);
  };

  // Our x- vocabulary first: a misuse stops here, before the parser, the model or any emitter.
  const misuses = checkVocabulary(raw, options.cache);
  if (misuses.length > 0) {
    throw new SpecError(
      `${path} misuses the x- vocabulary (${misuses.length} problem(s)); generator/model/vocabulary.schema.json describes it`,
      misuses
        .map((m) => ({ line: keyLineOf(m.path), text: `at ${toPointer(m.path)}: ${m.message}` }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((m) => `${path}:${m.line ?? '?'}: ${m.text}`),
    );
  }
  nameInlineSchemas(raw);

  if (options.cache) cacheSchemaValidators(options.cache);
  const parser = new Parser();
  // Parse the decorated tree so Modelina sees the derived titles.
  const { document, diagnostics } = await parser.parse(JSON.stringify(raw));
  const problems = diagnostics.filter((d) => d.severity <= 1 && !isIgnorable(d));
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length > 0) {
    throw new SpecError(
      `${path} has ${errors.length} error(s): fix them and run the generator again`,
      problems.map((d) => formatDiagnostic(path, d, lineOf)),
    );
  }
  return { path, text, document, raw, lineOf };
}

/** The document's syntax tree with positions, from `yaml` (loaded on first need). */
function positions(text: string): { doc: Document.Parsed; lineCounter: LineCounter; yaml: typeof import('yaml') } {
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const lineCounter = new yaml.LineCounter();
  return { doc: yaml.parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter, yaml };
}

/** The 3.1.0 recommendation is deliberate: Modelina reads only 3.0.0 documents. */
function isIgnorable(d: Diagnostic): boolean {
  return d.code === 'asyncapi-latest-version';
}

export function formatDiagnostic(path: string, d: Diagnostic, lineOf: LoadedDocument['lineOf']): string {
  const pointer = toPointer(d.path);
  const line = lineOf(d.path) ?? (d.range ? d.range.start.line + 1 : '?');
  return `${path}:${line}: ${SEVERITY[d.severity] ?? d.severity} ${d.code} at ${pointer}: ${d.message}`;
}

/**
 * Modelina names a model after its schema's title, else after the parser's anonymous id, which
 * changes whenever the document changes. Give every untitled inline object or enum schema under
 * components.schemas a title derived from where it stands (`DepthParams` + `limit` →
 * `DepthParamsLimit`), so generated names are stable.
 */
function nameInlineSchemas(raw: RawDocument): void {
  const schemas = raw.components?.schemas;
  if (!schemas || typeof schemas !== 'object') return;
  const visit = (schema: any, name: string, top: boolean): void => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema) || '$ref' in schema) return;
    if (!top && schema.title === undefined && (schema.enum !== undefined || schema.properties !== undefined)) {
      schema.title = name;
    }
    const base = typeof schema.title === 'string' ? pascalCase(schema.title) : name;
    for (const [key, sub] of Object.entries<any>(schema.properties ?? {})) visit(sub, base + pascalCase(key), false);
    if (schema.items && !Array.isArray(schema.items)) visit(schema.items, base + 'Item', false);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, base + 'Value', false);
    for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
      (schema[k] ?? []).forEach((sub: any, i: number) => visit(sub, `${base}${pascalCase(k)}${i}`, false));
    }
  };
  for (const [key, schema] of Object.entries<any>(schemas)) {
    if (schema && typeof schema === 'object' && schema.title === undefined && !('$ref' in schema)) schema.title = key;
    visit(schema, pascalCase(key), true);
  }
}

