// Row 5, context: an empty Node process's memory (run with --expose-gc).
globalThis.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({ importMs: 0, readyMs: performance.now(), heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 }));
