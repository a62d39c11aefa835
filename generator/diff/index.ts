/**
 * api-diff: what a change of the document does to the consumers of the generated package.
 * The document-level rules (document.ts, rules.ts) say what changed per operation; the
 * declaration-level cross-check (surface.ts) compares the public `.d.ts` of both packages,
 * generated in memory, and adds whatever a TypeScript consumer sees change that the document
 * rules did not already report at that level.
 */
import { documentChanges, readTree } from './document.js';
import { rememberedDeclarationFiles, sameDeclarations } from './digest.js';
import type { SurfaceChange } from './surface.js';
import type { Cache } from '../cache.js';
import { bumpOf, rank, sortChanges, type Change, type DiffReport } from './types.js';

export type { Change, DiffReport, Bump, Level } from './types.js';

export interface DiffOptions {
  /** Also compare the generated declarations (default true). */
  readonly declarations?: boolean;
  /** The templates folder the packages are generated with (for the declarations). */
  readonly templatesDir?: string;
  /** Already generated files of the new document's package (saves generating it again). */
  readonly afterFiles?: ReadonlyMap<string, string>;
  /** Labels of the two documents in error messages. */
  readonly labels?: readonly [string, string];
  /**
   * Results of earlier runs that depend only on their inputs' text (generator/cache.ts): the
   * packages generated for the comparison reuse the validators and compiler output of the runs
   * that generated those documents before.
   */
  readonly cache?: Cache;
  /**
   * The templates' fingerprint (diff/digest.ts): with `cache` and `afterFiles`, the old document's
   * declarations are looked up as an earlier run stored them, rather than generated again and
   * read with the compiler, when they are the same as the new package's.
   */
  readonly templatesFingerprint?: string;
}

export async function apiDiff(beforeText: string, afterText: string, options: DiffOptions = {}): Promise<DiffReport> {
  const labels = options.labels ?? ['the old document', 'the new document'];
  const trees = [readTree(beforeText, labels[0]), readTree(afterText, labels[1])] as const;
  const documentLevel: Change[] = documentChanges(beforeText, afterText, labels, trees).map(({ level, operation, where, message }) => ({ level, operation, where, message }));
  let declarations: Change[] = [];
  const { cache, afterFiles, templatesFingerprint } = options;
  // Declarations known to be the same (an earlier run stored the old package's digest): nothing to compare.
  const same = cache !== undefined && afterFiles !== undefined && templatesFingerprint !== undefined && sameDeclarations(cache, beforeText, templatesFingerprint, afterFiles);
  if (options.declarations !== false && beforeText !== afterText && !same) {
    if (!options.templatesDir) throw new Error('apiDiff: templatesDir is needed to compare the declarations');
    // Loaded only when needed: generating declarations is most of the time.
    const { declarationChanges, packageFiles } = await import('./declarations.js');
    // The old package as an earlier run stored it (diff/digest.ts), else generated again.
    const remembered = cache !== undefined && templatesFingerprint !== undefined ? rememberedDeclarationFiles(cache, beforeText, templatesFingerprint) : undefined;
    const before = remembered ?? (await packageFiles(beforeText, options.templatesDir, options.cache));
    const after = options.afterFiles ?? (await packageFiles(afterText, options.templatesDir, options.cache));
    const operations = new Set([...Object.keys(trees[0].operations ?? {}), ...Object.keys(trees[1].operations ?? {})]);
    declarations = unexplained(await declarationChanges(before, after, options.cache), documentLevel, operations);
  }
  const changes = sortChanges([...documentLevel, ...declarations]);
  return { bump: bumpOf(changes), changes };
}

/**
 * The declaration changes the document rules did not report: one is explained by a document
 * change at the same or a higher level that names the same member, value or declaration.
 */
export function unexplained(surface: readonly SurfaceChange[], documentLevel: readonly Change[], operations: ReadonlySet<string>): Change[] {
  const tokens = documentLevel.map((c) => ({
    rank: rank(c.level),
    words: new Set([c.operation ?? '', ...c.where.split('/'), ...c.message.split(/[\s"'`,()]+/)].filter((w) => w !== '')),
  }));
  const out: Change[] = [];
  for (const s of surface) {
    const explained = tokens.some((t) => t.rank >= rank(s.level) && s.keys.some((k) => t.words.has(k)));
    if (explained) continue;
    const operation = s.keys.find((k) => operations.has(k)) ?? null;
    out.push({ level: s.level, operation, where: s.where, message: `declarations: ${s.message}` });
  }
  return out;
}
