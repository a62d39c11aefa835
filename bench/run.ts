/**
 * `npm run bench [-- --json] [-- --quick] [-- --only 1,2,…] [-- --rounds N]` (row 9: browser bundle sizes)
 *
 * Prints a table (progress goes to stderr); with --json the same figures as JSON on stdout (use
 * `npm run -s bench -- --json` for clean output). Either way the JSON lands in bench/.out/last.json.
 * --quick: fewer events and 3 rounds, a smoke run. The peer packages (bench/peer) are installed on
 * the first run. Profiles of the client hot paths: bench/profile.ts.
 *
 * Performance of currencycom-ws as ratios against baselines measured in the same run: every row
 * runs ours and its baseline alternately (after one untimed warm-up of each) and reports the
 * median of the pairwise ratios ours/baseline with their min–max. Loopback only; every loop is
 * bounded and everything stops by itself. Not part of `npm test`: timings are quoted, never asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLoopback, type Loopback } from './lib/loopback.js';
import { BENCH, ensurePeer, importPeer } from './lib/peer.js';
import { SCHEMA_FILE, type SchemaDump } from './lib/schemas.js';
import { alternate, median, pairedOps, ratios, spread, type Spread } from './lib/stats.js';
import { oursLive, rawLive, streamCcxt, streamOurs, streamPaired } from './rows/stream.js';
import { latenciesPaired, oursRequester, rawRequester, throughputPaired } from './rows/requests.js';
import { fakeRequestsPaired, fakeStreamPaired, oursBlaster, rawBlaster, TextFakeSocket } from './rows/fake.js';
import { signers, validators } from './rows/micro.js';
import {
  asyncapiOutputCheck,
  generateAsyncapi,
  generatedFileCount,
  generateCheck,
  generateEdited,
  generateEditedInPlace,
  generateOurs,
  parseOnly,
  startupAjv,
  startupEmpty,
  startupOurs,
  tsChild,
  type ChildFigures,
} from './rows/process.js';
import { MEMORY_SYMBOLS, type MemoryFigures } from './rows/memory.js';
import { renderTable, type Figure, type Row, figure } from './lib/report.js';
import { bundleSizes } from './rows/bundle.js';

const OUT_DIR = join(BENCH, '.out');

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string' },
  },
});

const quick = values.quick!;
const ROUNDS = Math.max(1, Number(values.rounds ?? (quick ? 3 : 5)));
const STREAM_EVENTS = quick ? 20_000 : 100_000;
/** Events per blast of the paired loopback stream rows (a few ms of work for either side). */
const BLAST = 5_000;
const CCXT_EVENTS = quick ? 5_000 : 30_000;
const REQUESTS = quick ? 4_000 : 20_000;
const IN_FLIGHT = 200;
/** Requests per batch of the paired request row (200 in flight). */
const REQUEST_BATCH = 2_000;
const LATENCY_SAMPLES = quick ? 500 : 2_000;
const MEMORY_EVENTS = quick ? 100_000 : 1_000_000;
const only = values.only === undefined ? undefined : new Set(values.only.split(',').map((s) => Number(s.trim())));
const want = (group: number): boolean => only === undefined || only.has(group);

const started = performance.now();
// Whatever happens, the bench stops by itself.
// Generous: on a shared machine under load a full run takes several times its quiet ~4 minutes.
const WATCHDOG_MS = 30 * 60_000;
setTimeout(() => {
  process.stderr.write(`[bench] still running after ${WATCHDOG_MS / 60_000} minutes: stopping\n`);
  process.exit(2);
}, WATCHDOG_MS).unref();
const log = (line: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
};

const rows: Row[] = [];
const skipped = (group: number, id: string, title: string, why: string): void => {
  rows.push({ group, id, title, ours: null, baseline: null, ratio: null, note: `not run: ${why}` });
};

function compare(
  group: number,
  id: string,
  title: string,
  unit: string,
  ours: number[],
  baselineName: string,
  base: number[],
  extra: Partial<Row> = {},
): Row {
  const row: Row = {
    group,
    id,
    title,
    ours: figure(ours, unit),
    baseline: { name: baselineName, ...figure(base, unit) },
    ratio: spread(ratios(ours, base)),
    ...extra,
  };
  rows.push(row);
  // Rows so far, in case a long run is stopped before its table is printed.
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'partial.json'), JSON.stringify(rows, null, 2) + '\n');
  return row;
}

