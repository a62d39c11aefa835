/**
 * The command line's help (templates/cli/help.ts) from a made-up table: every operation under its
 * group with its summary, signed ones marked; an operation's page with each parameter's type,
 * required, default, enum and description, signed, weight and an example.
 */
import { describe, expect, it } from 'vitest';
import { renderHelp, renderOperationHelp, shellWord } from '../../templates/cli/help.js';
import { SPEC } from './fixture.js';

describe('renderHelp', () => {
  const text = renderHelp(SPEC);
  it('lists every operation of every group, in order, with its summary; signed ones marked', () => {
    const lines = text.split('\n');
    const requests = lines.indexOf('Requests:');
    const streams = lines.indexOf('Streams:');
    expect(requests).toBeGreaterThan(0);
    expect(streams).toBeGreaterThan(requests);
    const at = (id: string) => lines.findIndex((l) => new RegExp(`^  ${id} +(\\* )? *${id} summary$`).test(l));
    for (const id of ['book', 'wallet', 'order', 'watch']) expect(at(id), id).toBeGreaterThan(0);
    expect(at('book')).toBeLessThan(at('wallet'));
    expect(at('watch')).toBeGreaterThan(streams);
    expect(lines[at('wallet')]).toMatch(/\* wallet summary$/);
    expect(lines[at('book')]).not.toMatch(/\*/);
  });
  it('names the environment variables, the global options and the exit statuses', () => {
    expect(text).toContain('ZEPHYR_API_KEY and ZEPHYR_API_SECRET');
    for (const flag of ['--server NAME', '--url URL', '--api-version V', '--timeout MS', '--count N', '--help']) expect(text).toContain(flag);
    expect(text).toContain('main (default)');
    expect(text).toContain('a1 | b2 (default b2');
    expect(text).toMatch(/Exit status: 0 .*; 1 .*; 2 bad input/);
  });
});

describe('renderOperationHelp', () => {
  it('shows each parameter: type, required, default, enum, constraints, description; signed, weight, example', () => {
    const text = renderOperationHelp(SPEC, SPEC.operations.book!);
    expect(text).toContain('zephyr book: book summary');
    expect(text).toContain('Usage: zephyr book --pair VALUE [--depth N] [options]');
    expect(text).toContain('--pair <string>  required; pattern ^\\S+$');
    expect(text).toContain('The pair.');
    expect(text).toContain('--depth <integer>  optional; default 10; ≥ 1');
    expect(text).toContain('Signed: no');
    expect(text).toContain('Weight: 1');
    expect(text).toContain('Versions: a1, b2');
    expect(text).toContain('  zephyr book --pair ZPH-EUR --depth 5');
    expect(text).toContain('Reference: docs/operations.md#op-book');
  });
  it('signed operations name the key pair; enums and aliases; a renamed flag names its field; not idempotent', () => {
    const text = renderOperationHelp(SPEC, SPEC.operations.order!);
    expect(text).toContain('Signed: yes; the key pair comes from ZEPHYR_API_KEY and ZEPHYR_API_SECRET');
    expect(text).toContain('--side <string>  required; one of UP, DOWN; also up, down');
    expect(text).toContain('--side UP|DOWN');
    expect(text).toContain('--param-count (field count) <integer>');
    expect(text).toContain('Not idempotent');
  });
  it('subscriptions mention JSON Lines and --count; no parameters says so', () => {
    expect(renderOperationHelp(SPEC, SPEC.operations.watch!)).toMatch(/one JSON line per event[\s\S]*--count N/);
    expect(renderOperationHelp(SPEC, { ...SPEC.operations.book!, params: [] })).toContain('Parameters: none');
  });
});

describe('shellWord', () => {
  it('quotes only what a shell would split or expand', () => {
    expect(shellWord('BTC/USD')).toBe('BTC/USD');
    expect(shellWord('Oil - Brent.')).toBe(`'Oil - Brent.'`);
    expect(shellWord(`it's`)).toBe(`'it'\\''s'`);
    expect(shellWord('{"a":1}')).toBe(`'{"a":1}'`);
  });
});
