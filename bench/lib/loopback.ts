/** Starts the loopback server (lib/server-worker.mjs) in a worker thread. */
import { Worker } from 'node:worker_threads';

export interface Loopback {
  readonly port: number;
  /** The URL of a connection that receives `events` trade events after subscribing. */
  url(events?: number): string;
  /** The URL of a connection the bench can later `blast` events to (see server-worker.mjs). */
  taggedUrl(tag: string): string;
  /** Tells the server to send `count` more trade events to the connection tagged `tag`. */
  blast(tag: string, count: number): void;
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
    taggedUrl: (tag) => `ws://127.0.0.1:${port}/connect?events=0&tag=${encodeURIComponent(tag)}`,
    blast: (tag, count) => worker.postMessage({ blast: tag, count }),
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
