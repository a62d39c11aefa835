/**
 * Golden scenarios: the small test document (other-exchange.yaml, the made-up Kestrel exchange)
 * and variants of it, one per feature a document can switch off, each generated and compared file
 * by file with vitest file snapshots under test/golden/<scenario>/ (real .ts/.md/.json files, so a
 * change to the generator shows up as a diff to review). Only what the generator writes is
 * compared, not the hand-written runtime it copies nor compiler output.
 * Refresh after an intended change: npx vitest run test/generator/golden.test.ts -u
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { generatePackage } from '../../generator/generate.js';
import { OUT, ROOT, TEMPLATES } from '../helpers/paths.js';
import { firstUnformattedLine, isPrintedSource } from '../helpers/format.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const isGenerated = (path: string) => !/^src\/(runtime|codec|cli|simulator)\//.test(path) && !path.startsWith('dist/');

type Doc = Record<string, any>;
interface Scenario {
  readonly name: string;
  readonly about: string;
  readonly edit: (doc: Doc) => void;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'kestrel', about: 'the document as it is: no simulator', edit: () => {} },
  {
    name: 'kestrel-no-streams',
    about: 'no subscriptions and no pushed events',
    edit: (doc) => {
      for (const [id, op] of Object.entries<any>(doc.operations)) if (op['x-stream'] || op.action === 'receive') delete doc.operations[id];
    },
  },
  {
    name: 'kestrel-unversioned',
    about: 'every channel unversioned',
    edit: (doc) => {
      for (const channel of Object.values<any>(doc.channels)) {
        channel.address = String(channel.address).replace(/\/\{[^}]+\}/g, '');
        delete channel.parameters;
      }
    },
  },
  {
    name: 'kestrel-no-signing',
    about: 'no operation signed',
    edit: (doc) => {
      for (const op of Object.values<any>(doc.operations)) delete op.security;
    },
  },
];

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, base)));
    else out.push(relative(base, p));
  }
  return out.sort();
}

describe('golden scenarios', () => {
  it.each(SCENARIOS)('$name ($about): generated files equal test/golden/$name', async (scenario) => {
    const doc = parse(await readFile(join(ROOT, 'test/documents/other-exchange.yaml'), 'utf8')) as Doc;
    scenario.edit(doc);
    // The banner names the source relative to the package's parent folder (test/.out here).
    await mkdir(OUT, { recursive: true });
    const spec = scenario.name === 'kestrel' ? join(ROOT, 'test/documents/other-exchange.yaml') : join(OUT, `${scenario.name}.yaml`);
    if (scenario.name !== 'kestrel') await writeFile(spec, stringify(doc));
    const pkg = await generatePackage({ spec, outDir: join(OUT, `golden-${scenario.name}`), templatesDir: TEMPLATES });
    const wanted = [...pkg.files].filter(([p]) => isGenerated(p));
    for (const [path, text] of wanted) await expect(text, path).toMatchFileSnapshot(join(GOLDEN, scenario.name, path));
    // No formatter runs: the printed sources are already what it would make of them.
    expect(wanted.filter(([p]) => isPrintedSource(p)).map(([p, text]) => firstUnformattedLine(p, text)).filter((l) => l !== undefined)).toEqual([]);
    // A page never shows an empty code span (a fact the document does not have, printed anyway).
    for (const [path, text] of wanted.filter(([p]) => p.endsWith('.md'))) expect(text.replace(/```/g, ''), path).not.toMatch(/(^|[^`])``([^`]|$)/);
    // No golden file left over from something no longer generated (with -u, delete it by hand);
    // a missing one fails its file snapshot (under CI, snapshots are never written).
    const paths = new Set(wanted.map(([p]) => p));
    expect((await listFiles(join(GOLDEN, scenario.name))).filter((p) => !paths.has(p))).toEqual([]);
    if (!pkg.model.simulator) {
      const manifest = JSON.parse(pkg.files.get('package.json')!);
      const targets = [...Object.values<any>(manifest.exports ?? {}).flatMap((e) => (typeof e === 'string' ? [e] : Object.values<string>(e))), ...Object.values<string>(manifest.bin ?? {})];
      for (const t of targets.filter((x) => x !== './package.json')) expect(pkg.files.has(t.replace(/^\.\//, '')), `package.json points at ${t}`).toBe(true);
    }
  }, 180_000);
});
