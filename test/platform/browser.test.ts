/**
 * The client in a real browser: a page bundled by esbuild for platform=browser with no externals
 * (a Node built-in anywhere in the main entry fails the build), served over HTTP and opened in
 * headless Chromium, talks to the simulator: a public request, a signed request (signed in the
 * page with @noble/hashes, checked by the simulator with node:crypto) and a stream.
 * Chromium is a Debian package (.ci/run installs it); under CI=true a missing Chromium fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { startSimulator } from 'currencycom-ws/simulator';
import { evaluateInPage, findChromium } from '../docs/chromium.js';
import { OUT, ROOT } from '../helpers/paths.js';
import { requireTool, skipWithout } from '../helpers/tools.js';

const chromium = findChromium();
if (chromium === undefined && process.env.CI) throw new Error('Chromium is not installed (apt-get install chromium): the browser test cannot run');

const PAGE = `
import { CurrencyComClient } from 'currencycom-ws';

async function run() {
  const params = new URLSearchParams(location.search);
  const client = new CurrencyComClient({
    url: params.get('ws'), apiVersion: 'v1', apiKey: params.get('key'), apiSecret: params.get('secret'), reconnect: false,
  });
  const states = [];
  client.on('state', (change) => states.push(change.state));
  await client.connect();
  const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
  const account = await client.account();
  const quotes = [];
  for await (const quote of client.subscribeMarketData({ symbols: ['BTC/USD'] })) {
    quotes.push(quote);
    if (quotes.length === 3) break;
  }
  let refused;
  try {
    await client.depth({ symbol: 'BTC/USD', limit: 'ten' });
  } catch (error) {
    refused = { code: error.code, field: error.field };
  }
  await client.close();
  return {
    userAgent: navigator.userAgent,
    nodeGlobals: typeof process !== 'undefined' || typeof Buffer !== 'undefined',
    states,
    bids: book.bids.length,
    firstBid: book.bids[0],
    balances: account.balances.length,
    quotes: quotes.map((q) => ({ symbol: q.symbolName, bid: q.bid, ofr: q.ofr })),
    refused,
  };
}

globalThis.pageResult = run().catch((error) => ({ error: String(error && error.stack || error), code: error && error.code }));
`;

/**
 * A page that also uses buildRequest (so its entry chunk holds every validator): the client takes
 * its validators from there and fetches no operation's chunk.
 */
const PAGE_ALL = `
import { CurrencyComClient, buildRequest } from 'currencycom-ws';

async function run() {
  const params = new URLSearchParams(location.search);
  const built = buildRequest('/api/v1/depth', { symbol: 'BTC/USD', limit: 5 }, { correlationId: 1 });
  const client = new CurrencyComClient({ url: params.get('ws'), apiVersion: 'v1', reconnect: false });
  await client.connect();
  const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
  const quotes = [];
  for await (const quote of client.subscribeMarketData({ symbols: ['BTC/USD'] })) {
    quotes.push(quote);
    if (quotes.length === 2) break;
  }
  await client.close();
  return { built: built.destination, bids: book.bids.length, quotes: quotes.length };
}

globalThis.pageResult = run().catch((error) => ({ error: String(error && error.stack || error), code: error && error.code }));
`;

/** A validator chunk of one operation, as esbuild names it (e.g. depth.request-ABC123.js). */
const OPERATION_CHUNK = /(?:^|\/)([A-Za-z0-9_]+)\.(request|reply|event)-[A-Z0-9]+\.js$/;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

