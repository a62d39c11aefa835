/**
 * The pipeline: load → model → emit → assemble. Returns every file of the package as text; the
 * CLI writes them or compares them with what is on disk.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadDocument, type LoadedDocument } from './load.js';
import { listFiles } from './files.js';
import { buildModel, type Model } from './model.js';
import { typeNamesOf } from './model/names.js';
import type { TypeModels } from './emit/types.js';
import { emitValidators, validatorFiles, type CompiledSide, type ValidatorModules } from './emit/validators.js';
import { assembleSchemas } from './schemas.js';
import { apiContext, clientContext, indexContext, specContext, validatorsAllContext, validatorsLazyContext } from './emit/code.js';
import { framesContext } from './emit/frames.js';
import { emitDocs } from './emit/docs.js';
import { emitPackageFiles, simulatorBin } from './emit/package.js';
import { cliSpec } from './emit/cli.js';
import { keepCompiledTemplates, render } from './render.js';
import { CHANGELOG, SOURCE_COPY, initialRelease, renderChangelog, resolveRelease, withVersion, type Release } from './diff/release.js';
import { compileSources } from './emit/compile.js';
import { rememberDeclarations, templatesFingerprint } from './diff/digest.js';
import { NO_CACHE, type Cache } from './cache.js';
// The runtime states the names its client answers to (no parsing of its source).
import { CLIENT_MEMBERS } from '../templates/runtime/manifest.js';

export interface GenerateOptions {
  /** The AsyncAPI document. */
  readonly spec: string;
  /** The package folder to generate (its files are computed, not written, here). */
  readonly outDir: string;
  /** The templates folder. */
  readonly templatesDir: string;
  /** How the banner tells a reader to regenerate. */
  readonly regenerateCommand?: string;
  /**
   * The version and changelog: `auto` (the default) carries on the history of the package in
   * outDir, comparing the document with the copy shipped there; `initial` starts a new history.
   */
  readonly release?: { readonly kind: 'initial' } | { readonly kind: 'auto'; readonly date?: string };
  /** Results of earlier runs that depend only on their inputs' text (default: none). */
  readonly cache?: Cache;
  /** Whether to write the docs (default true; api-diff's packages, compared by their declarations, need none). */
  readonly docs?: boolean;
}

export interface GeneratedPackage {
  readonly model: Model;
  /** Path relative to outDir → content. */
  readonly files: ReadonlyMap<string, string>;
  /** The version, the changelog and, when the document changed, what changed. */
  readonly release: Release;
}

/** Hand-written template folders copied verbatim into src/. */
const SIMULATOR_DIR = 'simulator';
const COPIED_DIRS = ['runtime', 'codec', 'cli', SIMULATOR_DIR];

