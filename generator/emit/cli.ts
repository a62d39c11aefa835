/**
 * The command line's table (src/cli-spec.ts): every operation with its parameters as flags (type,
 * required, default, enum, constraints, description), signed, weight, rate limits, versions and an
 * example command from the document's request example; the groups are the reference docs'.
 * The command line itself is hand-written code in templates/cli/, copied into the package.
 */
import type { Model, OperationModel } from '../model.js';
import type { CliOperation, CliParam, CliSpec, CliValueType } from '../../templates/cli/spec.js';
import { GLOBAL_FLAGS, parseCommand, UsageError } from '../../templates/cli/args.js';
import { renderHelp, renderOperationHelp, shellWord } from '../../templates/cli/help.js';
import { formatJson } from '../../templates/cli/output.js';
import { EXIT_USAGE, usageLine } from '../../templates/cli/run.js';
import { code, fence } from './docs/markdown.js';
import { SpecError } from '../load.js';
import { SchemaDocs } from './docs/schema.js';
import { operationGroups } from './docs/groups.js';
import { OPERATIONS_PAGE } from './docs.js';

export function cliSpec(model: Model): CliSpec {
  const sd = new SchemaDocs(model.schemas, () => '');
  return {
    program: model.packageName,
    title: model.title,
    env: { apiKey: `${model.envPrefix}_API_KEY`, apiSecret: `${model.envPrefix}_API_SECRET` },
    groups: operationGroups(model).map((g) => ({ title: g.title, operations: g.operations.map((o) => o.id) })),
    operations: Object.fromEntries(model.operations.map((op) => [op.id, operation(model, sd, op)])),
    servers: model.servers.map((s) => ({ name: s.name, url: s.url, title: s.title })),
    defaultServer: model.defaultServer,
    versions: model.versions,
    defaultVersion: model.defaultVersion,
    docsPage: `docs/${OPERATIONS_PAGE}`,
  };
}

function operation(model: Model, sd: SchemaDocs, op: OperationModel): CliOperation {
  const params = paramsOf(model, sd, op);
  return {
    id: op.id,
    kind: op.kind,
    summary: op.summary,
    description: op.description,
    signed: op.signed,
    idempotent: op.idempotent,
    weight: op.weight,
    rateLimits: op.rateLimits.map((id) => {
      const limit = model.rateLimits.find((r) => r.id === id);
      return limit ? `${id}, ${limit.limit} per ${limit.intervalMs} ms` : id;
    }),
    versions: op.versions,
    params,
    example: exampleArgs(model, op, params),
    docs: op.anchor,
    ...(op.unconfirmed ? { unconfirmed: op.unconfirmed } : {}),
  };
}

/** Flags may not clash with the command line's own, nor look like `--no-<boolean>`. */
const RESERVED_FLAGS = new Set<string>(GLOBAL_FLAGS);

function paramsOf(model: Model, sd: SchemaDocs, op: OperationModel): CliParam[] {
  const schema = sd.objectOf(model.schemas[op.request.schema]) ?? {};
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const flags = new Set<string>();
  return Object.entries<any>(schema.properties ?? {}).map(([name, prop]) => {
    const target = sd.target(prop) ?? {};
    const array = typeList(target).includes('array') || (target.type === undefined && target.items !== undefined);
    const item = array ? (target.items && !Array.isArray(target.items) ? target.items : {}) : prop;
    const e = sd.enumOf(prop);
    let flag = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name) ? name : `param-${name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'}`;
    if (RESERVED_FLAGS.has(flag) || flag.startsWith('no-')) flag = `param-${flag}`;
    if (flags.has(flag)) throw new SpecError(`${model.source}: operation ${op.id}: two parameters give the command-line flag --${flag}; rename one`);
    flags.add(flag);
    const dflt = sd.pick(prop, 'default');
    const unconfirmed = sd.pick(prop, 'x-unconfirmed');
    const named = sd.refName(prop);
    const plain = sd.plainType(prop);
    return {
      name,
      flag,
      type: valueType(sd, item),
      array,
      typeText: named !== undefined && plain !== named ? `${plain} (${named})` : plain,
      required: required.has(name),
      ...(dflt !== undefined ? { default: dflt } : {}),
      ...(e ? { enum: e.values as (string | number | boolean)[] } : {}),
      ...(e && Object.keys(e.aliases).length ? { aliases: e.aliases } : {}),
      constraints: constraints(sd, prop),
      description: String(sd.pick(prop, 'description') ?? '').trim(),
      ...(typeof unconfirmed === 'string' ? { unconfirmed } : {}),
    };
  });
}

function typeList(node: any): string[] {
  return Array.isArray(node?.type) ? node.type.map(String) : node?.type !== undefined ? [String(node.type)] : [];
}

/** Text stays text when the schema takes a string (decimals and 64-bit ids go on the wire as written). */
function valueType(sd: SchemaDocs, node: any): CliValueType {
  const target = sd.target(node) ?? {};
  let types = typeList(target);
  if (types.length === 0 && Array.isArray(target.enum)) types = [...new Set<string>(target.enum.map((v: unknown) => typeof v))];
  if (types.includes('string')) return 'string';
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  if (types.length === 1 && types[0] === 'boolean') return 'boolean';
  return 'json';
}