// Outside CI a machine without Chromium skips, saying so; under CI=true the suite runs and fails.
describe.skipIf(skipWithout(chromium !== undefined))(`in headless Chromium${chromium === undefined ? ' (Chromium is not installed)' : ''}`, () => {
  const dir = join(OUT, 'browser');
  let http: Server;
  let base = '';
  let inputs: string[] = [];
  let outputs: string[] = [];
  /** Paths the pages asked the server for, in order. */
  const requested: string[] = [];

  beforeAll(async () => {
    requireTool('Chromium', chromium !== undefined, 'chromium');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(join(dir, 'page.js'), PAGE);
    writeFileSync(join(dir, 'page-all.js'), PAGE_ALL);
    const result = await build({
      entryPoints: [join(dir, 'page.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: join(dir, 'site'),
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    // The second page in a build of its own (a site of its own): built together, esbuild would
    // share one chunk between the pages, holding what either needs.
    await build({
      entryPoints: [join(dir, 'page-all.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: join(dir, 'site', 'all'),
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    inputs = Object.keys(result.metafile.inputs);
    outputs = Object.keys(result.metafile.outputs);
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><meta charset="utf-8"><title>currencycom-ws</title><script type="module" src="page.js"></script>\n');
    writeFileSync(join(dir, 'site', 'all', 'index.html'), '<!doctype html><meta charset="utf-8"><title>currencycom-ws</title><script type="module" src="page-all.js"></script>\n');
    http = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
      requested.push(path);
      try {
        const body = readFileSync(join(dir, 'site', path));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => http?.close(resolve));
  });

  it('bundles for the browser with no externals: @noble/hashes signs, no node: module, validators in chunks of their own', () => {
    expect(inputs.some((f) => f.endsWith('dist/codec/hmac-portable.js'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('dist/codec/hmac.js'))).toBe(false);
    expect(inputs.filter((f) => f.startsWith('node:'))).toEqual([]);
    // The client's fallback import('ws') (never reached where a global WebSocket exists) resolves to ws's browser stub.
    expect(inputs.filter((f) => f.includes('node_modules/ws/'))).toEqual(['node_modules/ws/browser.js']);
    // One chunk per validator module, loaded when the page first calls the operation.
    expect(outputs.filter((f) => /\.(request|reply|event)-[A-Z0-9]+\.js$/.test(f)).length).toBeGreaterThan(60);
  });

  it('does a public request, a signed request and reads a stream against the simulator', async () => {
    const apiKey = 'browser-key';
    const apiSecret = 'browser-secret-0123456789';
    const sim = await startSimulator({ port: 0, seed: 5, tickMs: 20, apiKey, apiSecret });
    try {
      const url = `${base}/index.html?${new URLSearchParams({ ws: sim.url, key: apiKey, secret: apiSecret })}`;
      requested.length = 0;
      const result = await evaluateInPage<Record<string, any>>(chromium!, url, 'globalThis.pageResult', 60_000);
      // The client alone loads the validator chunks of what it calls (and of its heartbeat), no others.
      const operations = [...new Set(requested.map((p) => OPERATION_CHUNK.exec(p)?.[1]).filter((op) => op !== undefined))].sort();
      expect(operations).toEqual(['account', 'depth', 'onQuote', 'ping', 'subscribeMarketData']);
      expect(result.error, result.error).toBeUndefined();
      expect(result.userAgent).toMatch(/HeadlessChrome|Chrome/);
      expect(result.nodeGlobals).toBe(false);
      expect(result.states).toEqual(['connecting', 'open', 'closed']);
      expect(result.bids).toBeGreaterThan(0);
      expect(result.firstBid).toHaveLength(2);
      expect(result.balances).toBeGreaterThan(0); // the simulator accepted the page's signature
      expect(result.quotes).toHaveLength(3);
      for (const q of result.quotes) {
        expect(q.symbol).toBe('BTC/USD');
        expect(Number(q.ofr)).toBeGreaterThanOrEqual(Number(q.bid));
      }
      expect(result.refused).toEqual({ code: 'ERR_INVALID_REQUEST', field: 'limit' });
    } finally {
      await sim.close();
    }
  }, 90_000);

  it("a page that also uses buildRequest: the client takes the entry chunk's validators and fetches no operation's chunk", async () => {
    const sim = await startSimulator({ port: 0, seed: 6, tickMs: 20, apiKey: 'browser-key', apiSecret: 'browser-secret-0123456789' });
    try {
      requested.length = 0;
      const result = await evaluateInPage<Record<string, any>>(chromium!, `${base}/all/index.html?${new URLSearchParams({ ws: sim.url })}`, 'globalThis.pageResult', 60_000);
      expect(result.error, result.error).toBeUndefined();
      expect(result).toEqual({ built: '/api/v1/depth', bids: expect.any(Number), quotes: 2 });
      expect(result.bids).toBeGreaterThan(0);
      expect(requested).toContain('all/page-all.js');
      expect(requested.filter((p) => OPERATION_CHUNK.test(p))).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 90_000);
});
