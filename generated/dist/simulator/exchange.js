// Generated from asyncapi.yaml and templates/simulator/exchange.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The simulated exchange: accounts, balances, orders, fills, leverage positions and the market
* data requests, with the API's field names, reply shapes and error codes (as
* asyncapi.yaml describes them). Pure and deterministic: no I/O, time comes from the injected clock, randomness from the
* seeded market. Every operation is a handler (one module per area under exchange/);
* `request(operationId, params, ctx)` dispatches by the API's operationIds and throws `ApiError`
* for what the API would refuse.
*/
import { ApiError, ApiErrors } from "./errors.js";
import { ASSETS, INSTRUMENTS, listedIn } from "./instruments.js";
import { Market } from "./market.js";
import { account, currencies, depositAddress, fundingLimits, leverageSettings, myTrades, tradingFees, tradingLimits, transactionsOf } from "./exchange/account.js";
import { accountOf, addAccount } from "./exchange/ledger.js";
import { aggTrades, depth, exchangeInfo, klines, ticker24hr, time } from "./exchange/market-data.js";
import { processBook } from "./exchange/matching.js";
import { cancelOrder, createOrder, fetchOrder, openOrders, updateTradingOrder } from "./exchange/orders.js";
import { closeTradingPosition, tradingPositions, tradingPositionsHistory, updateTradingPosition } from "./exchange/positions.js";
export class Exchange {
	market;
	now;
	/** @internal */
	instruments;
	/** @internal */
	bySymbol = new Map();
	/** @internal */
	assets;
	/** @internal */
	accounts = new Map();
	/** @internal */
	orders = new Map();
	/** @internal */
	positions = new Map();
	/** @internal */
	history = [];
	/** @internal */
	seed;
	/** @internal */
	orderSeq = 116042400;
	/** @internal */
	positionSeq = 2151576531;
	/** @internal */
	tradeSeq = 116046e3;
	/** @internal */
	requestSeq = 242040;
	/** @internal */
	ledgerSeq = 619031e3;
	/** @internal */
	execSeq = 1e6;
	/** operationId → handler. */
	handlers;
	/** @internal */
	paramDefaults;
	constructor(options) {
		this.now = options.now ?? Date.now;
		this.paramDefaults = options.paramDefaults ?? {};
		this.seed = (options.seed ?? 1) >>> 0;
		this.instruments = options.instruments ?? INSTRUMENTS;
		this.assets = options.assets ?? ASSETS;
		for (const i of this.instruments) this.bySymbol.set(i.symbol, i);
		this.market = options.market ?? new Market({
			seed: this.seed,
			instruments: this.instruments,
			startTime: this.now()
		});
		options.accounts.forEach((a, i) => addAccount(this, a, i));
		this.handlers = {
			time: () => time(this),
			exchangeInfo: (c) => exchangeInfo(this, c),
			depth: (c, p) => depth(this, c, p),
			aggTrades: (c, p) => aggTrades(this, c, p),
			klines: (c, p) => klines(this, c, p),
			ticker24hr: (c, p) => ticker24hr(this, c, p),
			account: (c, p) => account(this, c, p),
			leverageSettings: (c, p) => leverageSettings(this, c, p),
			myTrades: (c, p) => myTrades(this, c, p),
			tradingFees: (c) => tradingFees(this, c),
			tradingLimits: (c) => tradingLimits(this, c),
			fundingLimits: (c) => fundingLimits(this, c),
			currencies: (c) => currencies(this, c),
			depositAddress: (c, p) => depositAddress(this, c, p),
			deposits: (c, p) => transactionsOf(this, c, p, (e) => e.type === "deposit"),
			withdrawals: (c, p) => transactionsOf(this, c, p, (e) => e.type === "withdrawal"),
			transactions: (c, p) => transactionsOf(this, c, p, (e) => e.type === "deposit" || e.type === "withdrawal"),
			ledger: (c, p) => transactionsOf(this, c, p, () => true),
			createOrder: (c, p) => createOrder(this, c, p),
			cancelOrder: (c, p) => cancelOrder(this, c, p),
			openOrders: (c, p) => openOrders(this, c, p),
			fetchOrder: (c, p) => fetchOrder(this, c, p),
			updateTradingOrder: (c, p) => updateTradingOrder(this, c, p),
			tradingPositions: (c) => tradingPositions(this, c),
			tradingPositionsHistory: (c, p) => tradingPositionsHistory(this, c, p),
			updateTradingPosition: (c, p) => updateTradingPosition(this, c, p),
			closeTradingPosition: (c, p) => closeTradingPosition(this, c, p)
		};
	}
	/** Runs operation `operationId`; throws ApiError as the API would refuse. */
	request(operationId, params, ctx) {
		const h = Object.prototype.hasOwnProperty.call(this.handlers, operationId) ? this.handlers[operationId] : undefined;
		if (!h) throw ApiErrors.notSupported(operationId);
		return h(ctx, params);
	}
	supports(operationId) {
		return Object.prototype.hasOwnProperty.call(this.handlers, operationId);
	}
	hasApiKey(apiKey) {
		return this.accounts.has(apiKey);
	}
	/** Advances the market one step, then fills crossing orders and triggers TP/SL. */
	tick(now = this.now()) {
		const result = this.market.tick(now);
		processBook(this, now);
		return result;
	}
	/** A balance as decimal strings (for tests and tools). */
	balance(apiKey, asset) {
		const b = accountOf(this, apiKey).balances.get(asset);
		if (!b) throw new RangeError(`no balance in ${asset}`);
		return {
			free: b.free.toString(),
			locked: b.locked.toString(),
			accountId: b.accountId
		};
	}
	/** The instruments listed in `version`. */
	listed(version) {
		return this.instruments.filter((i) => listedIn(i, version));
	}
	/** The instrument of a symbol as a versioned request sees it, or -1121. */
	instrument(version, symbol) {
		const inst = this.bySymbol.get(symbol);
		if (!inst || !listedIn(inst, version)) throw ApiErrors.invalidSymbol();
		return inst;
	}
}
export { ApiError };
//# sourceMappingURL=exchange.js.map