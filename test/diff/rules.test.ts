/**
 * The consumer's rules, as given/want tables: a small document and an edit of it → the changes
 * (level, operation, message) and the bump. The document-level comparison only (no packages are
 * generated here; declarations.test.ts covers the declaration cross-check).
 *
 * Every row also names what @asyncapi/diff itself said about the raw change: on AsyncAPI 3 it
 * leaves almost everything `unclassified`, so each row is a test of one of our overrides.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { documentChanges } from '../../generator/diff/document.js';
import { bumpOf, type Bump, type Level } from '../../generator/diff/types.js';

type Doc = Record<string, any>;

/** A small exchange: one request with a reply, one event stream, a schema (Side) used both ways. */
function base(): Doc {
  const ref = (p: string) => ({ $ref: p });
  return {
    asyncapi: '3.0.0',
    info: { title: 'Small exchange', version: '1.0.0', description: 'An exchange.' },
    servers: {
      live: { host: 'live.example', protocol: 'wss', 'x-api-versions': ['v1'] },
      demo: { host: 'demo.example', protocol: 'wss', 'x-api-versions': ['v1'] },
    },
    channels: {
      order: {
        address: '/api/{version}/order',
        parameters: { version: { enum: ['v1'] } },
        messages: { req: ref('#/components/messages/orderRequest'), rep: ref('#/components/messages/orderReply') },
      },
      quotes: { address: 'quote.event', messages: { ev: ref('#/components/messages/quoteEvent') } },
    },
    operations: {
      createOrder: {
        action: 'send',
        summary: 'Place an order.',
        channel: ref('#/channels/order'),
        messages: [ref('#/channels/order/messages/req')],
        reply: { channel: ref('#/channels/order'), messages: [ref('#/channels/order/messages/rep')] },
      },
      onQuote: { action: 'receive', channel: ref('#/channels/quotes'), messages: [ref('#/channels/quotes/messages/ev')] },
    },
    components: {
      messages: {
        orderRequest: { payload: ref('#/components/schemas/OrderParams') },
        orderReply: { payload: ref('#/components/schemas/Order') },
        quoteEvent: { payload: ref('#/components/schemas/Quote') },
      },
      schemas: {
        Side: { type: 'string', enum: ['BUY', 'SELL'] },
        OrderParams: {
          type: 'object',
          additionalProperties: false,
          required: ['symbol'],
          properties: {
            symbol: { type: 'string', description: 'The instrument.' },
            side: ref('#/components/schemas/Side'),
            limit: { type: 'integer', minimum: 1, maximum: 100 },
            timeInForce: { type: 'string', enum: ['GTC', 'IOC', 'FOK'] },
          },
        },
        Order: {
          type: 'object',
          required: ['id', 'status'],
          properties: {
            id: { type: 'string' },
            side: ref('#/components/schemas/Side'),
            status: { type: 'string', enum: ['NEW', 'FILLED'] },
            price: { type: 'number' },
          },
        },
        Quote: { type: 'object', required: ['symbol'], properties: { symbol: { type: 'string' }, bid: { type: 'number' } } },
      },
    },
  };
}

interface Row {
  readonly given: string;
  readonly edit: (d: Doc) => void;
  readonly bump: Bump;
  /** Every change, as `level operation: message`. */
  readonly want: readonly string[];
  /** What @asyncapi/diff classified the raw changes as (its own table). */
  readonly library: string;
  /** An edit of the base document before the comparison (both sides). */
  readonly before?: (d: Doc) => void;
}

const S = (d: Doc) => d.components.schemas;

