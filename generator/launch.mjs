/**
 * `npm run generate` starts here. It runs the generator (generator/cli.ts) as one precompiled
 * JavaScript file instead of through tsx, which would transpile every TypeScript module of the
 * generator on each start and run its loader in a second thread.
 *
 * The bundle is built with esbuild into node_modules/.cache/currencycom-ws-generator/build-<key>/
 * when it is missing or stale: it is keyed by the content of every repository file it was built
 * from, the lock file (so the esbuild version) and this file, so an edit to any of them rebuilds it
 * (≈ 0.2 s) before the run. It is split at the generator's dynamic imports: cli.mjs and the chunks
 * it always needs, and chunks loaded only when the run reaches them (Modelina, the TypeScript
 * compiler's per-file work, api-diff), each loading its packages then. Packages stay outside the
 * bundle and load from node_modules as usual, except Modelina's own code: it is bundled so that
 * the input processors the generator never uses (TypeScript, OpenAPI/Swagger and XSD inputs) and
 * its JsonBinPack preset's library are replaced by modules that throw when called. Loading them
 * would cost more than half of Modelina's start-up, most of it a second copy of the TypeScript
 * compiler (4.9, through typescript-json-schema). The generator only ever hands Modelina a parsed
 * AsyncAPI document.
 *
 * The run itself keeps, in results/, what depends only on its inputs' text, keyed by this build's
 * id and that text (generator/cache.ts): the TypeScript compiler's output per file, ajv's
 * validators, the parser's compiled AsyncAPI schema validators (generator/spectral.ts), Modelina's
 * types and the docs. A run whose templates did not change never loads the compiler; one whose
 * document did not change neither loads Modelina nor compiles a schema, but still parses and
 * validates the document in full. `--no-cache` turns all of that off for one run.
 *
 * GENERATOR_NO_BUNDLE=1 runs generator/cli.ts through tsx instead (the same code, unbundled, with
 * stack traces that point at the TypeScript sources).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const entry = join(here, 'cli.ts');
const cacheDir = join(root, 'node_modules', '.cache', 'currencycom-ws-generator');
const manifestFile = join(cacheDir, 'manifest.json');
/** The folder of one build: its entry (cli.mjs) and the chunks it imports on demand. */
const buildDir = (key) => join(cacheDir, `build-${key.slice(0, 16)}`);
/** Results of the generator's runs that depend only on their inputs' text (generator/cache.ts). */
const resultsDir = join(cacheDir, 'results');

/**
 * Modules Modelina's input processors require at load time that a run on an AsyncAPI document
 * never calls, and `alterschema` (with its JSON Schema library, @hyperjump/json-schema), which only
 * its JsonBinPack preset calls: the generator does not use that preset. Each becomes a module
 * that throws, naming itself, if anything does call it.
 */
const UNUSED_BY_MODELINA = ['typescript-json-schema', '@apidevtools/swagger-parser', 'fast-xml-parser', 'alterschema'];

/**
 * Modelina needs one function of @asyncapi/multi-parser for a document that @asyncapi/parser has
 * already parsed: the conversion of the document to the parser API it reads (v2). Loading the
 * whole multi-parser would also load two more AsyncAPI parsers (API v1 and v2, each with its
 * validation rules) and the Avro, OpenAPI, RAML and Protobuf schema parsers. This module is that
 * function, as multi-parser 2.x writes it, on the v2 parser API's document module alone.
 */
const MULTI_PARSER_CONVERT = `
const { createAsyncAPIDocument } = require('parserapiv2/cjs/document.js');
const unused = (what) => () => { throw new Error(what + ' of @asyncapi/multi-parser is not bundled with the generator (generator/launch.mjs)'); };
exports.ConvertDocumentParserAPIVersion = function (doc, toParserAPIMajorVersion) {
  if (!doc || !doc.json) return doc;
  const api = doc.extensions().get('x-parser-api-version')?.value() || 0;
  if (api === toParserAPIMajorVersion) return doc;
  if (toParserAPIMajorVersion !== 2) unused('conversion to parser API ' + toParserAPIMajorVersion)();
  return createAsyncAPIDocument(doc.meta().asyncapi);
};
exports.NewParser = unused('NewParser');
`;

/**
 * What the generator imports from Modelina (generator/emit/types.ts: the TypeScript generator and
 * its default model-name constraints). Modelina's main module loads the generators of all its
 * languages (Java, C#, Go, Python, Rust, Kotlin, Dart, PHP, C++, Scala, JavaScript and TypeScript),
 * about 0.25 s of a run that needs Modelina; its TypeScript generator's module exports both names
 * and loads only what that generator uses (its models, helpers and input processors).
 */
const MODELINA_TYPESCRIPT = `module.exports = require('@asyncapi/modelina/lib/cjs/generators/typescript/index.js');\n`;

