/**
 * generator/emit/cli.ts: the command line's table from the model of a made-up exchange
 * (test/documents/other-exchange.yaml) — parameters as flags with their types, required, enums,
 * aliases, constraints and descriptions; examples from the document without the signing fields;
 * the docs' groups; flags renamed where they would clash with the command line's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDocument, SpecError } from '../../generator/load.js';
import { buildModel, type Model } from '../../generator/model.js';
import { generateTypeModels } from '../../generator/emit/types.js';
import { cliSpec } from '../../generator/emit/cli.js';
import { operationGroups } from '../../generator/emit/docs/groups.js';
import { GLOBAL_FLAGS } from '../../templates/cli/args.js';
import { ROOT } from '../helpers/paths.js';

let model: Model;
beforeAll(async () => {
  const loaded = await loadDocument(join(ROOT, 'test/documents/other-exchange.yaml'));
  const types = await generateTypeModels(loaded.document, loaded.raw.components?.schemas ?? {});
  model = buildModel(loaded, types.names);
}, 60_000);

/** The model with extra properties on one operation's request schema. */
function withParams(operationId: string, properties: Record<string, unknown>): Model {
  const op = model.operations.find((o) => o.id === operationId)!;
  const schema = model.schemas[op.request.schema];
  return { ...model, schemas: { ...model.schemas, [op.request.schema]: { ...schema, properties: { ...schema.properties, ...properties } } } };
}

describe('cliSpec', () => {
  it('names the program, the key pair variables and the groups as the docs group operations', () => {
    const spec = cliSpec(model);
    expect(spec.program).toBe('kestrel-socket');
    expect(spec.env).toEqual({ apiKey: 'KESTREL_API_KEY', apiSecret: 'KESTREL_API_SECRET' });
    expect(spec.groups).toEqual(operationGroups(model).map((g) => ({ title: g.title, operations: g.operations.map((o) => o.id) })));
    expect(Object.keys(spec.operations)).toEqual(model.operations.map((o) => o.id));
    expect(spec.versions).toEqual(['alpha', 'beta']);
  });

  it('a parameter table per operation: types per schema, required, enum with aliases, description', () => {
    const trade = cliSpec(model).operations.trade!;
    expect(trade).toMatchObject({ signed: true, idempotent: false, versions: ['beta'], docs: 'op-trade' });
    expect(trade.params).toEqual([
      { name: 'pair', flag: 'pair', type: 'string', array: false, typeText: 'string', required: true, constraints: [], description: 'The pair' }, // (the YAML flow mapping ends the description at its comma)
      {
        name: 'way',
        flag: 'way',
        type: 'string',
        array: false,
        typeText: 'Way',
        required: true,
        enum: ['up', 'down'],
        aliases: { UP: 'up', DOWN: 'down' },
        constraints: [],
        description: 'Direction of a trade.',
      },
      // a decimal the schema also takes as text stays text: it goes on the wire as written
      { name: 'size', flag: 'size', type: 'string', array: false, typeText: 'number | string', required: true, constraints: ['pattern ^[0-9]+(\\.[0-9]+)?$'], description: 'How much.' },
    ]);
    expect(trade.example).toEqual(['--pair', 'KST-EUR', '--way', 'up', '--size', '1.5']);
    const ticks = cliSpec(model).operations.startTicks!;
    expect(ticks.kind).toBe('subscribe');
    expect(ticks.params[0]).toMatchObject({ name: 'pairs', type: 'string', array: true, required: true, constraints: ['items ≥ 1'] });
  });

  it('the example leaves out the signing fields, even when the document example has them', () => {
    const wallet = model.operations.find((o) => o.id === 'wallet')!;
    const signed = { ...wallet, request: { ...wallet.request, examples: [{ name: 'x', headers: {}, payload: { coin: 'KST', key: 'K', nonce: 1, sig: 'ab' } }] } };
    const spec = cliSpec({ ...model, operations: model.operations.map((o) => (o.id === 'wallet' ? signed : o)) });
    expect(spec.operations.wallet!.example).toEqual(['--coin', 'KST']);
  });

  it('types: integers, numbers, booleans, arrays of integers, objects as JSON, defaults', () => {
    const spec = cliSpec(
      withParams('wallet', {
        limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
        ratio: { type: 'number' },
        zero: { type: 'boolean', default: false },
        ids: { type: 'array', items: { type: 'integer' } },
        filter: { type: 'object', properties: { a: { type: 'string' } } },
      }),
    );
    const byName = Object.fromEntries(spec.operations.wallet!.params.map((p) => [p.name, p]));
    expect(byName.limit).toMatchObject({ type: 'integer', default: 10, constraints: ['≥ 1', '≤ 50'] });
    expect(byName.ratio).toMatchObject({ type: 'number' });
    expect(byName.zero).toMatchObject({ type: 'boolean', default: false });
    expect(byName.ids).toMatchObject({ type: 'integer', array: true, typeText: 'integer[]' });
    expect(byName.filter).toMatchObject({ type: 'json', array: false });
  });

  it('a parameter named like a global flag, like --no-<flag>, or not flag-shaped gets its own flag', () => {
    const spec = cliSpec(withParams('wallet', { count: { type: 'integer' }, url: { type: 'string' }, 'no-coin': { type: 'string' }, 'a b': { type: 'string' } }));
    const flags = Object.fromEntries(spec.operations.wallet!.params.map((p) => [p.name, p.flag]));
    expect(flags).toMatchObject({ count: 'param-count', url: 'param-url', 'no-coin': 'param-no-coin', 'a b': 'param-a-b' });
    for (const p of spec.operations.wallet!.params) expect(GLOBAL_FLAGS as readonly string[]).not.toContain(p.flag);
  });

  it('two parameters that would share a flag stop the generator, naming the operation', () => {
    expect(() => cliSpec(withParams('wallet', { 'a b': { type: 'string' }, 'a/b': { type: 'string' } }))).toThrow(SpecError);
    expect(() => cliSpec(withParams('wallet', { 'a b': { type: 'string' }, 'a/b': { type: 'string' } }))).toThrow(/operation wallet: two parameters give the command-line flag --param-a-b/);
  });
});
