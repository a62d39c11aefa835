/**
 * Validators: ajv compiles the assembled schemas at generation time and emits standalone ESM, so
 * the package compiles no schema at import and calls no `new Function` at run time. Requests are
 * checked strictly; replies and events by validators that coerce scalars to the documented types.
 */
import { Ajv, type Options } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import type { Model } from '../model.js';
import { assembleSchemas, type SchemaSet } from '../schemas.js';
import { SpecError } from '../load.js';
import { patternEngine, withPatternFunction } from './patterns.js';

// A CommonJS module: under NodeNext its default import is module.exports, which is the function and also carries it as .default.
type StandaloneCode = (ajv: Ajv, refs?: Record<string, string>) => string;
const standaloneExport = standaloneModule as unknown as StandaloneCode & { default?: StandaloneCode };
const standaloneCode: StandaloneCode = standaloneExport.default ?? standaloneExport;

/** One validators module of the package: ajv's standalone ES module (JavaScript) exporting `validate`. */
export interface ValidatorModule {
  /** File name under validators/, without extension, e.g. `depth.request`. */
  readonly file: string;
  readonly code: string;
}

/**
 * Validators, one module per operation and kind (its request, its reply) and one per event, so a
 * bundle carries only the validators of the operations it uses: the client loads an operation's
 * modules with `import()` when the operation is first called; `buildRequest` and the validate
 * functions import them all, from the two combined modules (`together`).
 */
export interface ValidatorModules {
  readonly modules: readonly ValidatorModule[];
  /** operationId → module file, per kind; event destination → module file. */
  readonly files: {
    readonly request: Record<string, string>;
    readonly reply: Record<string, string>;
    readonly event: Record<string, string>;
  };
  /**
   * The same validators in two modules, what validators/all.ts (the package's main entry) imports:
   * one module of every request validator, one of every reply and event validator. Loading two
   * modules instead of one per validator makes a cold import of the package ~25 ms (CPU) faster;
   * shared definitions are written once per module.
   */
  readonly together: {
    readonly files: { readonly request: string; readonly inbound: string };
    /** operationId → export name, per kind; event destination → export name. */
    readonly request: Record<string, string>;
    readonly reply: Record<string, string>;
    readonly event: Record<string, string>;
  };
}

const BASE: Options = { strict: false, allErrors: false, code: { source: true, esm: true, lines: true, optimize: true } };

export function ajvOptions(kind: 'request' | 'inbound'): Options {
  return kind === 'request' ? { ...BASE, coerceTypes: false, useDefaults: false } : { ...BASE, coerceTypes: true, useDefaults: false };
}

