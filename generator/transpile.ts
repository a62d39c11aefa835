/**
 * Emit of one TypeScript file of the package, without a program: JavaScript and declarations, each
 * with a source map that points into the shipped src/ (so "go to definition" in a consumer's editor
 * lands in the real TypeScript), and the banner on top.
 */
import { posix } from 'node:path';
import { ts } from 'ts-morph';

export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

/**
 * `path` is relative to src/ (e.g. `runtime/client.ts`); `text` is the file as shipped in src/.
 * Returns dist/<path>.js, .js.map, .d.ts and .d.ts.map. Throws, naming the line, when the file's
 * declarations cannot be emitted without a program.
 */
export function transpileFile(path: string, text: string, compilerOptions: ts.CompilerOptions, banner: string): EmittedFile[] {
  const options: ts.CompilerOptions = { ...compilerOptions, sourceMap: true, declarationMap: true, inlineSources: false };
  const js = ts.transpileModule(text, { compilerOptions: options, fileName: path, reportDiagnostics: false });
  const dts = ts.transpileDeclaration(text, {
    compilerOptions: options,
    fileName: path,
    reportDiagnostics: true,
    transformers: { afterDeclarations: [dropLateBoundDuplicates] },
  });
  const problems = (dts.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const where = problems.map((d) => `src/${path}:${d.start === undefined ? '?' : text.slice(0, d.start).split('\n').length}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    throw new Error(`declarations cannot be emitted file by file:\n${where.join('\n')}\n(give the exported member an explicit type)`);
  }
  const jsPath = `dist/${path.replace(/\.ts$/, '.js')}`;
  const dtsPath = `dist/${path.replace(/\.ts$/, '.d.ts')}`;
  const out: EmittedFile[] = [];
  for (const [outPath, emitted] of [[jsPath, js], [dtsPath, dts]] as const) {
    const { text: withTop, added } = withBanner(emitted.outputText, banner);
    out.push({ path: outPath, text: withTop });
    out.push({ path: `${outPath}.map`, text: sourceMap(emitted.sourceMapText, outPath, `src/${path}`, added) });
  }
  return out;
}

/** Declaration emit drops the leading comment: every file keeps the banner (after a shebang). */
export function withBanner(text: string, banner: string): { text: string; added: number } {
  const cut = text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
  const body = text.slice(cut);
  if (body.startsWith('// Generated from')) return { text, added: 0 };
  return { text: `${text.slice(0, cut)}${banner}\n${body}`, added: banner.split('\n').length };
}

/** The map of `outPath`, its source named relative to it, shifted down by the lines added on top. */
function sourceMap(mapText: string | undefined, outPath: string, sourcePath: string, addedLines: number): string {
  if (mapText === undefined) throw new Error(`no source map was emitted for ${outPath}`);
  const map = JSON.parse(mapText) as { version: number; file: string; sources: string[]; mappings: string; names?: string[] };
  // A ';' starts the next generated line: lines added above the emitted text map to nothing.
  const mappings = ';'.repeat(addedLines) + map.mappings;
  return JSON.stringify({
    version: map.version,
    file: posix.basename(outPath),
    sourceRoot: '',
    sources: [posix.relative(posix.dirname(outPath), sourcePath)],
    names: map.names ?? [],
    mappings,
  }) + '\n';
}

/**
 * Without a program the declaration emitter cannot tell that `Symbol.asyncIterator` (or any
 * well-known symbol) is a unique symbol, so it also emits a class's `[Symbol.x]()` method as a
 * late-bound property `[Symbol.x]: () => …` beside the method: a duplicate identifier (TS2300) for
 * every consumer that type-checks libraries. A class cannot legally declare both, so a computed
 * property that repeats a method's computed name is always that artefact: drop it.
 */
const dropLateBoundDuplicates: ts.TransformerFactory<ts.SourceFile | ts.Bundle> = (context) => {
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isClassDeclaration(node)) {
      const key = (name: ts.PropertyName): string | undefined => (ts.isComputedPropertyName(name) ? expressionText(name.expression) : undefined);
      const methods = new Set(node.members.filter(ts.isMethodDeclaration).map((m) => key(m.name)).filter((k): k is string => k !== undefined));
      const members = node.members.filter((m) => !(ts.isPropertyDeclaration(m) && methods.has(key(m.name) ?? '\0')));
      if (members.length === node.members.length) return node;
      return context.factory.updateClassDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => (ts.isSourceFile(file) ? (ts.visitEachChild(file, visit, context) as ts.SourceFile) : file);
};

/** The text of an entity name expression (`Symbol.asyncIterator`), for nodes without source positions. */
function expressionText(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    const left = expressionText(expression.expression);
    return left === undefined ? undefined : `${left}.${expression.name.text}`;
  }
  if (ts.isStringLiteral(expression) || ts.isNumericLiteral(expression)) return JSON.stringify(expression.text);
  return undefined;
}
