/**
 * `npx tsx bench/paired.ts [data|iterate] [--rounds 3000] [--validate false]`
 *
 * The client's JavaScript per event against the raw code, paired finely enough to hold on a busy
 * machine: one client and one raw socket on the fake socket of rows/fake.ts, alternating blasts of
 * 100 trade frames, each blast timed in this process's CPU time (`process.cpuUsage`), summed over
 * the rounds. Wall time on a shared 2-core machine swings by 2×; this ratio moves by a few percent.
 * `iterate` reads the events with `await sub.next()` (what `for await` calls) after each blast.
 */
import { parseArgs } from 'node:util';
import { CurrencyComClient } from 'currencycom-ws';
import { FakeSocket } from './rows/fake.js';
import { alternatePieces, cpuUs, type Piece } from './lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3000' }, validate: { type: 'string', default: 'true' } },
});
const mode = positionals[0] ?? 'data';
if (mode !== 'data' && mode !== 'iterate') throw new Error(`unknown mode ${mode} (data or iterate)`);
const ROUNDS = Number(values.rounds);
const BLAST = 100;

const client = new CurrencyComClient({
  url: 'ws://fake/connect',
  WebSocket: FakeSocket,
  rateLimit: false,
  reconnect: false,
  heartbeatIntervalMs: 0,
  validateInbound: values.validate !== 'false',
});
await client.connect();
const oursSocket = FakeSocket.last!;
const sub = client.subscribeTrades({ symbols: ['BTC/USD'] });
await sub.ready;
let ours = 0;
if (mode === 'data') sub.on('data', () => void ours++);

const raw = new FakeSocket('ws://fake/connect');
await new Promise<void>((resolve) => raw.on('open', () => resolve()));
let rawCount = 0;
raw.on('message', (data: Buffer) => {
  const frame = JSON.parse(String(data));
  if (frame.destination === 'internal.trade') rawCount++;
});

async function oursBlast(): Promise<void> {
  oursSocket.blast(BLAST);
  if (mode === 'data') return;
  for (let i = 0; i < BLAST; i++) {
    const r = await sub.next();
    if (r.done) throw new Error('the subscription ended');
    ours++;
  }
}

// One round of ROUNDS blasts each, after 300 untimed pairs (lib/stats.ts alternatePieces).
const timed = (blast: () => unknown) => async (): Promise<Piece> => {
  const t = cpuUs();
  await blast();
  return { t: cpuUs() - t };
};
const r = await alternatePieces(1, ROUNDS, 300, timed(oursBlast), timed(() => raw.blast(BLAST)));
const [oursUs, rawUs] = [r.a[0]!, r.b[0]!];
await client.close();
raw.close();
const events = ROUNDS * BLAST;
if (ours !== events + 300 * BLAST || rawCount !== events + 300 * BLAST || sub.dropped !== 0) throw new Error('events were lost');
console.log(
  `${mode}${values.validate === 'false' ? ' (validateInbound: false)' : ''}: ours ${(oursUs / events).toFixed(3)} µs CPU per event, raw ${(rawUs / events).toFixed(3)} → raw/ours ${(rawUs / oursUs).toFixed(3)}`,
);
