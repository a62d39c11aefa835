/** A made-up API's command-line table for the unit tests (no fact of a real API). */
import type { CliOperation, CliParam, CliSpec } from '../../templates/cli/spec.js';

export const param = (p: Partial<CliParam> & Pick<CliParam, 'name' | 'type'>): CliParam => ({
  flag: p.name,
  array: false,
  typeText: p.type,
  required: false,
  constraints: [],
  description: '',
  ...p,
});

const op = (o: Partial<CliOperation> & Pick<CliOperation, 'id'>): CliOperation => ({
  kind: 'request',
  summary: `${o.id} summary`,
  description: '',
  signed: false,
  idempotent: true,
  weight: 1,
  rateLimits: [],
  versions: ['a1', 'b2'],
  params: [],
  example: [],
  docs: `op-${o.id.toLowerCase()}`,
  ...o,
});

export const SPEC: CliSpec = {
  program: 'zephyr',
  title: 'Zephyr API',
  env: { apiKey: 'ZEPHYR_API_KEY', apiSecret: 'ZEPHYR_API_SECRET' },
  groups: [
    { title: 'Requests', operations: ['book', 'wallet', 'order'] },
    { title: 'Streams', operations: ['watch'] },
  ],
  operations: {
    book: op({
      id: 'book',
      params: [
        param({ name: 'pair', type: 'string', required: true, constraints: ['pattern ^\\S+$'], description: 'The pair.' }),
        param({ name: 'depth', type: 'integer', default: 10, constraints: ['≥ 1'] }),
      ],
      example: ['--pair', 'ZPH-EUR', '--depth', '5'],
    }),
    wallet: op({ id: 'wallet', signed: true, params: [param({ name: 'showEmpty', type: 'boolean', default: false })] }),
    order: op({
      id: 'order',
      signed: true,
      idempotent: false,
      params: [
        param({ name: 'side', type: 'string', required: true, enum: ['UP', 'DOWN'], aliases: { up: 'UP', down: 'DOWN' } }),
        param({ name: 'size', type: 'string', required: true, typeText: 'number | string (Decimal)' }),
        param({ name: 'ratio', type: 'number' }),
        param({ name: 'tags', type: 'json' }),
        param({ name: 'count', flag: 'param-count', type: 'integer' }),
      ],
    }),
    watch: op({
      id: 'watch',
      kind: 'subscribe',
      params: [param({ name: 'pairs', type: 'string', array: true, required: true }), param({ name: 'sizes', type: 'integer', array: true })],
    }),
  },
  servers: [{ name: 'main', url: 'wss://example.invalid/ws', title: 'Main' }],
  defaultServer: 'main',
  versions: ['a1', 'b2'],
  defaultVersion: 'b2',
  docsPage: 'docs/operations.md',
};
