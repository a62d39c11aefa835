// Row 6, the floor of any AsyncAPI generator: a fresh process that parses and validates the
// document with @asyncapi/parser (what every generator does before emitting anything).
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
const { document, diagnostics } = await new Parser().parse(readFileSync(process.argv[2], 'utf8'));
if (document === undefined) {
  console.error(diagnostics.filter((d) => d.severity === 0).map((d) => d.message).join('\n'));
  process.exit(1);
}
console.log(JSON.stringify({ operations: document.operations().all().length }));
