/**
 * The standalone simulator: started as a separate process with `--port 0`, it prints a ws:// URL
 * that a client can use; it is stopped with SIGTERM afterwards.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, cleanup, client } from './helpers.js';

const children: ChildProcess[] = [];

afterEach(async () => {
  await cleanup();
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  }
});

/** Starts `node <script> <args>` in ROOT; resolves with the first ws:// URL it prints, rejects when it exits first. */
function startCli(script: string, args: string[], timeoutMs = 10_000): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL within ${timeoutMs} ms; stdout: ${out} stderr: ${err}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /ws:\/\/\S+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0] });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}) before printing a URL; stderr: ${err.trim()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.kill('SIGTERM');
  });
}

const ARGS = ['--port', '0', '--api-key', 'K', '--api-secret', 'S'];

async function useIt(url: string): Promise<void> {
  expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/connect$/);
  expect(Number(new URL(url).port)).toBeGreaterThan(0);
  const c = client({ url, apiVersion: 'v2', apiKey: 'K', apiSecret: 'S' });
  await c.connect();
  expect((await c.account({ showZeroBalance: true })).balances.length).toBeGreaterThan(0);
  expect((await c.exchangeInfo()).symbols.length).toBeGreaterThan(0);
  await c.close();
}

describe('the standalone simulator', () => {
  it('node generated/dist/simulator-cli.js --port 0 --api-key K --api-secret S prints a URL a client can use', async () => {
    const { child, url } = await startCli(join('generated', 'dist', 'simulator-cli.js'), ARGS);
    await useIt(url);
    const exit = await stop(child);
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
  });

  it('starts without credentials on a default key pair, and prints URL, key, secret source and symbols', async () => {
    const child = spawn(process.execPath, [join('generated', 'dist', 'simulator-cli.js'), '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CURRENCYCOM_API_KEY: '', CURRENCYCOM_API_SECRET: '' },
    });
    children.push(child);
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (/Ctrl-C/.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/connect$/);
    expect(lines[1]).toBe('API key: simulator-key (default)');
    expect(lines.find((l) => l.startsWith('symbols (v1): '))).toContain('BTC/USD');
    await stop(child);
  });

  /** Runs the CLI to its exit; returns its code and output. */
  function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
    const child = spawn(process.execPath, [join('generated', 'dist', 'simulator-cli.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
  }

  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--port', 'abc'], /--port must be an integer from 0 to 65535 \(got "abc"\)/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--port'], /--port/],
    [['stray'], /unexpected argument stray/],
  ])('%j: one line on stderr saying what is wrong, exit 2, no stack trace', async (args, wanted) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(wanted);
    expect(r.err).toContain('--help');
    expect(r.err).not.toMatch(/\bat .*:\d+:\d+|ERR_/);
  });

  it('a port in use: one line naming the port and the fix, exit 2', async () => {
    const { child, url } = await startCli(join('generated', 'dist', 'simulator-cli.js'), ARGS);
    const r = await runCli(['--port', new URL(url).port]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`port ${new URL(url).port} .*in use.*--port 0`));
    await stop(child);
  });

  it('--help prints the options and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const flag of ['--port', '--host', '--api-key', '--api-secret', '--seed', '--verbose', '--help']) expect(r.out).toContain(flag);
  });

  // Regression: the root script once pointed at a file the package does not have.
  it('`npm run simulator` (the root package.json script) points at the CLI the package has', async () => {
    const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.simulator!;
    const m = /^node\s+(\S+)$/.exec(script.trim());
    expect(m, `scripts.simulator is "node <file>": ${script}`).not.toBeNull();
    expect(existsSync(join(ROOT, m![1]!)), `${m![1]} exists`).toBe(true);
    const { child, url } = await startCli(m![1]!, ARGS);
    await useIt(url);
    await stop(child);
  });
});
