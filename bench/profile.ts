/**
 * `npx tsx bench/profile.ts [stream|iterate|requests|latency|sign|stream-raw|requests-raw|latency-raw] [--top 25]`
 *
 * Runs one client hot path of the benchmark under `node --cpu-prof` in a fresh process and prints
 * where the main thread spent its time: self time per function with its file:line, and for the
 * package's runtime (generated/dist/runtime/*.js) the matching line in templates/runtime/*.ts.
 * Profiles land in bench/.out/prof/; `--summarise <file.cpuprofile>` prints the summary of any profile.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const BENCH = join(fileURLToPath(import.meta.url), '..');
const ROOT = join(BENCH, '..');
const PROF = join(BENCH, '.out', 'prof');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    child: { type: 'boolean', default: false },
    /** Summarise an existing .cpuprofile instead of running a scenario. */
    summarise: { type: 'string' },
  },
});
const scenario = positionals[0] ?? 'stream';

async function child(): Promise<void> {
  const { startLoopback } = await import('./lib/loopback.js');
  const { streamOurs, streamRaw } = await import('./rows/stream.js');
  const { oursRequester, rawRequester, throughput, latencies } = await import('./rows/requests.js');
  const lb = await startLoopback();
  try {
    for (let i = 0; i < 6; i++) {
      if (scenario === 'stream') await streamOurs(lb, 100_000);
      else if (scenario === 'iterate') await streamOurs(lb, 100_000, { consume: 'iterate' });
      else if (scenario === 'requests') await throughput(() => oursRequester(lb), 20_000, 200);
      else if (scenario === 'latency') await latencies(() => oursRequester(lb), 2_000);
      else if (scenario === 'stream-raw') await streamRaw(lb, 100_000);
      else if (scenario === 'requests-raw') await throughput(() => rawRequester(lb), 20_000, 200);
      else if (scenario === 'latency-raw') await latencies(() => rawRequester(lb), 2_000);
      else if (scenario === 'stream-js' || scenario === 'request-js') {
        const fake = await import('./rows/fake.js');
        if (scenario === 'stream-js') await fake.fakeStreamOurs(200_000);
        else await fake.fakeRequestsOurs(60_000);
      } else if (scenario === 'sign') {
        const { signers } = await import('./rows/micro.js');
        signers(undefined).ours(200_000);
      } else throw new Error(`unknown scenario ${scenario}`);
    }
  } finally {
    await lb.close();
  }
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

function templateLine(distFile: string, fn: string): string | undefined {
  const m = /generated\/dist\/(runtime|codec)\/([\w-]+)\.js$/.exec(distFile);
  if (!m || fn === '' || fn === '(anonymous)') return undefined;
  const src = join(ROOT, 'templates', m[1]!, `${m[2]}.ts`);
  if (!existsSync(src)) return undefined;
  const name = fn.replace(/^(get|set) /, '').replace(/^#/, '');
  const lines = readFileSync(src, 'utf8').split('\n');
  const def = new RegExp(`^\\s*(?:(?:private|public|protected|static|async|readonly|override|export|function|get|set)\\s+)*#?${name.replace(/[$]/g, '\\$')}\\s*(?:<[^>]*>)?\\(`);
  const arrow = new RegExp(`\\b(?:const|let)\\s+${name.replace(/[$]/g, '\\$')}\\s*=`);
  const i = lines.findIndex((l) => def.test(l) || arrow.test(l));
  return i < 0 ? undefined : `${relative(ROOT, src)}:${i + 1}`;
}

function summarise(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; startTime: number; endTime: number; samples: number[] };
  const total = profile.samples.length;
  const self = new Map<string, { hits: number; fn: string; where: string; template?: string }>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const where = path === '' ? '' : `${path.startsWith(ROOT) ? relative(ROOT, path) : path}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const e = self.get(key) ?? { hits: 0, fn: functionName || '(anonymous)', where, template: templateLine(path, functionName) };
    e.hits += hits;
    self.set(key, e);
  }
  const byFile = new Map<string, number>();
  for (const e of self.values()) {
    const f = e.where === '' ? e.fn : e.where.replace(/:\d+$/, '').replace(/^.*node_modules\//, 'node_modules/');
    byFile.set(f, (byFile.get(f) ?? 0) + e.hits);
  }
  const pct = (h: number): string => `${((h / total) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${basename(file)}: ${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`);
  console.log('\nself time by function:');
  for (const e of [...self.values()].sort((a, b) => b.hits - a.hits).slice(0, top)) {
    console.log(`${pct(e.hits)}  ${e.fn.padEnd(34)} ${e.where}${e.template ? `  (${e.template})` : ''}`);
  }
  console.log('\nself time by file:');
  for (const [f, h] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(h)}  ${f}`);
}

if (values.summarise !== undefined) {
  summarise(values.summarise, Number(values.top));
} else if (values.child) {
  await child();
} else {
  const dir = join(PROF, scenario);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', '--import', 'tsx', fileURLToPath(import.meta.url), scenario, '--child'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  // the main thread's profile is the largest (the server worker writes its own)
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => readFileSync(b).length - readFileSync(a).length);
  const main = files.find((f) => {
    const p = JSON.parse(readFileSync(f, 'utf8')) as { nodes: Node[] };
    return p.nodes.some((n) => n.callFrame.url.includes('bench/profile.ts'));
  });
  if (main === undefined) throw new Error(`no main-thread profile in ${dir}`);
  summarise(main, Number(values.top));
}
