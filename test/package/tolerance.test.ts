/**
 * Tolerant reader, strict writer, through the generated package (`currencycom-ws`):
 * - real captures (test/fixtures, with their provenance) are read, and so are mutated copies the
 *   document does not list: a new enum value, a missing optional field, another spelling;
 * - unlisted values are delivered as they came and named (path and value);
 * - requests the server would refuse are refused naming the field; aliases go out canonical and
 *   are signed as such;
 * - the default server is the live Dzengi host.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CurrencyComClient, buildRequest, validateEvent, validateReply, validateRequest, spec, InvalidRequestError } from 'currencycom-ws';
import { ROOT } from '../helpers/paths.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const fixture = (name: string): Any => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', name), 'utf8'));
const ctx = { apiKey: 'k', apiSecret: 's', timestamp: 1586942164000, correlationId: 1 };

describe('the live API is the default', () => {
  it('new CurrencyComClient({}) points at wss://api-adapter.dzengi.com/connect', () => {
    const client = new CurrencyComClient({});
    expect(client.toJSON().url).toBe('wss://api-adapter.dzengi.com/connect');
    expect(spec.defaultServer).toBe('production');
    expect(spec.servers.demo!.url).toBe('wss://demo-api-adapter.dzengi.com/connect');
    // the currency.com hosts stay, as legacy servers
    expect(Object.values(spec.servers).map((s) => s.url)).toContain('wss://api-adapter.backend.currency.com/connect');
  });
});

describe('tolerant reader: replies', () => {
  const info = fixture('rest-exchangeInfo-payload-gotest.json');

  it('reads the real exchangeInfo capture with nothing to report', () => {
    const r = validateReply('/api/v1/exchangeInfo', info);
    expect(r.valid).toBe(true);
    expect(r.valid && r.unknownValues).toBeUndefined();
  });

  it('reads exchangeInfo with a new order type appended, and names it', () => {
    const mutated = structuredClone(info);
    mutated.symbols[0].orderTypes.push('TRAILING_STOP');
    const r = validateReply('/api/v1/exchangeInfo', mutated);
    expect(r.valid).toBe(true);
    if (!r.valid) return;
    expect(r.value.symbols[0]!.orderTypes).toEqual(['LIMIT', 'MARKET', 'TRAILING_STOP']);
    expect(r.unknownValues).toEqual([{ path: '/symbols/0/orderTypes/2', value: 'TRAILING_STOP', known: ['LIMIT', 'MARKET', 'STOP'] }]);
    expect(mutated.symbols[0].orderTypes).toHaveLength(3); // validateReply does not change its argument
  });

  it('reads new symbol status, market mode, market type and asset type values, and names each', () => {
    const mutated = structuredClone(info);
    Object.assign(mutated.symbols[0], { status: 'SUSPENDED', marketModes: ['REGULAR', 'WEEKEND_ONLY'], marketType: 'FUTURES', assetType: 'NFT' });
    const r = validateReply('/api/v1/exchangeInfo', mutated);
    expect(r.valid).toBe(true);
    expect(r.valid && r.unknownValues?.map((u) => `${u.path}=${u.value}`)).toEqual([
      '/symbols/0/status=SUSPENDED',
      '/symbols/0/marketModes/1=WEEKEND_ONLY',
      '/symbols/0/marketType=FUTURES',
      '/symbols/0/assetType=NFT',
    ]);
  });

  it('reads exchangeInfo without its optional fields', () => {
    const mutated = structuredClone(info);
    for (const f of ['timezone', 'serverTime', 'rateLimits', 'exchangeFilters']) delete mutated[f];
    for (const f of ['name', 'status', 'filters', 'marketModes', 'tickSize', 'exchangeFee']) delete mutated.symbols[0][f];
    expect(validateReply('/api/v1/exchangeInfo', mutated).valid).toBe(true);
  });

  it('reads an order status the Swagger never listed (openOrders, bare array as ccxt captured it)', () => {
    const orders = fixture('rest-openOrders-payload-ccxt.json');
    expect(validateReply('/api/v1/openOrders', orders).valid).toBe(true);
    orders[0].status = 'WAITING_TRIGGER';
    const r = validateReply('/api/v1/openOrders', orders);
    expect(r.valid).toBe(true);
    expect(r.valid && r.unknownValues).toEqual([{ path: '/openOrders/0/status', value: 'WAITING_TRIGGER', known: expect.arrayContaining(['NEW', 'CREATED']) }]);
  });

  it('reads the lower-case side spelling as the canonical value', () => {
    const order = fixture('rest-order-create-limit-payload-ccxt.json');
    order.side = 'buy';
    const r = validateReply('/api/v2/order/create', order);
    expect(r.valid && r.value.side).toBe('BUY');
    expect(r.valid && r.unknownValues).toBeUndefined();
  });

  it('still refuses a reply that is not what it claims to be (a required field missing or of the wrong kind)', () => {
    const mutated = structuredClone(info);
    delete mutated.symbols;
    expect(validateReply('/api/v1/exchangeInfo', mutated)).toMatchObject({ valid: false, errors: [{ path: '/symbols', rule: 'required' }] });
    const wrong = structuredClone(info);
    wrong.symbols[0].orderTypes = [{ type: 'LIMIT' }];
    expect(validateReply('/api/v1/exchangeInfo', wrong).valid).toBe(false);
  });
});

describe('tolerant reader: events', () => {
  const ohlc = fixture('ohlc-event-gotest-2023.json').payload;
  const trade = fixture('internal-trade-event-gotest.json').payload;
  const quote = fixture('internal-quote-event-txn.json').payload;

  it('reads the real captures', () => {
    for (const [destination, payload] of [['ohlc.event', ohlc], ['internal.trade', trade], ['internal.quote', quote]] as const) {
      const r = validateEvent(destination, payload);
      expect(r, destination).toMatchObject({ valid: true });
      expect(r.valid && r.unknownValues, destination).toBeUndefined();
    }
  });

  it.each([
    ['heiken-ashi', 'heikin-ashi'],
    ['heikinAshi', 'heikin-ashi'],
    ['heikin-ashi', 'heikin-ashi'],
  ])('reads candle type %s as %s', (sent, canonical) => {
    const r = validateEvent('ohlc.event', { ...ohlc, type: sent });
    expect(r.valid).toBe(true);
    expect(r.valid && r.value.type).toBe(canonical);
    expect(r.valid && r.unknownValues).toBeUndefined();
  });

  it('reads the M1 interval spelling of ccxt as 1m, and an interval without a canonical value (M3) as an unknown value', () => {
    const m1 = validateEvent('ohlc.event', { ...ohlc, interval: 'M1' });
    expect(m1.valid && m1.value.interval).toBe('1m');
    const m3 = validateEvent('ohlc.event', { ...ohlc, interval: 'M3' });
    expect(m3.valid).toBe(true);
    expect(m3.valid && m3.unknownValues).toEqual([{ path: '/interval', value: 'M3', known: ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'] }]);
  });

  it('reads a candle of an unknown type, a candle without type (ccxt 2020), and names the unknown type', () => {
    const { type: _omit, ...withoutType } = ohlc;
    expect(validateEvent('ohlc.event', withoutType)).toMatchObject({ valid: true });
    const renko = validateEvent('ohlc.event', { ...ohlc, type: 'renko' });
    expect(renko.valid && renko.unknownValues?.[0]).toMatchObject({ path: '/type', value: 'renko' });
  });

  it('reads trades without orderId and clientOrderId (Swagger TradeEventRes), and with instrumentId instead of symbol (2020)', () => {
    const { orderId: _o, clientOrderId: _c, ...swagger } = trade;
    expect(validateEvent('internal.trade', swagger)).toMatchObject({ valid: true });
    const { symbol: _s, ...old } = trade;
    const r = validateEvent('internal.trade', { ...old, instrumentId: '45463225268524228' });
    expect(r).toMatchObject({ valid: true, value: { instrumentId: '45463225268524228' } });
  });

  it('still refuses a trade without its price', () => {
    const { price: _p, ...noPrice } = trade;
    expect(validateEvent('internal.trade', noPrice)).toMatchObject({ valid: false, errors: [{ path: '/price', rule: 'required' }] });
  });
});

describe('strict writer', () => {
  const order = { symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', quantity: '0.01' } as const;
  const signing = { apiKey: 'k', timestamp: 1, signature: 'a'.repeat(64) };

  it('refuses a LIMIT or STOP order without price, naming price', () => {
    expect(validateRequest('/api/v1/order/create', { ...order, ...signing })).toEqual({ valid: false, errors: [expect.objectContaining({ path: '/price', rule: 'required' })] });
    expect(validateRequest('/api/v1/order/create', { ...order, type: 'STOP', symbol: 'BTC/USD_LEVERAGE', ...signing }).valid).toBe(false);
    let error: unknown;
    try {
      buildRequest('/api/v1/order/create', order as Any, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ field: 'price', rule: 'required', code: 'ERR_INVALID_REQUEST' });
  });

  it('accepts a MARKET order without price and a LIMIT order with one', () => {
    expect(validateRequest('/api/v1/order/create', { ...order, type: 'MARKET', ...signing }).valid).toBe(true);
    expect(validateRequest('/api/v1/order/create', { ...order, price: '140', ...signing }).valid).toBe(true);
  });

  it('refuses what the document does not list in requests: an unknown order type, a 3-minute interval, a depth limit of 5000', () => {
    expect(validateRequest('/api/v1/order/create', { ...order, type: 'TRAILING_STOP', price: '1', ...signing })).toMatchObject({ valid: false, errors: [{ path: '/type', rule: 'enum' }] });
    expect(() => buildRequest('OHLCMarketData.subscribe', { symbols: ['BTC/USD'], intervals: ['M3' as Any] }, ctx)).toThrow(/intervals\/0/);
    expect(validateRequest('/api/v1/depth', { symbol: 'ETH/USD', limit: 5000 })).toMatchObject({ valid: false, errors: [{ path: '/limit', rule: 'maximum' }] });
    expect(validateRequest('/api/v1/depth', { symbol: 'ETH/USD', limit: 2 }).valid).toBe(true); // the official example's value
  });

  it('sends alias spellings as the canonical value, and signs that', () => {
    const lower = buildRequest('/api/v1/order/create', { ...order, side: 'buy' as Any, price: '140' }, ctx);
    const upper = buildRequest('/api/v1/order/create', { ...order, side: 'BUY', price: '140' }, ctx);
    expect(lower.payload.side).toBe('BUY');
    expect(lower).toEqual(upper);
    const candles = buildRequest('OHLCMarketData.subscribe', { symbols: ['BTC/USD'], intervals: ['M1' as Any, '5m'], type: 'heiken-ashi' as Any }, ctx);
    expect(candles.payload).toEqual({ symbols: ['BTC/USD'], intervals: ['1m', '5m'], type: 'heikin-ashi' });
    const klines = buildRequest('/api/v1/klines', { symbol: 'ETH/USD', interval: 'H1' as Any }, ctx);
    expect(klines.payload.interval).toBe('1h');
  });

  it('keeps the captured official request valid as it was signed (lower-case buy)', () => {
    const frame = fixture('v1-order-create-limit-request.json');
    expect(validateRequest(frame.destination, frame.payload).valid).toBe(true);
  });

  it('puts a per-request recvWindow into the signed payload, within the document\'s range', () => {
    const built = buildRequest('/api/v1/account', {}, { ...ctx, recvWindow: 1234 });
    expect(built.payload.recvWindow).toBe(1234);
    expect(() => buildRequest('/api/v1/account', {}, { ...ctx, recvWindow: 60001 })).toThrow(/recvWindow/);
  });
});
