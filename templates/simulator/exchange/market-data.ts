/** Public market data requests: server time, exchange info, order book, trades, candles, 24h tickers. */

import { Dec } from '../decimal.js';
import { ApiErrors } from '../errors.js';
import type { Exchange, RequestContext } from '../exchange.js';
import type { InstrumentDef } from '../instruments.js';
import { normalizeCandleType, normalizeInterval } from '../candles.js';
import { defaultOf, optInt, optLimit, optString, reqString, type Params } from './params.js';

export function time(ex: Exchange): { serverTime: number } {
  return { serverTime: ex.now() };
}

export function exchangeInfo(ex: Exchange, ctx: RequestContext): unknown {
  return {
    timezone: 'UTC',
    serverTime: ex.now(),
    rateLimits: [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1200 },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 1, limit: 10 },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 864000 },
    ],
    exchangeFilters: [],
    symbols: ex.listed(ctx.version).map((i) => symbolInfo(ex, i)),
  };
}

export function symbolInfo(ex: Exchange, i: InstrumentDef): Record<string, unknown> {
  const tick = Dec.from(i.tickSize);
  const info: Record<string, unknown> = {
    symbol: i.symbol,
    name: i.name,
    status: i.status,
    baseAsset: i.baseAsset,
    baseAssetPrecision: i.baseAssetPrecision,
    quoteAsset: i.quoteAsset,
    quoteAssetId: i.quoteAssetId,
    quotePrecision: i.quotePrecision,
    orderTypes: [...i.orderTypes],
    filters: [
      { filterType: 'LOT_SIZE', minQty: i.minQty, maxQty: i.maxQty, stepSize: i.stepSize },
      { filterType: 'MIN_NOTIONAL', minNotional: i.minNotional },
      { filterType: 'PRICE_FILTER', minPrice: i.tickSize, maxPrice: '10000000', tickSize: i.tickSize },
    ],
    marketModes: ['REGULAR'],
    marketType: i.marketType,
    assetType: i.assetType,
    tradingHours: i.tradingHours,
    tickSize: tick.toNumber(),
    tickValue: tick.toNumber(),
  };
  if (i.country !== undefined) info.country = i.country;
  if (i.sector !== undefined) info.sector = i.sector;
  if (i.industry !== undefined) info.industry = i.industry;
  if (i.marketType === 'SPOT') {
    info.exchangeFee = Dec.from(i.exchangeFee ?? '0').toNumber();
  } else {
    const fee = Dec.from(i.tradingFee ?? '0').toNumber();
    info.tradingFee = fee;
    info.makerFee = fee;
    info.takerFee = fee;
    info.longRate = Dec.from(i.longRate ?? '0').toNumber();
    info.shortRate = Dec.from(i.shortRate ?? '0').toNumber();
    info.swapChargeInterval = i.swapChargeInterval ?? 1440;
    info.maxSLGap = Dec.from(i.maxSLGap ?? '0').toNumber();
    info.minSLGap = Dec.from(i.minSLGap ?? '0').toNumber();
    info.maxTPGap = Dec.from(i.maxTPGap ?? '0').toNumber();
    info.minTPGap = Dec.from(i.minTPGap ?? '0').toNumber();
  }
  return info;
}

export function depth(ex: Exchange, ctx: RequestContext, p: Params): unknown {
  const inst = ex.instrument(ctx.version, reqString(p, 'symbol'));
  const limit = optLimit(p, 'limit', defaultOf(ex.paramDefaults, 'depth', 'limit', 100));
  const book = ex.market.depth(inst.symbol, limit);
  return {
    lastUpdateId: book.updateId,
    asks: book.asks.map((l) => [l.price.toNumber(), l.qty.toNumber()]),
    bids: book.bids.map((l) => [l.price.toNumber(), l.qty.toNumber()]),
  };
}

