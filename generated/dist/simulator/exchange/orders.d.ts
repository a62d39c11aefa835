// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Orders: create (spot and leverage, with take-profit/stop-loss checks), cancel, list, fetch and
* update; what an order costs and locks.
*/
import { Dec } from "../decimal.js";
import type { Exchange, RequestContext } from "../exchange.js";
import { type InstrumentDef } from "../instruments.js";
import { type Params } from "./params.js";
import { type Account, type Order, type OrderType, type Side, type TimeInForce } from "./records.js";
export declare function createOrder(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function createLeverageOrder(ex: Exchange, acct: Account, inst: InstrumentDef, p: Params, o: {
	side: Side;
	type: OrderType;
	qty: Dec;
	price: Dec | undefined;
	tif: TimeInForce;
	expireTimestamp: number | undefined;
	now: number;
}): unknown;
export declare function cancelOrder(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function openOrders(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function fetchOrder(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function updateTradingOrder(ex: Exchange, ctx: RequestContext, p: Params): unknown;
export declare function checkTpSl(ex: Exchange, side: Side, ref: Dec, takeProfit: Dec | undefined, stopLoss: Dec | undefined): void;
export declare function newOrder(ex: Exchange, acct: Account, inst: InstrumentDef, o: {
	side: Side;
	type: OrderType;
	price: Dec | undefined;
	qty: Dec;
	tif: TimeInForce;
	now: number;
	accountId: string;
	leverage: number | undefined;
	expireTimestamp: number | undefined;
}): Order;
/** Spot money: notional rounded against the customer, commission half-up, in the quote asset. */
export declare function spotAmounts(ex: Exchange, inst: InstrumentDef, side: Side, price: Dec, qty: Dec): {
	notional: Dec;
	commission: Dec;
	total: Dec;
};
/** Leverage money: margin = notional / leverage (rounded up), fee = notional × tradingFee %. */
export declare function leverageAmounts(ex: Exchange, inst: InstrumentDef, price: Dec, qty: Dec, leverage: number): {
	margin: Dec;
	fee: Dec;
	total: Dec;
};
export declare function marginFraction(ex: Exchange, leverage: number): string;
//# sourceMappingURL=orders.d.ts.map