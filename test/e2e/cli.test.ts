/**
 * The command line `currencycom-ws` against the simulator: every operation's --help, a run of each
 * public operation with its documented example, the signed `account`, the refusals (exit 2, one
 * line on stderr naming the flag and the rule, empty stdout, no connection made), an unknown
 * symbol (exit 1 with the API's code), subscriptions as JSON Lines (--count, Ctrl-C). Most runs
 * are in-process (runCli with captured output); a few run the bin as a real child process.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurrencyComClient, codec, operations, spec, validateEvent, validateReply } from 'currencycom-ws';
import { cliSpec } from '../../generated/dist/cli-spec.js';
import { runCli } from '../../generated/dist/cli/run.js';
import { INSTRUMENTS } from '../../generated/dist/simulator/instruments.js';
import { ROOT, cleanup, sim, tappedWebSocket } from './helpers.js';

const BIN = join(ROOT, 'generated', 'dist', 'cli.js');
const PROGRAM = cliSpec.program;
const KEY_ENV = cliSpec.env.apiKey;
const SECRET_ENV = cliSpec.env.apiSecret;

let url: string;
let apiKey: string;
let apiSecret: string;
let env: Record<string, string>;

beforeAll(async () => {
  // Quotes every 20 ms so that subscriptions have events to print (no assertion depends on the pace).
  const s = await sim({ tickMs: 20 });
  url = s.url;
  apiKey = s.apiKey;
  apiSecret = s.apiSecret;
  env = { [KEY_ENV]: apiKey, [SECRET_ENV]: apiSecret };
});
afterAll(cleanup);

interface Run {
  code: number;
  out: string;
  err: string;
  /** WebSocket connections the command opened. */
  connections: number;
}

async function cli(
  argv: string[],
  options: { env?: Record<string, string>; tty?: boolean; interrupt?: AbortController; onLine?: (n: number) => void; onErr?: (text: string) => void } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  let lines = 0;
  const { tap, WebSocket } = tappedWebSocket();
  const code = await runCli(
    { spec: cliSpec, codec, createClient: (o) => new CurrencyComClient({ ...o, WebSocket }) },
    {
      argv,
      env: options.env ?? {},
      stdout: {
        isTTY: options.tty ?? false,
        write: (t: string) => {
          out += t;
          lines += (t.match(/\n/g) ?? []).length;
          options.onLine?.(lines);
          return true;
        },
      },
      stderr: {
        write: (t: string) => {
          err += t;
          options.onErr?.(err);
          return true;
        },
      },
      ...(options.interrupt ? { interrupt: options.interrupt.signal } : {}),
    },
  );
  return { code, out, err, connections: tap.sockets.length };
}

const jsonLines = (text: string): unknown[] => text.trimEnd().split('\n').map((l) => JSON.parse(l));
/** What a subscription prints on stderr: its reply, as one line. */
const subscribed = (id: string) => new RegExp(`^${PROGRAM} ${id}: subscribed: \\{.*\\}\\n$`);
const ids = Object.keys(operations);