const rows: Row[] = [
  { given: 'an unchanged document', edit: () => {}, bump: 'none', want: [], library: '' },
  {
    given: 'a request parameter description reworded',
    edit: (d) => (S(d).OrderParams.properties.symbol.description = 'The instrument, as listed.'),
    bump: 'patch',
    want: ['docs createOrder: description of request parameter symbol changed'],
    library: 'unclassified',
  },
  {
    given: 'an operation summary reworded',
    edit: (d) => (d.operations.createOrder.summary = 'Places an order.'),
    bump: 'patch',
    want: ['docs createOrder: summary of createOrder changed'],
    library: 'non-breaking',
  },
  {
    given: 'an optional request parameter added',
    edit: (d) => (S(d).OrderParams.properties.note = { type: 'string' }),
    bump: 'minor',
    want: ['non-breaking createOrder: optional request parameter note added'],
    library: 'unclassified',
  },
  {
    given: 'a required request parameter added',
    edit: (d) => {
      S(d).OrderParams.properties.account = { type: 'string' };
      S(d).OrderParams.required.push('account');
    },
    bump: 'major',
    want: ['breaking createOrder: required request parameter account added'],
    library: 'unclassified',
  },
  {
    given: 'an optional request parameter made required',
    edit: (d) => S(d).OrderParams.required.push('limit'),
    bump: 'major',
    want: ['breaking createOrder: request parameter limit made required'],
    library: 'unclassified',
  },
  {
    given: 'a required request parameter made optional',
    edit: (d) => (S(d).OrderParams.required = []),
    bump: 'minor',
    want: ['non-breaking createOrder: request parameter symbol made optional'],
    library: 'unclassified',
  },
  {
    given: 'a request parameter removed',
    edit: (d) => delete S(d).OrderParams.properties.limit,
    bump: 'major',
    want: ['breaking createOrder: request parameter limit removed'],
    library: 'unclassified',
  },
  {
    given: 'an enum value removed from a request parameter',
    edit: (d) => (S(d).OrderParams.properties.timeInForce.enum = ['GTC', 'FOK']),
    bump: 'major',
    want: ['breaking createOrder: value IOC removed from request parameter timeInForce'],
    library: 'unclassified',
  },
  {
    given: 'an enum value added to a request parameter (inserted in the middle)',
    edit: (d) => (S(d).OrderParams.properties.timeInForce.enum = ['GTC', 'DAY', 'IOC', 'FOK']),
    bump: 'minor',
    want: ['non-breaking createOrder: value DAY added to request parameter timeInForce'],
    library: 'unclassified',
  },
  {
    given: 'an enum value added to a reply field',
    edit: (d) => S(d).Order.properties.status.enum.push('EXPIRED'),
    bump: 'major',
    want: ['breaking createOrder: value EXPIRED added to reply field status'],
    library: 'unclassified',
  },
  {
    given: 'an enum value removed from a reply field',
    edit: (d) => (S(d).Order.properties.status.enum = ['NEW']),
    bump: 'minor',
    want: ['non-breaking createOrder: value FILLED removed from reply field status'],
    library: 'unclassified',
  },
  {
    given: 'an enum value added to a schema the request and the reply share: judged per use',
    edit: (d) => S(d).Side.enum.push('SHORT'),
    bump: 'major',
    want: ['breaking createOrder: value SHORT added to reply field side', 'non-breaking createOrder: value SHORT added to request parameter side'],
    library: 'unclassified',
  },
  {
    given: 'a request range tightened',
    edit: (d) => (S(d).OrderParams.properties.limit.maximum = 50),
    bump: 'major',
    want: ['breaking createOrder: maximum of request parameter limit changed from 100 to 50 (tightened)'],
    library: 'unclassified',
  },
  {
    given: 'a request range loosened',
    edit: (d) => delete S(d).OrderParams.properties.limit.minimum,
    bump: 'minor',
    want: ['non-breaking createOrder: minimum of request parameter limit (was 1) removed (loosened)'],
    library: 'unclassified',
  },
  {
    given: 'a request parameter retyped',
    edit: (d) => (S(d).OrderParams.properties.limit.type = 'string'),
    bump: 'major',
    want: ['breaking createOrder: request parameter limit changed type from integer to string'],
    library: 'unclassified',
  },
  {
    given: 'a request parameter widened from integer to number',
    edit: (d) => (S(d).OrderParams.properties.limit.type = 'number'),
    bump: 'minor',
    want: ['non-breaking createOrder: request parameter limit changed type from integer to number'],
    library: 'unclassified',
  },
  {
    given: 'a type variant removed from a reply field',
    edit: (d) => (S(d).Order.properties.price = { oneOf: [{ type: 'number' }] }),
    bump: 'minor',
    want: ['non-breaking createOrder: a oneOf variant removed from reply field price'],
    library: 'unclassified',
    before: (d) => (S(d).Order.properties.price = { oneOf: [{ type: 'number' }, { type: 'string' }] }),
  },
  {
    given: 'a type variant added to a reply field',
    edit: (d) => (S(d).Order.properties.price = { oneOf: [{ type: 'number' }, { type: 'string' }] }),
    bump: 'major',
    want: ['breaking createOrder: a oneOf variant added to reply field price'],
    library: 'unclassified',
    before: (d) => (S(d).Order.properties.price = { oneOf: [{ type: 'number' }] }),
  },
  {
    given: 'a field removed from a reply',
    edit: (d) => delete S(d).Order.properties.price,
    bump: 'major',
    want: ['breaking createOrder: reply field price removed'],
    library: 'unclassified',
  },
  {
    given: 'a field added to a reply',
    edit: (d) => (S(d).Order.properties.fee = { type: 'number' }),
    bump: 'minor',
    want: ['non-breaking createOrder: reply field fee added'],
    library: 'unclassified',
  },
  {
    given: 'a reply field retyped',
    edit: (d) => (S(d).Order.properties.price.type = 'string'),
    bump: 'major',
    want: ['breaking createOrder: reply field price changed type from number to string'],
    library: 'unclassified',
  },
  {
    given: 'a reply field made optional',
    edit: (d) => (S(d).Order.required = ['id']),
    bump: 'major',
    want: ['breaking createOrder: reply field status may now be absent'],
    library: 'unclassified',
  },
  {
    given: 'a field removed from an event',
    edit: (d) => delete S(d).Quote.properties.bid,
    bump: 'major',
    want: ['breaking onQuote: event field bid removed'],
    library: 'unclassified',
  },
  {
    given: 'a version added to a channel',
    edit: (d) => d.channels.order.parameters.version.enum.push('v2'),
    bump: 'minor',
    want: ['non-breaking createOrder: version v2 of createOrder added'],
    library: 'unclassified',
  },
  {
    given: 'a version removed from a channel',
    edit: (d) => {
      d.channels.order.parameters.version.enum = ['v2'];
    },
    bump: 'major',
    want: ['breaking createOrder: version v1 of createOrder removed', 'non-breaking createOrder: version v2 of createOrder added'],
    library: 'unclassified',
  },
  {
    given: 'a channel removed with the operation on it',
    edit: (d) => {
      delete d.channels.quotes;
      delete d.operations.onQuote;
    },
    bump: 'major',
    want: ['breaking onQuote: operation onQuote removed'],
    library: 'breaking',
  },
  {
    given: 'an operation added',
    edit: (d) => {
      d.operations.cancelOrder = { ...d.operations.createOrder, summary: 'Cancel an order.' };
    },
    bump: 'minor',
    want: ['non-breaking cancelOrder: operation cancelOrder added'],
    library: 'non-breaking',
  },
  {
    given: 'a destination renamed',
    edit: (d) => (d.channels.order.address = '/api/{version}/newOrder'),
    bump: 'major',
    want: ['breaking createOrder: the destination of createOrder changed from /api/{version}/order to /api/{version}/newOrder'],
    library: 'unclassified',
  },
  {
    given: 'the description of a security scheme an operation uses reworded',
    before: (d) => {
      d.components.securitySchemes = { signed: { type: 'apiKey', in: 'user', description: 'Signed.' } };
      d.operations.createOrder.security = [{ $ref: '#/components/securitySchemes/signed' }];
    },
    edit: (d) => (d.components.securitySchemes.signed.description = 'Signed with HMAC.'),
    bump: 'patch',
    want: ["docs createOrder: the signing scheme's description of createOrder changed"],
    library: 'unclassified',
  },
  {
    given: 'a server removed',
    edit: (d) => delete d.servers.demo,
    bump: 'major',
    want: ['breaking -: server demo removed'],
    library: 'breaking',
  },
  {
    given: 'a server added',
    edit: (d) => (d.servers.backup = { host: 'backup.example', protocol: 'wss' }),
    bump: 'minor',
    want: ['non-breaking -: server backup added'],
    library: 'non-breaking',
  },
  {
    given: 'a version a server serves added',
    edit: (d) => d.servers.live['x-api-versions'].push('v2'),
    bump: 'minor',
    want: ['non-breaking -: server live now serves version v2'],
    library: 'unclassified',
  },
  {
    given: 'a time window added to an operation',
    edit: (d) => (d.operations.createOrder['x-time-window'] = { from: 'since', to: 'until', maxMs: 3_600_000 }),
    bump: 'major',
    want: ['breaking createOrder: the time window of createOrder added: calls with a longer window are refused before sending'],
    library: 'unclassified',
  },
  {
    given: 'a time window narrowed',
    before: (d) => (d.operations.createOrder['x-time-window'] = { from: 'since', to: 'until', maxMs: 3_600_000 }),
    edit: (d) => (d.operations.createOrder['x-time-window'].maxMs = 60_000),
    bump: 'major',
    want: ['breaking createOrder: the time window of createOrder narrowed to 60000 ms: calls with a longer window are refused before sending'],
    library: 'unclassified',
  },
  {
    given: 'a time window widened',
    before: (d) => (d.operations.createOrder['x-time-window'] = { from: 'since', to: 'until', maxMs: 3_600_000 }),
    edit: (d) => (d.operations.createOrder['x-time-window'].maxMs = 7_200_000),
    bump: 'minor',
    want: ['non-breaking createOrder: the time window of createOrder widened to 7200000 ms'],
    library: 'unclassified',
  },
  {
    given: 'a time window removed',
    before: (d) => (d.operations.createOrder['x-time-window'] = { from: 'since', to: 'until', maxMs: 3_600_000 }),
    edit: (d) => delete d.operations.createOrder['x-time-window'],
    bump: 'minor',
    want: ['non-breaking createOrder: the time window of createOrder removed'],
    library: 'unclassified',
  },
  {
    given: 'the document version changed',
    edit: (d) => (d.info.version = '1.1.0'),
    bump: 'patch',
    want: ['docs -: the document version changed from 1.0.0 to 1.1.0'],
    library: 'breaking',
  },
];

