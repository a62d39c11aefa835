/**
 * The Markdown the docs emitter writes, as HTML: a small renderer for exactly the subset it writes
 * (headings, paragraphs, lists, block quotes, tables, fenced code, code spans, links, bold,
 * `<a id>` anchors and comments). Links between the pages become links inside the one HTML page.
 * For the site it also turns each example frame (a `<!-- example: … -->` marker before a fence)
 * into a figure with a copy button, attaches a signed request's canonical string (a
 * `<!-- canonical -->` marker before a fence) to its figure, sets runs of examples side by side,
 * puts every table in its own scrolling box, and leaves out the pages' own navigation line (the
 * site has its side navigation).
 */

export function pageId(file: string): string {
  return 'page-' + file.replace(/\.md$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
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

const KIND_LABEL: Record<string, string> = { request: 'request', reply: 'reply', event: 'event', error: 'error reply' };

export class Renderer {
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
        const { html, end } = fenced(lines, i, fence[1]!, fence[2]!);
        out.push(html);
        i = end;
        continue;
      }
      const example = /^<!-- example: (\w+) (\S*) -->\s*$/.exec(line);
      const exampleFence = example && i + 1 < lines.length ? /^(`{3,})(\S*)\s*$/.exec(lines[i + 1]!) : null;
      if (example && exampleFence) {
        const { html, end } = fenced(lines, i + 1, exampleFence[1]!, exampleFence[2]!);
        // the example's title is the paragraph right before its marker
        const caption = out.length > 0 && out[out.length - 1]!.startsWith('<p>') ? out.pop()!.slice(3, -4) : '';
        const kind = example[1]!;
        const label = KIND_LABEL[kind] ?? kind;
        out.push(
          `<figure class="example" data-kind="${escapeHtml(kind)}" data-destination="${escapeHtml(decodeMarker(example[2]!))}">`,
          caption ? `<figcaption>${caption}</figcaption>` : '',
          `<div class="frame"><button type="button" class="copy" aria-label="Copy this ${escapeHtml(label)} frame">Copy</button>${html}</div>`,
          '</figure>',
        );
        i = end;
        continue;
      }
      const canonicalFence = /^<!-- canonical -->\s*$/.test(line) && i + 1 < lines.length ? /^(`{3,})(\S*)\s*$/.exec(lines[i + 1]!) : null;
      if (canonicalFence) {
        const { html, end } = fenced(lines, i + 1, canonicalFence[1]!, canonicalFence[2]!);
        const intro = out.length > 0 && out[out.length - 1]!.startsWith('<p>') ? out.pop()!.slice(3, -4) : '';
        const block = `<div class="canonical">${intro ? `<p>${intro}</p>` : ''}<div class="frame"><button type="button" class="copy" aria-label="Copy the canonical string">Copy</button>${html}</div></div>`;
        // it belongs to the request figure right before it
        if (out.length > 0 && out[out.length - 1] === '</figure>') out.splice(out.length - 1, 0, block);
        else out.push(block);
        i = end;
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
          '<div class="table-wrap"><table>',
          `<thead><tr>${head.map((c) => `<th>${this.inline(c)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...rows.map((r) => `<tr>${head.map((_, k) => `<td>${this.inline(r[k] ?? '')}</td>`).join('')}</tr>`),
          '</tbody>',
          '</table></div>',
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
      // the pages' own navigation line (links to page tops only): the site's side navigation replaces it
      if (para.length === 1 && this.isPageNavigation(para[0]!)) continue;
      out.push(`<p>${this.inline(para.join('\n'))}</p>`);
    }
    // a run of example figures sits side by side
    return out.filter((x) => x !== '').join('\n').replace(/(?:<figure class="example"[\s\S]*?<\/figure>\n?)+/g, (run) => `<div class="examples">\n${run.replace(/\n$/, '')}\n</div>\n`) + '\n';
  }

  private isPageNavigation(line: string): boolean {
    const links = [...line.matchAll(/\[([^\]]+)\]\(([^)#\s]+)\)/g)];
    return links.length > 1 && links.every((l) => this.files.has(l[2]!)) && line.replace(/\[([^\]]+)\]\(([^)#\s]+)\)/g, '').replace(/[\s·|]/g, '') === '';
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
          out += `<code>${breakable(span.content)}</code>`;
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


/** A fenced code block from its opening line to after its closing fence. */
function fenced(lines: readonly string[], open: number, mark: string, lang: string): { html: string; end: number } {
  const body: string[] = [];
  let i = open + 1;
  while (i < lines.length && lines[i]!.trim() !== mark) body.push(lines[i++]!);
  const cls = lang ? ` class="language-${escapeHtml(lang)}"` : '';
  return { html: `<pre><code${cls}>${escapeHtml(body.join('\n'))}</code></pre>`, end: i + 1 };
}

/** The destination of an example marker (percent-encoded where needed). */
function decodeMarker(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A code span's text, allowed to break after a `/` of a long path (a `<wbr>`: no character is added). */
function breakable(content: string): string {
  const html = escapeHtml(content);
  return content.length > 24 ? html.replace(/(?<=[^\s/])\/(?=[^\s/])/g, '/<wbr>') : html;
}