async function main(): Promise<void> {
  log(`rounds ${ROUNDS}${quick ? ' (quick)' : ''}; node ${process.version}`);
  const peerProblem = want(3) || want(6) || want(7) ? ensurePeer(log) : undefined;
  if (peerProblem) log(peerProblem);

  const needsLoopback = [1, 2, 4, 7].some(want);
  const lb: Loopback | undefined = needsLoopback ? await startLoopback() : undefined;
  try {
    if (want(1)) await streamRows(lb!);
    if (want(2)) await requestRows(lb!);
    if (want(3)) await signingRows(peerProblem);
    if (want(4) || want(5)) await validationAndStartupRows(lb);
    if (want(6)) generationRows(peerProblem);
    if (want(7)) await peerRows(lb!, peerProblem);
    if (want(8)) memoryRows();
    if (want(9)) await bundleRows();
  } finally {
    await lb?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  log(`done in ${seconds.toFixed(1)} s`);
  const json = JSON.stringify(
    { node: process.version, rounds: ROUNDS, quick, seconds: Math.round(seconds * 10) / 10, rows },
    (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(5)) : v),
    2,
  );
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'last.json'), json + '\n');
  if (values.json) {
    process.stdout.write(json + '\n');
  } else {
    process.stdout.write(renderTable(rows, { rounds: ROUNDS, seconds }) + '\n');
  }
}

// ---------------------------------------------------------------------------------------- rows

async function streamRows(lb: Loopback): Promise<void> {
  log(`1. stream delivery: ${STREAM_EVENTS} internal.trade events per side and round`);
  // Both connections stay open; blasts of BLAST events alternate between them (rows/stream.ts, streamPaired).
  const blasts = `both connections open, blasts of ${fmtNum(BLAST)} events alternating between them, each timed from the order to the server to its last event in user code`;
  const a = await streamPaired(lb, ROUNDS, STREAM_EVENTS, (tag) => oursLive(lb, tag), (tag) => rawLive(lb, tag), BLAST);
  compare(1, 'stream', 'Stream delivery: subscribeTrades, sub.on("data")', 'events/s', a.ours, 'raw ws + JSON.parse (the limit)', a.base, {
    aim: '≥ 0.95×',
    met: median(ratios(a.ours, a.base)) >= 0.95,
    cpu: cpuOf(a, STREAM_EVENTS),
    note: blasts,
  });
  const b = await streamPaired(lb, ROUNDS, STREAM_EVENTS, (tag) => oursLive(lb, tag, { consume: 'iterate' }), (tag) => rawLive(lb, tag), BLAST);
  compare(1, 'stream-iterate', 'Stream delivery: for await (const e of sub)', 'events/s', b.ours, 'raw ws + JSON.parse (the limit)', b.base, {
    aim: '≥ 0.95×',
    met: median(ratios(b.ours, b.base)) >= 0.95,
    cpu: cpuOf(b, STREAM_EVENTS),
    note: blasts,
  });
  // For information: the same loop against raw code that reads its events with `for await` too,
  // through a minimal hand-written async iterator: what is left is the client's own work.
  const c = await streamPaired(lb, ROUNDS, STREAM_EVENTS, (tag) => oursLive(lb, tag, { consume: 'iterate' }), (tag) => rawLive(lb, tag, 'iterate'), BLAST);
  compare(1, 'stream-iterate-both', 'Stream delivery: for await, against raw code read with for await too', 'events/s', c.ours, 'raw ws + JSON.parse, read through a minimal async iterator', c.base, {
    cpu: cpuOf(c, STREAM_EVENTS),
    note: `${blasts}; for information: both sides pay the async-iterator protocol per event`,
  });
  const FAKE_EVENTS = quick ? 50_000 : 200_000;
  const f = await fakeStreamPaired(ROUNDS, FAKE_EVENTS, () => oursBlaster(), rawBlaster);
  compare(1, 'stream-js', 'Stream, client JavaScript only (fake socket, CPU time)', 'events/s', f.ours, 'raw code on the same fake socket', f.base, {
    aim: '≥ 0.9×',
    met: median(ratios(f.ours, f.base)) >= 0.9,
    note: `CPU µs per event: ours ${(1e6 / median(f.ours)).toFixed(2)}, raw ${(1e6 / median(f.base)).toFixed(2)}; no kernel or server thread involved: blasts of 100 events alternate with the raw code's, each timed in CPU time (process.cpuUsage)`,
  });
  // The same against the strictest raw code: data.toString() where the baseline has String(data).
  const g = await fakeStreamPaired(ROUNDS, FAKE_EVENTS, () => oursBlaster(), () => rawBlaster('toString'));
  compare(1, 'stream-js-strict', 'Stream, client JavaScript only, against raw code with data.toString()', 'events/s', g.ours, 'raw code with data.toString() (no String())', g.base, {
    note: `CPU µs per event: ours ${(1e6 / median(g.ours)).toFixed(2)}, raw ${(1e6 / median(g.base)).toFixed(2)}; for information: String(data), the baseline of the rows above, costs ~0.1 µs more per frame`,
  });
  // Frames as strings, as the runtimes' built-in WebSocket (browsers, Node 22+, Bun, Deno) hands
  // them over: the generated frame decoder reads bytes only, so these go through JSON.parse.
  const h = await fakeStreamPaired(ROUNDS, FAKE_EVENTS, () => oursBlaster(true, TextFakeSocket), () => rawBlaster('text'));
  compare(1, 'stream-js-text', 'Stream, client JavaScript only, frames as strings (built-in WebSocket path)', 'events/s', h.ours, 'raw code JSON.parsing the same strings', h.base, {
    note: `CPU µs per event: ours ${(1e6 / median(h.ours)).toFixed(2)}, raw ${(1e6 / median(h.base)).toFixed(2)}; for information: no frame decoder on strings, JSON.parse on both sides`,
  });
}

