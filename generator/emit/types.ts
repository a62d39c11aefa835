/**
 * Types: Modelina turns the document's schemas into TypeScript interfaces and union enums (raw
 * property names, records for maps). The model decides each component schema's type name
 * (generator/model/names.ts) and Modelina names its models after them; JSDoc from the document is attached afterwards through ts-morph, with the same
 * quoting helpers as everything else.
 */
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { TypeScriptGenerator, typeScriptDefaultModelNameConstraints } from '@asyncapi/modelina';
import { SpecError } from '../load.js';
import { typeNamesOf } from '../model/names.js';
import { componentName } from '../model/refs.js';
import { jsdoc, key } from '../names.js';

/** The document's words about a schema, as JSDoc lines. */
export function describeSchema(schema: Record<string, any> | undefined): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const lines: string[] = [];
  if (typeof schema.description === 'string') lines.push(schema.description);
  if (Array.isArray(schema.enum)) lines.push(`One of: ${schema.enum.map((v: unknown) => JSON.stringify(v)).join(', ')}.`);
  const aliases = schema['x-aliases'];
  if (aliases && typeof aliases === 'object') lines.push(`Also accepted: ${Object.entries(aliases).map(([a, c]) => `${a} (= ${String(c)})`).join(', ')}.`);
  if (schema.default !== undefined) lines.push(`Default: ${JSON.stringify(schema.default)}.`);
  if (typeof schema['x-unconfirmed'] === 'string') lines.push(`Unconfirmed: ${schema['x-unconfirmed']}`);
  return lines;
}

/** The helper type of open enums: editors still complete the known values, any string is accepted. */
export const OPEN_ENUM_TYPE = 'OpenEnum';
const OPEN_ENUM_DECLARATION = [
  '/**',
  ' * A value of an open enum, as replies and events carry it: one of the known values `T`, or a value',
  ' * the document does not list (delivered as it came, and reported as a `warning` by the client).',
  ' */',
  `export type ${OPEN_ENUM_TYPE}<T extends string> = T | (string & {});`,
].join('\n');

/** A constrained Modelina model, duck-typed: enums have `values`, references `ref`, arrays `valueModel`. */
interface ConstrainedLike {
  type: string;
  originalInput: any;
  values?: unknown[];
  ref?: ConstrainedLike;
  valueModel?: ConstrainedLike;
}

function isEnum(m: ConstrainedLike | undefined): boolean {
  const target = m?.ref ?? m;
  return Array.isArray(target?.values) && Array.isArray(target?.originalInput?.enum);
}

/** `OrderType` → `OpenEnum<OrderType>`, `OrderType[]` → `OpenEnum<OrderType>[]`; anything else unchanged. */
function openType(m: ConstrainedLike): string {
  if (isEnum(m)) return `${OPEN_ENUM_TYPE}<${m.type}>`;
  if (m.valueModel && isEnum(m.valueModel) && m.type === `${m.valueModel.type}[]`) return `${OPEN_ENUM_TYPE}<${m.valueModel.type}>[]`;
  return m.type;
}

/**
 * A Modelina preset that puts the document's descriptions on every type and property, and types
 * enum-valued properties of inbound models (titles in `openIn`) as open enums.
 */
function docsPreset(openIn: ReadonlySet<string>) {
  return {
    interface: {
      self({ content, model }: { content: string; model: { originalInput: any } }) {
        return jsdoc(describeSchema(model.originalInput)) + content;
      },
      // The whole property line is ours: Modelina writes raw property names unescaped.
      property({ property, model }: { property: { unconstrainedPropertyName: string; required: boolean; property: ConstrainedLike }; model: { originalInput: any } }) {
        const optional = property.required ? '' : '?';
        const type = openIn.has(model.originalInput?.title) ? openType(property.property) : property.property.type;
        return `${jsdoc(describeSchema(property.property.originalInput))}${key(property.unconstrainedPropertyName)}${optional}: ${type};`;
      },
    },
    type: {
      self({ content, model }: { content: string; model: { originalInput: any } }) {
        return jsdoc(describeSchema(model.originalInput)) + content;
      },
    },
  };
}