/** A file name from an id: safe characters only, unique among `taken`. */
function fileName(id: string, kind: string, taken: Set<string>): string {
  const base = id.replace(/[^A-Za-z0-9_-]/g, '_') || 'x';
  let name = `${base}.${kind}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}.${kind}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Compiles one side of the validators (`request`: strict request schemas; `inbound`: coercing
 * reply and event schemas) or takes it from `cache`. Each side is one ajv instance of its own,
 * so its code (the names ajv numbers its functions with included) depends only on its own
 * schemas and the definitions they reach: an edit to a request schema leaves the inbound side
 * as it was, and the reverse.
 */
export type SideCache = (key: string, compile: () => CompiledSide) => CompiledSide;

/** One side's modules: file → code, and its combined module's code. */
export interface CompiledSide {
  readonly codes: Record<string, string>;
  readonly combined: string;
}

export function emitValidators(model: Model, set: SchemaSet = assembleSchemas(model), cache: SideCache = (_key, compile) => compile()): ValidatorModules {
  const files = { request: {} as Record<string, string>, reply: {} as Record<string, string>, event: {} as Record<string, string> };
  const taken = new Set<string>();
  for (const op of model.operations) {
    files.request[op.id] = fileName(op.id, 'request', taken);
    files.reply[op.id] = fileName(op.id, 'reply', taken);
  }
  for (const ev of model.events) files.event[ev.destination] = fileName(ev.id, 'event', taken);
  // The combined modules: the schemas of each side, already compiled, written out again. Export
  // names are by position (`r0`, `p0`, `e0`); the kinds `requests`/`inbound` are never a per-operation file's.
  const exportsOf = (table: Record<string, string>, prefix: string) => Object.fromEntries(Object.keys(table).map((id, i) => [id, `${prefix}${i}`]));
  const together = {
    files: { request: fileName('all', 'requests', taken), inbound: fileName('all', 'inbound', taken) },
    request: exportsOf(files.request, 'r'),
    reply: exportsOf(files.reply, 'p'),
    event: exportsOf(files.event, 'e'),
  };
  const requestJobs = model.operations.map((op) => ({ file: files.request[op.id]!, schema: set.requests[op.id]!, name: together.request[op.id]! }));
  const inboundJobs = [
    ...model.operations.map((op) => ({ file: files.reply[op.id]!, schema: set.replies[op.id]!, name: together.reply[op.id]! })),
    ...model.events.map((ev) => ({ file: files.event[ev.destination]!, schema: set.events[ev.destination]!, name: together.event[ev.destination]! })),
  ];
  const side = (kind: 'request' | 'inbound', defs: Record<string, unknown>, jobs: readonly Job[]): CompiledSide =>
    cache(JSON.stringify({ kind, jobs, defs: reachedDefs(defs, jobs.map((j) => j.schema)) }), () => compileSide(kind, defs, jobs));
  const request = side('request', set.defs, requestJobs);
  const inbound = side('inbound', set.inboundDefs, inboundJobs);
  const modules: ValidatorModule[] = [];
  for (const op of model.operations) {
    modules.push({ file: files.request[op.id]!, code: request.codes[files.request[op.id]!]! });
    modules.push({ file: files.reply[op.id]!, code: inbound.codes[files.reply[op.id]!]! });
  }
  for (const ev of model.events) modules.push({ file: files.event[ev.destination]!, code: inbound.codes[files.event[ev.destination]!]! });
  modules.push({ file: together.files.request, code: request.combined });
  modules.push({ file: together.files.inbound, code: inbound.combined });
  return { modules, files, together };
}

/** A schema to compile into a module of its own (`file`) and into its side's combined module (`name`). */
interface Job {
  readonly file: string;
  readonly schema: Record<string, unknown>;
  readonly name: string;
}

function compileSide(kind: 'request' | 'inbound', defs: Record<string, unknown>, jobs: readonly Job[]): CompiledSide {
  // One ajv holds every schema of the side (shared definitions compile once); each module is the
  // standalone code of one schema and what it references. Patterns go through patternEngine():
  // specialised where a loop is exact and faster (emit/patterns.ts), RegExps otherwise.
  const options = ajvOptions(kind);
  const ajv = new Ajv({ ...options, code: { ...options.code, regExp: patternEngine() } });
  ajv.addSchema(defs);
  const codes: Record<string, string> = {};
  const refs: Record<string, string> = {};
  for (const job of jobs) {
    ajv.addSchema({ ...job.schema, $id: job.file });
    // A schema that is only a `$ref` (most of them: `{ $ref: 'defs#/$defs/OrderBook' }`) is
    // exported as the validator of its target: ajv would otherwise wrap the target's function in
    // one that only forwards to it, allocating an options object per call; errors and their paths
    // are the same.
    const keys = Object.keys(job.schema);
    const target = keys.length === 1 && typeof job.schema.$ref === 'string' ? job.schema.$ref : job.file;
    const code = finish(standaloneCode(ajv, { validate: target }));
    const req = /require\((['"])([^'"]+)\1\)/.exec(code);
    if (req) {
      throw new SpecError(
        `a schema keyword needs ajv's runtime module ${req[2]} (formats, minLength/maxLength, uniqueItems, object enum/const do): ` +
          'express the rule with pattern, a plain enum or type instead, so the validators stay standalone',
      );
    }
    codes[job.file] = code;
    refs[job.name] = target;
  }
  return { codes, combined: combined(ajv, refs) };
}

/**
 * The definitions (`$defs` of the defs root) that the schemas reach through `$ref`s, directly or
 * through each other: all a side's compiled code can depend on. Any other kind of reference, or
 * one it cannot follow, and it is the whole defs root: a key may only ever say too much.
 */
function reachedDefs(defs: Record<string, unknown>, schemas: readonly unknown[]): unknown {
  const all = (defs.$defs ?? {}) as Record<string, unknown>;
  const reached: Record<string, unknown> = {};
  const queue = [...schemas];
  while (queue.length > 0) {
    const node = queue.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = refName(value);
        if (name === undefined || !Object.prototype.hasOwnProperty.call(all, name)) return defs;
        if (!Object.prototype.hasOwnProperty.call(reached, name)) {
          reached[name] = all[name];
          queue.push(all[name]);
        }
      } else if (key === '$dynamicRef' || key === '$recursiveRef' || key === '$id' || key === '$anchor') return defs;
      else queue.push(value);
    }
  }
  // In a fixed order, so that the key does not depend on the order refs were met in.
  return Object.fromEntries(Object.keys(reached).sort().map((k) => [k, reached[k]]));
}

/** `defs#/$defs/Name` (or `#/$defs/Name` inside defs) → `Name`, its pointer token unescaped. */
function refName(ref: string): string | undefined {
  const m = /^(?:defs)?#\/\$defs\/([^/]+)$/.exec(ref);
  if (m === null) return undefined;
  try {
    return decodeURIComponent(m[1]!).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return undefined;
  }
}

