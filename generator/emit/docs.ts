/**
 * Reference docs: Markdown generated from the model, modelled on ws's doc/ws.md.
 */
import type { Model } from '../model.js';
import { cell } from '../names.js';

export function emitDocs(model: Model, banner: (origin?: string) => string): Map<string, string> {
  const head = `<!-- ${banner().split('\n').map((l) => l.replace(/^\/\/ ?/, '')).join(' ')} -->\n`;
  const rows = model.operations.map(
    (op) =>
      `| [${cell(op.id)}](#${op.anchor}) | ${op.kind} | ${cell(op.versions.join(', ') || 'all')} | ${op.signed ? 'yes' : 'no'} | ${cell(limitsOf(model, op.id))} | ${op.idempotent ? 'yes' : 'no'} | ${cell(op.unconfirmed ?? '')} |`,
  );
  const index = `${head}# ${model.title} — reference\n\n${model.description}\n\n| operation | kind | versions | signed | rate limit | idempotent | unconfirmed |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
  return new Map([['docs/README.md', index]]);
}

function limitsOf(model: Model, opId: string): string {
  const op = model.operations.find((o) => o.id === opId)!;
  const global = model.rateLimits.filter((r) => r.appliesTo === 'all').map((r) => `weight ${op.weight} of ${r.limit}/${r.intervalMs / 1000}s`);
  const listed = op.rateLimits.map((id) => model.rateLimits.find((r) => r.id === id)!).map((r) => `${r.id} ${r.limit}/${r.intervalMs / 1000}s`);
  return [...global, ...listed].join('; ');
}
