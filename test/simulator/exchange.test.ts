import { describe, expect, it } from 'vitest';
import { Dec } from '../../templates/simulator/decimal.js';
import { ApiError } from '../../templates/simulator/errors.js';
import { Exchange, type Params, type RequestContext } from '../../templates/simulator/exchange.js';

const T0 = Date.UTC(2024, 0, 10, 12, 0, 0);
const K = 'key-1';
const V1: RequestContext = { version: 'v1', apiKey: K };
const V2: RequestContext = { version: 'v2', apiKey: K };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function setup(seed = 1) {
  let t = T0;
  const ex = new Exchange({ accounts: [{ apiKey: K }, { apiKey: 'key-2' }], seed, now: () => t });
  const call = (op: string, p: Params = {}, ctx: RequestContext = V1): Any => ex.request(op, p, ctx);
  const advance = (ms = 250) => {
    t += ms;
    return ex.tick(t);
  };
  return { ex, call, advance, now: () => t };
}

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

function usd(ex: Exchange) {
  return ex.balance(K, 'USD');
}

function total(b: { free: string; locked: string }): Dec {
  return Dec.from(b.free).add(b.locked);
}

describe('exchange: spot orders', () => {
  it('fills a MARKET buy at the offer and moves balances by notional + commission', () => {
    const { ex, call } = setup();
    const q = ex.market.quote('BTC/USD');
    const r = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect(r).toMatchObject({ symbol: 'BTC/USD', status: 'FILLED', type: 'MARKET', side: 'BUY', timeInForce: 'FOK', origQty: '0.01', executedQty: '0.01' });
    expect(r.orderId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.fills).toHaveLength(1);
    expect(r.fills[0].price).toBe(q.ofr.toFixed(2));
    const notional = q.ofr.mul('0.01').round(2, 'up');
    const commission = notional.mul('0.2').divInt(100).round(2, 'half-up');
    expect(usd(ex).free).toBe(Dec.from('10000').sub(notional).sub(commission).toString());
    expect(ex.balance(K, 'BTC').free).toBe('1.01');
    const trades = call('myTrades', { symbol: 'BTC/USD' }).myTrades;
    expect(trades).toHaveLength(1);
    expect(trades[0]).toMatchObject({ symbol: 'BTC/USD', orderId: r.orderId, qty: '0.01', isBuyer: true, isMaker: false, commissionAsset: 'USD' });
  });

  it('accepts the official lower-case side and reports SELL executedQty as negative', () => {
    const { call } = setup();
    const r = call('createOrder', { symbol: 'ETH/USD', side: 'sell', type: 'MARKET', quantity: 0.5 });
    expect(r.side).toBe('SELL');
    expect(r.executedQty).toBe('-0.5');
  });

  it('rests a LIMIT order away from the market, locks funds, lists it, cancel unlocks exactly', () => {
    const { ex, call } = setup();
    const before = usd(ex);
    const r = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.02', price: 20000, timeInForce: 'GTC' });
    expect(r).toMatchObject({ status: 'NEW', price: '20000.00', executedQty: '0.0', timeInForce: 'GTC' });
    expect(r.fills).toBeUndefined();
    expect(usd(ex).locked).toBe('400.8'); // 400 + 0.2 %
    expect(total(usd(ex)).eq(total(before))).toBe(true);
    const open = call('openOrders', { symbol: 'BTC/USD' }).openOrders;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ orderId: r.orderId, status: 'NEW', type: 'LIMIT', leverage: false, working: true, accountId: before.accountId });
    const c = call('cancelOrder', { symbol: 'BTC/USD', orderId: r.orderId });
    expect(c).toMatchObject({ orderId: r.orderId, status: 'CANCELED', type: 'LIMIT' });
    expect(usd(ex)).toEqual(before);
    expect(call('openOrders').openOrders).toEqual([]);
    expect(apiError(() => call('cancelOrder', { symbol: 'BTC/USD', orderId: r.orderId })).code).toBe(-2011);
  });

  it('fills a crossing LIMIT order at once at the better market price', () => {
    const { ex, call } = setup();
    const q = ex.market.quote('ETH/USD');
    const r = call('createOrder', { symbol: 'ETH/USD', side: 'BUY', type: 'LIMIT', quantity: '1', price: q.ofr.add(50).toString() });
    expect(r.status).toBe('FILLED');
    expect(call('fetchOrder', { symbol: 'ETH/USD', orderId: r.orderId }, V2).execPrice).toBe(q.ofr.toFixed(2));
    expect(usd(ex).locked).toBe('0');
  });

  it('fills a resting LIMIT order when the market reaches it (maker, at the limit price)', () => {
    const { ex, call, advance } = setup(4);
    const q = ex.market.quote('BTC/USD');
    const price = q.ofr.sub('0.01');
    const r = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: price.toString() });
    expect(r.status).toBe('NEW');
    let status = 'NEW';
    for (let i = 0; i < 2000 && status === 'NEW'; i++) {
      advance();
      status = call('fetchOrder', { symbol: 'BTC/USD', orderId: r.orderId }, V2).status;
    }
    expect(status).toBe('FILLED');
    const f = call('fetchOrder', { symbol: 'BTC/USD', orderId: r.orderId }, V2);
    expect(f.execPrice).toBe(price.toFixed(2));
    expect(f.fills[0].price).toBe(price.toFixed(2));
    expect(usd(ex).locked).toBe('0');
    expect(call('myTrades', { symbol: 'BTC/USD' }).myTrades[0]).toMatchObject({ isMaker: true, price: price.toFixed(2) });
  });

  it('fills a resting SELL LIMIT when the bid rises to it and releases the locked base', () => {
    const { ex, call, advance } = setup(5);
    const q = ex.market.quote('ETH/USD');
    const price = q.bid.add('0.01');
    const r = call('createOrder', { symbol: 'ETH/USD', side: 'SELL', type: 'LIMIT', quantity: '2', price: price.toString() });
    expect(ex.balance(K, 'ETH')).toMatchObject({ free: '8', locked: '2' });
    let status = 'NEW';
    for (let i = 0; i < 2000 && status === 'NEW'; i++) {
      advance();
      status = call('fetchOrder', { symbol: 'ETH/USD', orderId: r.orderId }, V2).status;
    }
    expect(status).toBe('FILLED');
    expect(ex.balance(K, 'ETH')).toMatchObject({ free: '8', locked: '0' });
  });

  it('expires a non-crossing IOC LIMIT order without touching balances', () => {
    const { ex, call } = setup();
    const before = usd(ex);
    const r = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: 1000, timeInForce: 'IOC' });
    expect(r.status).toBe('EXPIRED');
    expect(usd(ex)).toEqual(before);
  });

  it('refuses what the API refuses, with its codes', () => {
    const { call } = setup();
    expect(apiError(() => call('createOrder', { symbol: 'NOPE', side: 'BUY', type: 'MARKET', quantity: 1 }))).toMatchObject({ code: -1121, msg: 'Invalid symbol.' });
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: 90 }))).toMatchObject({
      code: -2010,
      msg: 'Account has insufficient balance for requested action.',
    });
    expect(apiError(() => call('createOrder', { symbol: 'ETH/USD', side: 'SELL', type: 'MARKET', quantity: 11 })).code).toBe(-2010);
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: '0.00001' })).code).toBe(-1013);
    expect(apiError(() => call('createOrder', { symbol: 'TXN', side: 'BUY', type: 'MARKET', quantity: '0.01' }))).toMatchObject({ code: -1013, msg: 'MIN_NOTIONAL' });
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: 1 }))).toMatchObject({ code: -1128, msg: 'Invalid limit price' });
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: 1, price: -5 })).code).toBe(-1030);
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'UP', type: 'LIMIT', quantity: 1, price: 5 })).code).toBe(-1100);
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'STOP', quantity: 1, price: 5 })).code).toBe(-1128);
    expect(apiError(() => call('createOrder', { symbol: 'BTC/USD', type: 'MARKET', quantity: 1 })).code).toBe(-1128);
    expect(apiError(() => call('fetchOrder', { symbol: 'BTC/USD', orderId: 'nope' }, V2))).toMatchObject({ code: -2013, msg: 'Order does not exist' });
    expect(apiError(() => call('cancelOrder', { symbol: 'BTC/USD', orderId: 'nope' }))).toMatchObject({ code: -2011, msg: 'UNKNOWN_ORDER' });
    expect(apiError(() => call('account', {}, { version: 'v1' })).code).toBe(-2015);
  });

  it('cancels only LIMIT orders', () => {
    const { call } = setup();
    const m = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    const e = apiError(() => call('cancelOrder', { symbol: 'BTC/USD', orderId: m.orderId }));
    expect(e.code).toBe(-1128);
    expect(e.msg).toContain('Cancel is available only for LIMIT order');
  });

  it('keeps orders apart per account', () => {
    const { call } = setup();
    const r = call('createOrder', { symbol: 'BTC/USD', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: 20000 });
    const other: RequestContext = { version: 'v1', apiKey: 'key-2' };
    expect(call('openOrders', {}, other).openOrders).toEqual([]);
    expect(apiError(() => call('cancelOrder', { symbol: 'BTC/USD', orderId: r.orderId }, other)).code).toBe(-2011);
  });

  it('sees Hong Kong instruments on v2 only', () => {
    const { ex, call } = setup();
    const v1 = call('exchangeInfo', {}, V1).symbols.map((s: Any) => s.symbol);
    const v2 = call('exchangeInfo', {}, V2).symbols.map((s: Any) => s.symbol);
    expect(v1).not.toContain('00700');
    expect(v2).toContain('00700');
    expect(v1).toContain('Oil - Brent.');
    expect(apiError(() => call('createOrder', { symbol: '00700', side: 'BUY', type: 'MARKET', quantity: 1 }, V1)).code).toBe(-1121);
    const r = call('createOrder', { symbol: '00700', side: 'BUY', type: 'MARKET', quantity: 1 }, V2);
    expect(r.status).toBe('FILLED');
    expect(ex.balance(K, '00700').free).toBe('1');
    expect(apiError(() => call('depth', { symbol: '00700' }, V1)).code).toBe(-1121);
  });

  it('never drifts: ledger sums equal balances after many random trades, and cancels restore locks', () => {
    const { ex, call, advance } = setup(9);
    let x = 12345;
    const rnd = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) {
      const sym = rnd() < 0.5 ? 'BTC/USD' : 'ETH/USD';
      const q = ex.market.quote(sym);
      const side = rnd() < 0.5 ? 'BUY' : 'SELL';
      const qty = sym === 'BTC/USD' ? (0.001 + Math.floor(rnd() * 20) / 1000).toFixed(4) : (0.01 + Math.floor(rnd() * 50) / 100).toFixed(3);
      try {
        if (rnd() < 0.5) {
          call('createOrder', { symbol: sym, side, type: 'MARKET', quantity: qty });
        } else {
          const off = q.bid.mul(rnd() * 0.002).round(2);
          const price = side === 'BUY' ? q.bid.sub(off) : q.ofr.add(off);
          ids.push(call('createOrder', { symbol: sym, side, type: 'LIMIT', quantity: qty, price: price.toString() }).orderId);
        }
      } catch (e) {
        if (!(e instanceof ApiError) || e.code !== -2010) throw e;
      }
      advance();
    }
    for (const o of call('openOrders').openOrders) call('cancelOrder', { symbol: o.symbol, orderId: o.orderId });
    expect(ids.length).toBeGreaterThan(50);
    const ledger = call('ledger', { limit: 1000 }).transactions as Any[];
    for (const asset of ['USD', 'BTC', 'ETH']) {
      const b = ex.balance(K, asset);
      expect(b.locked).toBe('0');
      const sum = Dec.sum(ledger.filter((e) => e.currency === asset).map((e) => Dec.from(e.amount)));
      expect(sum.eq(b.free)).toBe(true);
    }
    const acct = call('account', { showZeroBalance: true });
    for (const b of acct.balances) {
      expect(b.free).toMatch(/^-?\d+(\.\d+)?$/);
      if (b.asset === 'USD') expect(b.free).toMatch(/^\d+\.\d{2}$/);
    }
  });
});