export async function generatePackage(options: GenerateOptions): Promise<GeneratedPackage> {
  const outDir = resolve(options.outDir);
  const templatesDir = resolve(options.templatesDir);
  const regenerate = options.regenerateCommand ?? 'npm run generate';
  const cache = options.cache ?? NO_CACHE;
  keepCompiledTemplates(cache);
  const t = timer();
  if (process.env.GENERATOR_TIMINGS) {
    const cpu = process.cpuUsage();
    console.error(`start-up and modules: ${Math.round(performance.now())} ms (cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)`);
  }
  const loaded = await loadDocument(options.spec, options.cache ? { cache: options.cache } : {});
  t('load');
  // The model decides the type names; Modelina names its models after them.
  const components = loaded.raw.components?.schemas ?? {};
  const typeModels = await cachedTypeModels(loaded, components, cache);
  t('modelina');
  const model = buildModel(loaded, typeModels.names, new Set(CLIENT_MEMBERS));
  t('model');
  const source = relative(resolve(outDir, '..'), resolve(options.spec)) || options.spec;
  const banner = (origin?: string) =>
    `// Generated from ${source}${origin ? ` and ${origin}` : ''} by the generator in this repository. Do not edit.\n// Regenerate with: ${regenerate}`;

  const sources = new Map<string, string>(); // path under src/ → TypeScript
  const validators = cachedValidators(model, cache);
  t('validators');
  const files = new Map<string, string>();
  for (const { file, code } of validators.modules) {
    const v = validatorFiles(code, banner(), file);
    files.set(`src/validators/${file}.ts`, v.ts);
    files.set(`dist/validators/${file}.js`, v.js);
    files.set(`dist/validators/${file}.d.ts`, v.dts);
    files.set(`dist/validators/${file}.js.map`, v.jsMap!);
    files.set(`dist/validators/${file}.d.ts.map`, v.dtsMap!);
  }
  sources.set('validators/all.ts', await render(templatesDir, 'validators-all.ts.hbs', validatorsAllContext(validators, banner())));
  sources.set('validators/lazy.ts', await render(templatesDir, 'validators-lazy.ts.hbs', validatorsLazyContext(model, validators, banner())));
  sources.set('spec.ts', await render(templatesDir, 'spec.ts.hbs', specContext(model, banner())));
  const frames = framesContext(model, banner());
  if (frames !== undefined) sources.set('frames.ts', await render(templatesDir, 'frames.ts.hbs', frames));
  sources.set('api.ts', await render(templatesDir, 'api.ts.hbs', apiContext(model, banner())));
  sources.set('codec.ts', await render(templatesDir, 'codec.ts.hbs', { banner: banner() }));
  sources.set('client.ts', await render(templatesDir, 'client.ts.hbs', clientContext(model, banner())));
  sources.set('index.ts', await render(templatesDir, 'index.ts.hbs', indexContext(model, banner())));
  sources.set('cli-spec.ts', await render(templatesDir, 'cli-spec.ts.hbs', { banner: banner(), cliSpec: cliSpec(model) }));
  sources.set('cli.ts', await render(templatesDir, 'cli.ts.hbs', { banner: banner(), clientClassName: model.clientClassName }));
  if (model.simulator) {
    sources.set('simulator.ts', await render(templatesDir, 'simulator.ts.hbs', { banner: banner() }));
    sources.set('simulator-cli.ts', await render(templatesDir, 'simulator-cli.ts.hbs', { banner: banner(), envPrefix: model.envPrefix, command: simulatorBin(model) }));
  }
  for (const dir of COPIED_DIRS) {
    if (dir === SIMULATOR_DIR && !model.simulator) continue;
    const templates = (await listFiles(join(templatesDir, dir))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of templates) {
      const text = await readFile(join(templatesDir, dir, file), 'utf8');
      sources.set(`${dir}/${file}`, `${banner(`templates/${dir}/${file}`)}\n${text}`);
    }
  }

  t('render');
  const all = new Map<string, string>([['types.ts', typesSource(typeModels, banner())], ...sources]);
  for (const [path, compiled] of await compileSources(all, banner(), cache)) {
    files.set(`src/${path}`, compiled.source);
    for (const emitted of compiled.emitted) files.set(emitted.path, emitted.text);
  }
  t('compile');

  const packageFiles = await emitPackageFiles(model, templatesDir, banner);
  for (const [path, text] of packageFiles) files.set(path, text);
  // What a later run's change report compares an edited document with (diff/digest.ts).
  const templates = options.cache ? await templatesFingerprint(templatesDir) : undefined;
  if (templates !== undefined) rememberDeclarations(cache, loaded.text, templates, files);
  t('package files');
  const release = await releaseOf(options, outDir, loaded.text, files, templatesDir, templates);
  t('release');
  if (options.docs !== false) for (const [path, text] of await cachedDocs(loaded, model, banner, templatesDir, release.entries, cache)) files.set(path, text);
  files.set('package.json', withVersion(files.get('package.json')!, release.version));
  files.set(CHANGELOG, renderChangelog(release.entries));
  files.set(SOURCE_COPY, loaded.text);
  t('docs');
  return { model, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), release };
}

/** The release: a new history, or the one on disk carried on (compared with the copy shipped there). */
async function releaseOf(options: GenerateOptions, outDir: string, specText: string, files: ReadonlyMap<string, string>, templatesDir: string, templates: string | undefined): Promise<Release> {
  const initialVersion = JSON.parse(files.get('package.json')!).version as string;
  const release = options.release ?? { kind: 'auto' };
  if (release.kind === 'initial') return initialRelease(initialVersion);
  return resolveRelease({
    outDir,
    specText,
    initialVersion,
    date: release.date,
    // api-diff (@asyncapi/diff, `yaml`, and the compiler for the declarations) is loaded only when
    // the document differs from the copy in the package.
    compare: async (previousText) => (await import('./diff/index.js')).apiDiff(previousText, specText, { templatesDir, afterFiles: files, labels: [`${SOURCE_COPY} of the package`, options.spec], ...(options.cache ? { cache: options.cache } : {}), ...(templates ? { templatesFingerprint: templates } : {}) }),
  });
}

/**
 * ajv's standalone code, cached side by side (emit/validators.ts): each side's code is a function
 * of its schemas, their file and export names and the definitions they reach, its key. An edit
 * to a request schema compiles the requests again, not the replies and events.
 */
function cachedValidators(model: Model, cache: Cache): ValidatorModules {
  return emitValidators(model, assembleSchemas(model), (key, compile) => {
    const hit = cache.get<CompiledSide>('validators', [key]);
    if (hit !== undefined) return hit;
    const side = compile();
    cache.set('validators', [key], side);
    return side;
  });
}

/**
 * The docs are a function of the model, the banner, the changelog entries and the Handlebars
 * templates they are laid out with (everything below templates/hbs; the runtime's manifest they
 * also read is code of the generator, so in the cache's build id): cached by exactly those, and by
 * the document the model was built from, so that two models JSON shows alike (a key holding
 * `undefined` or none) still differ. A model holding anything else JSON cannot tell apart (a Map,
 * a function, a class instance) is never cached.
 */
