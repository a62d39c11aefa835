/**
 * Row 9: what a browser page downloads, minified and gzipped, bundled by esbuild for
 * platform=browser with no externals (so a Node built-in in the main entry would fail the build).
 * - "client + market data": a page that imports the client, asks for the order book and streams
 *   quotes. Built with code splitting, as a bundler serves it: the entry chunk plus the chunks of
 *   the validators the client loads for those operations and for its heartbeat.
 * - "everything": every export of the main entry (buildRequest and the validate functions carry
 *   every validator) in one file, where the operations' own validator modules (the client's
 *   import()s) are inlined too.
 * - "everything, split": the same page built with code splitting, as it loads: its entry chunk
 *   and what that imports statically. A client there takes its validators from the main entry's
 *   combined modules, so it fetches no operation's chunk, whatever it calls.
 * Each file is gzipped on its own (level 9), as a server would send it; sizes in KB (1000 bytes).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BENCH, ROOT } from '../lib/peer.js';

export interface BundleFigures {
  /** min+gzip bytes, summed over the files a page loads. */
  readonly gzipBytes: number;
  /** minified bytes, summed. */
  readonly minBytes: number;
  readonly files: number;
}

const WORK = join(BENCH, '.out', 'bundle');

/** The page that uses market data: order book, a quote stream (and the heartbeat the client sends). */
const MARKET_PAGE = `
import { CurrencyComClient } from 'currencycom-ws';
const client = new CurrencyComClient({ url: globalThis.location?.href ?? 'ws://127.0.0.1:1/connect' });
export async function run() {
  await client.connect();
  const book = await client.depth({ symbol: 'BTC/USD', limit: 10 });
  for await (const quote of client.subscribeMarketData({ symbols: ['BTC/USD'] })) return [book, quote];
}
`;
/** The operations the market page calls, and the heartbeat the client calls by itself. */
const MARKET_OPERATIONS = ['depth', 'subscribeMarketData', 'ping'];

const EVERYTHING_PAGE = `export * from 'currencycom-ws';\n`;

export async function bundleSizes(): Promise<{ market: BundleFigures; everything: BundleFigures; everythingSplit: BundleFigures }> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, 'market.js'), MARKET_PAGE);
  writeFileSync(join(WORK, 'everything.js'), EVERYTHING_PAGE);
  const common = { bundle: true, platform: 'browser', format: 'esm', minify: true, write: true, metafile: true, logLevel: 'silent', absWorkingDir: ROOT } as const;

  const market = await build({ ...common, entryPoints: [join(WORK, 'market.js')], splitting: true, outdir: join(WORK, 'market-out') });
  const loaded = pageFiles(market.metafile, 'market.js', MARKET_OPERATIONS);
  const everything = await build({ ...common, entryPoints: [join(WORK, 'everything.js')], outdir: join(WORK, 'everything-out') });
  const split = await build({ ...common, entryPoints: [join(WORK, 'everything.js')], splitting: true, outdir: join(WORK, 'everything-split-out') });
  return {
    market: measure(loaded),
    everything: measure(Object.keys(everything.metafile.outputs).filter((f) => f.endsWith('.js'))),
    everythingSplit: measure(pageFiles(split.metafile, 'everything.js', [])),
  };
}

/**
 * The output files a page loads: its entry chunk, the chunks of the validator modules the client's
 * loader imports for the named operations (read from the package's validators/lazy.js), and every
 * chunk those import statically.
 */
function pageFiles(meta: Metafile, entry: string, operations: readonly string[]): string[] {
  const lazy = readFileSync(join(ROOT, 'generated', 'dist', 'validators', 'lazy.js'), 'utf8');
  const modules = new Set<string>();
  for (const op of operations) {
    const loader = new RegExp(`\\b${op}: \\(\\) =>\\s*Promise\\.all\\(\\[([^\\]]*)\\]`).exec(lazy);
    if (loader === null) throw new Error(`validators/lazy.js has no loader for ${op}`);
    for (const m of loader[1]!.matchAll(/import\("\.\/([^"]+)"\)/g)) modules.add(m[1]!);
  }
  const outputs = meta.outputs;
  const roots = Object.keys(outputs).filter((file) => {
    const from = outputs[file]!.entryPoint;
    return from !== undefined && (from.endsWith(`/${entry}`) || modules.has(from.split('/').pop()!));
  });
  if (roots.length !== modules.size + 1) throw new Error(`expected ${modules.size + 1} chunks, found ${roots.length}`);
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || outputs[file] === undefined) return;
    seen.add(file);
    for (const imp of outputs[file]!.imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  for (const file of roots) visit(file);
  return [...seen];
}

function measure(files: readonly string[]): BundleFigures {
  let gzipBytes = 0;
  let minBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(ROOT, file));
    minBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzipBytes, minBytes, files: files.length };
}
