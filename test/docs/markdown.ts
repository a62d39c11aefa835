/** Reading the generated Markdown docs back: example frames, links, anchors, tables, fences. */

export type ExampleKind = 'request' | 'reply' | 'event' | 'error';

export interface Example {
  readonly kind: ExampleKind;
  readonly destination: string;
  readonly frame: Record<string, any>;
  readonly line: number;
}

/** Every example frame: a `<!-- example: kind destination -->` comment right before a ```json fence. */
export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const re = /<!-- example: (\w+) (\S*) -->\n(`{3,})json\n([\s\S]*?)\n\3\n/g;
  for (const m of markdown.matchAll(re)) {
    out.push({
      kind: m[1] as ExampleKind,
      destination: decodeURIComponent(m[2]!),
      frame: JSON.parse(m[4]!),
      line: markdown.slice(0, m.index).split('\n').length,
    });
  }
  return out;
}

/** How many example markers a page has (to prove every marker was parsed). */
export function markerCount(markdown: string): number {
  return [...markdown.matchAll(/<!-- example: /g)].length;
}

/** The body of the fenced block right after a `<!-- name -->` comment. */
export function blockAfter(markdown: string, name: string): string | undefined {
  const m = new RegExp(`<!-- ${name} -->\\n(\`{3,})\\w*\\n([\\s\\S]*?)\\n\\1\\n`).exec(markdown);
  return m?.[2];
}

/** Markdown without fenced code blocks and code spans (what links and anchors live in). */
export function proseOnly(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && m) {
      fence = m[1];
      out.push('');
      continue;
    }
    if (fence !== undefined) {
      if (line.trim() === fence) fence = undefined;
      out.push('');
      continue;
    }
    out.push(stripCodeSpans(line));
  }
  return out.join('\n');
}

function stripCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] === '`') {
      let n = 0;
      while (line[i + n] === '`') n++;
      const run = '`'.repeat(n);
      let j = line.indexOf(run, i + n);
      while (j >= 0 && (line[j + n] === '`' || line[j - 1] === '`')) {
        let k = j;
        while (line[k] === '`') k++;
        j = line.indexOf(run, k);
      }
      if (j >= 0) {
        out += 'CODE';
        i = j + n;
        continue;
      }
      out += run;
      i += n;
      continue;
    }
    out += line[i];
    i++;
  }
  return out;
}

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to hyphens, -1, -2 for repeats. */
export function headingSlugs(markdown: string): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const m of proseOnlyKeepCode(markdown).matchAll(/^#{1,6}\s+(.*)$/gm)) {
    const base = m[1]!
      .trim()
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function proseOnlyKeepCode(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const m = /^(`{3,}|~{3,})/.exec(line);
      if (fence === undefined && m) {
        fence = m[1];
        return '';
      }
      if (fence !== undefined) {
        if (line.trim() === fence) fence = undefined;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Explicit anchors (`<a id="…">`) and heading anchors of a page. */
export function anchorsOf(markdown: string): Set<string> {
  const ids = [...proseOnly(markdown).matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
  return new Set([...ids, ...headingSlugs(markdown)]);
}

/** Explicit anchors only, with repeats (an anchor must be unique on its page). */
export function explicitAnchors(markdown: string): string[] {
  return [...proseOnly(markdown).matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
}

/** The targets of inline links `[text](target)` outside code. */
export function linksOf(markdown: string): string[] {
  return [...proseOnly(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** Table rows whose cell count differs from their header's (a `|` from the document broke out). */
export function brokenTableRows(markdown: string): string[] {
  const bad: string[] = [];
  const lines = proseOnlyKeepCode(markdown).split('\n');
  const pipes = (line: string) => [...line.replace(/\\\\/g, '').matchAll(/(?<!\\)\|/g)].length;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1]!)) continue;
    const want = pipes(lines[i]!);
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (pipes(lines[j]!) !== want) bad.push(lines[j]!);
    }
  }
  return bad;
}

/** Whether every fence that opens also closes. */
export function fencesBalanced(markdown: string): boolean {
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && m) fence = m[1];
    else if (fence !== undefined && line.trim() === fence) fence = undefined;
  }
  return fence === undefined;
}
