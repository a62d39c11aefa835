// Row 5, baseline: what a client that compiles its schemas at start-up pays: import ajv and
// compile every request, reply and event schema of the document (bench/.out/schemas.json, dumped
// by the bench with the generator's own modules and ajv options) in a fresh process.
import { readFileSync } from 'node:fs';
const file = process.argv[2];
const t0 = performance.now();
const { Ajv } = await import('ajv');
const dump = JSON.parse(readFileSync(file, 'utf8'));
let compiled = 0;
for (const [kind, groups] of [['request', [dump.requests]], ['inbound', [dump.replies, dump.events]]]) {
  const ajv = new Ajv({ ...dump.options[kind], code: { source: false } });
  ajv.addSchema(dump.defs);
  for (const group of groups) for (const schema of Object.values(group)) {
    ajv.compile(schema);
    compiled++;
  }
}
const t1 = performance.now();
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ importMs: t1 - t0, readyMs: t1, heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, compiled }));