async function requestRows(lb: Loopback): Promise<void> {
  log(`2. correlated requests: ${REQUESTS} depth requests, ${IN_FLIGHT} in flight; ${LATENCY_SAMPLES} one at a time`);
  const t = await throughputPaired(ROUNDS, REQUESTS, IN_FLIGHT, () => oursRequester(lb), () => rawRequester(lb), REQUEST_BATCH);
  compare(2, 'requests', `Requests: client.depth(), ${IN_FLIGHT} in flight`, 'req/s', t.ours, 'raw ws + hand-written correlation Map', t.base, {
    aim: '≥ 0.9×',
    met: median(ratios(t.ours, t.base)) >= 0.9,
    cpu: cpuOf(t, REQUESTS),
    note: `both connections open, batches of ${fmtNum(REQUEST_BATCH)} requests alternating between them`,
  });
  // Request by request, ours and the raw Map alternate on two open connections (latenciesPaired).
  const lat = await latenciesPaired(ROUNDS, LATENCY_SAMPLES, () => oursRequester(lb), () => rawRequester(lb));
  const p50 = lat.ours.map((o) => o.p50);
  const p50b = lat.base.map((o) => o.p50);
  const deltas = p50.map((v, i) => v - p50b[i]!);
  const d = median(deltas);
  compare(2, 'latency', 'Request latency p50, one at a time', 'µs', p50, 'raw ws + hand-written correlation Map', p50b, {
    aim: '≤ +10 µs',
    met: d <= 10,
    note:
      `p50 ours − raw: median ${fmtSigned(d)} µs (${fmtSigned(Math.min(...deltas))} … ${fmtSigned(Math.max(...deltas))}); ` +
      `p99 ours ${median(lat.ours.map((o) => o.p99)).toFixed(0)} µs, raw ${median(lat.base.map((o) => o.p99)).toFixed(0)} µs; ` +
      `both connections open, each request of one followed by one of the other`,
  });
  await requestJsRow();
}

/** CPU µs per operation of each side (warm-ups already excluded by alternate). */
function cpuOf(a: { oursCpuMs: (number | undefined)[]; baseCpuMs: (number | undefined)[] }, oursOps: number, baseOps = oursOps): Row['cpu'] {
  if (a.oursCpuMs.some((v) => v === undefined) || a.baseCpuMs.some((v) => v === undefined)) return undefined;
  const o = (a.oursCpuMs as number[]).map((ms) => (ms * 1000) / oursOps);
  const b = (a.baseCpuMs as number[]).map((ms) => (ms * 1000) / baseOps);
  return { oursUs: median(o), baseUs: median(b), ratio: spread(ratios(o, b)) };
}

