/**
 * The declaration cross-check: given the public .d.ts of two packages, want the changes a
 * TypeScript consumer sees; and the ones the document rules already reported are not repeated.
 */
import { describe, expect, it } from 'vitest';
import { declarationChanges } from '../../generator/diff/declarations.js';
import { unexplained } from '../../generator/diff/index.js';
import type { Change } from '../../generator/diff/types.js';
import type { Cache } from '../../generator/cache.js';

const PACKAGE_JSON = JSON.stringify({ types: './dist/index.d.ts', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } });

interface Given {
  readonly types: string;
  readonly client?: string;
  readonly api?: string;
}

const API = "import type * as T from './types.js';\nexport interface OperationTypes {\n  order: { params: T.OrderParams; reply: T.Order; event: never };\n}\n";

/** A package whose operation `order` takes OrderParams and reads Order. */
function pkg(g: Given): Map<string, string> {
  return new Map([
    ['package.json', PACKAGE_JSON],
    ['dist/index.d.ts', "export type * from './types.js';\nexport type * from './api.js';\nexport { Client } from './client.js';\n"],
    ['dist/api.d.ts', g.api ?? API],
    ['dist/types.d.ts', g.types],
    ['dist/client.d.ts', g.client ?? 'export declare class Client {\n  order(params: unknown): Promise<unknown>;\n}\n'],
  ]);
}

const BASE = `
export type Side = "BUY" | "SELL";
export type Status = "NEW" | "FILLED";
export interface OrderParams { symbol: string; side: Side; limit?: number; }
export interface Order { id: string; side: Side; status: Status; price?: number; }
`;

const rows: { given: string; types?: string; client?: string; api?: string; want: string[] }[] = [
  { given: 'no change', types: BASE, want: [] },
  { given: 'JSDoc only', types: BASE.replace('export interface Order {', '/** An order. */\nexport interface Order {'), want: [] },
  { given: 'a params property made required', types: BASE.replace('limit?: number', 'limit: number'), want: ['breaking OrderParams.limit made required'] },
  { given: 'a reply property made required', types: BASE.replace('price?: number', 'price: number'), want: ['non-breaking Order.price made required'] },
  { given: 'a reply property made optional', types: BASE.replace('id: string', 'id?: string'), want: ['breaking Order.id made optional'] },
  { given: 'a required params property added', types: BASE.replace('limit?: number;', 'limit?: number; account: string;'), want: ['breaking required OrderParams.account added'] },
  { given: 'an optional params property added', types: BASE.replace('limit?: number;', 'limit?: number; note?: string;'), want: ['non-breaking OrderParams.note added'] },
  { given: 'a reply property removed', types: BASE.replace('price?: number;', ''), want: ['breaking Order.price removed'] },
  { given: 'a value added to a union only replies use', types: BASE.replace('"NEW" | "FILLED"', '"NEW" | "FILLED" | "EXPIRED"'), want: ['breaking Status now includes "EXPIRED"'] },
  {
    given: 'a value added to a union params and replies share',
    types: BASE.replace('"BUY" | "SELL"', '"BUY" | "SELL" | "SHORT"'),
    want: ['breaking Side now includes "SHORT"'],
  },
  {
    given: 'a union type added and used by params',
    types: BASE.replace('export type Side = "BUY" | "SELL";', 'export type Side = "BUY" | "SELL";\nexport type Tif = "GTC" | "IOC";').replace('limit?: number;', 'limit?: number; tif?: Tif;'),
    want: ['non-breaking OrderParams.tif added', 'non-breaking exported type Tif added'],
  },
  { given: 'a property retyped', types: BASE.replace('price?: number', 'price?: string'), want: ['breaking the type of Order.price changed from number to string'] },
  { given: 'an exported type removed', types: BASE.replace('export type Status = "NEW" | "FILLED";', '').replace('status: Status;', 'status: string;'), want: ['breaking exported type Status removed', 'breaking the type of Order.status changed from Status to string'] },
  { given: 'a client method removed', types: BASE, client: 'export declare class Client {\n}\n', want: ['breaking Client.order removed'] },
  {
    given: 'an operation added to the map of operations the package hands out',
    types: BASE,
    api: API.replace('\n}', '\n  cancel: { params: T.OrderParams; reply: T.Order; event: never };\n}'),
    want: ['non-breaking required OperationTypes.cancel added'],
  },
  { given: 'a client method added', types: BASE, client: 'export declare class Client {\n  order(params: unknown): Promise<unknown>;\n  cancel(): void;\n}\n', want: ['non-breaking Client.cancel added'] },
];