/**
 * One module exporting several of an ajv's compiled schemas: export name → schema id. Operations
 * whose schemas are the same definition share its function: ajv gets each schema once, and the
 * other names are exported as aliases of the first.
 */
function combined(ajv: Ajv, refs: Record<string, string>): string {
  const first = new Map<string, string>();
  const aliases: string[] = [];
  for (const [name, id] of Object.entries(refs)) {
    const owner = first.get(id);
    if (owner === undefined) first.set(id, name);
    else aliases.push(`export const ${name} = ${owner};`);
  }
  const unique = Object.fromEntries([...first].map(([id, name]) => [name, id]));
  const code = finish(standaloneCode(ajv, unique));
  return aliases.length === 0 ? code : `${code}\n${aliases.join('\n')}\n`;
}

/** ajv's standalone code as the package ships it: specialised patterns, then integer checks. */
function finish(code: string): string {
  return withFastIntegerChecks(withPatternFunction(code));
}

/**
 * ajv checks `type: integer` as `(typeof x == "number") && (!(x % 1) && !isNaN(x))`. For a
 * number beyond a small integer (a millisecond timestamp, a 13-digit id) `x % 1` is a call to
 * the C library's fmod in V8, ~10 ns; `Math.floor(x) === x` is one rounding instruction and
 * gives the same answer for every number (NaN: false both; ±Infinity, −0: true both), which the
 * `typeof` before it guarantees `x` is. Only that exact form is rewritten.
 */
export function withFastIntegerChecks(code: string): string {
  return code.replace(/\(typeof (\w+) == "number"\) && \(!\(\1 % 1\) && !isNaN\(\1\)\)/g, '(typeof $1 == "number") && (Math.floor($1) === $1)');
}

/**
 * The three forms of a validators module in the package: the TypeScript source (ajv's code with
 * typed exports, checked with @ts-nocheck), and — written straight from ajv's JavaScript rather
 * than re-printed by the compiler, which nearly triples its size — the dist module and its
 * declarations.
 */
export function validatorFiles(code: string, banner: string, name?: string): { ts: string; js: string; dts: string; jsMap?: string; dtsMap?: string } {
  const exportsOf = [...code.matchAll(/^export const (\w+) = (\w+);$/gm)].map((m) => m[1]!);
  const typeImport = `import type { CompiledValidator } from '../codec/codec.js';`;
  const ts = `${banner}\n// @ts-nocheck -- ajv standalone output\n${typeImport}\n${code.replace(/^export const (\w+) = (\w+);$/gm, 'export const $1: CompiledValidator = $2;')}`;
  const js = `${banner}\n${code}`;
  const dts = `${banner}\n${typeImport}\n${exportsOf.map((name) => `export declare const ${name}: CompiledValidator;`).join('\n')}\n`;
  if (name === undefined) return { ts, js, dts };
  // Line maps into src/validators/<name>.ts: the JavaScript is the TypeScript without its two
  // added lines; each declaration is the line of its export.
  const bannerLines = banner.split('\n').length;
  const tsLines = ts.split('\n');
  const jsTargets = js.split('\n').map((_, i) => (i < bannerLines ? i : i + 2));
  const dtsTargets = dts.split('\n').map((line, i) => {
    const declared = /^export declare const (\w+):/.exec(line)?.[1];
    if (declared) return tsLines.findIndex((l) => l.startsWith(`export const ${declared}: `));
    return i < bannerLines ? i : i === bannerLines ? bannerLines + 1 : -1;
  });
  return {
    ts,
    js: `${js}//# sourceMappingURL=${name}.js.map\n`,
    dts: `${dts}//# sourceMappingURL=${name}.d.ts.map\n`,
    jsMap: lineMap(`${name}.js`, `../../src/validators/${name}.ts`, jsTargets),
    dtsMap: lineMap(`${name}.d.ts`, `../../src/validators/${name}.ts`, dtsTargets),
  };
}

/** A source map that sends each generated line i (column 0) to source line targets[i] (-1: none). */
function lineMap(file: string, source: string, targets: readonly number[]): string {
  let previous = 0;
  const lines = targets.map((target) => {
    if (target < 0) return '';
    const segment = vlq(0) + vlq(0) + vlq(target - previous) + vlq(0);
    previous = target;
    return segment;
  });
  return JSON.stringify({ version: 3, file, sourceRoot: '', sources: [source], names: [], mappings: lines.join(';') }) + '\n';
}

function vlq(value: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += chars[digit];
  } while (v > 0);
  return out;
}
