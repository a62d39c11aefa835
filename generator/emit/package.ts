/**
 * Package files: package.json (name and description from the document, the rest from
 * templates/package.base.json), the tsconfig that type-checks src/, and the README quick start.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../model.js';
import { render } from '../render.js';
import { cliSession } from './cli.js';
import { fence } from './docs/markdown.js';

export async function emitPackageFiles(model: Model, templatesDir: string, banner: (origin?: string) => string): Promise<Map<string, string>> {
  const base = JSON.parse(await readFile(join(templatesDir, 'package.base.json'), 'utf8'));
  const pkg = {
    name: model.packageName,
    version: model.apiVersion.match(/^\d+\.\d+\.\d+/) ? model.apiVersion : '0.0.0',
    description: `Typed, signed, validated WebSocket client for the ${model.title}, generated from its AsyncAPI document.`,
    ...base,
    // The command line (src/cli.ts) is the package's own command, named after it.
    bin: { ...base.bin, [model.packageName]: './dist/cli.js' },
  };
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      declaration: true,
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
  files.set('README.md', await render(templatesDir, 'README.md.hbs', readmeContext(model, banner)));
  return files;
}

function readmeContext(model: Model, banner: (origin?: string) => string) {
  const example = model.operations.find((o) => o.kind === 'request' && !o.signed && o.paramsRequired) ?? model.operations[0]!;
  const signedExample = model.operations.find((o) => o.kind === 'request' && o.signed && !o.paramsRequired);
  const stream = model.operations.find((o) => o.kind === 'subscribe');
  return {
    cliSession: fence('console', cliSession(model)),
    bannerComment: banner().split('\n').map((l) => l.replace(/^\/\/ ?/, '')).join(' '),
    title: model.title,
    packageName: model.packageName,
    clientClassName: model.clientClassName,
    defaultVersion: model.defaultVersion,
    example: { method: example.method, params: JSON.stringify(example.request.examples[0]?.payload ?? {}) },
    signedExample: signedExample ? { method: signedExample.method } : { method: example.method },
    stream: stream
      ? { method: stream.method, params: JSON.stringify(stream.request.examples[0]?.payload ?? {}), routing: stream.stream!.match[0]!.field }
      : undefined,
  };
}
