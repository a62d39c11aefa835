// Generated from asyncapi.yaml and templates/simulator/exchange/positions.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Leverage positions: listing, history, updating take-profit/stop-loss, opening and closing, execution reports. */
import { Dec } from "../decimal.js";
import { ApiErrors } from "../errors.js";
import { listedIn } from "../instruments.js";
import { accountFor, accountOf, balanceOf, ledgerAdd, precisionOf, unlock } from "./ledger.js";
import { recordFill } from "./matching.js";
import { checkTpSl, leverageAmounts } from "./orders.js";
import { defaultOf, newest, optBool, optDec, optInt, optLimit, optString, reqString, withinTime } from "./params.js";
import { hex } from "./records.js";
import { positionView } from "./views.js";
export function tradingPositions(ex, ctx) {
	const acct = accountFor(ex, ctx);
	return { positions: [...ex.positions.values()].filter((x) => x.apiKey === acct.apiKey && x.state === "ACTIVE" && listedIn(x.inst, ctx.version)).map((x) => positionView(ex, x)) };
}
export function tradingPositionsHistory(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const symbol = optString(p, "symbol");
	const inst = symbol === undefined ? undefined : ex.instrument(ctx.version, symbol);
	const limit = optLimit(p, "limit", defaultOf(ex.paramDefaults, "tradingPositionsHistory", "limit", 100));
	const mine = new Set([...acct.balances.values()].map((b) => b.accountId));
	const rows = withinTime(ex.history.filter((h) => mine.has(h.accountId) && listedIn(h.inst, ctx.version) && (inst === undefined || h.inst === inst)), (h) => h.execTimestamp, optInt(p, "from"), optInt(p, "to"));
	return { history: newest(rows, limit).map((h) => {
		const dp = h.inst.quotePrecision;
		const r = {
			positionId: h.positionId,
			accountId: h.accountId,
			accountCurrency: h.currency,
			currency: h.currency,
			instrumentId: h.inst.instrumentId,
			symbol: h.inst.symbol,
			execId: h.execId,
			execTimestamp: h.execTimestamp,
			createdTimestamp: h.execTimestamp,
			status: h.status,
			source: h.source,
			executionType: h.status === "MODIFIED" ? "MODIFY" : h.status === "OPENED" ? "OPEN" : "CLOSE",
			price: h.price.toFixed(dp),
			quantity: h.quantity.toApi(),
			fee: h.fee.toApi(),
			fxRate: "1.0",
			gSL: h.gSL,
			rpl: h.rpl.toApi(),
			rplConverted: h.rpl.toApi(),
			swap: "0.0",
			swapConverted: "0.0",
			trailingStopLoss: h.trailingStopLoss
		};
		if (h.stopLoss) r.stopLoss = h.stopLoss.toFixed(dp);
		if (h.takeProfit) r.takeProfit = h.takeProfit.toFixed(dp);
		return r;
	}) };
}
export function updateTradingPosition(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const positionId = reqString(p, "positionId");
	const pos = ex.positions.get(positionId);
	if (!pos || pos.apiKey !== acct.apiKey || pos.state !== "ACTIVE") throw ApiErrors.positionNotFound(positionId);
	const takeProfit = optDec(p, "takeProfit") ?? pos.takeProfit;
	const stopLoss = optDec(p, "stopLoss") ?? pos.stopLoss;
	const quote = ex.market.quote(pos.inst.symbol);
	const long = pos.openQuantity.isPositive();
	checkTpSl(ex, long ? "BUY" : "SELL", long ? quote.bid : quote.ofr, takeProfit, stopLoss);
	pos.takeProfit = takeProfit;
	pos.stopLoss = stopLoss;
	pos.guaranteedStopLoss = optBool(p, "guaranteedStopLoss") ?? pos.guaranteedStopLoss;
	pos.trailingStopLoss = optBool(p, "trailingStopLoss") ?? pos.trailingStopLoss;
	const now = ex.now();
	report(ex, pos, "MODIFIED", "USER", long ? quote.bid : quote.ofr, Dec.ZERO, Dec.ZERO, now);
	return {
		requestId: ex.requestSeq++,
		state: "PROCESSED"
	};
}
export function closeTradingPosition(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const positionId = reqString(p, "positionId");
	const pos = ex.positions.get(positionId);
	if (!pos || pos.apiKey !== acct.apiKey || pos.state !== "ACTIVE") throw ApiErrors.positionNotFound(positionId);
	const now = ex.now();
	closePosition(ex, pos, "USER", now);
	return { request: [{
		id: ex.requestSeq++,
		accountId: pos.accountId,
		instrumentId: pos.inst.instrumentId,
		orderId: pos.orderId,
		positionId: pos.id,
		rqType: "ORDER_NEW",
		state: "PROCESSED",
		createdTimestamp: now
	}] };
}
export function openPosition(ex, acct, order, price, now) {
	unlock(ex, acct, order);
	const inst = order.inst;
	const leverage = order.leverage ?? 1;
	const qty = order.origQty;
	const amounts = leverageAmounts(ex, inst, price, qty, leverage);
	const bal = balanceOf(ex, acct, inst.quoteAsset);
	if (bal.free.lt(amounts.total)) {
		order.status = "REJECTED";
		order.rejectReason = "RC_NOT_ENOUGH_MARGIN";
		order.updateTime = now;
		return false;
	}
	bal.free = bal.free.sub(amounts.total);
	bal.locked = bal.locked.add(amounts.margin);
	const seq = ex.positionSeq++;
	const pos = {
		id: `00a18490-0079-54c4-0000-${hex(seq, 12)}`,
		apiKey: acct.apiKey,
		accountId: order.accountId,
		inst,
		orderId: order.orderId,
		openQuantity: order.side === "BUY" ? qty : qty.neg(),
		openPrice: price,
		leverage,
		cost: amounts.margin,
		state: "ACTIVE",
		fee: amounts.fee.neg(),
		rpl: amounts.fee.neg(),
		closePrice: undefined,
		closeQuantity: Dec.ZERO,
		closeTimestamp: undefined,
		openTimestamp: now,
		takeProfit: order.takeProfit,
		stopLoss: order.stopLoss,
		guaranteedStopLoss: order.guaranteedStopLoss,
		trailingStopLoss: order.trailingStopLoss
	};
	ex.positions.set(pos.id, pos);
	order.positionId = pos.id;
	if (amounts.fee.isPositive()) {
		ledgerAdd(ex, acct, {
			currency: inst.quoteAsset,
			type: "commission",
			amount: amounts.fee.neg(),
			balance: bal.free.add(bal.locked),
			timestamp: now,
			commission: amounts.fee
		});
	}
	recordFill(ex, acct, order, price, qty, price.mul(qty).round(precisionOf(ex, inst.quoteAsset), "half-up"), amounts.fee, inst.quoteAsset, order.type === "LIMIT", now);
	order.status = "FILLED";
	report(ex, pos, "OPENED", "USER", price, pos.openQuantity, amounts.fee.neg(), now);
	return true;
}
export function closePosition(ex, pos, source, now) {
	const acct = accountOf(ex, pos.apiKey);
	const inst = pos.inst;
	const qp = precisionOf(ex, inst.quoteAsset);
	const quote = ex.market.quote(inst.symbol);
	const long = pos.openQuantity.isPositive();
	const price = long ? quote.bid : quote.ofr;
	const pnl = price.sub(pos.openPrice).mul(pos.openQuantity).round(qp, "half-up");
	const fee = price.mul(pos.openQuantity.abs()).mul(inst.tradingFee ?? "0").divInt(100).round(qp, "half-up");
	const bal = balanceOf(ex, acct, inst.quoteAsset);
	bal.locked = bal.locked.sub(pos.cost);
	bal.free = bal.free.add(pos.cost).add(pnl).sub(fee);
	pos.state = "INACTIVE";
	pos.closePrice = price;
	pos.closeQuantity = pos.openQuantity.neg();
	pos.closeTimestamp = now;
	pos.rpl = pos.rpl.add(pnl).sub(fee);
	pos.fee = pos.fee.sub(fee);
	acct.updateTime = now;
	ledgerAdd(ex, acct, {
		currency: inst.quoteAsset,
		type: "realised_pnl",
		amount: pnl.sub(fee),
		balance: bal.free.add(bal.locked),
		timestamp: now,
		commission: fee
	});
	const tradeId = String(ex.tradeSeq++);
	acct.myTrades.push({
		symbol: inst.symbol,
		id: tradeId,
		orderId: pos.orderId,
		price,
		qty: pos.openQuantity.abs(),
		quoteQty: price.mul(pos.openQuantity.abs()).round(qp, "half-up"),
		commission: fee,
		commissionAsset: inst.quoteAsset,
		time: now,
		isBuyer: !long,
		isMaker: false
	});
	ex.market.recordTrade(inst.symbol, price, pos.openQuantity.abs(), !long, now, pos.orderId);
	report(ex, pos, "CLOSED", source, price, pos.closeQuantity, fee.neg(), now, pnl.sub(fee));
}
export function report(ex, pos, status, source, price, quantity, fee, now, rpl = fee) {
	ex.history.push({
		positionId: pos.id,
		accountId: pos.accountId,
		currency: pos.inst.quoteAsset,
		inst: pos.inst,
		execId: `00a18490-0079-54c4-0000-${hex(ex.execSeq++, 12)}`,
		execTimestamp: now,
		status,
		source,
		price,
		quantity,
		fee,
		rpl,
		stopLoss: pos.stopLoss,
		takeProfit: pos.takeProfit,
		trailingStopLoss: pos.trailingStopLoss,
		gSL: pos.guaranteedStopLoss
	});
}
//# sourceMappingURL=positions.js.map