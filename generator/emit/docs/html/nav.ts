/**
 * The site's side navigation and its search index, from the model and the docs' own grouping
 * (groups.ts): the pages by topic, then every operation under its group with its versions and a
 * "signed" mark, then the events. The search index holds, per entry, the words a reader may type:
 * the operation's name and method, its destinations, its summary, its group and the names of the
 * fields of its params and reply (of an event: its destination, summary and fields).
 */
import type { Model } from '../../../model.js';
import { operationGroups } from '../groups.js';
import { SchemaDocs } from '../schema.js';
import { escapeHtml, pageId } from './render.js';

export interface NavEntry {
  readonly anchor: string;
  readonly label: string;
  /** Shown as the entry's tooltip: the destination and the summary. */
  readonly title: string;
  readonly versions: readonly string[];
  readonly signed: boolean;
  /** Lower-case words the search matches (whitespace-separated). */
  readonly search: string;
}

export interface NavGroup {
  /** Anchor of the group's heading in the content. */
  readonly anchor: string;
  readonly title: string;
  readonly entries: readonly NavEntry[];
}

export interface NavTopic {
  readonly anchor: string;
  readonly title: string;
}

export interface Navigation {
  readonly topics: readonly NavTopic[];
  readonly groups: readonly NavGroup[];
}

/** Anchor of the operations page's events heading (templates/hbs/docs/operations.md.hbs). */
const EVENTS_ANCHOR = 'events';

export function navigation(model: Model, pages: readonly { file: string; title: string }[]): Navigation {
  const fields = new SchemaDocs(model.schemas, () => '');
  const fieldNames = (schema: string) => fields.rows(schema).map((r) => r.path);
  const words = (parts: readonly (string | undefined)[]) =>
    [...new Set(parts.filter((p): p is string => !!p).join(' ').toLowerCase().split(/\s+/).filter(Boolean))].join(' ');
  const groups: NavGroup[] = operationGroups(model).map((g) => ({
    anchor: g.id,
    title: g.title,
    entries: g.operations.map((op) => {
      const destinations = [...new Set(Object.values(op.destinations))];
      return {
        anchor: op.anchor,
        label: op.id,
        title: [destinations.join(', ') || op.channelAddress, op.summary].filter(Boolean).join(' — '),
        versions: op.versions,
        signed: op.signed,
        search: words([op.id, op.method, op.channelAddress, ...destinations, op.summary, g.title, op.signed ? 'signed' : '', ...fieldNames(op.request.schema), ...fieldNames(op.reply.schema)]),
      };
    }),
  }));
  if (model.events.length > 0) {
    groups.push({
      anchor: EVENTS_ANCHOR,
      title: 'Events',
      entries: model.events.map((ev) => ({
        anchor: ev.anchor,
        label: ev.destination,
        title: ev.summary || ev.message.summary,
        versions: [],
        signed: false,
        search: words([ev.id, ev.destination, ev.summary, ev.message.summary, 'event', ...fieldNames(ev.message.schema)]),
      })),
    });
  }
  return { topics: pages.map((p) => ({ anchor: pageId(p.file), title: p.title })), groups };
}

export function renderNavigation(title: string, nav: Navigation): string {
  const topics = nav.topics.map((t) => `<li><a href="#${escapeHtml(t.anchor)}">${escapeHtml(t.title)}</a></li>`).join('');
  const groups = nav.groups.map((g) => {
    const items = g.entries.map((e) => {
      const badges = [...e.versions.map((v) => `<span class="badge">${escapeHtml(v)}</span>`), e.signed ? '<span class="badge signed" title="Signed: the client signs it with your API key and secret">signed</span>' : ''].join('');
      return `<li data-anchor="${escapeHtml(e.anchor)}"><a class="entry" href="#${escapeHtml(e.anchor)}" title="${escapeHtml(e.title)}"><span class="name">${escapeHtml(e.label)}</span>${badges ? `<span class="badges">${badges}</span>` : ''}</a></li>`;
    });
    return `<div class="group">\n<h2 class="group-title"><a href="#${escapeHtml(g.anchor)}">${escapeHtml(g.title)}</a></h2>\n<ul>\n${items.join('\n')}\n</ul>\n</div>`;
  });
  return [
    '<nav id="nav" aria-label="Reference">',
    `<a class="home" href="#${escapeHtml(nav.topics[0]?.anchor ?? '')}">${escapeHtml(title)}</a>`,
    '<div class="search" role="search"><input id="search" type="search" placeholder="Search operations, fields…" aria-label="Search operations by name, destination, summary or field" aria-keyshortcuts="/" autocomplete="off" spellcheck="false"><kbd>/</kbd></div>',
    `<ul class="topics">${topics}</ul>`,
    ...groups,
    '<p id="search-empty" hidden>No operation matches.</p>',
    '</nav>',
  ].join('\n');
}

/** The search index as JSON safe inside a `<script>` element: entry anchor → its words. */
export function searchIndex(nav: Navigation): string {
  const index = Object.fromEntries(nav.groups.flatMap((g) => g.entries.map((e) => [e.anchor, e.search])));
  return JSON.stringify(index).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
