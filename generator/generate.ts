/**
 * The pipeline: load → model → emit → assemble. Returns every file of the package as text; the
 * CLI writes them or compares them with what is on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import { loadDocument } from './load.js';
import { buildModel, type Model } from './model.js';
import { generateTypeModels, type TypeModels } from './emit/types.js';
import { emitValidators } from './emit/validators.js';
import { apiContext, clientContext, indexContext, specContext } from './emit/code.js';
import { emitDocs } from './emit/docs.js';
import { emitPackageFiles } from './emit/package.js';
import { render } from './render.js';

export interface GenerateOptions {
  /** The AsyncAPI document. */
  readonly spec: string;
  /** The package folder to generate (its files are computed, not written, here). */
  readonly outDir: string;
  /** The templates folder. */
  readonly templatesDir: string;
  /** How the banner tells a reader to regenerate. */
  readonly regenerateCommand?: string;
}

export interface GeneratedPackage {
  readonly model: Model;
  /** Path relative to outDir → content. */
  readonly files: ReadonlyMap<string, string>;
}

/** Hand-written template folders copied verbatim into src/. */
const SIMULATOR_DIR = 'simulator';
const COPIED_DIRS = ['runtime', 'codec', SIMULATOR_DIR];

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  declaration: true,
  newLine: ts.NewLineKind.LineFeed,
  types: ['node'],
  verbatimModuleSyntax: true,
  // Emit only: generated/ is type-checked by the tests (tsc --noEmit), not on every generation.
  noCheck: true,
};

export async function generatePackage(options: GenerateOptions): Promise<GeneratedPackage> {
  const outDir = resolve(options.outDir);
  const templatesDir = resolve(options.templatesDir);
  const regenerate = options.regenerateCommand ?? 'npm run generate';
  const t = timer();
  const loaded = await loadDocument(options.spec);
  t('load');
  const typeModels = await generateTypeModels(loaded.document, loaded.raw.components?.schemas ?? {});
  t('modelina');
  const model = buildModel(loaded, typeModels.names);
  const source = relative(resolve(outDir, '..'), resolve(options.spec)) || options.spec;
  const banner = (origin?: string) =>
    `// Generated from ${source}${origin ? ` and ${origin}` : ''} by the currencycom-ws generator. Do not edit.\n// Regenerate with: ${regenerate}`;

  const sources = new Map<string, string>(); // path under src/ → TypeScript
  const validators = emitValidators(model);
  sources.set('validators/request.ts', `${banner()}\n// @ts-nocheck -- ajv standalone output\n${validators.request}`);
  sources.set('validators/inbound.ts', `${banner()}\n// @ts-nocheck -- ajv standalone output\n${validators.inbound}`);
  sources.set('spec.ts', await render(templatesDir, 'spec.ts.hbs', specContext(model, validators, banner())));
  sources.set('api.ts', await render(templatesDir, 'api.ts.hbs', apiContext(model, banner())));
  sources.set('codec.ts', await render(templatesDir, 'codec.ts.hbs', { banner: banner() }));
  sources.set('client.ts', await render(templatesDir, 'client.ts.hbs', clientContext(model, banner())));
  sources.set('index.ts', await render(templatesDir, 'index.ts.hbs', indexContext(model, banner())));
  if (model.simulator) {
    sources.set('simulator.ts', await render(templatesDir, 'simulator.ts.hbs', { banner: banner() }));
    sources.set('simulator-cli.ts', await render(templatesDir, 'simulator-cli.ts.hbs', { banner: banner(), envPrefix: model.envPrefix }));
  }
  for (const dir of COPIED_DIRS) {
    if (dir === SIMULATOR_DIR && !model.simulator) continue;
    for (const file of await listTs(join(templatesDir, dir))) {
      const text = await readFile(join(templatesDir, dir, file), 'utf8');
      sources.set(`${dir}/${file}`, `${banner(`templates/${dir}/${file}`)}\n${text}`);
    }
  }

  t('render');
  const project = new Project({ compilerOptions: { ...COMPILER_OPTIONS, rootDir: join(outDir, 'src'), outDir: join(outDir, 'dist') } });
  const typesFile = project.createSourceFile(join(outDir, 'src', 'types.ts'), typesSource(typeModels, banner()), { overwrite: true });
  const files = new Map<string, string>();
  for (const [path, text] of sources) {
    const sf = project.createSourceFile(join(outDir, 'src', path), text, { overwrite: true });
    if (!path.startsWith('validators/') && !COPIED_DIRS.some((d) => path.startsWith(d + '/'))) sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
  }
  typesFile.formatText({ indentSize: 2, convertTabsToSpaces: true });
  for (const sf of project.getSourceFiles()) {
    const path = relative(outDir, sf.getFilePath());
    if (!path.startsWith('..') && !path.includes('node_modules')) files.set(path, sf.getFullText());
  }
  t('assemble');
  const emitted = project.emitToMemory();
  t('emit');
  for (const f of emitted.getFiles()) {
    // Declaration emit drops the leading comment: every file keeps the banner.
    const text = f.text.startsWith('#!') || f.text.startsWith('// Generated from') ? f.text : `${banner()}\n${f.text}`;
    files.set(relative(outDir, f.filePath), text);
  }

  for (const [path, text] of emitDocs(model, banner)) files.set(path, text);
  for (const [path, text] of await emitPackageFiles(model, templatesDir, banner)) files.set(path, text);
  return { model, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

async function listTs(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) out.push(...(await listTs(join(dir, e.name), `${prefix}${e.name}/`)));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(prefix + e.name);
  }
  return out;
}

function typesSource(types: TypeModels, banner: string): string {
  // Modelina's code starts with the JSDoc from the docs preset; `export` goes on the declaration.
  const body = types.models.map((m) => m.code.trim().replace(/^(interface|type) /m, 'export $1 ')).join('\n\n');
  return `${banner}\n/* eslint-disable */\n// Wire types of every schema of the document, made by Modelina.\n\n${body}\n`;
}

/** Stage timings on stderr when GENERATOR_TIMINGS is set. */
function timer(): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    if (process.env.GENERATOR_TIMINGS) console.error(`${stage}: ${Math.round(now - last)} ms`);
    last = now;
  };
}
