/**
 * The command line's argument reading (templates/cli/args.ts), in-process, against a made-up
 * table: flags per parameter, values parsed per the schema's type, arrays as repeated flags or
 * comma lists, booleans, global options, and every refusal naming the flag and the rule.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand, parseValue, UsageError, GLOBAL_FLAGS } from '../../templates/cli/args.js';
import { param, SPEC } from './fixture.js';

function refusal(argv: string[]): UsageError {
  try {
    parseCommand(SPEC, argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

const run = (argv: string[]) => {
  const c = parseCommand(SPEC, argv);
  if (c.kind !== 'run') throw new Error(`not a run: ${c.kind}`);
  return c;
};

describe('parseCommand', () => {
  it('help: --help and -h first; after an operation, that operation', () => {
    expect(parseCommand(SPEC, ['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(SPEC, ['-h'])).toEqual({ kind: 'help' });
    const h = parseCommand(SPEC, ['book', '--pair', 'X', '--help']);
    expect(h.kind).toBe('operation-help');
    // --help wins over flags that would be refused
    expect(parseCommand(SPEC, ['book', '--nope', '--help']).kind).toBe('operation-help');
  });

  it('flags are the parameter names; values parsed per type', () => {
    const c = run(['book', '--pair', 'ZPH-EUR', '--depth', '5']);
    expect(c.operation.id).toBe('book');
    expect(c.params).toEqual({ pair: 'ZPH-EUR', depth: 5 });
    expect(c.options).toEqual({});
    expect(run(['book', '--pair=A B', '--depth=7']).params).toEqual({ pair: 'A B', depth: 7 });
  });

  it('decimals stay text; numbers, JSON and enums (with alias spellings) are read per the schema', () => {
    const c = run(['order', '--side', 'up', '--size', '0.00000010', '--ratio', '-1.5e-3', '--tags', '{"a":[1]}', '--param-count', '3']);
    expect(c.params).toEqual({ side: 'UP', size: '0.00000010', ratio: -0.0015, tags: { a: [1] }, count: 3 });
    // a value may start with a single dash
    expect(run(['order', '--side', 'DOWN', '--size', '-1', '--ratio', '-2']).params).toEqual({ side: 'DOWN', size: '-1', ratio: -2 });
  });

  it('booleans: --flag, --flag=false, --no-flag', () => {
    expect(run(['wallet', '--showEmpty']).params).toEqual({ showEmpty: true });
    expect(run(['wallet', '--showEmpty=false']).params).toEqual({ showEmpty: false });
    expect(run(['wallet', '--no-showEmpty']).params).toEqual({ showEmpty: false });
    expect(run(['wallet']).params).toEqual({});
  });

  it('arrays: comma lists and repeated flags, items parsed per type', () => {
    expect(run(['watch', '--pairs', 'A/B,C/D', '--pairs', 'E/F']).params).toEqual({ pairs: ['A/B', 'C/D', 'E/F'] });
    expect(run(['watch', '--pairs', 'A', '--sizes', '1,2']).params).toEqual({ pairs: ['A'], sizes: [1, 2] });
  });

  it('global options: --server, --url, --api-version, --timeout, --count', () => {
    expect(run(['watch', '--pairs', 'A', '--url', 'ws://127.0.0.1:1/x', '--api-version', 'a1', '--timeout', '2500', '--count', '3']).options).toEqual({
      url: 'ws://127.0.0.1:1/x',
      apiVersion: 'a1',
      timeoutMs: 2500,
      count: 3,
    });
    expect(run(['book', '--pair', 'X', '--server', 'main']).options).toEqual({ server: 'main' });
  });

  it('a parameter named like a global flag has its own flag; the global keeps its meaning', () => {
    expect(GLOBAL_FLAGS).toContain('count');
    const c = run(['order', '--side', 'UP', '--size', '1', '--param-count', '2']);
    expect(c.params.count).toBe(2);
    expect(refusal(['order', '--side', 'UP', '--size', '1', '--count', '2'])).toMatchObject({ flag: 'count', rule: 'subscription' });
  });
});

describe('refusals name the flag and the rule', () => {
  const cases: [string[], string | undefined, string, RegExp][] = [
    [[], undefined, 'operation', /name an operation/],
    [['--pair', 'X'], undefined, 'operation', /before the flags/],
    [['nope'], undefined, 'operation', /unknown operation "nope"/],
    [['BOOK'], undefined, 'operation', /did you mean book/],
    [['book', '--depth', '5'], 'pair', 'required', /--pair is required/],
    [['book', '--pair', 'X', '--depth', 'five'], 'depth', 'type', /--depth must be a whole number \(got "five"\)/],
    [['book', '--pair', 'X', '--depth', '1.5'], 'depth', 'type', /whole number/],
    [['book', '--pair', 'X', '--depth', '99999999999999999999'], 'depth', 'type', /whole number/],
    [['book', '--pair'], 'pair', 'value', /--pair needs a value/],
    [['book', '--pair', '--depth', '5'], 'pair', 'value', /--pair needs a value/],
    [['book', '--pair', 'X', '--pair', 'Y'], 'pair', 'once', /given twice/],
    [['book', '--pair', 'X', '--bogus', '1'], 'bogus', 'known-flag', /unknown flag --bogus: book has --pair, --depth/],
    [['book', '--pair', 'X', '-x'], 'x', 'known-flag', /unknown flag -x/],
    [['book', '--pair', 'X', 'stray'], undefined, 'flag', /unexpected argument "stray"/],
    [['order', '--side', 'LEFT', '--size', '1'], 'side', 'enum', /--side must be one of UP, DOWN \(got "LEFT"\)/],
    [['order', '--side', 'UP', '--size', '1', '--ratio', 'abc'], 'ratio', 'type', /must be a number/],
    [['order', '--side', 'UP', '--size', '1', '--tags', '{'], 'tags', 'type', /must be JSON/],
    [['wallet', '--showEmpty=maybe'], 'showEmpty', 'type', /true or false/],
    [['wallet', '--no-showEmpty=1'], 'showEmpty', 'type', /takes no value/],
    [['book', '--pair', 'X', '--timeout', '0'], 'timeout', 'type', /--timeout must be a positive whole number/],
    [['watch', '--pairs', 'A', '--count', '-1'], 'count', 'type', /positive whole number/],
    [['book', '--pair', 'X', '--count', '3'], 'count', 'subscription', /subscriptions only/],
    [['book', '--pair', 'X', '--url', 'http://x'], 'url', 'format', /ws:\/\/ or wss:\/\//],
    [['book', '--pair', 'X', '--url', 'ws://a/b', '--server', 'main'], 'url', 'exclusive', /exclude each other/],
    [['book', '--pair', 'X', '--server', 'a', '--server', 'b'], 'server', 'once', /given twice/],
  ];
  for (const [argv, flag, rule, message] of cases) {
    it(`${argv.join(' ') || '(nothing)'} → ${rule}`, () => {
      const e = refusal(argv);
      expect(e.message).toMatch(message);
      expect(e.rule).toBe(rule);
      expect(e.flag).toBe(flag);
      if (argv[0] !== undefined && argv[0] in SPEC.operations) expect(e.operation).toBe(argv[0]);
    });
  }
});

describe('parseValue', () => {
  it('keeps string text exactly, including what looks like a number', () => {
    const p = param({ name: 'id', type: 'string' });
    expect(parseValue(p, '12345678901234567890')).toBe('12345678901234567890');
    expect(parseValue(p, '')).toBe('');
  });
  it('integers up to 2^53 only; numbers must be finite', () => {
    expect(parseValue(param({ name: 'n', type: 'integer' }), '-42')).toBe(-42);
    expect(() => parseValue(param({ name: 'n', type: 'integer' }), '9007199254740993')).toThrow(UsageError);
    expect(() => parseValue(param({ name: 'x', type: 'number' }), '1e999')).toThrow(/must be a number/);
    expect(parseValue(param({ name: 'x', type: 'number' }), '.5')).toBe(0.5);
  });
  it('a numeric enum compares values, not text', () => {
    const p = param({ name: 'level', type: 'integer', enum: [1, 5, 10] });
    expect(parseValue(p, '5')).toBe(5);
    expect(() => parseValue(p, '6')).toThrow(/one of 1, 5, 10/);
  });
});