async function requestJsRow(): Promise<void> {
  const n = quick ? 20_000 : 60_000;
  const f = await fakeRequestsPaired(ROUNDS, n);
  const extra = median(f.ours.map((v, i) => v - f.base[i]!));
  compare(2, 'request-js', 'Request, client JavaScript only (fake socket)', 'µs', f.ours, 'hand-written correlation Map, same fake socket', f.base, {
    aim: '≤ 1.3×',
    met: median(ratios(f.ours, f.base)) <= 1.3,
    note: `ours adds ${extra.toFixed(2)} µs of JavaScript per request one at a time (build, validate, send, match, decode, resolve); batches of 100 requests alternate with the Map's, each timed in CPU time (process.cpuUsage)`,
  });
}

function fmtSigned(v: number): string {
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
}

async function signingRows(peerProblem: string | undefined): Promise<void> {
  log('3. signing: buildRequest(/api/v1/account) vs createHmac vs crypto-js');
  let CryptoJS: unknown;
  if (peerProblem === undefined) {
    const mod = await importPeer('crypto-js');
    CryptoJS = mod.default ?? mod;
  }
  const s = signers(CryptoJS);
  const n = quick ? 20_000 : 60_000;
  const h = await pairedOps(ROUNDS, n, s.oursOnce, s.hmacOnce);
  compare(3, 'sign-hmac', 'Signing: buildRequest(signed) envelopes/s', 'ops/s', h.ours, "node:crypto createHmac, same string (the limit)", h.base, {
    aim: '≥ 0.9×',
    met: median(ratios(h.ours, h.base)) >= 0.9,
    note: `${s.check || 'same signature from all three'}; batches of 1 000 alternate, each timed in CPU time (process.cpuUsage)`,
  });
  if (s.cryptoJs === undefined) skipped(3, 'sign-cryptojs', 'Signing vs crypto-js', peerProblem ?? 'crypto-js missing');
  else {
    const c = await alternate(ROUNDS, () => s.ours(n), () => s.cryptoJs!(Math.round(n / 10)));
    compare(3, 'sign-cryptojs', 'Signing: buildRequest(signed) envelopes/s', 'ops/s', c.ours, 'crypto-js HmacSHA256 (official example)', c.base);
  }
}

