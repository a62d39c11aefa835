/** The report, for people (Markdown that pastes into release notes) and for programs (JSON). */
import type { Change, DiffReport, Level } from './types.js';

const HEADINGS: Record<Level, string> = {
  breaking: 'Breaking changes',
  'non-breaking': 'Non-breaking changes',
  docs: 'Documentation',
};

const BUMP_TEXT = {
  major: 'a major version (breaking changes)',
  minor: 'a minor version (additions, nothing breaks)',
  patch: 'a patch version (documentation only)',
  none: 'no new version (nothing a consumer sees changed)',
} as const;

/** `{ bump, changes }` with each change's four fields, one JSON object. */
export function toJson(report: DiffReport): string {
  return JSON.stringify(
    { bump: report.bump, changes: report.changes.map(({ level, operation, where, message }) => ({ level, operation, where, message })) },
    null,
    2,
  );
}

/** Markdown lists per level, each change as `` `operation`: message ``; `where` added when asked. */
export function changeLists(changes: readonly Change[], options: { where?: boolean; headingLevel?: number } = {}): string {
  const hashes = '#'.repeat(options.headingLevel ?? 3);
  const out: string[] = [];
  for (const level of ['breaking', 'non-breaking', 'docs'] as const) {
    const these = changes.filter((c) => c.level === level);
    if (these.length === 0) continue;
    out.push(`${hashes} ${HEADINGS[level]}`, '');
    for (const c of these) {
      const op = c.operation === null ? '' : `\`${c.operation.replace(/`/g, "'")}\`: `;
      const at = options.where ? ` (at \`${c.where.replace(/`/g, "'")}\`)` : '';
      out.push(`- ${op}${escapeMarkdown(c.message)}${at}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The readable report of `npm run api-diff`. */
export function toText(report: DiffReport, from: string, to: string): string {
  const counts = (['breaking', 'non-breaking', 'docs'] as const).map((l) => `${report.changes.filter((c) => c.level === l).length} ${l}`).join(', ');
  const head = `## API changes from ${from} to ${to}\n\nThe package needs ${BUMP_TEXT[report.bump]}: **${report.bump}**. ${report.changes.length === 0 ? 'No changes.' : `${report.changes.length} change(s): ${counts}.`}\n`;
  return report.changes.length === 0 ? head : `${head}\n${changeLists(report.changes, { where: true })}`;
}

/** One line for the generator's output. */
export function summaryLine(report: DiffReport): string {
  const counts = (['breaking', 'non-breaking', 'docs'] as const)
    .map((l) => [l, report.changes.filter((c) => c.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
  return `${report.bump} (${counts || 'no changes'})`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
