/**
 * The reference docs as one static HTML page (docs/index.html): the Markdown the docs emitter
 * writes, rendered by a small renderer for exactly the subset it writes (headings, paragraphs,
 * lists, block quotes, tables, fenced code, code spans, links, bold, `<a id>` anchors and
 * comments). Links between the pages become links inside the page; no external resources.
 */

export interface HtmlPage {
  /** File name under docs/, e.g. `connecting.md`. */
  readonly file: string;
  readonly markdown: string;
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; }
nav.pages { position: sticky; top: 0; background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: .5em 1em; }
nav.pages a { margin-right: 1em; }
main { max-width: 72em; margin: 0 auto; padding: 0 1em 4em; }
section.page { border-top: 2px solid #d0d7de; margin-top: 2em; }
code, pre { font: 13px/1.45 ui-monospace, monospace; background: #f6f8fa; }
code { padding: .1em .3em; border-radius: 4px; }
pre { padding: 1em; overflow: auto; border-radius: 6px; }
pre code { padding: 0; }
table { border-collapse: collapse; margin: 1em 0; display: block; overflow: auto; }
th, td { border: 1px solid #d0d7de; padding: .3em .6em; vertical-align: top; text-align: left; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #d4a72c; background: #fff8c5; }
h3 { border-bottom: 1px solid #d8dee4; padding-bottom: .2em; margin-top: 2em; }
`.trim();

export function pageId(file: string): string {
  return 'page-' + file.replace(/\.md$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function renderHtml(title: string, pages: readonly HtmlPage[]): string {
  const files = new Set(pages.map((p) => p.file));
  const ids = new Set<string>();
  const sections = pages.map((p) => {
    const body = new Renderer(files).render(p.markdown);
    for (const m of body.matchAll(/\sid="([^"]+)"/g)) {
      if (ids.has(m[1]!)) throw new Error(`internal: the docs pages share the anchor ${m[1]}; the single HTML page needs unique anchors`);
      ids.add(m[1]!);
    }
    return `<section class="page" id="${pageId(p.file)}">\n${body}</section>`;
  });
  const nav = pages.map((p) => `<a href="#${pageId(p.file)}">${escapeHtml(p.file)}</a>`).join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — reference</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<nav class="pages">\n${nav}\n</nav>`,
    '<main>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text outside code: escapes HTML but keeps the entities the Markdown already has. */
function escapeText(text: string): string {
  return text
    .replace(/&(?!(?:lt|gt|amp|quot|#\d+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

class Renderer {
  constructor(private readonly files: ReadonlySet<string>) {}

  render(markdown: string): string {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const out: string[] = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.trim() === '') {
        i++;
        continue;
      }
      const fence = /^(`{3,})(\S*)\s*$/.exec(line);
      if (fence) {
        const body: string[] = [];
        i++;
        while (i < lines.length && lines[i]!.trim() !== fence[1]) body.push(lines[i++]!);
        i++;
        const lang = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : '';
        out.push(`<pre><code${lang}>${escapeHtml(body.join('\n'))}</code></pre>`);
        continue;
      }
      if (/^<!--.*-->\s*$/.test(line)) {
        out.push(line);
        i++;
        continue;
      }
      const anchor = /^<a id="([^"]+)"><\/a>\s*$/.exec(line);
      if (anchor) {
        out.push(`<a id="${escapeHtml(anchor[1]!)}"></a>`);
        i++;
        continue;
      }
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) {
        const n = heading[1]!.length;
        out.push(`<h${n}>${this.inline(heading[2]!)}</h${n}>`);
        i++;
        continue;
      }
      if (line.startsWith('|') && i + 1 < lines.length && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1]!)) {
        const head = cells(line);
        i += 2;
        const rows: string[][] = [];
        while (i < lines.length && lines[i]!.startsWith('|')) rows.push(cells(lines[i++]!));
        out.push(
          '<table>',
          `<thead><tr>${head.map((c) => `<th>${this.inline(c)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...rows.map((r) => `<tr>${head.map((_, k) => `<td>${this.inline(r[k] ?? '')}</td>`).join('')}</tr>`),
          '</tbody>',
          '</table>',
        );
        continue;
      }
      if (line.startsWith('>')) {
        const body: string[] = [];
        while (i < lines.length && lines[i]!.startsWith('>')) body.push(lines[i++]!.replace(/^>\s?/, ''));
        out.push(`<blockquote>\n${this.render(body.join('\n'))}</blockquote>`);
        continue;
      }
      if (/^\s*- /.test(line)) {
        const items: string[] = [];
        while (i < lines.length && lines[i]!.trim() !== '' && !/^(`{3,}|#|\||>)/.test(lines[i]!)) items.push(lines[i++]!);
        out.push(this.list(items));
        continue;
      }
      const para: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !/^(`{3,}|#{1,6}\s|\||>|<!--|<a id=)/.test(lines[i]!)) {
        if (para.length > 0 && /^\s*- /.test(lines[i]!)) break;
        para.push(lines[i++]!.trim());
      }
      if (para.length === 0) {
        // a line no block rule takes: show it as text
        para.push(lines[i++]!.trim());
      }
      out.push(`<p>${this.inline(para.join('\n'))}</p>`);
    }
    return out.join('\n') + '\n';
  }

  /** A (nested) list from its lines: `- ` items, deeper by two spaces, continuation lines appended. */
  private list(lines: string[]): string {
    interface Item {
      text: string;
      children: string[];
    }
    const base = /^(\s*)/.exec(lines[0]!)![1]!.length;
    const items: Item[] = [];
    for (const line of lines) {
      const indent = /^(\s*)/.exec(line)![1]!.length;
      const item = /^\s*- (.*)$/.exec(line);
      if (item && indent === base) items.push({ text: item[1]!, children: [] });
      else if (items.length > 0 && item) items[items.length - 1]!.children.push(line);
      else if (items.length > 0) {
        const last = items[items.length - 1]!;
        if (last.children.length > 0) last.children[last.children.length - 1] += ' ' + line.trim();
        else last.text += '\n' + line.trim();
      }
    }
    return `<ul>\n${items.map((it) => `<li>${this.inline(it.text)}${it.children.length > 0 ? '\n' + this.list(it.children) : ''}</li>`).join('\n')}\n</ul>`;
  }

  inline(text: string): string {
    let out = '';
    let i = 0;
    let plain = '';
    const flush = () => {
      out += this.plain(plain);
      plain = '';
    };
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
        plain += text[i + 1] === '\\' ? '\\' : `\u0000${text[i + 1]}`;
        i += 2;
        continue;
      }
      if (ch === '`') {
        const span = codeSpan(text, i);
        if (span) {
          flush();
          out += `<code>${escapeHtml(span.content)}</code>`;
          i = span.end;
          continue;
        }
        let n = 0;
        while (text[i + n] === '`') n++;
        plain += '`'.repeat(n);
        i += n;
        continue;
      }
      if (ch === '<') {
        const anchor = /^<a id="([^"<>]+)"><\/a>/.exec(text.slice(i));
        if (anchor) {
          flush();
          out += `<a id="${escapeHtml(anchor[1]!)}"></a>`;
          i += anchor[0].length;
          continue;
        }
      }
      if (ch === '[') {
        const link = linkAt(text, i);
        if (link) {
          flush();
          out += `<a href="${escapeHtml(this.href(link.href))}">${this.inline(link.text)}</a>`;
          i = link.end;
          continue;
        }
      }
      plain += ch;
      i++;
    }
    flush();
    return out;
  }

  /** Plain text: bold, escapes, line breaks. */
  private plain(text: string): string {
    return escapeText(text)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\u0000(.)/g, (_m, c: string) => escapeText(c));
  }

  private href(href: string): string {
    const m = /^([^#/:]+\.md)?(?:#(.*))?$/.exec(href);
    if (!m || (m[1] !== undefined && !this.files.has(m[1]))) return href;
    if (m[2] !== undefined && m[2] !== '') return `#${m[2]}`;
    return m[1] ? `#${pageId(m[1])}` : href;
  }
}

/** The cells of a table row; `\|` is a pipe inside a cell. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\' && inner[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** A code span starting at `i` (a run of n backticks closed by a run of exactly n). */
function codeSpan(text: string, i: number): { content: string; end: number } | undefined {
  let n = 0;
  while (text[i + n] === '`') n++;
  let j = i + n;
  while (j < text.length) {
    const k = text.indexOf('`', j);
    if (k < 0) return undefined;
    let m = 0;
    while (text[k + m] === '`') m++;
    if (m === n) {
      let content = text.slice(i + n, k).replace(/\n/g, ' ');
      if (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
      return { content, end: k + m };
    }
    j = k + m;
  }
  return undefined;
}

/** `[text](href)` at `i`; the text may hold code spans and brackets. */
function linkAt(text: string, i: number): { text: string; href: string; end: number } | undefined {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const ch = text[j]!;
    if (ch === '\\') {
      j += 2;
      continue;
    }
    if (ch === '`') {
      const span = codeSpan(text, j);
      if (span) {
        j = span.end;
        continue;
      }
    }
    if (ch === '[') depth++;
    if (ch === ']') {
      depth--;
      if (depth === 0) break;
    }
    j++;
  }
  if (depth !== 0 || text[j + 1] !== '(') return undefined;
  const close = text.indexOf(')', j + 2);
  if (close < 0) return undefined;
  const href = text.slice(j + 2, close);
  if (/\s/.test(href)) return undefined;
  return { text: text.slice(i + 1, j), href, end: close + 1 };
}