async function validationAndStartupRows(lb: Loopback | undefined): Promise<void> {
  log('4/5. dumping the schemas with the generator modules (child process, for the ajv baselines)');
  tsChild('child/dump-schemas.ts');
  const dump = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaDump;
  if (want(4)) {
    log('4. validation');
    const v = validators(dump);
    const n = quick ? 50_000 : 300_000;
    const r = await alternate(ROUNDS, () => v.requestOurs(n), () => v.requestAjv(n));
    compare(4, 'validate-request', 'Validation: validateRequest(/api/v1/order/create)', 'ops/s', r.ours, 'ajv compiled at run time, same schema', r.base, {
      note: v.check || undefined,
    });
    const e = await alternate(ROUNDS, () => v.eventDecode(n), () => v.eventAjv(n));
    const pub = [v.eventPublic(n / 5), v.eventPublic(n / 5), v.eventPublic(n / 5)];
    compare(4, 'validate-event', 'Validation: inbound internal.trade (codec.decodeEvent)', 'ops/s', e.ours, 'ajv compiled at run time, same schema', e.base, {
      note: `public validateEvent() copies its input (structuredClone): ${fmtNum(median(pub))} ops/s`,
    });
    if (lb !== undefined) {
      const o = await streamPaired(
        lb,
        ROUNDS,
        STREAM_EVENTS,
        (tag) => oursLive(lb, tag, { validateInbound: true }),
        (tag) => oursLive(lb, tag, { validateInbound: false }),
        BLAST,
      );
      compare(4, 'validate-inbound', 'Validation: stream through the client, validateInbound on', 'events/s', o.ours, 'the same with validateInbound: false', o.base, {
        aim: '≥ 0.9× (costs ≤ 10 %)',
        met: median(ratios(o.ours, o.base)) >= 0.9,
        cpu: cpuOf(o, STREAM_EVENTS),
      });
    }
    // The same comparison without kernel or server thread (the fake socket of row 1): what
    // validation adds to the client's own JavaScript, the view that moves least with machine load.
    // Two clients, validation on and off, in alternating blasts of 100 events timed in CPU time;
    // 200 000 events per round each even when quick.
    const VALIDATE_EVENTS = 200_000;
    const j = await fakeStreamPaired(ROUNDS, VALIDATE_EVENTS, () => oursBlaster(true), () => oursBlaster(false));
    compare(4, 'validate-inbound-js', 'Validation: stream, client JavaScript only (fake socket, CPU time), validateInbound on', 'events/s', j.ours, 'the same with validateInbound: false', j.base, {
      aim: '≥ 0.9× (costs ≤ 10 %)',
      met: median(ratios(j.ours, j.base)) >= 0.9,
      note: `CPU µs per event: on ${(1e6 / median(j.ours)).toFixed(2)}, off ${(1e6 / median(j.base)).toFixed(2)}`,
    });
  }
  if (want(5)) {
    log('5. start-up in fresh processes');
    const ours: ChildFigures[] = [];
    const base: ChildFigures[] = [];
    await alternate(
      ROUNDS,
      () => ours.push(startupOurs()),
      () => base.push(startupAjv(SCHEMA_FILE)),
    );
    ours.splice(0, 1);
    base.splice(0, 1);
    const empty = startupEmpty();
    const ms = ours.map((f) => f.importMs);
    compare(5, 'startup', "Start-up: cold import('currencycom-ws')", 'ms', ms, `import ajv + compile the ${String(base[0]?.compiled ?? '')} schemas`, base.map((f) => f.importMs), {
      aim: '< 60 ms',
      met: median(ms) < 60,
      note:
        `after GC: heap ${median(ours.map((f) => f.heapMB)).toFixed(1)} MB, RSS ${median(ours.map((f) => f.rssMB)).toFixed(0)} MB ` +
        `(ajv: heap ${median(base.map((f) => f.heapMB)).toFixed(1)} MB, RSS ${median(base.map((f) => f.rssMB)).toFixed(0)} MB; ` +
        `empty node: heap ${empty.heapMB.toFixed(1)} MB, RSS ${empty.rssMB.toFixed(0)} MB); ` +
        `new CurrencyComClient() ${median(ours.map((f) => Number(f.constructMs))).toFixed(1)} ms`,
    });
  }
}

