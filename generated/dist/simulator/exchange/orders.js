// Generated from asyncapi.yaml and templates/simulator/exchange/orders.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Orders: create (spot and leverage, with take-profit/stop-loss checks), cancel, list, fetch and
* update; what an order costs and locks.
*/
import { Dec } from "../decimal.js";
import { ApiErrors } from "../errors.js";
import { listedIn } from "../instruments.js";
import { accountFor, balanceOf, lock, precisionOf, unlock } from "./ledger.js";
import { fillSpot } from "./matching.js";
import { has, optBool, optDec, optEnum, optInt, optString, reqString } from "./params.js";
import { openPosition } from "./positions.js";
import { hex } from "./records.js";
import { fillView, fmtPrice, orderResult } from "./views.js";
export function createOrder(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const inst = ex.instrument(ctx.version, reqString(p, "symbol"));
	const side = optEnum(p, "side", ["BUY", "SELL"]);
	if (side === undefined) throw ApiErrors.mandatoryParam("side");
	const type = optEnum(p, "type", [
		"LIMIT",
		"MARKET",
		"STOP"
	]);
	if (type === undefined) throw ApiErrors.mandatoryParam("type");
	if (!inst.orderTypes.includes(type)) throw ApiErrors.invalidCombination(`order type ${type} is not available for ${inst.symbol}`);
	const rawQty = optDec(p, "quantity");
	if (rawQty === undefined) throw ApiErrors.mandatoryParam("quantity");
	const qty = rawQty.roundToStep(inst.stepSize, "down");
	if (!qty.isPositive() || qty.lt(inst.minQty) || qty.gt(inst.maxQty)) throw ApiErrors.invalidQuantity();
	const rawPrice = optDec(p, "price");
	if (rawPrice !== undefined && !rawPrice.isPositive()) throw ApiErrors.badPriceValue();
	if (type !== "MARKET" && rawPrice === undefined) throw ApiErrors.invalidLimitPrice();
	const price = type === "MARKET" ? undefined : rawPrice.roundToStep(inst.tickSize, "ceil");
	const tif = optEnum(p, "timeInForce", [
		"GTC",
		"IOC",
		"FOK"
	]) ?? (type === "MARKET" ? "FOK" : "GTC");
	const respType = optEnum(p, "newOrderRespType", ["RESULT", "FULL"]);
	const expireTimestamp = optInt(p, "expireTimestamp");
	const now = ex.now();
	if (inst.marketType === "LEVERAGE") {
		return createLeverageOrder(ex, acct, inst, p, {
			side,
			type,
			qty,
			price,
			tif,
			expireTimestamp,
			now
		});
	}
	for (const f of [
		"leverage",
		"takeProfit",
		"stopLoss",
		"guaranteedStopLoss",
		"trailingStopLoss",
		"profitDistance",
		"stopDistance"
	]) {
		if (has(p, f)) throw ApiErrors.invalidCombination(`${f} is for leverage symbols only`);
	}
	const quote = ex.market.quote(inst.symbol);
	const crosses = type === "MARKET" || (side === "BUY" ? price.gte(quote.ofr) : price.lte(quote.bid));
	const fillPrice = side === "BUY" ? quote.ofr : quote.bid;
	const refPrice = crosses ? fillPrice : price;
	if (refPrice.mul(qty).lt(inst.minNotional)) throw ApiErrors.minNotional();
	const base = balanceOf(ex, acct, inst.baseAsset);
	const quoteBal = balanceOf(ex, acct, inst.quoteAsset);
	const amounts = spotAmounts(ex, inst, side, refPrice, qty);
	if (side === "BUY" ? quoteBal.free.lt(amounts.total) : base.free.lt(qty)) throw ApiErrors.insufficientBalance();
	const order = newOrder(ex, acct, inst, {
		side,
		type,
		price,
		qty,
		tif,
		now,
		accountId: quoteBal.accountId,
		leverage: undefined,
		expireTimestamp
	});
	if (crosses) {
		fillSpot(ex, acct, order, fillPrice, false, now);
	} else if (tif !== "GTC") {
		order.status = "EXPIRED";
	} else {
		lock(ex, acct, order, side === "BUY" ? inst.quoteAsset : inst.baseAsset, side === "BUY" ? amounts.total : qty);
	}
	const full = (respType ?? (type === "MARKET" ? "FULL" : "RESULT")) === "FULL" && type === "MARKET";
	return orderResult(ex, order, full);
}
export function createLeverageOrder(ex, acct, inst, p, o) {
	const accountIdRaw = optString(p, "accountId");
	if (accountIdRaw === undefined) throw ApiErrors.accountNotFound("null");
	const collateral = [...acct.balances.values()].find((b) => b.accountId === accountIdRaw && b.def.collateral);
	if (!collateral) throw ApiErrors.accountNotFound(accountIdRaw);
	if (collateral.def.asset !== inst.quoteAsset) {
		throw ApiErrors.invalidCombination(`account ${accountIdRaw} holds ${collateral.def.asset}; ${inst.symbol} is settled in ${inst.quoteAsset}`);
	}
	const leverage = optInt(p, "leverage") ?? inst.defaultLeverage ?? 1;
	const allowed = inst.leverages ?? [1];
	if (!allowed.includes(leverage)) {
		throw ApiErrors.invalidCombination(`leverage ${leverage} is not allowed for ${inst.symbol}; allowed: ${allowed.join(", ")}`);
	}
	const takeProfit = optDec(p, "takeProfit");
	const stopLoss = optDec(p, "stopLoss");
	const guaranteedStopLoss = optBool(p, "guaranteedStopLoss") ?? false;
	const trailingStopLoss = optBool(p, "trailingStopLoss") ?? false;
	const quote = ex.market.quote(inst.symbol);
	const marketPrice = o.side === "BUY" ? quote.ofr : quote.bid;
	let crosses;
	if (o.type === "MARKET") crosses = true;
	else if (o.type === "LIMIT") crosses = o.side === "BUY" ? o.price.gte(quote.ofr) : o.price.lte(quote.bid);
	else {
		const triggered = o.side === "BUY" ? quote.ofr.gte(o.price) : quote.bid.lte(o.price);
		if (triggered) throw ApiErrors.invalidCombination("Order would trigger immediately.");
		crosses = false;
	}
	const ref = crosses ? marketPrice : o.price;
	checkTpSl(ex, o.side, ref, takeProfit, stopLoss);
	if (ref.mul(o.qty).lt(inst.minNotional)) throw ApiErrors.minNotional();
	const need = leverageAmounts(ex, inst, ref, o.qty, leverage);
	if (collateral.free.lt(need.total)) throw ApiErrors.insufficientBalance();
	const order = newOrder(ex, acct, inst, {
		side: o.side,
		type: o.type,
		price: o.price,
		qty: o.qty,
		tif: o.tif,
		now: o.now,
		accountId: collateral.accountId,
		leverage,
		expireTimestamp: o.expireTimestamp
	});
	order.takeProfit = takeProfit;
	order.stopLoss = stopLoss;
	order.guaranteedStopLoss = guaranteedStopLoss;
	order.trailingStopLoss = trailingStopLoss;
	if (crosses) {
		openPosition(ex, acct, order, marketPrice, o.now);
	} else if (o.type === "LIMIT" && o.tif !== "GTC") {
		order.status = "EXPIRED";
	} else {
		lock(ex, acct, order, collateral.def.asset, need.total);
	}
	return orderResult(ex, order, false);
}
export function cancelOrder(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const inst = ex.instrument(ctx.version, reqString(p, "symbol"));
	const orderId = reqString(p, "orderId");
	const order = ex.orders.get(orderId);
	if (!order || order.apiKey !== acct.apiKey || order.inst.symbol !== inst.symbol) throw ApiErrors.unknownOrder();
	if (order.type !== "LIMIT") throw ApiErrors.cancelOnlyLimit();
	if (order.status !== "NEW" && order.status !== "PARTIALLY_FILLED") throw ApiErrors.unknownOrder();
	unlock(ex, acct, order);
	order.status = "CANCELED";
	order.updateTime = ex.now();
	return {
		symbol: order.inst.symbol,
		orderId: order.orderId,
		price: fmtPrice(ex, order.inst, order.price),
		origQty: order.origQty.toApi(),
		executedQty: order.executedQty.toApi(),
		status: order.status,
		timeInForce: order.timeInForce,
		type: order.type,
		side: order.side
	};
}
export function openOrders(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const symbol = optString(p, "symbol");
	const inst = symbol === undefined ? undefined : ex.instrument(ctx.version, symbol);
	const open = [...ex.orders.values()].filter((o) => o.apiKey === acct.apiKey && (o.status === "NEW" || o.status === "PARTIALLY_FILLED") && listedIn(o.inst, ctx.version) && (inst === undefined || o.inst === inst));
	return { openOrders: open.map((o) => {
		const v = {
			symbol: o.inst.symbol,
			orderId: o.orderId,
			accountId: o.accountId,
			price: fmtPrice(ex, o.inst, o.price),
			origQty: o.origQty.toApi(),
			executedQty: o.executedQty.toApi(),
			status: o.status,
			timeInForce: o.timeInForce,
			type: o.type,
			side: o.side,
			time: o.time,
			updateTime: o.updateTime,
			leverage: o.leverage !== undefined,
			working: true
		};
		if (o.expireTimestamp !== undefined) v.expireTimestamp = o.expireTimestamp;
		if (o.leverage !== undefined) {
			v.margin = marginFraction(ex, o.leverage);
			if (o.stopLoss) v.stopLoss = fmtPrice(ex, o.inst, o.stopLoss);
			if (o.takeProfit) v.takeProfit = fmtPrice(ex, o.inst, o.takeProfit);
			v.guaranteedStopLoss = o.guaranteedStopLoss;
			v.trailingStopLoss = o.trailingStopLoss;
		}
		return v;
	}) };
}
export function fetchOrder(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const inst = ex.instrument(ctx.version, reqString(p, "symbol"));
	const orderId = reqString(p, "orderId");
	const o = ex.orders.get(orderId);
	if (!o || o.apiKey !== acct.apiKey || o.inst !== inst) throw ApiErrors.orderDoesNotExist();
	const v = {
		accountId: o.accountId,
		orderId: o.orderId,
		symbol: o.inst.symbol,
		quantity: o.origQty.toApi(),
		price: fmtPrice(ex, o.inst, o.price ?? o.execPrice),
		timestamp: o.time,
		status: o.status,
		type: o.type,
		timeInForceType: o.timeInForce,
		side: o.side,
		execQuantity: o.executedQty.toApi()
	};
	if (o.execPrice !== undefined) v.execPrice = fmtPrice(ex, o.inst, o.execPrice);
	if (o.leverage !== undefined) {
		v.margin = marginFraction(ex, o.leverage);
		if (o.takeProfit) v.takeProfit = fmtPrice(ex, o.inst, o.takeProfit);
		if (o.stopLoss) v.stopLoss = fmtPrice(ex, o.inst, o.stopLoss);
		v.guaranteedStopLoss = o.guaranteedStopLoss;
		v.trailingStopLoss = o.trailingStopLoss;
	}
	if (o.expireTimestamp !== undefined) v.expireTime = o.expireTimestamp;
	if (o.rejectReason !== undefined) v.rejectReason = o.rejectReason;
	if (o.fills.length > 0) v.fills = o.fills.map((f) => fillView(ex, f, o.inst));
	return v;
}
export function updateTradingOrder(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const orderId = reqString(p, "orderId");
	const o = ex.orders.get(orderId);
	if (!o || o.apiKey !== acct.apiKey || o.status !== "NEW" && o.status !== "PARTIALLY_FILLED") throw ApiErrors.orderDoesNotExist();
	if (o.leverage === undefined) throw ApiErrors.onlyLeverageSymbol(o.inst.symbol);
	const newPrice = optDec(p, "newPrice");
	if (newPrice !== undefined && !newPrice.isPositive()) throw ApiErrors.badPriceValue();
	const takeProfit = optDec(p, "takeProfit") ?? o.takeProfit;
	const stopLoss = optDec(p, "stopLoss") ?? o.stopLoss;
	const price = newPrice === undefined ? o.price : newPrice.roundToStep(o.inst.tickSize, "ceil");
	checkTpSl(ex, o.side, price, takeProfit, stopLoss);
	if (newPrice !== undefined) {
		const quote = ex.market.quote(o.inst.symbol);
		if (o.type === "STOP" && (o.side === "BUY" ? quote.ofr.gte(price) : quote.bid.lte(price))) {
			throw ApiErrors.invalidCombination("Order would trigger immediately.");
		}
		const need = leverageAmounts(ex, o.inst, price, o.origQty, o.leverage).total;
		const bal = balanceOf(ex, acct, o.lockedAsset ?? o.inst.quoteAsset);
		if (bal.free.add(o.lockedAmount).lt(need)) throw ApiErrors.insufficientBalance();
		const asset = bal.def.asset;
		unlock(ex, acct, o);
		o.price = price;
		lock(ex, acct, o, asset, need);
	}
	o.takeProfit = takeProfit;
	o.stopLoss = stopLoss;
	o.guaranteedStopLoss = optBool(p, "guaranteedStopLoss") ?? o.guaranteedStopLoss;
	o.trailingStopLoss = optBool(p, "trailingStopLoss") ?? o.trailingStopLoss;
	o.expireTimestamp = optInt(p, "expireTimestamp") ?? o.expireTimestamp;
	o.updateTime = ex.now();
	return {
		requestId: ex.requestSeq++,
		state: "PROCESSED"
	};
}
export function checkTpSl(ex, side, ref, takeProfit, stopLoss) {
	if (takeProfit !== undefined) {
		if (!takeProfit.isPositive()) throw ApiErrors.illegalParam("takeProfit");
		if (side === "BUY" ? takeProfit.lte(ref) : takeProfit.gte(ref)) {
			throw ApiErrors.invalidCombination(`takeProfit must be ${side === "BUY" ? "above" : "below"} ${ref.toString()}`);
		}
	}
	if (stopLoss !== undefined) {
		if (!stopLoss.isPositive()) throw ApiErrors.illegalParam("stopLoss");
		if (side === "BUY" ? stopLoss.gte(ref) : stopLoss.lte(ref)) {
			throw ApiErrors.invalidCombination(`stopLoss must be ${side === "BUY" ? "below" : "above"} ${ref.toString()}`);
		}
	}
}
export function newOrder(ex, acct, inst, o) {
	const seq = ex.orderSeq++;
	const order = {
		orderId: `00000000-0000-0003-0000-${hex(seq, 12)}`,
		apiKey: acct.apiKey,
		inst,
		side: o.side,
		type: o.type,
		price: o.price,
		origQty: o.qty,
		executedQty: Dec.ZERO,
		status: "NEW",
		timeInForce: o.tif,
		time: o.now,
		updateTime: o.now,
		accountId: o.accountId,
		leverage: o.leverage,
		takeProfit: undefined,
		stopLoss: undefined,
		guaranteedStopLoss: false,
		trailingStopLoss: false,
		expireTimestamp: o.expireTimestamp,
		lockedAsset: undefined,
		lockedAmount: Dec.ZERO,
		fills: [],
		execPrice: undefined,
		rejectReason: undefined,
		positionId: undefined
	};
	ex.orders.set(order.orderId, order);
	return order;
}
/** Spot money: notional rounded against the customer, commission half-up, in the quote asset. */
export function spotAmounts(ex, inst, side, price, qty) {
	const qp = precisionOf(ex, inst.quoteAsset);
	const mode = side === "BUY" ? "up" : "down";
	const notional = price.mul(qty).round(qp, mode);
	const commission = notional.mul(inst.exchangeFee ?? "0").divInt(100).round(qp, "half-up");
	return {
		notional,
		commission,
		total: side === "BUY" ? notional.add(commission) : notional.sub(commission)
	};
}
/** Leverage money: margin = notional / leverage (rounded up), fee = notional × tradingFee %. */
export function leverageAmounts(ex, inst, price, qty, leverage) {
	const qp = precisionOf(ex, inst.quoteAsset);
	const notional = price.mul(qty.abs());
	const margin = notional.divInt(leverage, "up").round(qp, "up");
	const fee = notional.mul(inst.tradingFee ?? "0").divInt(100).round(qp, "half-up");
	return {
		margin,
		fee,
		total: margin.add(fee)
	};
}
export function marginFraction(ex, leverage) {
	return Dec.ONE.divInt(leverage).round(8, "half-up").toApi();
}
//# sourceMappingURL=orders.js.map