describe('api-diff document rules: given an edit of a small document, want the consumer\'s classification', () => {
  for (const row of rows) {
    it(`${row.given} → ${row.bump}`, () => {
      const before = base();
      const after = base();
      row.before?.(before);
      row.before?.(after);
      row.edit(after);
      const changes = documentChanges(stringify(before), stringify(after));
      const got = changes.map((c) => `${c.level} ${c.operation ?? '-'}: ${c.message}`).sort();
      expect(got).toEqual([...row.want].sort());
      expect(bumpOf(changes)).toBe(row.bump);
      expect([...new Set(changes.map((c) => c.library))].join(',')).toBe(row.library);
    });
  }

  it('a $ref cycle in a schema is compared without looping', () => {
    const before = base();
    S(before).Order.properties.parent = { $ref: '#/components/schemas/Order' };
    const after = base();
    S(after).Order.properties.parent = { $ref: '#/components/schemas/Order' };
    S(after).Order.properties.fee = { type: 'number' };
    const changes = documentChanges(stringify(before), stringify(after));
    expect(changes.map((c) => `${c.level} ${c.message}`)).toEqual(['non-breaking reply field fee added']);
  });

  it('an unreadable document is named in the error', () => {
    expect(() => documentChanges('asyncapi: [', stringify(base()), ['old.yaml', 'new.yaml'])).toThrow(/old\.yaml is not valid YAML/);
    expect(() => documentChanges(stringify(base()), 'just: text', ['old.yaml', 'new.yaml'])).toThrow(/new\.yaml is not an AsyncAPI document/);
    // A key given twice is refused, as the generator's loader refuses it, with the parser's words.
    expect(() => documentChanges(stringify(base()), `${stringify(base())}info: {}\n`, ['old.yaml', 'new.yaml'])).toThrow(/new\.yaml is not valid YAML: .*[Uu]nique/);
  });
});

export type { Level };
