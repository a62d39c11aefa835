/**
 * docs/changes.md: the package's changelog as a page of the reference docs, newest version first.
 * The entries are the ones the generator keeps in CHANGELOG.md (generator/diff/release.ts); their
 * bodies are Markdown the generator wrote (document strings in them are already escaped), shown
 * one heading level down.
 */
import type { ChangelogEntry } from '../../diff/release.js';
import { render } from '../../render.js';

export interface ChangesPageContext {
  readonly entries: readonly { anchor: string; heading: string; body: string }[];
}

export function changesContext(entries: readonly ChangelogEntry[]): ChangesPageContext {
  return {
    entries: entries.map((e) => ({
      anchor: `v${e.version.replace(/\./g, '-')}`,
      heading: `${e.version}${e.bump ? ` — ${e.bump}` : ''}${e.date ? `, ${e.date}` : ''}`,
      body: e.body.replace(/^(#{2,5}) /gm, '#$1 '),
    })),
  };
}

export async function renderChangesPage(templatesDir: string, common: { bannerComment: string; nav: string }, entries: readonly ChangelogEntry[]): Promise<string> {
  return render(templatesDir, 'docs/changes.md.hbs', { ...common, ...changesContext(entries) });
}