describe('exchange: account and reference data', () => {
  it('answers account with string decimals, 64-bit account ids and the zero-balance filter', () => {
    const { call } = setup();
    const a = call('account');
    expect(a).toMatchObject({ canTrade: true, makerCommission: '0.20', updateTime: Math.floor(T0 / 1000) });
    const usdBal = a.balances.find((b: Any) => b.asset === 'USD');
    expect(usdBal).toMatchObject({ free: '10000.00', locked: '0.00', default: true, collateralCurrency: true });
    expect(BigInt(usdBal.accountId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(a.balances.some((b: Any) => b.asset === 'EUR')).toBe(false);
    expect(call('account', { showZeroBalance: true }).balances.some((b: Any) => b.asset === 'EUR')).toBe(true);
    expect(call('account', { showZeroBalance: 'true' }).balances.some((b: Any) => b.asset === 'EUR')).toBe(true);
  });

  it('describes symbols in exchangeInfo', () => {
    const { call } = setup();
    const info = call('exchangeInfo');
    expect(info.timezone).toBe('UTC');
    expect(info.rateLimits[0]).toEqual({ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1200 });
    const btc = info.symbols.find((s: Any) => s.symbol === 'BTC/USD');
    expect(btc).toMatchObject({ marketType: 'SPOT', quoteAssetId: 'USD', baseAsset: 'BTC', status: 'TRADING', exchangeFee: 0.2 });
    expect(btc.filters).toContainEqual({ filterType: 'LOT_SIZE', minQty: '0.0001', maxQty: '100', stepSize: '0.0001' });
    expect(btc.filters).toContainEqual({ filterType: 'MIN_NOTIONAL', minNotional: '5' });
    const lev = info.symbols.find((s: Any) => s.symbol === 'BTC/USD_LEVERAGE');
    expect(lev).toMatchObject({ marketType: 'LEVERAGE', quoteAssetId: 'USD_LEVERAGE' });
    expect(typeof lev.tradingFee).toBe('number');
    expect(info.symbols.find((s: Any) => s.symbol === 'TXN').tradingHours).toMatch(/^UTC; Mon /);
  });

  it('serves public market data in the API shapes', () => {
    const { call, advance } = setup();
    for (let i = 0; i < 4; i++) advance();
    expect(call('time')).toEqual({ serverTime: T0 + 1000 });
    const d = call('depth', { symbol: 'ETH/USD', limit: 5 });
    expect(d.bids).toHaveLength(5);
    expect(d.asks[0][0]).toBeGreaterThan(d.bids[0][0]);
    // Any limit the document allows is served (its range is checked by the validator, as the client checks it).
    expect(call('depth', { symbol: 'ETH/USD', limit: 7 }).bids).toHaveLength(7);
    expect(apiError(() => call('depth', { symbol: 'ETH/USD', limit: 0 })).code).toBe(-1100);
    const k = call('klines', { symbol: 'ETH/USD', interval: '1m', limit: 4 });
    expect(k.lines).toHaveLength(4);
    expect(k.lines[0]).toHaveLength(6);
    expect(typeof k.lines[0][0]).toBe('number');
    expect(typeof k.lines[0][1]).toBe('string');
    expect(call('klines', { symbol: 'ETH/USD', interval: 'M1', limit: 2, type: 'heikin-ashi' }).lines).toHaveLength(2);
    expect(apiError(() => call('klines', { symbol: 'ETH/USD', interval: '2m' })).code).toBe(-1100);
    expect(apiError(() => call('klines', { symbol: 'ETH/USD' })).code).toBe(-1128);
    const agg = call('aggTrades', { symbol: 'ETH/USD', limit: 3 }).aggTrades;
    expect(agg).toHaveLength(3);
    expect(agg[0]).toMatchObject({ q: '0.0' });
    expect(Object.keys(agg[0]).sort()).toEqual(['T', 'a', 'm', 'p', 'q']);
    // The window's length is the document's rule, checked with the request's validation (test/e2e/errors.test.ts).
    expect(apiError(() => call('aggTrades', { symbol: 'ETH/USD', startTime: T0, endTime: T0 - 1 })).code).toBe(-1128);
    const all = call('ticker24hr').tickers;
    expect(all.map((t: Any) => t.symbol)).toContain('TXN');
    const one = call('ticker24hr', { symbol: 'BTC/USD' }).tickers;
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ symbol: 'BTC/USD' });
    expect(typeof one[0].lastPrice).toBe('string');
    expect(Dec.from(one[0].highPrice).gte(one[0].lowPrice)).toBe(true);
  });

  it('serves the account reference data', () => {
    const { call } = setup();
    expect(call('tradingFees').fees.find((f: Any) => f.symbol === 'Oil - Brent.').overnightRates).toHaveLength(1);
    expect(call('tradingLimits').limits[0]).toMatchObject({ symbol: 'BTC/USD', minVolume: '0.0001' });
    expect(call('fundingLimits').fundingLimits.length).toBeGreaterThan(0);
    expect(call('currencies').currencies.find((c: Any) => c.displaySymbol === 'BTC')).toMatchObject({ precision: '8', type: 'CRYPTO' });
    expect(call('depositAddress', { coin: 'ETH' }).address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(call('depositAddress', { coin: 'BTC' }).address).toMatch(/^bc1q/);
    expect(apiError(() => call('depositAddress', { coin: 'USD' })).code).toBe(-1128);
    const deposits = call('deposits').transactions;
    expect(deposits.length).toBeGreaterThan(0);
    expect(deposits.every((t: Any) => t.type === 'deposit' && t.status === 'PROCESSED')).toBe(true);
    expect(call('withdrawals').transactions.every((t: Any) => t.type === 'withdrawal' && Dec.from(t.amount).isNegative())).toBe(true);
  });
});

describe('exchange: leverage', () => {
  function accountId(ex: Exchange): string {
    return usd(ex).accountId;
  }

  it('leverageSettings answers for leverage symbols only', () => {
    const { call } = setup();
    expect(call('leverageSettings', { symbol: 'BTC/USD_LEVERAGE' })).toEqual({ values: [1, 2, 3, 5], value: 2 });
    expect(call('leverageSettings', { symbol: 'Oil - Brent.' }).value).toBe(10);
    expect(apiError(() => call('leverageSettings', { symbol: 'ETH/USD' }))).toMatchObject({ code: -1128, msg: 'Only leverage symbol allowed here: ETH/USD' });
    expect(apiError(() => call('leverageSettings', { symbol: 'XYZ' }))).toMatchObject({ code: -1121 });
  });

  it('needs a collateral accountId', () => {
    const { ex, call } = setup();
    const base = { symbol: 'BTC/USD_LEVERAGE', side: 'BUY', type: 'MARKET', quantity: '0.01', leverage: 2 };
    expect(apiError(() => call('createOrder', base))).toMatchObject({ code: -1128, msg: 'Can not find account: null' });
    expect(apiError(() => call('createOrder', { ...base, accountId: '123' }))).toMatchObject({ code: -1128, msg: 'Can not find account: 123' });
    expect(apiError(() => call('createOrder', { ...base, accountId: ex.balance(K, 'BTC').accountId })).code).toBe(-1128);
    expect(apiError(() => call('createOrder', { ...base, accountId: accountId(ex), leverage: 7 })).code).toBe(-1128);
    expect(apiError(() => call('createOrder', { ...base, accountId: accountId(ex), quantity: '40' })).code).toBe(-2010);
  });

  it('opens, updates and closes a position; margin and P/L settle exactly', () => {
    const { ex, call, advance } = setup(21);
    const q = ex.market.quote('BTC/USD_LEVERAGE');
    const r = call('createOrder', {
      symbol: 'BTC/USD_LEVERAGE',
      side: 'BUY',
      type: 'MARKET',
      quantity: '0.1',
      leverage: 2,
      accountId: accountId(ex),
      takeProfit: q.ofr.mul('1.5').round(2).toString(),
      stopLoss: q.ofr.mul('0.5').round(2).toString(),
    });
    expect(r).toMatchObject({ status: 'FILLED', margin: '0.5', executedQty: '0.1', price: q.ofr.toFixed(2) });
    const notional = q.ofr.mul('0.1');
    const margin = notional.divInt(2).round(2, 'up');
    const openFee = notional.mul('0.075').divInt(100).round(2, 'half-up');
    expect(usd(ex)).toMatchObject({ locked: margin.toString(), free: Dec.from(10000).sub(margin).sub(openFee).toString() });
    const [pos] = call('tradingPositions').positions;
    expect(pos).toMatchObject({ symbol: 'BTC/USD_LEVERAGE', state: 'ACTIVE', openQuantity: '0.1', openPrice: q.ofr.toFixed(2), margin: '0.5', cost: margin.toApi(), accountId: accountId(ex) });
    expect(pos.id).toMatch(/^[0-9a-f-]{36}$/);

    const newTp = q.ofr.mul('1.2').round(2).toString();
    expect(call('updateTradingPosition', { positionId: pos.id, takeProfit: newTp })).toMatchObject({ state: 'PROCESSED' });
    expect(call('tradingPositions').positions[0].takeProfit).toBe(Dec.from(newTp).toFixed(2));
    expect(apiError(() => call('updateTradingPosition', { positionId: pos.id, stopLoss: q.ofr.mul(2).toString() })).code).toBe(-1128);

    for (let i = 0; i < 5; i++) advance();
    const bid = ex.market.quote('BTC/USD_LEVERAGE').bid;
    const closed = call('closeTradingPosition', { positionId: pos.id });
    expect(closed.request).toHaveLength(1);
    expect(closed.request[0]).toMatchObject({ positionId: pos.id, rqType: 'ORDER_NEW', state: 'PROCESSED', accountId: accountId(ex) });
    expect(call('tradingPositions').positions).toEqual([]);
    const pnl = bid.sub(q.ofr).mul('0.1').round(2, 'half-up');
    const closeFee = bid.mul('0.1').mul('0.075').divInt(100).round(2, 'half-up');
    expect(usd(ex)).toMatchObject({ locked: '0', free: Dec.from(10000).sub(openFee).add(pnl).sub(closeFee).toString() });
    const hist = call('tradingPositionsHistory', { symbol: 'BTC/USD_LEVERAGE' }).history;
    expect(hist.map((h: Any) => [h.status, h.source])).toEqual([
      ['OPENED', 'USER'],
      ['MODIFIED', 'USER'],
      ['CLOSED', 'USER'],
    ]);
    expect(apiError(() => call('closeTradingPosition', { positionId: pos.id })).code).toBe(-1128);
  });

  it('opens short positions on the asset-name instrument `Oil - Brent.`', () => {
    const { ex, call } = setup();
    const r = call('createOrder', { symbol: 'Oil - Brent.', side: 'SELL', type: 'MARKET', quantity: '10', accountId: accountId(ex) });
    expect(r).toMatchObject({ status: 'FILLED', executedQty: '-10.0', margin: '0.1' });
    expect(call('tradingPositions').positions[0].openQuantity).toBe('-10.0');
  });

  it('closes by take-profit when the market reaches it', () => {
    const { ex, call, advance } = setup(33);
    const q = ex.market.quote('Oil - Brent.');
    expect(apiError(() => call('createOrder', { symbol: 'Oil - Brent.', side: 'BUY', type: 'MARKET', quantity: '10', accountId: accountId(ex), takeProfit: q.bid.toString() })).code).toBe(-1128);
    call('createOrder', { symbol: 'Oil - Brent.', side: 'BUY', type: 'MARKET', quantity: '10', accountId: accountId(ex), takeProfit: q.ofr.add('0.01').toString() });
    let open = 1;
    for (let i = 0; i < 3000 && open > 0; i++) {
      advance();
      open = call('tradingPositions').positions.length;
    }
    expect(open).toBe(0);
    const last = call('tradingPositionsHistory').history.at(-1);
    expect(last).toMatchObject({ status: 'CLOSED', source: 'TP' });
    expect(usd(ex).locked).toBe('0');
  });

  it('rests a leverage LIMIT order, updates it with updateTradingOrder, opens when reached', () => {
    const { ex, call, advance } = setup(8);
    const q = ex.market.quote('Oil - Brent.');
    const far = q.bid.sub('5');
    const r = call('createOrder', { symbol: 'Oil - Brent.', side: 'BUY', type: 'LIMIT', quantity: '10', price: far.toString(), accountId: accountId(ex) });
    expect(r.status).toBe('NEW');
    const lockedFar = Dec.from(usd(ex).locked);
    expect(lockedFar.isPositive()).toBe(true);
    const near = q.ofr.sub('0.01');
    expect(call('updateTradingOrder', { orderId: r.orderId, newPrice: near.toString() })).toMatchObject({ state: 'PROCESSED' });
    expect(typeof call('updateTradingOrder', { orderId: r.orderId }).requestId).toBe('number');
    expect(Dec.from(usd(ex).locked).gt(lockedFar)).toBe(true);
    const open = call('openOrders', { symbol: 'Oil - Brent.' }).openOrders[0];
    expect(open).toMatchObject({ price: near.toFixed(2), leverage: true, margin: '0.1' });
    let positions = 0;
    for (let i = 0; i < 2000 && positions === 0; i++) {
      advance();
      positions = call('tradingPositions').positions.length;
    }
    expect(positions).toBe(1);
    expect(call('tradingPositions').positions[0].openPrice).toBe(near.toFixed(2));
    expect(apiError(() => call('updateTradingOrder', { orderId: r.orderId })).code).toBe(-2013);
  });

  it('triggers a STOP order and refuses one that would trigger immediately', () => {
    const { ex, call, advance } = setup(12);
    const q = ex.market.quote('BTC/USD_LEVERAGE');
    const e = apiError(() => call('createOrder', { symbol: 'BTC/USD_LEVERAGE', side: 'BUY', type: 'STOP', quantity: '0.01', price: q.ofr.sub(1).toString(), accountId: accountId(ex) }));
    expect(e).toMatchObject({ code: -1128 });
    const r = call('createOrder', { symbol: 'BTC/USD_LEVERAGE', side: 'BUY', type: 'STOP', quantity: '0.01', price: q.ofr.add('0.01').toString(), accountId: accountId(ex) });
    expect(r.status).toBe('NEW');
    let status = 'NEW';
    for (let i = 0; i < 2000 && status === 'NEW'; i++) {
      advance();
      status = call('fetchOrder', { symbol: 'BTC/USD_LEVERAGE', orderId: r.orderId }, V2).status;
    }
    expect(status).toBe('FILLED');
    expect(call('tradingPositions').positions).toHaveLength(1);
  });

  it('is deterministic for a seed', () => {
    const run = () => {
      const { ex, call, advance } = setup(77);
      const out: unknown[] = [];
      out.push(call('createOrder', { symbol: 'BTC/USD_LEVERAGE', side: 'BUY', type: 'MARKET', quantity: '0.01', accountId: accountId(ex) }));
      for (let i = 0; i < 20; i++) advance();
      out.push(call('tradingPositions'), call('account'), call('ticker24hr', { symbol: 'ETH/USD' }));
      return JSON.stringify(out);
    };
    expect(run()).toBe(run());
  });
});