function generationRows(peerProblem: string | undefined): void {
  log('6. generation (fresh processes): npm run generate, after an edit to an operation and to a schema, after an edit in place, --check, and a process that only parses');
  // One untimed run of the generation kinds first (it leaves the generator's cache as any earlier run would),
  // then rounds in a rotating order; ratios pair the runs of the same round.
  const kinds = {
    parse: () => parseOnly() / 1000,
    ours: () => generateOurs() / 1000,
    edited: () => generateEdited() / 1000,
    schemaEdited: () => generateEdited('schema') / 1000,
    inPlace: () => generateEditedInPlace() / 1000,
    inPlaceParameter: () => generateEditedInPlace('parameter') / 1000,
    check: () => generateCheck() / 1000,
  };
  const names = Object.keys(kinds) as (keyof typeof kinds)[];
  kinds.ours();
  kinds.edited();
  kinds.schemaEdited();
  kinds.inPlace();
  kinds.inPlaceParameter();
  const res = { parse: [] as number[], ours: [] as number[], edited: [] as number[], schemaEdited: [] as number[], inPlace: [] as number[], inPlaceParameter: [] as number[], check: [] as number[] };
  // Each run is a fresh process of a few seconds: the rounds stop early (but not below 3) once
  // this row has used its share of the bench's time.
  const budgetMs = quick ? 60_000 : 150_000;
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    if (r >= 3 && performance.now() - t0 > budgetMs) break;
    for (let i = 0; i < names.length; i++) {
      const k = names[(i + r) % names.length]!;
      res[k].push(kinds[k]());
    }
  }
  const cold = generateOurs(['--no-cache']) / 1000;
  const floorName = 'a process that only parses the document (@asyncapi/parser)';
  const aim = (ours: number[]): Partial<Row> => ({ aim: '≤ 1.3×', met: median(ratios(ours, res.parse)) <= 1.3 });
  compare(6, 'generate', `Generation: npm run generate into an empty dir (${generatedFileCount()} files)`, 's', res.ours, floorName, res.parse, {
    ...aim(res.ours),
    note:
      `${res.ours.length} rounds; the generator's cache as any earlier run leaves it (compiler output of unchanged sources, validators of unchanged schemas, the parser's compiled AsyncAPI schema, Modelina's types and the docs of an unchanged document; the document is still parsed and validated in full); ` +
      `the first run after a change to the generator itself (--no-cache: everything computed) took ${cold.toFixed(2)} s`,
  });
  compare(6, 'generate-edited', 'Generation: npm run generate after an edit to the document', 's', res.edited, floorName, res.parse, {
    ...aim(res.edited),
    note: "each run changes one operation summary: spec, api, client, cli-spec and docs are regenerated, and those sources go through the compiler (oxc-transform) again; Modelina's types come from the cache (an operation's prose is not in their key)",
  });
  compare(6, 'generate-edited-schema', "Generation: npm run generate after an edit to a schema's description", 's', res.schemaEdited, floorName, res.parse, {
    ...aim(res.schemaEdited),
    note: 'each run changes the description of one component schema: Modelina runs again (the types and their JSDoc change), then as above',
  });
  compare(6, 'generate-edited-in-place', 'Generation: npm run generate after an edit in place (the folder holds the old package)', 's', res.inPlace, floorName, res.parse, {
    ...aim(res.inPlace),
    note: "as a maintainer runs it: generated/ holds the package of the document before the edit, so the run also compares the documents and their declarations for the version bump and the changelog; each run rewords an operation summary (the declarations' digest stored by the run before shows they are unchanged)",
  });
  compare(6, 'generate-edited-in-place-parameter', 'Generation: npm run generate after an edit in place that adds a parameter', 's', res.inPlaceParameter, floorName, res.parse, {
    ...aim(res.inPlaceParameter),
    note: "as above, each run adding an optional parameter to a request schema: Modelina and ajv run again, and the declarations differ, so the release step reads them with the TypeScript compiler (the old package's from the files the run before stored)",
  });
  compare(6, 'generate-check', 'Generation: npm run generate -- --check (nothing written)', 's', res.check, floorName, res.parse, aim(res.check));
  if (peerProblem !== undefined) {
    skipped(6, 'generate-asyncapi', 'Generation vs the AsyncAPI generator', peerProblem);
    return;
  }
  const g = { ours: [] as number[], base: [] as number[] };
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    if (r % 2 === 0) {
      g.ours.push(generateOurs() / 1000);
      g.base.push(generateAsyncapi() / 1000);
    } else {
      g.base.push(generateAsyncapi() / 1000);
      g.ours.push(generateOurs() / 1000);
    }
  }
  compare(6, 'generate-asyncapi', 'Generation: npm run generate', 's', g.ours, 'AsyncAPI generator 3.4.1, its JS WebSocket client template', g.base, {
    note: `${g.ours.length} alternating runs; the AsyncAPI generator (declares node >= 24.11, runs offline on ${process.version}): ${asyncapiOutputCheck()}`,
  });
}

async function peerRows(lb: Loopback, peerProblem: string | undefined): Promise<void> {
  if (peerProblem !== undefined) {
    skipped(7, 'ccxt', 'Peer: ccxt.pro.currencycom watchTrades', peerProblem);
    return;
  }
  log(`7. ccxt: ${CCXT_EVENTS} events per run`);
  const mod = await importPeer('ccxt');
  const ccxt = mod.default ?? mod;
  const c = await alternate(ROUNDS, () => streamOurs(lb, CCXT_EVENTS), () => streamCcxt(ccxt, lb, CCXT_EVENTS));
  compare(7, 'ccxt', 'Peer: same trades stream, ours (sub.on("data"))', 'events/s', c.ours, `ccxt ${String(ccxt.version)} pro.currencycom watchTrades`, c.base, {
    cpu: cpuOf(c, CCXT_EVENTS),
  });
}

