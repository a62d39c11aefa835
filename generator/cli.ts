/**
 * `npm run generate [-- --check] [--spec asyncapi.yaml] [--out generated]`
 * Writes the package generated from the document, or with --check writes nothing and fails,
 * naming every stale file, when the package on disk differs from what the document produces.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generatePackage } from './generate.js';
import { listFiles } from './files.js';
import { SpecError } from './load.js';
import { ReleaseError } from './diff/release.js';
import { DiffInputError } from './diff/types.js';
import { changeLists, summaryLine } from './diff/report.js';
import { fileCache } from './cache.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: join(root, 'asyncapi.yaml') },
    out: { type: 'string', default: join(root, 'generated') },
    templates: { type: 'string', default: join(root, 'templates') },
    quiet: { type: 'boolean', default: false },
    /** Compute everything afresh (the cache exists only when started by generator/launch.mjs). */
    'no-cache': { type: 'boolean', default: false },
  },
});

/** Folders inside the package that are not ours to compare or delete. */
const IGNORED = new Set(['node_modules']);

async function main(): Promise<number> {
  const started = performance.now();
  const spec = values.spec!;
  const out = values.out!;
  const { GENERATOR_CACHE_DIR: cacheDir, GENERATOR_BUILD_ID: build } = process.env;
  const cache = cacheDir && build && !values['no-cache'] ? fileCache(cacheDir, build) : undefined;
  const pkg = await generatePackage({ spec, outDir: out, templatesDir: values.templates!, ...(cache ? { cache } : {}) });
  const compared = performance.now();
  const onDisk = new Set(await listFiles(out, (name) => IGNORED.has(name)));
  const stale: string[] = [];
  const toWrite = new Set<string>();
  // Hundreds of small files, one after the other: synchronous reads and writes skip a trip through
  // libuv's thread pool and a promise per file (this process has nothing else to do meanwhile).
  for (const [path, text] of pkg.files) {
    const current = onDisk.has(path) ? readFileSync(join(out, path), 'utf8') : undefined;
    if (current !== text) {
      stale.push(current === undefined ? `${path} (missing)` : path);
      toWrite.add(path);
    }
    onDisk.delete(path);
  }
  timing('compare with the package on disk', compared);
  const extra = [...onDisk].sort();
  const ms = Math.round(performance.now() - started);
  const { operations, events } = pkg.model;
  reportRelease(pkg.release, Boolean(values.check));
  const counts = `${operations.length} operations, ${events.length} events, ${pkg.model.versions.length} versions, ${pkg.files.size} files`;
  if (values.check) {
    if (stale.length === 0 && extra.length === 0) {
      if (!values.quiet) console.log(`generated/ is up to date with ${relative(process.cwd(), spec) || spec} (${counts}) in ${ms} ms`);
      return 0;
    }
    for (const f of stale) console.error(`stale: ${join(relative(process.cwd(), out) || '.', f)}`);
    for (const f of extra) console.error(`not generated (would be deleted): ${join(relative(process.cwd(), out) || '.', f)}`);
    console.error(`${stale.length + extra.length} file(s) differ from what ${spec} produces: run \`npm run generate\` and commit the result`);
    return 1;
  }
  const written = performance.now();
  const made = new Set<string>();
  for (const [path, text] of pkg.files) {
    if (!toWrite.has(path)) continue;
    const dir = dirname(join(out, path));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    // A script (a package bin) is executable, as npm makes it on install: git sees no change then.
    writeFileSync(join(out, path), text, { mode: text.startsWith('#!') ? 0o755 : 0o644 });
    if (text.startsWith('#!')) chmodSync(join(out, path), 0o755);
  }
  for (const f of extra) rmSync(join(out, f));
  timing('write', written);
  if (!values.quiet) {
    console.log(`generated ${relative(process.cwd(), out) || out}/ from ${relative(process.cwd(), spec) || spec}: ${counts}, ${stale.length} written, ${extra.length} removed, in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  return 0;
}

/** With GENERATOR_TIMINGS set, a stage's wall ms on stderr (the pipeline's own stages: generate.ts). */
function timing(stage: string, since: number): void {
  if (process.env.GENERATOR_TIMINGS) console.error(`${stage}: ${Math.round(performance.now() - since)} ms`);
}

/** What the document's change does to the package: the summary, on stderr so the last line stays the counts. */
function reportRelease(release: Awaited<ReturnType<typeof generatePackage>>['release'], check: boolean): void {
  if (!release.report || values.quiet) return;
  const verb = check ? 'would be' : 'is';
  console.error(`the document differs from the one ${release.previous} was made from: ${summaryLine(release.report)}; the package version ${verb} ${release.version}`);
  if (release.report.changes.length > 0) console.error(changeLists(release.report.changes).trimEnd());
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ReleaseError || error instanceof DiffInputError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    if (error instanceof SpecError) {
      console.error(`error: ${error.message}`);
      for (const d of error.diagnostics) console.error(`  ${d}`);
      console.error('hint: fix the document at the lines named above and run `npm run generate` again');
      process.exit(2);
    }
    console.error('internal error in the generator (a bug, not a problem of the document):');
    console.error(error);
    process.exit(3);
  },
);