describe('currencycom-ws --help', () => {
  it('lists every operation with its summary, grouped and ordered as the reference docs group them', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const id of ids) expect(r.out).toMatch(new RegExp(`^  ${id} +(\\* )? *${operations[id]!.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    // The docs' operations page: one table-of-contents line per group, listing its sections in order
    // (the events line is not a group of operations).
    const toc = readFileSync(join(ROOT, 'generated', 'docs', 'operations.md'), 'utf8').split('\n').filter((l) => /^- \[[^\]]+\]\(#(?!events\))/.test(l));
    const docsGroups = toc.map((l) => ({ title: /^- \[([^\]]+)\]/.exec(l)![1], anchors: [...l.matchAll(/\]\(#(op-[^)]+)\)/g)].map((m) => m[1]) }));
    const cliGroups = cliSpec.groups.map((g) => ({ title: g.title, anchors: g.operations.map((id) => cliSpec.operations[id]!.docs) }));
    expect(cliGroups).toEqual(docsGroups);
    expect(cliSpec.groups.flatMap((g) => g.operations).sort()).toEqual([...ids].sort());
    const order = cliSpec.groups.flatMap((g) => g.operations).map((id) => r.out.indexOf(`\n  ${id} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  for (const id of ids) {
    it(`${id} --help: parameters with type, required, default, enum, description; signed; weight; example`, async () => {
      const r = await cli([id, '--help']);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.connections).toBe(0);
      const op = cliSpec.operations[id]!;
      expect(r.out).toContain(`${PROGRAM} ${id}: ${operations[id]!.summary}`);
      for (const p of op.params) {
        const line = r.out.split('\n').find((l) => l.startsWith(`  --${p.flag} `));
        expect(line, `--${p.flag}`).toBeDefined();
        expect(line).toContain(`<${p.typeText}>`);
        expect(line).toContain(p.required ? 'required' : 'optional');
        if (p.default !== undefined) expect(line).toContain(`default ${JSON.stringify(p.default)}`);
        if (p.enum) expect(line).toContain(`one of ${p.enum.join(', ')}`);
        if (p.description) expect(r.out).toContain(p.description.split('\n')[0]!.trim());
      }
      if (op.params.length === 0) expect(r.out).toContain('Parameters: none');
      expect(r.out).toContain(`Signed: ${operations[id]!.signed ? `yes; the key pair comes from ${KEY_ENV} and ${SECRET_ENV}` : 'no'}`);
      expect(r.out).toContain(`Weight: ${operations[id]!.weight}`);
      expect(r.out).toMatch(new RegExp(`Example:\\n  ${PROGRAM} ${id}( |\\n)`));
    });
  }
});

/**
 * The document's example, with the symbols the simulator does not list (the examples name real
 * instruments such as ETH/BTC) replaced by ones it does, keyed by the stream's routing parameter
 * or the request's symbol-typed parameters.
 */
function simulatorExample(id: string): string[] {
  const known = new Set(INSTRUMENTS.map((i) => i.symbol));
  const symbolFlags = new Set(cliSpec.operations[id]!.params.filter((p) => /\(Symbol\)|^Symbol/.test(p.typeText) || p.name === operations[id]!.stream?.match[0]?.param).map((p) => `--${p.flag}`));
  const args = [...cliSpec.operations[id]!.example];
  for (let i = 1; i < args.length; i++) {
    if (!symbolFlags.has(args[i - 1]!)) continue;
    const items = args[i]!.split(',').filter((s) => known.has(s));
    args[i] = items.length > 0 ? items.join(',') : INSTRUMENTS[0]!.symbol;
  }
  return args;
}

describe('a run of each public operation, with its documented example', () => {
  for (const id of ids.filter((i) => !operations[i]!.signed)) {
    const op = operations[id]!;
    it(`${id} ${simulatorExample(id).join(' ')}`, async () => {
      const extra = op.kind === 'subscribe' ? ['--count', '2'] : [];
      const r = await cli([id, ...simulatorExample(id), ...extra, '--url', url]);
      expect(r.err).toMatch(op.kind === 'subscribe' ? subscribed(id) : /^$/);
      expect(r.code).toBe(0);
      if (op.kind === 'subscribe') {
        const events = jsonLines(r.out);
        expect(events).toHaveLength(2);
        for (const e of events) expect(validateEvent(op.stream!.eventDestination, e)).toMatchObject({ valid: true });
      } else {
        expect(r.out.endsWith('\n')).toBe(true);
        expect(r.out.trimEnd().includes('\n')).toBe(false); // compact when stdout is not a terminal
        expect(validateReply(op.destinations[spec.defaultVersion] ?? Object.values(op.destinations)[0]!, JSON.parse(r.out))).toMatchObject({ valid: true });
      }
    });
  }

  it('depth --symbol BTC/USD --limit 5 prints the book; indented on a terminal', async () => {
    const r = await cli(['depth', '--symbol', 'BTC/USD', '--limit', '5', '--url', url], { tty: true });
    expect(r.code).toBe(0);
    const book = JSON.parse(r.out) as { bids: unknown[]; asks: unknown[] };
    expect(book.bids.length).toBeGreaterThan(0);
    expect(book.bids.length).toBeLessThanOrEqual(5);
    expect(r.out).toMatch(/^\{\n  "/);
  });

  it('--api-version and --timeout are passed on', async () => {
    const r = await cli(['time', '--url', url, '--api-version', 'v1', '--timeout', '5000']);
    expect(r.code).toBe(0);
    expect(validateReply(operations.time!.destinations.v1!, JSON.parse(r.out))).toMatchObject({ valid: true });
  });
});

describe('signed operations', () => {
  it('account signs with the key pair from the environment; the secret is never printed', async () => {
    const r = await cli(['account', '--showZeroBalance', '--url', url], { env });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const account = JSON.parse(r.out) as { balances: unknown[] };
    expect(account.balances.length).toBeGreaterThan(0);
    expect(r.out).not.toContain(apiSecret);
  });

  it('a wrong secret: the API error (code, name, message) on stderr, exit 1, the secret not shown', async () => {
    const wrong = 'not-the-secret-' + apiSecret.slice(0, 6);
    const r = await cli(['account', '--url', url], { env: { [KEY_ENV]: apiKey, [SECRET_ENV]: wrong } });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${PROGRAM} account: API error code (-?\\d+) (\\w+): .+\\n$`));
    const [, code, name] = /code (-?\d+) (\w+)/.exec(r.err)!;
    expect(spec.errorCodes[Number(code)]).toBe(name);
    expect(r.err).not.toContain(wrong);
  });
});

describe('bad input: exit 2, one line on stderr naming the flag and the rule, nothing on stdout, nothing sent', () => {
  const cases: [string, string[], RegExp, Record<string, string>?][] = [
    ['a missing required parameter', ['depth', '--limit', '5'], /^currencycom-ws depth: --symbol is required \(rule: required\)$/m],
    ['a value of the wrong type', ['depth', '--symbol', 'BTC/USD', '--limit', 'five'], /--limit must be a whole number \(got "five"\) \(rule: type\)/],
    ['a value beyond the schema maximum', ['depth', '--symbol', 'BTC/USD', '--limit', '5000'], /--limit must be <= 1000 \(rule: maximum\)/],
    ['a value the schema pattern refuses', ['depth', '--symbol', ' BTC'], /--symbol must match pattern .* \(rule: pattern\)/],
    ['an empty array item', ['subscribeMarketData', '--symbols', 'BTC/USD,'], /--symbols \(item 1\) must match pattern .* \(rule: pattern\)/],
    ['a value outside the enum', ['klines', '--symbol', 'BTC/USD', '--interval', '2m'], /--interval must be one of 1m, .* \(rule: enum\)/],
    ['an unknown flag', ['depth', '--symbol', 'BTC/USD', '--depth', '5'], /unknown flag --depth: depth has --symbol, --limit .*\(rule: known-flag\)/],
    ['an unknown operation', ['orderBook', '--symbol', 'BTC/USD'], /^currencycom-ws: unknown operation "orderBook".*\(rule: operation\)$/m],
    ['no operation', [], /name an operation/],
    ['a signed operation without the key pair', ['account'], /account is signed: set CURRENCYCOM_API_KEY and CURRENCYCOM_API_SECRET in the environment \(rule: credentials\)/, {}],
    ['a signed operation without the secret', ['account'], /set CURRENCYCOM_API_SECRET in the environment/, { CURRENCYCOM_API_KEY: 'k' }],
    ['an unknown server', ['time', '--server', 'nowhere'], /--server: Unknown server "nowhere".*\(rule: enum\)/],
    ['an unknown API version', ['time', '--api-version', 'v9'], /--api-version: Unknown API version v9.*\(rule: version\)/],
    ['an operation absent from the version', ['fetchOrder', '--symbol', 'BTC/USD', '--orderId', 'x', '--api-version', 'v1'], /--api-version: fetchOrder does not exist in v1; it exists in v2 \(rule: version\)/],
    ['--count on a request', ['time', '--count', '3'], /--count applies to subscriptions only.*\(rule: subscription\)/],
    ['a bad --timeout', ['time', '--timeout', 'soon'], /--timeout must be a positive whole number.*\(rule: type\)/],
  ];
  for (const [what, argv, message, caseEnv] of cases) {
    it(what, async () => {
      const withUrl = argv.length > 0 && !argv.includes('--server') ? [...argv, '--url', url] : argv;
      const r = await cli(withUrl, { env: caseEnv ?? env });
      expect(r.err).toMatch(message);
      expect(r.err.endsWith('\n')).toBe(true);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.connections).toBe(0);
      expect(r.err).not.toContain(apiSecret);
    });
  }
});

describe('failures of the exchange or the connection: exit 1', () => {
  it('an unknown symbol: the API code, name and message', async () => {
    const r = await cli(['depth', '--symbol', 'NOPE/XYZ', '--url', url]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const m = /^currencycom-ws depth: API error code (-?\d+) (\w+): (.+)$/m.exec(r.err);
    expect(m, r.err).not.toBeNull();
    expect(spec.errorCodes[Number(m![1])]).toBe(m![2]);
  });

  it('nothing listening: ERR_NOT_CONNECTED', async () => {
    const { port } = new URL(url);
    const dead = url.replace(`:${port}/`, ':1/');
    const r = await cli(['time', '--url', dead, '--timeout', '3000']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^currencycom-ws time: ERR_NOT_CONNECTED: /);
  });
});

describe('subscriptions print JSON Lines', () => {
  it('subscribeMarketData --symbols BTC/USD --count 3: three events of that symbol, exit 0', async () => {
    const r = await cli(['subscribeMarketData', '--symbols', 'BTC/USD', '--count', '3', '--url', url]);
    expect(r.err).toMatch(subscribed('subscribeMarketData'));
    expect(r.code).toBe(0);
    const events = jsonLines(r.out) as Record<string, unknown>[];
    expect(events).toHaveLength(3);
    const field = operations.subscribeMarketData!.stream!.match[0]!.field;
    for (const e of events) expect(e[field]).toBe('BTC/USD');
  });

  it('comma lists and repeated flags; runs until interrupted (Ctrl-C), then exits 0', async () => {
    const interrupt = new AbortController();
    const r = await cli(['subscribeMarketData', '--symbols', 'BTC/USD,ETH/USD', '--symbols', 'LTC/USD', '--url', url], {
      interrupt,
      onLine: (n) => n >= 4 && interrupt.abort(),
    });
    expect(r.err).toMatch(subscribed('subscribeMarketData'));
    expect(r.code).toBe(0);
    const field = operations.subscribeMarketData!.stream!.match[0]!.field;
    const symbols = new Set((jsonLines(r.out) as Record<string, unknown>[]).map((e) => e[field]));
    for (const s of symbols) expect(['BTC/USD', 'ETH/USD', 'LTC/USD']).toContain(s);
  });

  it('a connection lost mid-stream ends the command with exit 1 and the client\'s error code', async () => {
    const own = await sim({ tickMs: 20 });
    let closing: Promise<void> | undefined;
    const r = await cli(['subscribeMarketData', '--symbols', 'BTC/USD', '--url', own.url], { onLine: () => (closing ??= own.close()) });
    await closing;
    expect(r.code).toBe(1);
    expect(r.out.length).toBeGreaterThan(0);
    expect(r.err).toMatch(/^currencycom-ws subscribeMarketData: ERR_[A-Z_]+: /m);
  });

  it('a subscription whose every symbol is refused ends at once with exit 1, naming the symbols, nothing on stdout', async () => {
    const r = await cli(['subscribeMarketData', '--symbols', 'NOPE/XYZ', '--url', url]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^currencycom-ws subscribeMarketData: ERR_SUBSCRIPTION_REJECTED: .*NOPE\/XYZ \(REJECTED\)/m);
  });
});

// ---------------------------------------------------------------------------------------------
// The bin itself, as a user runs it.

function run(args: string[], runEnv: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...runEnv },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

describe('the bin as a child process', () => {
  it('is the package\'s bin, named after it, with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'generated', 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> };
    expect(pkg.bin[pkg.name]).toBe('./dist/cli.js');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help lists every operation', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const id of ids) expect(r.out).toContain(`  ${id} `);
  });

  it('depth --symbol BTC/USD --limit 5 prints a JSON book; depth --limit 5 exits 2 naming symbol with empty stdout', async () => {
    const ok = await run(['depth', '--symbol', 'BTC/USD', '--limit', '5', '--url', url]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(Array.isArray((JSON.parse(ok.out) as { bids: unknown }).bids)).toBe(true);
    const bad = await run(['depth', '--limit', '5', '--url', url]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toBe('currencycom-ws depth: --symbol is required (rule: required)\n');
  });

  it('account signs with the environment\'s key pair; an unknown symbol exits 1 with the API code', async () => {
    const acc = await run(['account', '--url', url], env);
    expect(acc.err).toBe('');
    expect(acc.code).toBe(0);
    expect((JSON.parse(acc.out) as { balances: unknown[] }).balances.length).toBeGreaterThan(0);
    const unknown = await run(['depth', '--symbol', 'NOPE/XYZ', '--url', url]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/API error code -?\d+ \w+: /);
  });

  it('subscribeMarketData --symbols BTC/USD --count 3 prints 3 JSON lines and exits 0', async () => {
    const r = await run(['subscribeMarketData', '--symbols', 'BTC/USD', '--count', '3', '--url', url]);
    expect(r.err).toMatch(subscribed('subscribeMarketData'));
    expect(r.code).toBe(0);
    expect(jsonLines(r.out)).toHaveLength(3);
  });

  it('Ctrl-C (SIGINT) ends a subscription with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'subscribeMarketData', '--symbols', 'BTC/USD', '--url', url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let interrupted = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // One Ctrl-C: lines still arriving while the client closes must not send a second one.
      if (out.includes('\n') && !interrupted) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(jsonLines(out.slice(0, out.lastIndexOf('\n') + 1)).length).toBeGreaterThan(0);
  });
});
