// Generated from asyncapi.yaml and templates/simulator/exchange/account.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Account requests: balances, leverage settings, own trades, fees, limits, currencies, deposit addresses, transactions. */
import { Dec } from "../decimal.js";
import { ApiErrors } from "../errors.js";
import { hash32 } from "../rng.js";
import { accountFor, assetDef } from "./ledger.js";
import { defaultOf, newest, optBool, optInt, optLimit, reqString, withinTime } from "./params.js";
import { DAY, hex } from "./records.js";
export function account(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const showZero = optBool(p, "showZeroBalance") ?? false;
	const balances = [...acct.balances.values()].filter((b) => showZero || !b.free.isZero() || !b.locked.isZero()).map((b) => ({
		accountId: b.accountId,
		collateralCurrency: b.def.collateral,
		asset: b.def.asset,
		free: b.free.toFixed(b.def.precision),
		locked: b.locked.toFixed(b.def.precision),
		default: b.def.isDefault === true
	}));
	return {
		makerCommission: "0.20",
		takerCommission: "0.20",
		buyerCommission: "0.20",
		sellerCommission: "0.20",
		canTrade: true,
		canWithdraw: true,
		canDeposit: true,
		updateTime: Math.floor(acct.updateTime / 1e3),
		userId: acct.userId,
		balances
	};
}
export function leverageSettings(ex, ctx, p) {
	accountFor(ex, ctx);
	const inst = ex.instrument(ctx.version, reqString(p, "symbol"));
	if (inst.marketType !== "LEVERAGE") throw ApiErrors.onlyLeverageSymbol(inst.symbol);
	return {
		values: [...inst.leverages ?? [1]],
		value: inst.defaultLeverage ?? 1
	};
}
export function myTrades(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const inst = ex.instrument(ctx.version, reqString(p, "symbol"));
	const limit = optLimit(p, "limit", defaultOf(ex.paramDefaults, "myTrades", "limit", 500));
	const trades = withinTime(acct.myTrades.filter((t) => t.symbol === inst.symbol), (t) => t.time, optInt(p, "startTime"), optInt(p, "endTime"));
	return { myTrades: newest(trades, limit).map((t) => ({
		symbol: t.symbol,
		id: t.id,
		orderId: t.orderId,
		price: t.price.toFixed(inst.quotePrecision),
		qty: t.qty.toApi(),
		quoteQty: t.quoteQty.toApi(),
		commission: t.commission.toApi(),
		commissionAsset: t.commissionAsset,
		time: t.time,
		buyer: t.isBuyer,
		maker: t.isMaker,
		isBuyer: t.isBuyer,
		isMaker: t.isMaker
	})) };
}
export function tradingFees(ex, ctx) {
	accountFor(ex, ctx);
	const now = ex.now();
	const nextSwap = Math.floor(now / DAY) * DAY + 22 * 36e5 + (now % DAY >= 22 * 36e5 ? DAY : 0);
	return { fees: ex.listed(ctx.version).map((i) => ({
		symbol: i.symbol,
		name: i.name,
		fee: Dec.from(i.marketType === "LEVERAGE" ? i.tradingFee ?? "0" : i.exchangeFee ?? "0").toApi(),
		overnightFeeTimestamp: nextSwap,
		overnightRates: i.marketType === "LEVERAGE" ? [{
			longRate: Dec.from(i.longRate ?? "0").toApi(),
			shortRate: Dec.from(i.shortRate ?? "0").toApi()
		}] : []
	})) };
}
export function tradingLimits(ex, ctx) {
	accountFor(ex, ctx);
	return { limits: ex.listed(ctx.version).map((i) => ({
		symbol: i.symbol,
		name: i.name,
		lastPrice: ex.market.mid(i.symbol).toFixed(i.quotePrecision),
		minVolume: Dec.from(i.minQty).toApi(),
		maxVolume: Dec.from(i.maxQty).toApi(),
		minStep: Dec.from(i.stepSize).toApi(),
		tickSize: Dec.from(i.tickSize).toApi()
	})) };
}
export function fundingLimits(ex, ctx) {
	accountFor(ex, ctx);
	return { fundingLimits: ex.assets.filter((a) => a.minWithdrawal !== undefined).map((a) => ({
		accountCurrency: a.asset,
		paymentOption: a.type === "CRYPTO" ? "BLOCKCHAIN" : "BANK_TRANSFER",
		minWithdrawal: a.minWithdrawal
	})) };
}
export function currencies(ex, ctx) {
	accountFor(ex, ctx);
	return { currencies: ex.assets.map((a) => {
		const c = {
			name: a.name,
			displaySymbol: a.asset,
			precision: String(a.precision),
			type: a.type
		};
		if (a.commissionFixed !== undefined) c.commissionFixed = a.commissionFixed;
		if (a.commissionMin !== undefined) c.commissionMin = a.commissionMin;
		if (a.commissionPercent !== undefined) c.commissionPercent = a.commissionPercent;
		if (a.minDeposit !== undefined) c.minDeposit = a.minDeposit;
		if (a.minWithdrawal !== undefined) c.minWithdrawal = a.minWithdrawal;
		if (a.maxWithdrawal !== undefined) c.maxWithdrawal = a.maxWithdrawal;
		return c;
	}) };
}
export function depositAddress(ex, ctx, p) {
	const acct = accountFor(ex, ctx);
	const coin = reqString(p, "coin");
	const def = ex.assets.find((a) => a.asset === coin);
	if (!def || def.addressStyle === undefined) throw ApiErrors.invalidCombination(`no deposit address for coin ${coin}`);
	const words = [
		0,
		1,
		2,
		3,
		4
	].map((i) => hex(hash32(ex.seed, acct.userId, coin, i), 8)).join("");
	if (def.addressStyle === "eth") return { address: "0x" + words.slice(0, 40) };
	const bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
	let addr = "bc1q";
	for (let i = 0; i < 38; i++) addr += bech[hash32(ex.seed, acct.userId, coin, "b", i) % 32];
	return { address: addr };
}
export function transactionsOf(ex, ctx, p, keep) {
	const acct = accountFor(ex, ctx);
	const limit = optLimit(p, "limit", 500);
	const entries = withinTime(acct.ledger.filter(keep), (e) => e.timestamp, optInt(p, "startTime"), optInt(p, "endTime"));
	return { transactions: newest(entries, limit).map((e) => {
		const precision = assetDef(ex, e.currency)?.precision ?? 8;
		const t = {
			id: e.id,
			balance: e.balance.toFixed(precision),
			amount: e.amount.toFixed(precision),
			currency: e.currency,
			type: e.type,
			timestamp: e.timestamp
		};
		if (e.commission !== undefined) t.commission = e.commission.toApi();
		if (e.paymentMethod !== undefined) t.paymentMethod = e.paymentMethod;
		if (e.blockchainTransactionHash !== undefined) t.blockchainTransactionHash = e.blockchainTransactionHash;
		t.status = e.status;
		return t;
	}) };
}
//# sourceMappingURL=account.js.map