/**
 * Schemas as documentation rows: types, required, defaults, enums and constraints of each field,
 * with $refs resolved through the model's component schemas. Nested objects and arrays of objects
 * are flattened into dotted paths (`balances[].asset`).
 */
import { cell } from '../../names.js';
import { componentName } from '../../model/refs.js';
import { code, codeCell, jsonCode, prose, proseCell } from './markdown.js';

const MAX_DEPTH = 6;

export interface FieldRow {
  /** Markdown: the field path as a code span. */
  readonly name: string;
  /** The raw path (for cross references). */
  readonly path: string;
  readonly type: string;
  readonly required: string;
  readonly default: string;
  readonly enumValues: string;
  readonly constraints: string;
  readonly description: string;
  /** Component enum schemas the field uses (for "used by" lists). */
  readonly enums: readonly string[];
}

export interface EnumLinker {
  /** Link target of a component enum schema, e.g. `enums.md#enum-side`. */
  (schemaName: string): string;
}

export class SchemaDocs {
  constructor(
    private readonly schemas: Readonly<Record<string, any>>,
    private readonly enumLink: EnumLinker,
  ) {}

  /** The component name a `$ref` names, or undefined. */
  refName(node: any): string | undefined {
    return componentName(node?.$ref, 'schemas');
  }

  /**
   * The chain of a node and the schemas its $refs lead to, nearest first (siblings of a $ref,
   * such as a description, win over the target's).
   */
  chain(node: any): { nodes: any[]; names: string[] } {
    const nodes: any[] = [];
    const names: string[] = [];
    let cur = node;
    for (let i = 0; cur && typeof cur === 'object' && i < 20; i++) {
      nodes.push(cur);
      const name = this.refName(cur);
      if (name === undefined || names.includes(name)) break;
      names.push(name);
      cur = this.schemas[name];
    }
    return { nodes, names };
  }

  /** The first value of `key` along the chain. */
  pick(node: any, key: string): any {
    for (const n of this.chain(node).nodes) if (n[key] !== undefined) return n[key];
    return undefined;
  }

  /** The schema a node finally stands for (its last $ref target, or itself). */
  target(node: any): any {
    const { nodes } = this.chain(node);
    return nodes[nodes.length - 1];
  }

  /** Whether a component schema is an enum. */
  isEnum(name: string): boolean {
    return Array.isArray(this.schemas[name]?.enum);
  }

  /**
   * The type of a node as Markdown: a TypeScript-like type in a code span, linked to its section
   * when it is (an array of) a component enum; a named scalar schema adds its name.
   */
  typeOf(node: any): string {
    const plain = code(this.plainType(node));
    const e = this.enumOf(node);
    const name = this.refName(node);
    const t = name === undefined ? undefined : this.schemas[name];
    const alias = t && !Array.isArray(t.enum) && !this.isObject(t) && t.type !== 'array' ? ` (${code(name!)})` : '';
    return e?.schema ? `[${plain}](${this.enumLink(e.schema)})` : plain + alias;
  }

  /** A TypeScript-like type: `string`, `number | string`, `Fill[]`, `Record<string, number>`. */
  plainType(node: any, depth = 0): string {
    if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return 'any';
    const name = this.refName(node);
    if (name !== undefined) {
      const t = this.schemas[name];
      if (!t) return name;
      if (Array.isArray(t.enum) || this.isObject(t) || t.type === 'array') return name;
      return this.plainType(t, depth + 1);
    }
    if (node.const !== undefined) return JSON.stringify(node.const);
    const types: string[] = Array.isArray(node.type) ? node.type.map(String) : node.type !== undefined ? [String(node.type)] : [];
    if (types.length === 0) {
      if (node.properties || node.additionalProperties) types.push('object');
      else if (node.items) types.push('array');
      else if (Array.isArray(node.enum)) types.push(...new Set<string>(node.enum.map((v: unknown) => (v === null ? 'null' : typeof v))));
    }
    if (types.length === 0) return 'any';
    return types
      .map((t) => {
        if (t === 'array') {
          const item = node.items && !Array.isArray(node.items) ? this.plainType(node.items, depth + 1) : 'any';
          return item.includes(' ') ? `(${item})[]` : `${item}[]`;
        }
        if (t === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties) {
          return `Record<string, ${this.plainType(node.additionalProperties, depth + 1)}>`;
        }
        return t;
      })
      .join(' | ');
  }

  private isObject(schema: any): boolean {
    return schema?.type === 'object' || (schema?.type === undefined && (schema?.properties !== undefined || schema?.additionalProperties !== undefined));
  }

  /** The object schema behind a node (through $refs), or undefined. */
  objectOf(node: any): any {
    const t = this.target(node);
    return t && this.isObject(t) && t.properties && typeof t.properties === 'object' ? t : undefined;
  }

