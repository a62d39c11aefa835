/** What a change of the document means to a consumer of the generated package. */

/** `breaking` → major, `non-breaking` → minor, `docs` → patch. */
export type Level = 'breaking' | 'non-breaking' | 'docs';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface Change {
  readonly level: Level;
  /** The operationId the change belongs to, or null for document-wide changes. */
  readonly operation: string | null;
  /** A JSON pointer into the (dereferenced) document, or the TypeScript name of a declaration. */
  readonly where: string;
  readonly message: string;
}

export interface DiffReport {
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

const RANK: Record<Level, number> = { docs: 1, 'non-breaking': 2, breaking: 3 };
const BUMP_OF: Record<number, Bump> = { 0: 'none', 1: 'patch', 2: 'minor', 3: 'major' };

export function rank(level: Level): number {
  return RANK[level];
}

/** The semver bump a set of changes needs: the highest level among them. */
export function bumpOf(changes: readonly Change[]): Bump {
  return BUMP_OF[changes.reduce((m, c) => Math.max(m, RANK[c.level]), 0)]!;
}

/** Breaking first, then by operation (document-wide last), then where. Stable for equal keys. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      RANK[b.level] - RANK[a.level] ||
      cmp(a.operation ?? '\uffff', b.operation ?? '\uffff') ||
      cmp(a.where, b.where) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A problem with one of the two documents, worded for whoever runs the comparison. It lives here,
 * not beside the comparison (document.ts), so that the CLI can recognise it without loading
 * @asyncapi/diff and `yaml` on every run.
 */
export class DiffInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffInputError';
  }
}