export function aggTrades(ex: Exchange, ctx: RequestContext, p: Params): unknown {
  const inst = ex.instrument(ctx.version, reqString(p, 'symbol'));
  const startTime = optInt(p, 'startTime');
  const endTime = optInt(p, 'endTime');
  const limit = optLimit(p, 'limit', defaultOf(ex.paramDefaults, 'aggTrades', 'limit', 500));
  // The window's length is the document's rule (x-time-window), checked with the request's validation.
  if (startTime !== undefined && endTime !== undefined && endTime < startTime) throw ApiErrors.invalidCombination('endTime is before startTime');
  const query: { startTime?: number; endTime?: number; limit: number } = { limit };
  if (startTime !== undefined) query.startTime = startTime;
  if (endTime !== undefined) query.endTime = endTime;
  const trades = ex.market.trades(inst.symbol, query);
  return {
    aggTrades: trades.map((t) => ({ a: t.id, p: t.price.toFixed(inst.quotePrecision), q: '0.0', T: t.ts, m: !t.buyer })),
  };
}

export function klines(ex: Exchange, ctx: RequestContext, p: Params): unknown {
  const inst = ex.instrument(ctx.version, reqString(p, 'symbol'));
  const intervalRaw = reqString(p, 'interval');
  const interval = normalizeInterval(intervalRaw);
  if (!interval) throw ApiErrors.illegalParam('interval', 'valid intervals are 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w');
  const type = normalizeCandleType(p.type);
  if (!type) throw ApiErrors.illegalParam('type', 'valid types are classic and heikin-ashi');
  const priceType = optString(p, 'priceType');
  if (priceType !== undefined && !['bid', 'ask'].includes(priceType.toLowerCase())) {
    throw ApiErrors.illegalParam('priceType', 'valid price types are bid and ask');
  }
  const startTime = optInt(p, 'startTime');
  const endTime = optInt(p, 'endTime');
  const limit = optLimit(p, 'limit', defaultOf(ex.paramDefaults, 'klines', 'limit', 500));
  const q: { startTime?: number; endTime?: number; limit: number; type: typeof type } = { limit, type };
  if (startTime !== undefined) q.startTime = startTime;
  if (endTime !== undefined) q.endTime = endTime;
  const bars = ex.market.klines(inst.symbol, interval, ex.now(), q);
  const dp = inst.quotePrecision;
  return { lines: bars.map((b) => [b.t, b.o.toFixed(dp), b.h.toFixed(dp), b.l.toFixed(dp), b.c.toFixed(dp), b.volume]) };
}

export function ticker24hr(ex: Exchange, ctx: RequestContext, p: Params): unknown {
  const symbol = optString(p, 'symbol');
  const insts = symbol === undefined ? ex.listed(ctx.version) : [ex.instrument(ctx.version, symbol)];
  const now = ex.now();
  return {
    tickers: insts.map((i) => {
      const t = ex.market.ticker24h(i.symbol, now);
      const dp = i.quotePrecision;
      const change = t.lastPrice.sub(t.openPrice);
      return {
        symbol: i.symbol,
        priceChange: change.toFixed(dp),
        priceChangePercent: t.openPrice.isZero() ? '0.00' : change.mulInt(100).div(t.openPrice).toFixed(2),
        weightedAvgPrice: t.weightedAvgPrice.toFixed(dp),
        prevClosePrice: t.prevClosePrice.toFixed(dp),
        lastPrice: t.lastPrice.toFixed(dp),
        lastQty: t.lastQty.toApi(),
        bidPrice: t.bidPrice.toFixed(dp),
        askPrice: t.askPrice.toFixed(dp),
        openPrice: t.openPrice.toFixed(dp),
        highPrice: t.highPrice.toFixed(dp),
        lowPrice: t.lowPrice.toFixed(dp),
        volume: t.volume.toApi(),
        quoteVolume: t.quoteVolume.toApi(),
        openTime: t.openTime,
        closeTime: t.closeTime,
      };
    }),
  };
}