describe('api-diff declarations: given two .d.ts surfaces, want what the TypeScript consumer sees change', () => {
  for (const row of rows) {
    it(row.given, async () => {
      const got = (await declarationChanges(pkg({ types: BASE }), pkg({ types: row.types ?? BASE, client: row.client, api: row.api }))).map((c) => `${c.level} ${c.message}`);
      expect(got.sort()).toEqual([...row.want].sort());
    });
  }

  it('surfaces kept in a cache (as JSON, keyed by the declaration files) give the same changes, without reading them again', async () => {
    const stored = new Map<string, string>();
    let hits = 0;
    const cache: Cache = {
      get: <T>(kind: string, parts: readonly string[]) => {
        const v = stored.get(JSON.stringify([kind, parts]));
        if (v !== undefined) hits++;
        return v === undefined ? undefined : (JSON.parse(v) as T);
      },
      set: (kind, parts, value) => void stored.set(JSON.stringify([kind, parts]), JSON.stringify(value)),
    };
    for (const row of rows) {
      const [before, after] = [pkg({ types: BASE }), pkg({ types: row.types ?? BASE, client: row.client, api: row.api })];
      const fresh = await declarationChanges(before, after, cache);
      const again = await declarationChanges(before, after, cache);
      expect(again, row.given).toEqual(fresh);
      expect(fresh.map((c) => `${c.level} ${c.message}`).sort(), row.given).toEqual([...row.want].sort());
    }
    // Each distinct package is read once (a miss, then stored); every other look-up is a hit.
    const packages = new Set([JSON.stringify([BASE, undefined, undefined]), ...rows.map((r) => JSON.stringify([r.types ?? BASE, r.client, r.api]))]);
    expect(stored.size).toBe(packages.size);
    expect(hits).toBe(4 * rows.length - packages.size);
  });

  it('a value removed from a union only params use is breaking', async () => {
    const withTif = BASE.replace('limit?: number;', 'limit?: number; tif?: Tif;') + 'export type Tif = "GTC" | "IOC";\n';
    const got = await declarationChanges(pkg({ types: withTif }), pkg({ types: withTif.replace('"GTC" | "IOC"', '"GTC"') }));
    expect(got.map((c) => `${c.level} ${c.message}`)).toEqual(['breaking Tif no longer includes "IOC"']);
  });
});

describe('api-diff: declaration changes the document rules already reported are not repeated', () => {
  const surface = declarationChanges(pkg({ types: BASE }), pkg({ types: BASE.replace('limit?: number', 'limit: number').replace('export interface Order {', 'export interface Order2 {').replace('reply: T.Order', 'reply: T.Order2') }));
  const doc = (level: Change['level'], where: string, message: string): Change => ({ level, operation: 'order', where, message });

  it('one reported at the same level under the same name is explained; the rest is reported', async () => {
    const documentLevel = [doc('breaking', '/operations/order/messages/0/payload/properties/limit', 'request parameter limit made required'), doc('docs', '/operations/order/reply/messages/0/payload/title', 'title of reply payload changed')];
    const got = unexplained(await surface, documentLevel, new Set(['order']));
    expect(got.map((c) => `${c.level} ${c.message}`).sort()).toEqual(['breaking declarations: exported interface Order removed', 'non-breaking declarations: exported interface Order2 added']);
  });

  it('a document change at a lower level does not explain a breaking declaration change', async () => {
    const got = unexplained(await surface, [doc('docs', '/operations/order/messages/0/payload/properties/limit/description', 'description of request parameter limit changed')], new Set(['order']));
    expect(got.map((c) => c.message)).toContain('declarations: OrderParams.limit made required');
  });
});
