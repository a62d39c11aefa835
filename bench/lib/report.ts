/** The rows of the benchmark and how they print. */
import { spread, type Spread } from './stats.js';

export interface Figure extends Spread {
  readonly unit: string;
  /** Every measured run (warm-ups excluded). */
  readonly runs: readonly number[];
}

export interface Row {
  /** The row number (1–8). */
  readonly group: number;
  readonly id: string;
  readonly title: string;
  readonly ours: Figure | null;
  readonly baseline: (Figure & { readonly name: string }) | null;
  /** Pairwise ours/baseline over the alternating runs. */
  readonly ratio: Spread | null;
  readonly aim?: string;
  readonly met?: boolean;
  readonly note?: string;
  /**
   * Main-thread CPU µs per operation (Linux, 10 ms ticks): contention on a busy machine changes
   * wall-time rates, this much less. ratio = ours/baseline (lower is cheaper).
   */
  readonly cpu?: { readonly oursUs: number; readonly baseUs: number; readonly ratio: Spread };
}

export function figure(values: readonly number[], unit: string): Figure {
  return { ...spread(values), unit, runs: values.map((v) => round(v)) };
}

function round(v: number): number {
  if (!Number.isFinite(v)) return v;
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 2 : 4;
  return Number(v.toFixed(digits));
}

export function fmt(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${(v / 1e6).toFixed(2)} M`;
  if (a >= 1e4) return `${(v / 1e3).toFixed(1)} k`;
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

function cell(f: Figure | null): string {
  if (f === null) return '—';
  return `${fmt(f.median)} ${f.unit}` + (f.runs.length > 1 ? ` (${fmt(f.min)}–${fmt(f.max)})` : '');
}

function ratioCell(r: Spread | null): string {
  if (r === null) return '—';
  return r.min === r.max ? `${r.median.toFixed(2)}×` : `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
}

export function renderTable(rows: readonly Row[], meta: { rounds: number; seconds: number }): string {
  const header = ['#', 'row', 'ours: median (min–max)', 'baseline', 'baseline: median (min–max)', 'ours/baseline', 'aim'];
  const body = rows.map((r) => [
    String(r.group),
    r.title,
    cell(r.ours),
    r.baseline?.name ?? '—',
    cell(r.baseline),
    ratioCell(r.ratio),
    r.aim === undefined ? '' : `${r.aim} ${r.met === true ? 'met' : r.met === false ? 'NOT met' : ''}`.trim(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const notes = rows.filter((r) => r.note !== undefined || r.cpu !== undefined);
  if (notes.length > 0) {
    out.push('', 'Notes:');
    for (const r of notes) {
      const cpu =
        r.cpu === undefined
          ? undefined
          : `main-thread CPU per op: ours ${r.cpu.oursUs.toFixed(2)} µs, baseline ${r.cpu.baseUs.toFixed(2)} µs → ${ratioCell(r.cpu.ratio)}`;
      out.push(`  ${r.group} ${r.id}: ${[cpu, r.note].filter((x) => x !== undefined).join('; ')}`);
    }
  }
  out.push(
    '',
    `Ratios are medians of ${meta.rounds} rounds, ours and its baseline alternating within each after a warm-up: rows 1–3 and the stream rows of 4 ` +
      `in blasts, batches or single requests on connections both kept open (see their notes), the others run by run (memory: one run each). ` +
      `Loopback server in a worker thread. Whole run ${meta.seconds.toFixed(0)} s.`,
  );
  return out.join('\n');
}
