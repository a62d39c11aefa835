/**
 * The AsyncAPI schema validators of @asyncapi/parser's ruleset, compiled once and kept.
 *
 * The parser validates every document against the AsyncAPI JSON Schema of its version through
 * Spectral's `schema` function (rules `asyncapi-document-resolved` and `-unresolved`), and Spectral
 * compiles that schema with ajv afresh for every document: two schemas of ~180 KB each, about half
 * of the CPU time of a parse. ajv's standalone code is that same compiled validator as a module,
 * so the CLI keeps it in its content-addressed cache (generator/cache.ts) and the next run loads it
 * (~50 ms) instead of compiling it (~1 s). Nothing of the validation changes: the same schemas,
 * compiled by ajv with the options Spectral gives it, run on the same data, and Spectral turns their
 * errors into the same diagnostics. test/generator/spectral.test.ts compares the diagnostics with
 * and without this for valid and broken documents.
 *
 * How: Spectral's `schema` function asks `createAjvInstances()` (spectral-functions'
 * dist/schema/ajv.js) for a validator on every call, through that module's exports. The CLI
 * replaces that export, before the document is parsed, with one whose all-errors instance of the
 * default dialect hands out validators from the cache. A validator is keyed by the schema's text
 * and by every schema that instance was given before it (in one ajv instance, a schema can refer
 * to the `$id`s an earlier one brought in); on a miss, a mirror instance built with Spectral's
 * options compiles the same schemas in the same order and the validator it makes is used and kept.
 * The cache key also holds the generator build (the lock file, so the ajv, Spectral and parser
 * versions). Library callers and `--no-cache` leave Spectral as it is.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { runCachedModule, type Cache } from './cache.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type AssignValidator = (schema: Record<string, unknown>, dialect: string, allErrors: boolean) => Validator | undefined;
interface SchemaFunctionModule {
  createAjvInstances: () => AssignValidator;
}
interface Ajv {
  compile(schema: object): Validator;
  addSchema(schema: object): unknown;
}

/** Spectral's instances with their own ajv class; every other dialect uses the default (draft 7) one. */
const OTHER_DIALECTS = new Set(['draft4', 'draft2019-09', 'draft2020-12']);

let current: Cache | undefined;
let installed = false;

/** From the next parse on, the schema validators of the parser's ruleset come from `cache`. */
export function cacheSchemaValidators(cache: Cache): void {
  current = cache;
  if (installed) return;
  installed = true;
  let ajvModulePath: string;
  let module: SchemaFunctionModule;
  try {
    const fromParser = createRequire(createRequire(import.meta.url).resolve('@asyncapi/parser'));
    ajvModulePath = fromParser.resolve('@stoplight/spectral-functions/dist/schema/ajv.js');
    module = fromParser(ajvModulePath) as SchemaFunctionModule;
  } catch {
    return; // another layout of the parser's packages: it compiles its validators itself, as ever (the test says so)
  }
  const original = module.createAjvInstances;
  if (typeof original !== 'function') return;
  const fromSpectral = createRequire(ajvModulePath);
  module.createAjvInstances = () => {
    const assign = original();
    const cached = current === undefined ? undefined : cachedInstance(current, fromSpectral);
    return (schema, dialect, allErrors) =>
      cached !== undefined && allErrors && !OTHER_DIALECTS.has(dialect) ? cached(schema) : assign(schema, dialect, allErrors);
  };
}

/**
 * Spectral's all-errors ajv instance of the default dialect, as seen from outside: the same
 * validator for the same `$id` or the same schema object, each one taken from the cache when that
 * instance, given the same schemas in the same order, made it before.
 */
function cachedInstance(cache: Cache, fromSpectral: NodeRequire): (schema: Record<string, unknown>) => Validator {
  const byId = new Map<string, Validator>();
  const byObject = new WeakMap<object, Validator>();
  const history: { schema: Record<string, unknown>; key: string }[] = [];
  let mirror: Ajv | undefined;
  let mirrored = 0; // how many schemas of `history` the mirror has compiled
  const compile = (upTo: number): Validator => {
    mirror ??= mirrorInstance(fromSpectral);
    let validator: Validator | undefined;
    for (; mirrored <= upTo; mirrored++) {
      const { schema } = history[mirrored]!;
      const id = schema.$id;
      validator = (typeof id === 'string' ? (mirror as Ajv & { getSchema(id: string): Validator | undefined }).getSchema(id) : undefined) ?? mirror.compile(schema);
    }
    return validator!;
  };
  return (schema) => {
    const id = schema.$id;
    const known = typeof id === 'string' ? byId.get(id) : byObject.get(schema);
    if (known !== undefined) return known;
    history.push({ schema, key: createHash('sha256').update(JSON.stringify(schema)).digest('hex') });
    const at = history.length - 1;
    const parts = history.map((h) => h.key);
    let validator: Validator | undefined;
    const hit = cache.get<{ code: string }>('spectral-ajv', parts);
    if (hit !== undefined) validator = load(hit.code, fromSpectral);
    if (validator === undefined) {
      validator = compile(at);
      const standalone = fromSpectral('ajv/dist/standalone/index.js') as { default: (ajv: Ajv, v: Validator) => string };
      cache.set('spectral-ajv', parts, { code: standalone.default(mirror!, validator) });
    }
    if (typeof id === 'string') byId.set(id, validator);
    else byObject.set(schema, validator);
    return validator;
  };
}

/** A validator from its standalone code; undefined when the code does not load. */
function load(code: string, fromSpectral: NodeRequire): Validator | undefined {
  const validator = runCachedModule(code, fromSpectral, 'spectral-ajv-standalone.js');
  return typeof validator === 'function' ? (validator as Validator) : undefined;
}

/**
 * An ajv instance made as spectral-functions' dist/schema/ajv.js makes its all-errors instance of
 * the default dialect, keeping each validator's source (`code.source`, which changes nothing of
 * the code ajv generates) so that its standalone code can be written.
 */
function mirrorInstance(fromSpectral: NodeRequire): Ajv {
  const Ajv = (fromSpectral('ajv') as { default: new (options: object) => Ajv }).default;
  const addFormats = (fromSpectral('ajv-formats') as { default: (ajv: Ajv) => void }).default;
  const addErrors = (fromSpectral('ajv-errors') as { default: (ajv: Ajv) => void }).default;
  const logger = {
    warn(...args: unknown[]) {
      if (typeof args[0] === 'string') {
        if (args[0].startsWith('unknown format')) return;
        console.warn(...args);
      }
    },
    log: console.log,
    error: console.error,
  };
  const ajv = new Ajv({
    allErrors: true,
    meta: true,
    messages: true,
    strict: false,
    allowUnionTypes: true,
    logger,
    unicodeRegExp: false,
    code: { source: true },
  });
  addFormats(ajv);
  addErrors(ajv);
  ajv.addSchema(fromSpectral('./draft4.json') as object);
  ajv.addSchema(fromSpectral('ajv/dist/refs/json-schema-draft-06.json') as object);
  return ajv;
}
