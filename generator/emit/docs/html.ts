/**
 * The reference docs as a site in one static file (docs/index.html), self-contained (no network,
 * works from file:// and any static host): a side navigation of every operation and stream,
 * grouped as the docs group them, with a search box (html/nav.ts, html/script.ts), beside the
 * Markdown pages rendered as HTML (html/render.ts), styled for light, dark and print (html/style.ts).
 */
import type { Model } from '../../model.js';
import { navigation, renderNavigation, searchIndex } from './html/nav.js';
import { escapeHtml, pageId, Renderer } from './html/render.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';

export { escapeHtml, pageId } from './html/render.js';

export interface HtmlPage {
  /** File name under docs/, e.g. `connecting.md`. */
  readonly file: string;
  /** The page's topic, shown in the navigation (e.g. `Connecting`). */
  readonly title: string;
  readonly markdown: string;
}

export function renderHtml(model: Model, pages: readonly HtmlPage[]): string {
  const files = new Set(pages.map((p) => p.file));
  const ids = new Set<string>();
  const sections = pages.map((p) => {
    const body = new Renderer(files).render(p.markdown);
    for (const m of body.matchAll(/\sid="([^"]+)"/g)) {
      if (ids.has(m[1]!)) throw new Error(`internal: the docs pages share the anchor ${m[1]}; the single HTML page needs unique anchors`);
      ids.add(m[1]!);
    }
    return `<section class="page" id="${pageId(p.file)}" aria-label="${escapeHtml(p.title)}">\n${body}</section>`;
  });
  const nav = navigation(model, pages);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(model.title)} — reference</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    renderNavigation(model.title, nav),
    '<main id="content">',
    ...sections,
    '</main>',
    `<script type="application/json" id="search-index">${searchIndex(nav)}</script>`,
    `<script>\n${SCRIPT}\n</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
