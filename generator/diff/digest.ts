/**
 * What the change report's declaration cross-check (surface.ts) would read of a package, as one
 * digest: every `.d.ts` under dist/ with its comments removed and its whitespace normalised, and
 * the package.json fields that name the entry points. Two packages with the same digest have the
 * same declarations token for token, so their surfaces are the same and the compiler need not be
 * loaded to compare them. Each run stores the digest of the package it generates, by document
 * and templates (rememberDeclarations), with the files the cross-check reads; the next run,
 * given an edited document, finds the old document's digest there (sameDeclarations) and, when the
 * declarations differ, its files, instead of generating the old package again.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Cache } from '../cache.js';

/**
 * The text without comments, each run of whitespace one space (one newline where it held one);
 * strings are kept as they are. undefined where this scanner cannot be sure of the tokens: a
 * template literal with a substitution, an unterminated string or comment.
 */
export function withoutComments(text: string): string | undefined {
  let out = '';
  let i = 0;
  const n = text.length;
  let space = ''; // pending whitespace: '', ' ' or '\n'
  const emit = (s: string): void => {
    if (space !== '' && out !== '') out += space;
    space = '';
    out += s;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
      if (space === '') space = ' '; // a comment separates tokens as a space does
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && text[j] !== c) {
        if (text[j] === '\\') j++;
        else if (c === '`' && text[j] === '$' && text[j + 1] === '{') return undefined;
        else if (c !== '`' && text[j] === '\n') return undefined;
        j++;
      }
      if (j >= n) return undefined;
      emit(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (c === '\n') space = '\n';
      else if (space === '') space = ' ';
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !' \t\r\n/"\'`'.includes(text[j]!)) j++;
    emit(text.slice(i, j));
    i = j;
  }
  return out;
}

/** The digest of a package's declarations (files: path → text), or undefined (see withoutComments). */
export function declarationDigest(files: ReadonlyMap<string, string>): string | undefined {
  const hash = createHash('sha256');
  const pkg = JSON.parse(files.get('package.json') ?? '{}') as { exports?: unknown; types?: unknown };
  hash.update(JSON.stringify([pkg.exports ?? null, pkg.types ?? null]));
  const paths = [...files.keys()].filter((p) => p.startsWith('dist/') && p.endsWith('.d.ts')).sort();
  for (const path of paths) {
    const text = withoutComments(files.get(path)!);
    if (text === undefined) return undefined;
    hash.update('\0').update(path).update('\0').update(text);
  }
  return hash.digest('hex');
}

/** Every file under the templates folder, path and text: a change to any is a change to what is generated. */
export async function templatesFingerprint(templatesDir: string): Promise<string> {
  const entries = await readdir(templatesDir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  // Read together (a run pays this on every generation): hashed in a fixed order.
  const texts = await Promise.all(paths.map((path) => readFile(path)));
  const hash = createHash('sha256');
  paths.forEach((path, i) => hash.update('\0').update(relative(templatesDir, path)).update('\0').update(texts[i]!));
  return hash.digest('hex');
}

/** What the declaration cross-check reads of a package: package.json and every dist `.d.ts`. */
function declarationFiles(files: ReadonlyMap<string, string>): [string, string][] {
  return [...files].filter(([path]) => path === 'package.json' || (path.startsWith('dist/') && path.endsWith('.d.ts')));
}

/**
 * Stores, once per document and templates, the digest of the package generated from
 * `documentText` and the files the declaration cross-check reads of it: a later run given an
 * edited document compares with these instead of generating the old package again.
 */
export function rememberDeclarations(cache: Cache, documentText: string, templates: string, files: ReadonlyMap<string, string>): void {
  const key = [documentText, templates];
  if (cache.get('declarations', key) !== undefined) return;
  const digest = declarationDigest(files);
  cache.set('declaration-files', key, declarationFiles(files));
  cache.set('declarations', key, { digest: digest ?? null }); // null: the scanner could not be sure
}

/** The declaration files an earlier run stored for the package of `documentText` (rememberDeclarations), if any. */
export function rememberedDeclarationFiles(cache: Cache, documentText: string, templates: string): ReadonlyMap<string, string> | undefined {
  const stored = cache.get<[string, string][]>('declaration-files', [documentText, templates]);
  return stored === undefined ? undefined : new Map(stored);
}

/**
 * Whether the package generated from `beforeText` (as an earlier run stored it) has the same
 * declarations as `afterFiles`; false when that is not known.
 */
export function sameDeclarations(cache: Cache, beforeText: string, templates: string, afterFiles: ReadonlyMap<string, string>): boolean {
  const before = cache.get<{ digest: string | null }>('declarations', [beforeText, templates])?.digest;
  return typeof before === 'string' && before === declarationDigest(afterFiles);
}
