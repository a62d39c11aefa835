/**
 * Versions and the changelog of the generated package, from the document.
 *
 * The package ships a copy of the document it was generated from (`asyncapi.yaml`) and its
 * `CHANGELOG.md`. When the document differs from that copy, the two are compared (api-diff), the
 * version in the changelog's newest entry is bumped by what the comparison says, and a new entry,
 * dated the day it is generated, is put on top. Older entries are carried over as they are: their
 * dates are never computed again, so generating the same document gives the same files on any day
 * and `--check` passes wherever it runs. The package.json version is the newest entry's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bump, DiffReport } from './types.js';
import { changeLists } from './report.js';

export const SOURCE_COPY = 'asyncapi.yaml';
export const CHANGELOG = 'CHANGELOG.md';

export interface ChangelogEntry {
  readonly version: string;
  /** What the entry bumped; `null` on the first entry. */
  readonly bump: Exclude<Bump, 'none'> | null;
  /** YYYY-MM-DD, the day the entry was generated; `null` on the first entry. */
  readonly date: string | null;
  /** The Markdown below the heading, as written. */
  readonly body: string;
}

export interface Release {
  readonly version: string;
  readonly entries: readonly ChangelogEntry[];
  /** The comparison with the previous document, when it differed. */
  readonly report?: DiffReport;
  /** Where the previous document came from. */
  readonly previous?: string;
}

/** A release state that cannot be carried on (a hand-edited changelog, say). */
export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

const INTRO = [
  '# Changelog',
  '',
  'What each version of this package changed for the code that uses it, found by comparing the',
  'AsyncAPI document it is generated from with the previous one (`npm run api-diff`). Breaking',
  'changes make a major version, additions a minor one, documentation a patch.',
  '',
].join('\n');

const HEADING = /^## (\d+\.\d+\.\d+)(?: \((major|minor|patch)\))?(?: — (\d{4}-\d{2}-\d{2}))?[ \t]*$/;

export function parseChangelog(text: string, label = CHANGELOG): ChangelogEntry[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const entries: { version: string; bump: ChangelogEntry['bump']; date: string | null; body: string[] }[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('## ')) {
      const m = HEADING.exec(line);
      if (!m) throw new ReleaseError(`${label}:${i + 1}: a version heading must read "## X.Y.Z (major|minor|patch) — YYYY-MM-DD" (or "## X.Y.Z" for the first), not "${line}"`);
      entries.push({ version: m[1]!, bump: (m[2] as ChangelogEntry['bump']) ?? null, date: m[3] ?? null, body: [] });
    } else if (entries.length > 0) {
      entries.at(-1)!.body.push(line);
    }
  }
  if (entries.length === 0) throw new ReleaseError(`${label} has no version entry: delete it with ${SOURCE_COPY} to start the history again`);
  const result = entries.map((e) => ({ ...e, body: e.body.join('\n').trim() }));
  // Oldest first: every entry must be its predecessor's version bumped as it says.
  for (let i = result.length - 2; i >= 0; i--) {
    const e = result[i]!;
    const prev = result[i + 1]!;
    if (!e.bump || !e.date) throw new ReleaseError(`${label}: the entry ${e.version} needs its bump and date ("## ${e.version} (minor) — YYYY-MM-DD")`);
    const want = bumpVersion(prev.version, e.bump);
    if (want !== e.version) throw new ReleaseError(`${label}: ${e.version} does not follow ${prev.version} by a ${e.bump} bump (that gives ${want})`);
  }
  return result;
}

export function renderChangelog(entries: readonly ChangelogEntry[]): string {
  const parts = entries.map((e) => {
    const head = `## ${e.version}${e.bump ? ` (${e.bump})` : ''}${e.date ? ` — ${e.date}` : ''}`;
    return `${head}\n\n${e.body}\n`;
  });
  return `${INTRO}\n${parts.join('\n')}`;
}

export function bumpVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new ReleaseError(`${version} is not a version of the form X.Y.Z`);
  const [maj, min, pat] = [Number(m[1]), Number(m[2]), Number(m[3])];
  switch (bump) {
    case 'major':
      return `${maj + 1}.0.0`;
    case 'minor':
      return `${maj}.${min + 1}.0`;
    case 'patch':
      return `${maj}.${min}.${pat + 1}`;
    default:
      return version;
  }
}

/** The first entry of a package that has no history yet. */
export function initialRelease(version: string): Release {
  return {
    version,
    entries: [{ version, bump: null, date: null, body: 'The first version generated from the document.' }],
  };
}

/** Today as YYYY-MM-DD (UTC); SOURCE_DATE_EPOCH (seconds) wins when set, for reproducible builds. */
export function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

export interface ResolveOptions {
  /** The package folder on disk (its previous document copy and changelog are read from it). */
  readonly outDir: string;
  /** The document being generated, as text. */
  readonly specText: string;
  /** The version a package without history starts at. */
  readonly initialVersion: string;
  /** Compares the previous document with this one. */
  readonly compare: (previousText: string) => Promise<DiffReport>;
  /** The day a new entry is dated (default: today). */
  readonly date?: string;
}

/** The release the package on disk and the document call for. */
export async function resolveRelease(options: ResolveOptions): Promise<Release> {
  const previousText = await readOptional(join(options.outDir, SOURCE_COPY));
  const changelogText = await readOptional(join(options.outDir, CHANGELOG));
  if (previousText === undefined || changelogText === undefined) return initialRelease(options.initialVersion);
  const entries = parseChangelog(changelogText, join(options.outDir, CHANGELOG));
  const top = entries[0]!;
  if (previousText === options.specText) return { version: top.version, entries };
  const report = await options.compare(previousText);
  const previous = join(options.outDir, SOURCE_COPY);
  if (report.bump === 'none') return { version: top.version, entries, report, previous };
  const version = bumpVersion(top.version, report.bump);
  const entry: ChangelogEntry = { version, bump: report.bump, date: options.date ?? today(), body: changeLists(report.changes, { headingLevel: 3 }).trim() };
  return { version, entries: [entry, ...entries], report, previous };
}

/** package.json text with its version replaced (key order kept). */
export function withVersion(packageJson: string, version: string): string {
  const pkg = JSON.parse(packageJson) as Record<string, unknown>;
  pkg.version = version;
  return JSON.stringify(pkg, null, 2) + '\n';
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
