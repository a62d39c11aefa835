/** Starts the loopback server (lib/server-worker.mjs) in a worker thread. */
import { Worker } from 'node:worker_threads';

export interface Loopback {
  readonly port: number;
  /** The URL of a connection that receives `events` trade events after subscribing. */
  url(events?: number): string;
  close(): Promise<void>;
}

export async function startLoopback(): Promise<Loopback> {
  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  return {
    port,
    url: (events = 0) => `ws://127.0.0.1:${port}/connect?events=${events}`,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
