/**
 * The generator prints its TypeScript in final form and runs no formatter (generator/emit/compile.ts):
 * these helpers hold a generated source to what the TypeScript formatter (through ts-morph, 2-space
 * indentation) would make of it.
 */
import { Project } from 'ts-morph';

let project: Project | undefined;

/** `text` as the TypeScript formatter leaves it. */
export function formatted(path: string, text: string): string {
  project ??= new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile(`/check/${path}`, text, { overwrite: true });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true });
  return file.getFullText();
}

/**
 * Sources under src/ that the generator prints (the templates of templates/hbs and the types),
 * not the hand-written runtime it copies nor ajv's standalone validators.
 */
export function isPrintedSource(path: string): boolean {
  return /^src\/[^/]+\.ts$/.test(path) || path === 'src/validators/all.ts' || path === 'src/validators/lazy.ts';
}

/** The first line where `text` and its formatted form differ, or undefined when it is in final form. */
export function firstUnformattedLine(path: string, text: string): string | undefined {
  const want = formatted(path, text).split('\n');
  const got = text.split('\n');
  const at = got.findIndex((line, i) => line !== want[i]);
  if (at === -1 && got.length === want.length) return undefined;
  const i = at === -1 ? Math.min(got.length, want.length) : at;
  return `${path}:${i + 1}: printed ${JSON.stringify(got[i])}, formatted ${JSON.stringify(want[i])}`;
}