function memoryRows(): void {
  log(`8. memory: ${MEMORY_EVENTS} events in ${MEMORY_SYMBOLS.length} symbols, fast and slow consumers (fresh process)`);
  const describe = (f: MemoryFigures): string =>
    `${f.beforeMB.toFixed(1)} → ${f.afterMB.toFixed(1)} MB (peak ${f.peakMB.toFixed(1)})`;
  const { fast, fastRaw, slow, slowRaw } = JSON.parse(tsChild('child/memory.ts', [String(MEMORY_EVENTS)], 180_000)) as Record<
    'fast' | 'fastRaw' | 'slow' | 'slowRaw',
    MemoryFigures
  >;
  const count = MEMORY_EVENTS >= 1e6 ? `${MEMORY_EVENTS / 1e6}M` : `${MEMORY_EVENTS / 1e3}k`;
  memoryRow('memory-fast', `Memory: heap after ${count} events, fast consumer`, fast, fastRaw, 'raw ws, parse and drop', `ours ${describe(fast)}, dropped ${fast.dropped}; raw ${describe(fastRaw)}`);
  memoryRow(
    'memory-slow',
    `Memory: heap after ${count} events, slow consumer (1 ms/event)`,
    slow,
    slowRaw,
    'raw ws, unbounded queue',
    `ours ${describe(slow)}, buffer ${slow.bufferSize} latest-per-key: delivered ${slow.delivered}, dropped ${slow.dropped}; ` +
      `raw ${describe(slowRaw)}, queue reached ${slowRaw.bufferSize}`,
  );
}

function memoryRow(id: string, title: string, ours: MemoryFigures, raw: MemoryFigures, baseName: string, note: string): void {
  const growth = (f: MemoryFigures): number => Math.max(0, f.afterMB - f.beforeMB);
  rows.push({
    group: 8,
    id,
    title,
    ours: { median: ours.afterMB, min: ours.afterMB, max: ours.afterMB, unit: 'MB heap after', runs: [ours.afterMB] },
    baseline: { name: baseName, median: raw.afterMB, min: raw.afterMB, max: raw.afterMB, unit: 'MB heap after', runs: [raw.afterMB] },
    ratio: single(ours.afterMB / raw.afterMB),
    note: `${note}; growth ours ${growth(ours).toFixed(1)} MB, raw ${growth(raw).toFixed(1)} MB (one run each)`,
  });
}

/** Row 9: browser bundle sizes (deterministic: one build each). */
async function bundleRows(): Promise<void> {
  log('browser bundles (esbuild, platform=browser, min+gzip)');
  const { market, everything, everythingSplit } = await bundleSizes();
  const kb = (bytes: number): Figure => ({ median: bytes / 1000, min: bytes / 1000, max: bytes / 1000, unit: 'KB min+gzip', runs: [bytes / 1000] });
  rows.push({
    group: 9,
    id: '9a',
    title: 'browser bundle: client + market data (depth, quote stream, heartbeat)',
    ours: kb(market.gzipBytes),
    baseline: { name: 'everything (9b)', ...kb(everything.gzipBytes) },
    ratio: single(market.gzipBytes / everything.gzipBytes),
    note: `${market.files} files as the page loads them (entry chunk + the validator chunks of the operations it calls), ${(market.minBytes / 1000).toFixed(1)} KB minified`,
  });
  rows.push({
    group: 9,
    id: '9b',
    title: 'browser bundle: everything (every export of the main entry)',
    ours: kb(everything.gzipBytes),
    baseline: null,
    ratio: null,
    note: `one file, ${(everything.minBytes / 1000).toFixed(1)} KB minified; no externals; the operations' own validator modules (the client's import()s) inlined too`,
  });
  rows.push({
    group: 9,
    id: '9c',
    title: 'browser bundle: everything, built with code splitting, as the page loads it',
    ours: kb(everythingSplit.gzipBytes),
    baseline: null,
    ratio: null,
    note: `${everythingSplit.files} files (entry chunk and its static imports), ${(everythingSplit.minBytes / 1000).toFixed(1)} KB minified; the client takes the main entry's validators, so no operation's chunk is fetched`,
  });
}

function single(v: number): Spread {
  return { median: v, min: v, max: v };
}

function fmtNum(v: number): string {
  return v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0);
}

main().then(
  () => process.exit(0), // sockets or timers a peer library left behind must not keep the process alive
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
