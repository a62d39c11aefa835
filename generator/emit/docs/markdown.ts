/**
 * Markdown quoting: every string from the document enters the reference docs through these
 * helpers, as `names.ts` does for code. Prose keeps its code spans but cannot open a fence, a
 * heading, a block quote or raw HTML; code spans and fences are sized to their content; table
 * cells go through `cell`.
 */
import { cell } from '../../names.js';

/** An inline code span that holds any text (backtick runs inside get a longer fence). */
export function code(text: string): string {
  const s = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A code span for a table cell. */
export function codeCell(text: string): string {
  return cell(code(text));
}

/** A fenced code block that cannot be closed early by its content. */
export function fence(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/^\s*(`{3,})/gm)].map((m) => m[1]!.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${body.replace(/\s+$/, '')}\n${f}`;
}

/**
 * Document prose as Markdown: code spans (balanced backtick runs) stay as they are; outside them
 * `<`, `>` and `&` become entities (no raw HTML, comments or block quotes), and a line cannot
 * start a fence, a heading or a list marker that breaks the page's structure.
 */
export function prose(text: string | undefined): string {
  if (!text) return '';
  const src = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, ' ').trim();
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '`') {
      let n = 0;
      while (src[i + n] === '`') n++;
      const run = '`'.repeat(n);
      const close = findRun(src, run, i + n);
      if (close >= 0 && !src.slice(i + n, close).includes('\n\n')) {
        out += src.slice(i, close + n);
        i = close + n;
      } else {
        out += '\\`'.repeat(n);
        i += n;
      }
      continue;
    }
    out += ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === '\\' ? '\\\\' : ch;
    i++;
  }
  // Line starts that would change the page's structure: headings, fences, tables, rules.
  return out
    .split('\n')
    .map((line) =>
      /^\s*([-=*_])(\s*\1){2,}\s*$/.test(line)
        ? line.replace(/^(\s*)/, '$1\\')
        : line.replace(/^(\s*)(#|~|\|)/, '$1\\$2'),
    )
    .join('\n');
}

/** Index of the next run of exactly `run.length` backticks at or after `from`, or -1. */
function findRun(src: string, run: string, from: number): number {
  let j = src.indexOf(run, from);
  while (j >= 0) {
    const before = j > 0 && src[j - 1] === '`';
    const after = src[j + run.length] === '`';
    if (!before && !after) return j;
    let k = j;
    while (src[k] === '`') k++;
    j = src.indexOf(run, k);
  }
  return -1;
}

/** Prose for a table cell: one line, pipes escaped. */
export function proseCell(text: string | undefined): string {
  return cell(prose(text));
}

/** A link whose text is a code span. */
export function codeLink(text: string, href: string): string {
  return `[${code(text)}](${href})`;
}

/** Text for inside an HTML comment: `--` and `>` cannot end it; reversible with decodeURIComponent. */
export function commentValue(text: string): string {
  return text.replace(/[%<>\-\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A value as JSON in a code span (defaults, enum values). */
export function jsonCode(value: unknown): string {
  return code(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Lowercase ASCII slugs, unique within one registry (a page). */
export class Anchors {
  private readonly used = new Set<string>();
  /** Reserves an anchor the page already has (e.g. the model's operation anchors). */
  reserve(id: string): string {
    this.used.add(id);
    return id;
  }
  make(prefix: string, name: string): string {
    const slug =
      name
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'x';
    let id = `${prefix}-${slug}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}-${slug}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Collapses runs of blank lines outside code fences and ends the text with one newline. */
export function tidy(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fenceMark: string | undefined;
  for (const line of lines) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (fenceMark === undefined && m) fenceMark = m[1];
    else if (fenceMark !== undefined && m && line.trim() === fenceMark) fenceMark = undefined;
    if (fenceMark === undefined && line.trim() === '' && out.length > 0 && out[out.length - 1]!.trim() === '') continue;
    out.push(fenceMark === undefined ? line.replace(/\s+$/, '') : line);
  }
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return out.join('\n') + '\n';
}

/**
 * JSON for reading: the top level expanded, deeper containers on one line when they fit in
 * `width` columns. Parses back to the same value (JSON.parse).
 */
export function prettyJson(value: unknown, width = 96): string {
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(inline).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${jsonString(k)}: ${inline(x)}`).join(', ')} }`;
    }
    return jsonString(v);
  };
  const block = (v: unknown, indent: string, used: number, top: boolean): string => {
    const one = inline(v);
    if (v === null || typeof v !== 'object' || (!top && used + one.length <= width)) return one;
    const inner = indent + '  ';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x) => inner + block(x, inner, inner.length, false)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries
      .map(([k, x]) => {
        const head = `${inner}${jsonString(k)}: `;
        return head + block(x, inner, head.length, false);
      })
      .join(',\n')}\n${indent}}`;
  };
  return block(value, '', 0, true);
}

function jsonString(v: unknown): string {
  return (JSON.stringify(v) ?? 'null').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
