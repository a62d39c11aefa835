/**
 * The model decides each component schema's type name (generator/model/names.ts typeNamesOf) and
 * the Modelina step names its models after them: given/want for the rule, and a run of the types
 * emitter on the made-up exchange with names the model chose differently from the titles.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDocument, SpecError } from '../../generator/load.js';
import { typeNamesOf } from '../../generator/model/names.js';
import { generateTypeModels } from '../../generator/emit/types.js';
import { ROOT } from '../helpers/paths.js';

describe('typeNamesOf', () => {
  it.each([
    ['the title when it is an identifier', { Holding: { title: 'Holding' } }, { Holding: 'Holding' }],
    ['the key when there is no title', { WalletQuery: { type: 'object' } }, { WalletQuery: 'WalletQuery' }],
    ['a title made an identifier starting with a capital', { a: { title: 'order status' }, b: { title: 'x-rate' } }, { a: 'OrderStatus', b: 'XRate' }],
    ['a key with a reserved word or a leading digit', { delete: {}, '2fa': {} }, { delete: 'Delete', '2fa': '_2fa' }],
    ['a collision resolved by a suffix, in document order', { a: { title: 'Order' }, b: { title: 'order' }, c: { title: 'Order2' } }, { a: 'Order', b: 'Order2', c: 'Order22' }],
  ])('%s', (_, components, want) => {
    expect(typeNamesOf(components)).toEqual(want);
  });
});

describe('the Modelina step follows the model', () => {
  it('names each component type, and every reference to it, as the model says', async () => {
    const loaded = await loadDocument(join(ROOT, 'test/documents/other-exchange.yaml'));
    const components = loaded.raw.components!.schemas!;
    const typeNames = { ...typeNamesOf(components), Holding: 'WalletHolding' };
    const types = await generateTypeModels(loaded.document, components, { typeNames });
    expect(types.names['Holding']).toBe('WalletHolding');
    const names = types.models.map((m) => m.name);
    expect(names).toContain('WalletHolding');
    expect(names).not.toContain('Holding');
    expect(types.models.map((m) => m.code).join('\n')).not.toMatch(/\bHolding\b/);
    for (const [key, name] of Object.entries(types.names)) expect(names, key).toContain(name);
  }, 60_000);

  it('refuses components that share a title, naming them', async () => {
    const loaded = await loadDocument(join(ROOT, 'test/documents/other-exchange.yaml'));
    const components = { ...loaded.raw.components!.schemas!, Copy: { ...loaded.raw.components!.schemas!['Holding'] } };
    const error = await generateTypeModels(loaded.document, components).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).diagnostics.join('\n')).toContain('#/components/schemas/Copy: title "Holding"');
  }, 60_000);
});
