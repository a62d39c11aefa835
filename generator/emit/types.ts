/**
 * Types: Modelina turns the document's schemas into TypeScript interfaces and union enums (raw
 * property names, records for maps). Its model names are decided here once and handed to the
 * other emitters; JSDoc from the document is attached afterwards through ts-morph, with the same
 * quoting helpers as everything else.
 */
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { TypeScriptGenerator } from '@asyncapi/modelina';
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

/** A Modelina preset that puts the document's descriptions on every type and property. */
const DOCS_PRESET = {
  interface: {
    self({ content, model }: { content: string; model: { originalInput: any } }) {
      return jsdoc(describeSchema(model.originalInput)) + content;
    },
    // The whole property line is ours: Modelina writes raw property names unescaped.
    property({ property }: { property: { unconstrainedPropertyName: string; required: boolean; property: { type: string; originalInput: any } } }) {
      const optional = property.required ? '' : '?';
      return `${jsdoc(describeSchema(property.property.originalInput))}${key(property.unconstrainedPropertyName)}${optional}: ${property.property.type};`;
    },
  },
  type: {
    self({ content, model }: { content: string; model: { originalInput: any } }) {
      return jsdoc(describeSchema(model.originalInput)) + content;
    },
  },
};

export interface TypeModels {
  /** Each generated model: its name, its code, and the schema it came from. */
  readonly models: readonly { name: string; code: string; schema: Record<string, any> }[];
  /** Component schema name → generated type name. */
  readonly names: Readonly<Record<string, string>>;
}

/**
 * @param components the raw component schemas (each titled by the loader): a component's type is
 *   the model whose schema carries its title, or failing that the model named after the title.
 */
export async function generateTypeModels(document: AsyncAPIDocumentInterface, components: Readonly<Record<string, any>>): Promise<TypeModels> {
  const generator = new TypeScriptGenerator({
    modelType: 'interface',
    enumType: 'union',
    rawPropertyNames: true,
    mapType: 'record',
    processorOptions: { interpreter: { ignoreAdditionalProperties: true } },
    presets: [DOCS_PRESET as never],
  });
  const output = await generator.generate(document);
  const models = output
    .map((m) => ({ name: m.modelName, code: m.result, schema: (m.model.originalInput ?? {}) as Record<string, any> }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byTitle = new Map<string, string>();
  for (const m of models) if (typeof m.schema.title === 'string' && !byTitle.has(m.schema.title)) byTitle.set(m.schema.title, m.name);
  const modelNames = new Set(models.map((m) => m.name));
  const names: Record<string, string> = {};
  for (const [key, schema] of Object.entries<any>(components)) {
    const title = String(schema?.title ?? key);
    const name = byTitle.get(title) ?? (modelNames.has(title) ? title : undefined);
    if (name) names[key] = name;
  }
  return { models, names };
}