  /** Constraints of a node (and of its items) as Markdown. */
  constraintsOf(node: any, depth = 0): string[] {
    const out: string[] = [];
    const get = (k: string) => this.pick(node, k);
    const pattern = get('pattern');
    if (typeof pattern === 'string') out.push(`pattern ${code(pattern)}`);
    const fmt = get('format');
    if (typeof fmt === 'string') out.push(`format ${code(fmt)}`);
    const num = (k: string, sym: string) => {
      const v = get(k);
      if (typeof v === 'number') out.push(`${sym} ${v}`);
    };
    num('minimum', '≥');
    num('exclusiveMinimum', '>');
    num('maximum', '≤');
    num('exclusiveMaximum', '<');
    num('multipleOf', 'multiple of');
    num('minLength', 'length ≥');
    num('maxLength', 'length ≤');
    num('minItems', 'items ≥');
    num('maxItems', 'items ≤');
    num('minProperties', 'properties ≥');
    num('maxProperties', 'properties ≤');
    if (get('uniqueItems') === true) out.push('unique items');
    if (get('x-json-string') === true) out.push('may arrive JSON-encoded in a string');
    const t = this.target(node);
    if (t?.type === 'array' && t.items && typeof t.items === 'object' && !Array.isArray(t.items) && depth < 2) {
      const inner = this.constraintsOf(t.items, depth + 1);
      if (inner.length > 0) out.push(`each: ${inner.join(', ')}`);
    }
    return out;
  }

  /** Enum values of a node or of its items, with alias spellings. */
  enumOf(node: any): { values: unknown[]; aliases: Record<string, string>; schema?: string } | undefined {
    const direct = this.pick(node, 'enum');
    if (Array.isArray(direct)) {
      const { names } = this.chain(node);
      return { values: direct, aliases: { ...(this.pick(node, 'x-aliases') ?? {}) }, schema: names.find((n) => this.isEnum(n)) };
    }
    const t = this.target(node);
    if (t?.type === 'array' && t.items && typeof t.items === 'object' && !Array.isArray(t.items)) return this.enumOf(t.items);
    return undefined;
  }

  /** The component enum schemas a node uses (directly or as array items). */
  private enumSchemas(node: any): string[] {
    const e = this.enumOf(node);
    return e?.schema ? [e.schema] : [];
  }

  /**
   * One row per field of an object schema (given by component name or as a node); nested
   * objects and arrays of objects add rows with dotted paths.
   */
  rows(root: string | any, options: { flatten: boolean } = { flatten: true }): FieldRow[] {
    const start = typeof root === 'string' ? this.schemas[root] : root;
    const out: FieldRow[] = [];
    const seen = typeof root === 'string' ? [root] : [];
    this.walk(start, '', 0, seen, options.flatten, out);
    return out;
  }

  private walk(node: any, prefix: string, depth: number, seen: string[], flatten: boolean, out: FieldRow[]): void {
    const obj = this.objectOf(node);
    if (!obj || depth > MAX_DEPTH) return;
    const required: string[] = Array.isArray(obj.required) ? obj.required.map(String) : [];
    for (const [field, prop] of Object.entries<any>(obj.properties)) {
      const path = prefix + field;
      out.push(this.row(path, prop, required.includes(field)));
      if (!flatten) continue;
      const { names } = this.chain(prop);
      if (names.some((n) => seen.includes(n))) continue;
      const t = this.target(prop);
      if (this.objectOf(prop)) {
        this.walk(prop, `${path}.`, depth + 1, [...seen, ...names], flatten, out);
      } else if (t?.type === 'array' && t.items && typeof t.items === 'object' && !Array.isArray(t.items)) {
        const itemNames = this.chain(t.items).names;
        if (itemNames.some((n) => seen.includes(n))) continue;
        if (this.objectOf(t.items)) this.walk(t.items, `${path}[].`, depth + 1, [...seen, ...names, ...itemNames], flatten, out);
      }
    }
  }

  private row(path: string, prop: any, required: boolean): FieldRow {
    const e = this.enumOf(prop);
    const enumValues = e
      ? [
          e.values.map((v) => jsonCode(v)).join(', '),
          Object.keys(e.aliases).length > 0
            ? `(also read: ${Object.entries(e.aliases)
                .map(([a, c]) => `${jsonCode(a)} → ${jsonCode(c)}`)
                .join(', ')})`
            : '',
        ]
          .filter(Boolean)
          .join(' ')
      : '';
    const dflt = this.pick(prop, 'default');
    const unconfirmed = this.pick(prop, 'x-unconfirmed');
    const description = [
      prose(this.pick(prop, 'description')),
      typeof unconfirmed === 'string' ? `⚠ **Unconfirmed:** ${prose(unconfirmed)}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      name: codeCell(path),
      path,
      type: cell(this.typeOf(prop)),
      required: required ? 'yes' : 'no',
      default: dflt === undefined ? '' : cell(code(JSON.stringify(dflt))),
      enumValues: cell(enumValues),
      constraints: cell(this.constraintsOf(prop).join(', ')),
      description: cell(description),
      enums: this.enumSchemas(prop),
    };
  }

  /** A schema's own description (through $refs) as a table-safe line. */
  descriptionCell(name: string): string {
    return proseCell(this.schemas[name]?.description);
  }
}
