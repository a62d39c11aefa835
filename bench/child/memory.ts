// Row 8 in a fresh process (its heap holds only the client, ws and this script): prints one JSON
// line with the four runs. argv[2]: events per run.
import { startLoopback } from '../lib/loopback.js';
import { memoryOurs, memoryRaw } from '../rows/memory.js';

const n = Number(process.argv[2] ?? '1000000');
const lb = await startLoopback();
try {
  const fast = await memoryOurs(lb, n, false);
  const fastRaw = await memoryRaw(lb, n, false);
  const slow = await memoryOurs(lb, n, true);
  const slowRaw = await memoryRaw(lb, n, true);
  console.log(JSON.stringify({ fast, fastRaw, slow, slowRaw }));
} finally {
  await lb.close();
}