if (process.env.GENERATOR_NO_BUNDLE) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const r = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

function keyOf(inputs) {
  const h = createHash('sha256');
  h.update(`${process.version}\0${root}\0`);
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(readFileSync(join(root, 'package-lock.json')));
  for (const file of inputs) {
    h.update(`\0${file}\0`);
    h.update(readFileSync(join(root, file)));
  }
  return h.digest('hex');
}

/** The manifest of the cached bundle when every input still has the content it was built from. */
function fresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return manifest.key === keyOf(manifest.inputs) && existsSync(join(buildDir(manifest.key), 'cli.mjs')) ? manifest : undefined;
  } catch {
    return undefined; // no bundle yet, or an input was deleted
  }
}

async function build() {
  const esbuild = await import('esbuild');
  const stub = {
    name: 'externals-and-stubs',
    setup(b) {
      // Bare specifiers: Modelina is bundled (so that its unused processors can be left out),
      // everything else stays an external package loaded from node_modules.
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        // The repository's own subpath imports (package.json `imports`, e.g. the codec's `#hmac`) are
        // bundled: the bundle lives under node_modules/, where Node would not look them up.
        if (args.path.startsWith('#')) return undefined;
        if (UNUSED_BY_MODELINA.includes(args.path) && args.importer.includes('@asyncapi/modelina')) {
          return { path: args.path, namespace: 'unused' };
        }
        if (args.path === '@asyncapi/multi-parser' && args.importer.includes('@asyncapi/modelina')) {
          return { path: args.path, namespace: 'multi-parser-convert' };
        }
        // The generator's own import of Modelina takes its TypeScript generator alone (see MODELINA_TYPESCRIPT).
        if (args.path === '@asyncapi/modelina' && !args.importer.includes('node_modules')) {
          return { path: args.path, namespace: 'modelina-typescript' };
        }
        if (args.path === '@asyncapi/modelina' || args.path.startsWith('@asyncapi/modelina/')) return undefined;
        return { path: args.path, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'multi-parser-convert' }, () => ({ loader: 'js', contents: MULTI_PARSER_CONVERT }));
      b.onLoad({ filter: /.*/, namespace: 'modelina-typescript' }, () => ({ loader: 'js', contents: MODELINA_TYPESCRIPT, resolveDir: root }));
      b.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
        loader: 'js',
        contents:
          `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is not bundled with the generator: it only feeds Modelina AsyncAPI documents (generator/launch.mjs)`)}); };\n` +
          'module.exports = new Proxy(function () {}, { get: (_t, p) => (p === "__esModule" ? false : p === "default" ? module.exports : fail()), apply: fail, construct: fail });\n',
      }));
    },
  };
  const tmp = join(cacheDir, `build.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { cli: entry },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Modelina's CommonJS build: its requires of external packages then go through `require`.
    mainFields: ['main'],
    // A dynamic import() in the generator becomes a chunk loaded when the code reaches it, with the
    // packages it imports: a run that does not compile or compare anything never loads them.
    splitting: true,
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    write: true,
    metafile: true,
    logLevel: 'error',
    plugins: [stub],
    // The bundled CommonJS code requires its external packages; paths resolve as from the sources.
    banner: { js: `import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(${JSON.stringify(pathToFileURL(entry).href)});` },
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes('node_modules/') && !f.includes(':'))
    .map((f) => relative(root, join(root, f)))
    .sort();
  const manifest = { key: keyOf(inputs), inputs, esbuild: esbuild.version };
  try {
    renameSync(tmp, buildDir(manifest.key));
  } catch {
    // Another process has just built the same inputs: its folder is as good as ours.
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
  return manifest;
}

let manifest = fresh();
if (manifest === undefined) {
  mkdirSync(cacheDir, { recursive: true });
  const t0 = performance.now();
  manifest = await build();
  // Results of another build of the generator are never used again (their keys start with its id).
  rmSync(resultsDir, { recursive: true, force: true });
  // Nor are other builds, once no process can still be loading chunks from one: an hour after
  // their last launch (each launch touches its build's folder, below).
  for (const name of readdirSync(cacheDir)) {
    const dir = join(cacheDir, name);
    if (/^build-/.test(name) && dir !== buildDir(manifest.key) && Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
  rmSync(join(cacheDir, 'cli.mjs'), { force: true }); // the single-file bundle of earlier launchers
  if (process.env.GENERATOR_TIMINGS) console.error(`bundle the generator: ${Math.round(performance.now() - t0)} ms`);
}
try {
  const now = new Date();
  utimesSync(buildDir(manifest.key), now, now);
} catch {
  // only the clean-up of old builds reads it
}
process.env.GENERATOR_CACHE_DIR = resultsDir;
process.env.GENERATOR_BUILD_ID = manifest.key;
await import(pathToFileURL(join(buildDir(manifest.key), 'cli.mjs')).href);