function constraints(sd: SchemaDocs, prop: any): string[] {
  const out: string[] = [];
  const words: [string, string][] = [
    ['minimum', '≥'],
    ['exclusiveMinimum', '>'],
    ['maximum', '≤'],
    ['exclusiveMaximum', '<'],
    ['minLength', 'length ≥'],
    ['maxLength', 'length ≤'],
    ['minItems', 'items ≥'],
    ['maxItems', 'items ≤'],
  ];
  for (const [k, w] of words) {
    const v = sd.pick(prop, k);
    if (typeof v === 'number') out.push(`${w} ${v}`);
  }
  const target = sd.target(prop);
  const itemPattern = target?.items && !Array.isArray(target.items) ? sd.pick(target.items, 'pattern') : undefined;
  const pattern = sd.pick(prop, 'pattern') ?? itemPattern;
  if (typeof pattern === 'string') out.push(`pattern ${pattern}`);
  const format = sd.pick(prop, 'format');
  if (typeof format === 'string') out.push(`format ${format}`);
  return out;
}

/** The arguments of the document's first request example (signing fields left out: they come from the environment). */
function exampleArgs(model: Model, op: OperationModel, params: readonly CliParam[]): string[] {
  const signingFields = new Set([model.signing.keyField, model.signing.timestampField, model.signing.recvWindowField, model.signing.signatureField]);
  const payload = op.request.examples[0]?.payload;
  const given: [CliParam, unknown][] = [];
  if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
    for (const [k, v] of Object.entries(payload as Record<string, unknown>)) {
      if (op.signed && signingFields.has(k)) continue;
      const param = params.find((p) => p.name === k);
      if (param) given.push([param, v]);
    }
  } else {
    for (const p of params) if (p.required) given.push([p, p.enum?.[0] ?? p.default ?? p.name.toUpperCase()]);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return given.flatMap(([p, v]): string[] => {
    if (p.type === 'boolean' && !p.array) return v === false ? [`--no-${p.flag}`] : [`--${p.flag}`];
    if (p.array && Array.isArray(v)) {
      const items = v.map(text);
      return items.some((i) => i.includes(',')) ? items.flatMap((i) => [`--${p.flag}`, i]) : [`--${p.flag}`, items.join(',')];
    }
    return [`--${p.flag}`, text(v)];
  });
}

// --- docs ------------------------------------------------------------------------------------------

/**
 * A short terminal session, made from the document: a public request with its example (the reply
 * shown is the document's reply example), a signed request with the key pair in the environment,
 * a refused command line (its real message, from the command line's own code), and a
 * subscription printing the document's event examples as JSON Lines.
 */
export function cliSession(model: Model, spec: CliSpec = cliSpec(model)): string {
  const p = spec.program;
  const cmd = (args: readonly string[]) => `$ ${[p, ...args].map(shellWord).join(' ')}`;
  const lines: string[] = [];
  const pub = model.operations.find((o) => o.kind === 'request' && !o.signed && o.paramsRequired);
  if (pub) {
    lines.push(cmd([pub.id, ...spec.operations[pub.id]!.example]));
    lines.push(formatJson(pub.reply.examples[0]?.payload ?? {}, true));
  }
  const signed = model.operations.find((o) => o.kind === 'request' && o.signed && !o.paramsRequired);
  if (signed) {
    lines.push(`$ export ${spec.env.apiKey}=<your API key> ${spec.env.apiSecret}=<your API secret>`);
    lines.push(cmd([signed.id, ...spec.operations[signed.id]!.example]));
    lines.push(formatJson(signed.reply.examples[0]?.payload ?? {}, true));
  }
  if (pub) {
    // Leave out the first required parameter: the command line names it and sends nothing.
    const first = spec.operations[pub.id]!.params.find((q) => q.required)!;
    const args = dropFlag(spec.operations[pub.id]!.example, first.flag);
    lines.push(cmd([pub.id, ...args]));
    try {
      parseCommand(spec, [pub.id, ...args]);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      lines.push(usageLine(spec, error));
    }
    lines.push('$ echo $?', String(EXIT_USAGE));
  }
  const stream = model.operations.find((o) => o.kind === 'subscribe');
  if (stream) {
    const match = stream.stream!.match[0]!;
    const param = spec.operations[stream.id]!.params.find((q) => q.name === match.param);
    const events = stream.stream!.event.message.examples.slice(0, 3).map((e) => e.payload);
    const keys = [...new Set(events.map((e) => (e as Record<string, unknown>)?.[match.field]).filter((v): v is string => typeof v === 'string'))];
    if (param && events.length > 0 && keys.length > 0) {
      // stderr (the subscription's reply) is left out: the document has no reply example for these keys.
      lines.push(`${cmd([stream.id, `--${param.flag}`, keys.join(','), '--count', String(events.length)])} 2>/dev/null`);
      for (const e of events) lines.push(formatJson(e, false));
    }
  }
  return lines.join('\n');
}

function dropFlag(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${flag}`) {
      if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

/** Context of the docs page about the command line (templates/hbs/docs/command-line.md.hbs). */
export function cliDocsContext(model: Model) {
  const spec = cliSpec(model);
  const pub = model.operations.find((o) => o.kind === 'request' && !o.signed && o.paramsRequired) ?? model.operations[0]!;
  return {
    program: code(spec.program),
    apiKeyEnv: code(spec.env.apiKey),
    apiSecretEnv: code(spec.env.apiSecret),
    session: fence('console', cliSession(model, spec)),
    help: fence('text', renderHelp(spec)),
    operationHelpCommand: code(`${spec.program} ${pub.id} --help`),
    operationHelp: fence('text', renderOperationHelp(spec, spec.operations[pub.id]!)),
  };
}
