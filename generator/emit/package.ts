/**
 * Package files: package.json (name, description, license, keywords, repository and bins from the
 * document, the rest from templates/package.base.json), LICENSE (from templates/hbs/licenses), the
 * tsconfig that type-checks src/, and the README quick start.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../model.js';
import { render } from '../render.js';
import { cliSession } from './cli.js';
import { fence } from './docs/markdown.js';
import { framesContext } from './frames.js';

export async function emitPackageFiles(model: Model, templatesDir: string, banner: (origin?: string) => string): Promise<Map<string, string>> {
  const base = JSON.parse(await readFile(join(templatesDir, 'package.base.json'), 'utf8'));
  const meta = model.packageMeta;
  // Each command the package installs is named after the package, so none can collide with
  // another package's (a plain `simulator` would); more commands join this map.
  const bin: Record<string, string> = { ...(base.bin ?? {}) };
  // The command line (src/cli.ts) is the package's own command, named after it.
  bin[model.packageName] = './dist/cli.js';
  const exports: Record<string, unknown> = { ...base.exports };
  if (model.simulator) {
    bin[simulatorBin(model)] = './dist/simulator-cli.js';
    exports['./simulator'] = { types: './dist/simulator.d.ts', default: './dist/simulator.js' };
  }
  const pkg = {
    name: model.packageName,
    version: model.apiVersion.match(/^\d+\.\d+\.\d+/) ? model.apiVersion : '0.0.0',
    description: `Typed, signed, validated WebSocket client for the ${model.title}, generated from its AsyncAPI document.`,
    ...(meta.keywords.length > 0 ? { keywords: meta.keywords } : {}),
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    ...(meta.repository ? { repository: meta.repository } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    ...base,
    exports: sortExports(exports),
    ...(Object.keys(bin).length > 0 ? { bin } : {}),
    files: (base.files as string[]).filter((f) => f !== 'LICENSE' || meta.license !== undefined),
  };
  if (!model.simulator) {
    // No simulator in this package: no entry point or bin may point at its missing files.
    delete pkg.exports?.['./simulator'];
    if (pkg.bin) delete pkg.bin.simulator;
    if (pkg.bin && Object.keys(pkg.bin).length === 0) delete pkg.bin;
  }
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      declaration: true,
      // dist/ ships maps into src/, so "go to definition" in a consumer's editor lands in TypeScript.
      sourceMap: true,
      declarationMap: true,
      // The generator emits JS and declarations file by file; this keeps that possible.
      isolatedDeclarations: true,
      verbatimModuleSyntax: true,
      types: ['node'],
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src/**/*.ts'],
  };
  const files = new Map<string, string>();
  files.set('package.json', JSON.stringify(pkg, null, 2) + '\n');
  files.set('tsconfig.json', JSON.stringify(tsconfig, null, 2) + '\n');
  if (meta.license !== undefined) files.set('LICENSE', await licenseText(templatesDir, meta.license, meta.copyright!));
  files.set('README.md', await render(templatesDir, 'README.md.hbs', readmeContext(model, banner)));
  return files;
}

/** The simulator's command: named after the package, so it cannot collide with another package's. */
export const simulatorBin = (model: Model): string => `${model.packageName}-simulator`;

/** `.` first, `./package.json` last, the rest in between as inserted. */
function sortExports(exports: Record<string, unknown>): Record<string, unknown> {
  const { '.': root, './package.json': pkgJson, ...rest } = exports;
  return { '.': root, ...rest, './package.json': pkgJson };
}

async function licenseText(templatesDir: string, license: string, copyright: string): Promise<string> {
  const template = `licenses/${license}.hbs`;
  const exists = await access(join(templatesDir, 'hbs', template)).then(() => true, () => false);
  if (!exists) throw new Error(`x-codegen.license is ${license}, but there is no templates/hbs/${template} with its text: add it, or choose a license that has one`);
  return render(templatesDir, template, { copyright });
}

function readmeContext(model: Model, banner: (origin?: string) => string) {
  const example = model.operations.find((o) => o.kind === 'request' && !o.signed && o.paramsRequired) ?? model.operations[0]!;
  const signedExample = model.operations.find((o) => o.kind === 'request' && o.signed && !o.paramsRequired);
  const stream = model.operations.find((o) => o.kind === 'subscribe');
  // With a simulator the quick start runs against it; without one, against the default server.
  const quickStart = model.simulator
    ? {
        simulatorBlurb: ',\nand a local exchange simulator that speaks the same protocol. Everything here is generated from',
        quickStartIntro: 'Run against the bundled simulator (no account, no network):',
        quickStartSetup: [
          `import { ${model.clientClassName} } from '${model.packageName}';`,
          `import { startSimulator } from '${model.packageName}/simulator';`,
          ``,
          `const simulator = await startSimulator({ apiKey: 'my-key', apiSecret: 'my-secret' });`,
          `const client = new ${model.clientClassName}({ url: simulator.url, apiVersion: '${model.defaultVersion}', apiKey: 'my-key', apiSecret: 'my-secret' });`,
        ].join('\n'),
        quickStartTeardown: 'await client.close();\nawait simulator.close();',
        quickStartOutro: 'Against a real server, give `server` (a server name of the document) instead of `url`, and your\nown API key and secret.',
      }
    : {
        simulatorBlurb: '. Everything here is generated from',
        quickStartIntro: `Against the document's default server, \`${model.defaultServer}\`, with your API key and secret:`,
        quickStartSetup: [
          `import { ${model.clientClassName} } from '${model.packageName}';`,
          ``,
          `const client = new ${model.clientClassName}({ server: '${model.defaultServer}', apiVersion: '${model.defaultVersion}', apiKey: 'my-key', apiSecret: 'my-secret' });`,
        ].join('\n'),
        quickStartTeardown: 'await client.close();',
        quickStartOutro: 'Another server of the document goes in `server`; any WebSocket URL in `url`.',
      };
  return {
    ...quickStart,
    // Whether the package has a frame decoder (some event's payload is all scalars).
    frameDecoder: framesContext(model, '') !== undefined,
    cliSession: fence('console', cliSession(model)),
    bannerComment: banner().split('\n').map((l) => l.replace(/^\/\/ ?/, '')).join(' '),
    title: model.title,
    packageName: model.packageName,
    simulatorBin: model.simulator ? simulatorBin(model) : undefined,
    clientClassName: model.clientClassName,
    defaultVersion: model.defaultVersion,
    example: { method: example.method, params: JSON.stringify(example.request.examples[0]?.payload ?? {}) },
    signedExample: signedExample ? { method: signedExample.method } : { method: example.method },
    stream: stream
      ? { method: stream.method, params: JSON.stringify(stream.request.examples[0]?.payload ?? {}), routing: stream.stream!.match[0]!.field }
      : undefined,
  };
}