export interface TypeModels {
  /** Each generated model: its name, its code, and the schema it came from. */
  readonly models: readonly { name: string; code: string; schema: Record<string, any> }[];
  /** Declarations the models refer to besides each other (the open-enum helper), or ''. */
  readonly prelude: string;
  /** Component schema name → generated type name (the model's names, for the components that have a type). */
  readonly names: Readonly<Record<string, string>>;
}

/**
 * @param components the raw component schemas (each titled by the loader): Modelina names a
 *   model after its schema's title, so the model named after a component's title is named
 *   `typeNames[component]`.
 * @param options.typeNames component → type name, as the model decides them (by default
 *   `typeNamesOf(components)`, the model's own rule).
 */
export async function generateTypeModels(
  document: AsyncAPIDocumentInterface,
  components: Readonly<Record<string, any>>,
  options: { readonly openEnums?: boolean; readonly typeNames?: Readonly<Record<string, string>> } = {},
): Promise<TypeModels> {
  const names = options.typeNames ?? typeNamesOf(components);
  const titleOf = (k: string): string => String(components[k]?.title ?? k);
  // Title → decided name; a title two components share cannot tell them apart (reported below).
  const counts = new Map<string, number>();
  for (const k of Object.keys(names)) counts.set(titleOf(k), (counts.get(titleOf(k)) ?? 0) + 1);
  const byTitleDecided = new Map(Object.entries(names).filter(([k]) => counts.get(titleOf(k)) === 1).map(([k, n]) => [titleOf(k), n]));
  const defaultName = typeScriptDefaultModelNameConstraints();
  const openIn = options.openEnums ? inboundTitles(document, components) : new Set<string>();
  const generator = new TypeScriptGenerator({
    modelType: 'interface',
    enumType: 'union',
    rawPropertyNames: true,
    mapType: 'record',
    processorOptions: { interpreter: { ignoreAdditionalProperties: true } },
    presets: [docsPreset(openIn) as never],
    constraints: {
      modelName: (context: { modelName: string }) => byTitleDecided.get(context.modelName) ?? defaultName(context as never),
    },
  });
  const output = await generator.generate(document);
  const models = output
    .map((m) => ({ name: m.modelName, code: m.result, schema: (m.model.originalInput ?? {}) as Record<string, any> }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const shared = Object.keys(names).filter((k) => counts.get(titleOf(k))! > 1);
  if (shared.length > 0) {
    throw new SpecError(
      'components.schemas: components share a title, so their types cannot be told apart',
      shared.map((k) => `#/components/schemas/${k}: title ${JSON.stringify(titleOf(k))} — give each a title of its own`),
    );
  }
  // A component Modelina made no model of (none today) has no type name.
  const modelNames = new Set(models.map((m) => m.name));
  const generated = Object.fromEntries(Object.entries(names).filter(([, n]) => modelNames.has(n)));
  const prelude = openIn.size > 0 && models.some((m) => m.code.includes(`${OPEN_ENUM_TYPE}<`)) ? OPEN_ENUM_DECLARATION : '';
  return { models, names: generated, prelude };
}

/**
 * Titles of the object schemas a reply or event payload reaches (through $refs, properties, items
 * and map values): their enum-valued properties are open. No object schema of the document is
 * shared between a request and a reply, so request types stay strict.
 */
function inboundTitles(document: AsyncAPIDocumentInterface, components: Readonly<Record<string, any>>): Set<string> {
  const byTitle = new Map<string, string>();
  for (const [name, schema] of Object.entries<any>(components)) byTitle.set(String(schema?.title ?? name), name);
  const roots = new Set<string>();
  for (const op of document.operations().all()) {
    const messages = op.action() === 'receive' ? op.messages().all() : op.reply()?.messages().all() ?? [];
    for (const m of messages) {
      const title = m.payload()?.title();
      const name = title === undefined ? undefined : byTitle.get(title);
      if (name) roots.add(name);
    }
  }
  const titles = new Set<string>();
  const seen = new Set<string>();
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    const name = componentName(node.$ref, 'schemas');
    if (name !== undefined) {
      if (seen.has(name)) return;
      seen.add(name);
      const schema = components[name];
      if (schema && typeof schema === 'object') {
        titles.add(String(schema.title ?? name));
        walk(schema);
      }
      return;
    }
    for (const v of Object.values(node)) walk(v);
  };
  for (const root of roots) walk({ $ref: `#/components/schemas/${root}` });
  return titles;
}
