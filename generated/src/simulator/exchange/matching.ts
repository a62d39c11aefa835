// Generated from asyncapi.yaml and templates/simulator/exchange/matching.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Matching: resting orders that the market crosses are filled; take-profit/stop-loss triggers close positions. */

import { Dec } from '../decimal.js';
import type { Exchange } from '../exchange.js';
import { accountOf, balanceOf, ledgerAdd, unlock } from './ledger.js';
import { spotAmounts } from './orders.js';
import { closePosition, openPosition } from './positions.js';
import type { Account, Order } from './records.js';

/** Fills resting orders the market has crossed, expires old ones, triggers TP/SL. */
export function processBook(ex: Exchange, now: number): void {
  for (const o of [...ex.orders.values()]) {
    if (o.status !== 'NEW' && o.status !== 'PARTIALLY_FILLED') continue;
    const acct = accountOf(ex, o.apiKey);
    if (o.expireTimestamp !== undefined && now >= o.expireTimestamp) {
      unlock(ex, acct, o);
      o.status = 'EXPIRED';
      o.updateTime = now;
      continue;
    }
    const q = ex.market.quote(o.inst.symbol);
    const price = o.price as Dec;
    if (o.type === 'LIMIT') {
      const hit = o.side === 'BUY' ? q.ofr.lte(price) : q.bid.gte(price);
      if (!hit) continue;
      if (o.leverage === undefined) fillSpot(ex, acct, o, price, true, now);
      else openPosition(ex, acct, o, price, now);
    } else if (o.type === 'STOP') {
      const hit = o.side === 'BUY' ? q.ofr.gte(price) : q.bid.lte(price);
      if (hit) openPosition(ex, acct, o, o.side === 'BUY' ? q.ofr : q.bid, now);
    }
  }
  for (const pos of [...ex.positions.values()]) {
    if (pos.state !== 'ACTIVE') continue;
    const q = ex.market.quote(pos.inst.symbol);
    const long = pos.openQuantity.isPositive();
    const px = long ? q.bid : q.ofr;
    if (pos.takeProfit !== undefined && (long ? px.gte(pos.takeProfit) : px.lte(pos.takeProfit))) closePosition(ex, pos, 'TP', now);
    else if (pos.stopLoss !== undefined && (long ? px.lte(pos.stopLoss) : px.gte(pos.stopLoss))) closePosition(ex, pos, 'SL', now);
  }
}

export function fillSpot(ex: Exchange, acct: Account, order: Order, price: Dec, maker: boolean, now: number): void {
  unlock(ex, acct, order);
  const inst = order.inst;
  const qty = order.origQty.sub(order.executedQty);
  const amounts = spotAmounts(ex, inst, order.side, price, qty);
  const base = balanceOf(ex, acct, inst.baseAsset);
  const quote = balanceOf(ex, acct, inst.quoteAsset);
  if (order.side === 'BUY') {
    quote.free = quote.free.sub(amounts.total);
    base.free = base.free.add(qty);
    ledgerAdd(ex, acct, { currency: inst.quoteAsset, type: 'exchange', amount: amounts.notional.neg(), balance: quote.free.add(amounts.commission), timestamp: now });
    ledgerAdd(ex, acct, { currency: inst.baseAsset, type: 'exchange', amount: qty, balance: base.free, timestamp: now });
  } else {
    base.free = base.free.sub(qty);
    quote.free = quote.free.add(amounts.total);
    ledgerAdd(ex, acct, { currency: inst.baseAsset, type: 'exchange', amount: qty.neg(), balance: base.free, timestamp: now });
    ledgerAdd(ex, acct, { currency: inst.quoteAsset, type: 'exchange', amount: amounts.notional, balance: quote.free.add(amounts.commission), timestamp: now });
  }
  if (amounts.commission.isPositive()) {
    ledgerAdd(ex, acct, { currency: inst.quoteAsset, type: 'exchange_commission', amount: amounts.commission.neg(), balance: quote.free, timestamp: now, commission: amounts.commission });
  }
  recordFill(ex, acct, order, price, qty, amounts.notional, amounts.commission, inst.quoteAsset, maker, now);
  order.status = 'FILLED';
}

export function recordFill(ex: Exchange, acct: Account, order: Order, price: Dec, qty: Dec, quoteQty: Dec, commission: Dec, commissionAsset: string, maker: boolean, now: number): void {
  const tradeId = String(ex.tradeSeq++);
  order.fills.push({ price, qty, commission, commissionAsset, tradeId, time: now, maker });
  order.executedQty = order.executedQty.add(qty);
  order.execPrice = price;
  order.updateTime = now;
  acct.myTrades.push({
    symbol: order.inst.symbol,
    id: tradeId,
    orderId: order.orderId,
    price,
    qty,
    quoteQty,
    commission,
    commissionAsset,
    time: now,
    isBuyer: order.side === 'BUY',
    isMaker: maker,
  });
  acct.updateTime = now;
  ex.market.recordTrade(order.inst.symbol, price, qty, order.side === 'BUY', now, order.orderId);
}
