// Row 5, ours: a cold import of the package in a fresh process (run with --expose-gc), then one
// client constructed (no connection). Prints one JSON line.
const t0 = performance.now();
const { CurrencyComClient } = await import('currencycom-ws');
const t1 = performance.now();
const client = new CurrencyComClient({ url: 'ws://127.0.0.1:9/connect' });
const t2 = performance.now();
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ importMs: t1 - t0, constructMs: t2 - t1, readyMs: t2, heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, ok: client.state === 'closed' }));
