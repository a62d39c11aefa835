/**
 * Opens a page in headless Chromium over the DevTools protocol and evaluates an expression in it.
 * `findChromium()` is undefined when no Chromium is installed (tests then skip outside CI, saying
 * so, and fail under CI=true: see test/helpers/tools.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_BIN) return process.env.CHROMIUM_BIN;
  for (const c of CANDIDATES) {
    const r = spawnSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** Loads `url` and returns the value of `expression` (evaluated after the load event). */
export async function evaluateInPage<T>(chromium: string, url: string, expression: string, timeoutMs = 30_000): Promise<T> {
  return withPage(chromium, url, {}, (page) => page.evaluate<T>(expression), timeoutMs);
}

export interface PageOptions {
  /** Viewport in CSS pixels (device scale factor 1). */
  readonly width?: number;
  readonly height?: number;
  /** Emulated `prefers-color-scheme`. */
  readonly colorScheme?: 'light' | 'dark';
}

export interface Page {
  /** Evaluates an expression (awaiting a returned promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Types text into the focused element, key by key (keydown, input, keyup). */
  type(text: string): Promise<void>;
  /** Presses one key (e.g. `/`, `Enter`, `Escape`) with its key events. */
  press(key: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** A raw DevTools call on the page's session. */
  send(method: string, params?: object): Promise<any>;
}

const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Escape: { code: 'Escape', keyCode: 27 },
  '/': { code: 'Slash', keyCode: 191, text: '/' },
};

/** Loads `url` in a fresh headless Chromium with the options, runs `fn` on the loaded page, closes it all. */
export async function withPage<T>(chromium: string, url: string, options: PageOptions, fn: (page: Page) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  const child = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before listening: ${err.slice(0, 500)}`)));
    });
    const ws = new WebSocket(endpoint);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    let id = 0;
    const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
    const events: { method: string; sessionId?: string }[] = [];
    const eventWaiters: (() => void)[] = [];
    let closed = false;
    ws.on('close', () => {
      closed = true;
      for (const w of waiting.values()) w.reject(new Error('chromium closed the DevTools connection'));
      waiting.clear();
      for (const f of eventWaiters.splice(0)) f();
    });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.id !== undefined) {
        const w = waiting.get(msg.id);
        waiting.delete(msg.id);
        if (msg.error) w?.reject(new Error(JSON.stringify(msg.error)));
        else w?.resolve(msg.result);
      } else {
        events.push(msg);
        for (const f of eventWaiters.splice(0)) f();
      }
    });
    const send = (method: string, params: object = {}, sessionId?: string): Promise<any> =>
      new Promise((resolve, reject) => {
        const n = ++id;
        waiting.set(n, { resolve, reject });
        ws.send(JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) }));
      });
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    if (options.width !== undefined || options.height !== undefined) {
      await send('Emulation.setDeviceMetricsOverride', { width: options.width ?? 1280, height: options.height ?? 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    }
    if (options.colorScheme) await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: options.colorScheme }] }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    while (!events.some((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId)) {
      if (closed) throw new Error('chromium closed before the page loaded');
      await new Promise<void>((resolve) => eventWaiters.push(resolve));
    }
    const key = async (type: 'keyDown' | 'keyUp' | 'char', k: string) => {
      const known = KEYS[k];
      const text = known ? known.text : k;
      await send('Input.dispatchKeyEvent', { type, key: k, code: known?.code ?? '', windowsVirtualKeyCode: known?.keyCode ?? k.toUpperCase().charCodeAt(0), ...(type !== 'keyUp' && text ? { text, unmodifiedText: text } : {}) }, sessionId);
    };
    const page: Page = {
      async evaluate<R>(expression: string): Promise<R> {
        const result = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, userGesture: true }, sessionId);
        if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
        return result.result.value as R;
      },
      async press(k: string) {
        await key('keyDown', k);
        await key('keyUp', k);
      },
      async type(text: string) {
        for (const ch of text) {
          await key('keyDown', ch);
          await key('keyUp', ch);
        }
      },
      async screenshot() {
        const { data } = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
        return Buffer.from(data, 'base64');
      },
      send: (method: string, params: object = {}) => send(method, params, sessionId),
    };
    const value = await fn(page);
    // Let the browser close itself (and its helper processes) before its profile is removed.
    await Promise.race([send('Browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    ws.close();
    return value;
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      }
    }
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a helper process may still hold the profile: a leftover temporary folder is harmless
    }
  }
}