async function cachedDocs(
  loaded: LoadedDocument,
  model: Model,
  banner: (origin?: string) => string,
  templatesDir: string,
  entries: Release['entries'],
  cache: Cache,
): Promise<Map<string, string>> {
  let key: string[] | undefined;
  if (cache !== NO_CACHE) {
    const hbs = join(templatesDir, 'hbs');
    const templates: string[] = [];
    for (const file of await listFiles(hbs)) templates.push(file, await readFile(join(hbs, file), 'utf8'));
    const data = plainJson({ model, entries });
    key = data === undefined ? undefined : [JSON.stringify(loaded.raw), data, banner(), ...templates];
  }
  const hit = key && cache.get<[string, string][]>('docs', key);
  if (hit) return new Map(hit);
  const pages = await emitDocs(model, banner, templatesDir, entries);
  if (key) cache.set('docs', key, [...pages]);
  return pages;
}

/** JSON of plain data (objects, arrays, strings, numbers, booleans, null); undefined when the value holds anything else. */
function plainJson(value: unknown): string | undefined {
  let plain = true;
  const text = JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    const type = typeof v;
    if (v === null || type === 'string' || type === 'boolean') return v;
    if (type === 'number') plain &&= Number.isFinite(v);
    else if (type === 'undefined') plain &&= !Array.isArray(this); // a missing key, but null in an array
    else if (type === 'object') plain &&= Array.isArray(v) || [Object.prototype, null].includes(Object.getPrototypeOf(v));
    else plain = false; // a function, a bigint, any other primitive
    return v;
  });
  return plain ? text : undefined;
}

/** What the package takes of Modelina's output. */
type TypeCode = Pick<TypeModels, 'prelude' | 'names'> & { readonly models: readonly Pick<TypeModels['models'][number], 'name' | 'code'>[] };

/**
 * Modelina's output is a function of the parsed document (the text the parser was given: the
 * loaded tree, titles added), of the component schemas and of the options: cached by exactly
 * those — less the operations' `summary` and `description`, prose that neither Modelina nor the
 * types' preset reads (the types come from message payloads and schemas), and the text most
 * often edited: such an edit does not run Modelina again (test/generator/cache.test.ts compares
 * the result with a run without cache). A document with references outside itself is parsed
 * with their content, which the key does not hold: such a document is never cached. On a hit
 * Modelina is not even loaded.
 */
async function cachedTypeModels(loaded: LoadedDocument, components: Record<string, any>, cache: Cache): Promise<TypeCode> {
  const options = { openEnums: loaded.raw.info?.['x-protocol']?.tolerance?.openEnums === true, typeNames: typeNamesOf(components) };
  const key = cache === NO_CACHE || hasOuterRef(loaded.raw) ? undefined : [JSON.stringify(withoutOperationProse(loaded.raw)), JSON.stringify(components), JSON.stringify(options)];
  const hit = key && cache.get<TypeCode>('modelina', key);
  if (hit) return hit;
  const T1 = performance.now();
  const { generateTypeModels } = await import('./emit/types.js');
  if (process.env.GENERATOR_TIMINGS) console.error(`  modelina import: ${Math.round(performance.now() - T1)} ms`);
  const types = await generateTypeModels(loaded.document, components, options);
  const code: TypeCode = { prelude: types.prelude, names: types.names, models: types.models.map(({ name, code }) => ({ name, code })) };
  if (key) cache.set('modelina', key, code);
  return code;
}

/** The document tree without its operations' `summary` and `description` (a shallow copy of what changes). */
function withoutOperationProse(raw: Record<string, any>): Record<string, any> {
  const operations = raw.operations;
  if (operations === null || typeof operations !== 'object') return raw;
  const bare: Record<string, unknown> = {};
  for (const [id, op] of Object.entries(operations as Record<string, unknown>)) {
    if (op === null || typeof op !== 'object' || Array.isArray(op)) bare[id] = op;
    else {
      const { summary: _summary, description: _description, ...rest } = op as Record<string, unknown>;
      bare[id] = rest;
    }
  }
  return { ...raw, operations: bare };
}

/** Whether any `$ref` of the tree points outside the document. */
function hasOuterRef(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasOuterRef);
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && !(typeof v === 'string' && v.startsWith('#'))) return true;
    if (hasOuterRef(v)) return true;
  }
  return false;
}

function typesSource(types: TypeCode, banner: string): string {
  // Modelina's code starts with the JSDoc from the docs preset; `export` goes on the declaration.
  // Modelina indents blank lines inside a model: lines end without blanks, as everywhere in src/.
  const body = types.models.map((m) => m.code.trim().replace(/^(interface|type) /m, 'export $1 ').replace(/[ \t]+$/gm, '')).join('\n\n');
  const prelude = types.prelude ? `${types.prelude}\n\n` : '';
  return `${banner}\n/* eslint-disable */\n// Wire types of every schema of the document, made by Modelina.\n\n${prelude}${body}\n`;
}

/** Stage timings on stderr when GENERATOR_TIMINGS is set: wall ms, and this process's CPU ms. */
function timer(): (stage: string) => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (stage) => {
    if (!process.env.GENERATOR_TIMINGS) return;
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    console.error(`${stage}: ${Math.round(now - last)} ms (cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
