// Generated from asyncapi.yaml and templates/simulator/exchange/views.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** How records look on the wire: prices at the instrument's precision, fills, orders, positions. */

import { Dec } from '../decimal.js';
import type { Exchange } from '../exchange.js';
import type { InstrumentDef } from '../instruments.js';
import { precisionOf } from './ledger.js';
import { marginFraction } from './orders.js';
import type { Fill, Order, Position } from './records.js';

export function fmtPrice(ex: Exchange, inst: InstrumentDef, price: Dec | undefined): string {
  return price === undefined ? '0' : price.toFixed(inst.quotePrecision);
}

export function fillView(ex: Exchange, f: Fill, inst: InstrumentDef): Record<string, unknown> {
  return { price: f.price.toFixed(inst.quotePrecision), qty: f.qty.toApi(), commission: f.commission.toApi(), commissionAsset: f.commissionAsset, tradeId: f.tradeId };
}

export function orderResult(ex: Exchange, o: Order, full: boolean): Record<string, unknown> {
  const executed = o.side === 'SELL' && o.executedQty.isPositive() ? o.executedQty.neg() : o.executedQty;
  const r: Record<string, unknown> = {
    symbol: o.inst.symbol,
    orderId: o.orderId,
    transactTime: o.time,
    price: fmtPrice(ex, o.inst, o.price ?? o.execPrice),
    origQty: o.origQty.toApi(),
    executedQty: executed.toApi(),
    status: o.status,
    timeInForce: o.timeInForce,
    type: o.type,
    side: o.side,
  };
  if (o.leverage !== undefined) {
    r.margin = marginFraction(ex, o.leverage);
    r.guaranteedStopLoss = o.guaranteedStopLoss;
    r.trailingStopLoss = o.trailingStopLoss;
    if (o.takeProfit) r.takeProfit = fmtPrice(ex, o.inst, o.takeProfit);
    if (o.stopLoss) r.stopLoss = fmtPrice(ex, o.inst, o.stopLoss);
  }
  if (o.expireTimestamp !== undefined) r.expireTimestamp = o.expireTimestamp;
  if (o.rejectReason !== undefined) r.rejectMessage = o.rejectReason;
  if (full) r.fills = o.fills.map((f) => fillView(ex, f, o.inst));
  return r;
}

export function positionView(ex: Exchange, x: Position): Record<string, unknown> {
  const dp = x.inst.quotePrecision;
  const qp = precisionOf(ex, x.inst.quoteAsset);
  const q = ex.market.quote(x.inst.symbol);
  const px = x.openQuantity.isPositive() ? q.bid : q.ofr;
  const upl = px.sub(x.openPrice).mul(x.openQuantity).round(qp, 'half-up');
  const v: Record<string, unknown> = {
    id: x.id,
    accountId: x.accountId,
    instrumentId: x.inst.instrumentId,
    orderId: x.orderId,
    symbol: x.inst.symbol,
    currency: x.inst.quoteAsset,
    type: 'NET',
    state: x.state,
    openQuantity: x.openQuantity.toApi(),
    openPrice: x.openPrice.toFixed(dp),
    closeQuantity: x.closeQuantity.toApi(),
    closePrice: x.closePrice === undefined ? '0' : x.closePrice.toFixed(dp),
    openTimestamp: x.openTimestamp,
    createdTimestamp: x.openTimestamp,
    margin: marginFraction(ex, x.leverage),
    cost: x.cost.toApi(),
    rpl: x.rpl.toApi(),
    rplConverted: x.rpl.toApi(),
    upl: upl.toApi(),
    uplConverted: upl.toApi(),
    swap: '0.0',
    swapConverted: '0.0',
    fee: x.fee.toApi(),
    dividend: '0.0',
    guaranteedStopLoss: x.guaranteedStopLoss,
    trailingStopLoss: x.trailingStopLoss,
  };
  if (x.closeTimestamp !== undefined) v.closeTimestamp = x.closeTimestamp;
  if (x.takeProfit) v.takeProfit = x.takeProfit.toFixed(dp);
  if (x.stopLoss) v.stopLoss = x.stopLoss.toFixed(dp);
  return v;
}
