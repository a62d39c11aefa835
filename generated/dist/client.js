// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ClientCore } from "./runtime/client.js";
import { createCodec } from "./codec/codec.js";
import { rules, spec } from "./spec.js";
import { loaders } from "./validators/lazy.js";
/**
* The clients' codec: an operation's validators are loaded (import()) on its first call, so a
* bundle that uses a few operations does not carry every operation's validators. Where the main
* entry's combined validators are loaded (always on Node), it takes them from there instead.
* Shared by every client, so each loads once.
*/
const clientCodec = createCodec(spec, {
	...rules,
	load: loaders
});
/**
* Currency.com (Dzengi.com) WebSocket API
*
* One WebSocket connection: typed requests matched to their replies, subscriptions that survive
* reconnects, heartbeat, client-side rate limits. Each operation of the document is a method.
* @see docs/README.md
*/
export class CurrencyComClient extends ClientCore {
	constructor(options = {}) {
		super(spec, clientCodec, options);
	}
	/** Sends a request to any request destination and resolves with its typed reply. */
	request(destination, params, options) {
		return super.request(destination, params, options);
	}
	/** Subscribes to a stream; the subscription yields its typed events. */
	subscribe(destination, params, options) {
		return super.subscribe(destination, params, options);
	}
	/**
	* Keep the connection alive.
	*
	* Application-level ping. The server closes a connection that has not been pinged for 30
	* seconds; it answers with an OK reply and an empty payload.
	*
	* Unconfirmed: The reply shape is documented for the sister platform (Capital.com) and consistent with ccxt; not published for currency.com.
	* @see docs/operations.md#op-ping
	*/
	ping(params, options) {
		return this.call("ping", params, options);
	}
	/**
	* Read the server clock.
	*
	* Returns the server's current time in milliseconds. Signed requests whose `timestamp` is
	* ahead of the server are refused (-1021), so a client whose clock drifts can measure the
	* offset here.
	*
	* Versions: v1, v2. Unconfirmed: Exists on REST (GET /api/v1/time); no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-time
	*/
	time(params, options) {
		return this.call("time", params, options);
	}
	/**
	* List the instruments and the trading rules.
	*
	* Returns every tradable symbol with its precision, filters, order types, market type and,
	* for leverage instruments, fees, swap rates and stop distances, together with the published
	* rate limits. Take symbol names exactly as listed here; v2 lists more instruments than v1.
	*
	* Versions: v1, v2.
	* @see docs/operations.md#op-exchangeinfo
	*/
	exchangeInfo(params, options) {
		return this.call("exchangeInfo", params, options);
	}
	/**
	* Read the order book of a symbol.
	*
	* Returns the current bids and asks of one symbol, best first, up to `limit` levels per side.
	*
	* Versions: v1, v2.
	* @see docs/operations.md#op-depth
	*/
	depth(params, options) {
		return this.call("depth", params, options);
	}
	/**
	* Read recent aggregated trades of a symbol.
	*
	* Returns the most recent trades of one symbol, or those within a time window.
	*
	* Versions: v1, v2.
	* @see docs/operations.md#op-aggtrades
	*/
	aggTrades(params, options) {
		return this.call("aggTrades", params, options);
	}
	/**
	* Read candles of a symbol.
	*
	* Returns open, high, low, close and volume per interval for one symbol, oldest first, either
	* the most recent ones or those within a time window. Classic or Heikin-Ashi candles.
	*
	* Versions: v1, v2.
	* @see docs/operations.md#op-klines
	*/
	klines(params, options) {
		return this.call("klines", params, options);
	}
	/**
	* Read 24-hour price statistics.
	*
	* Returns price change, range and volume over the last 24 hours for one symbol or, when
	* `symbol` is omitted, for every symbol (a large and expensive answer). Some symbols report
	* only part of the fields.
	*
	* Versions: v1, v2.
	* @see docs/operations.md#op-ticker24hr
	*/
	ticker24hr(params, options) {
		return this.call("ticker24hr", params, options);
	}
	/**
	* Read the account and its balances.
	*
	* Returns commissions, trading permissions and the balance of every asset of the account.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-account
	*/
	account(params, options) {
		return this.call("account", params, options);
	}
	/**
	* Read the leverages allowed for a leverage symbol.
	*
	* Returns the leverages the account may choose for one leverage symbol and the one used by
	* default. A symbol that is not a leverage symbol is refused with -1128.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-leveragesettings
	*/
	leverageSettings(params, options) {
		return this.call("leverageSettings", params, options);
	}
	/**
	* List the account's trades in a symbol.
	*
	* Returns the account's own executed trades in one symbol, optionally within a time window.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-mytrades
	*/
	myTrades(params, options) {
		return this.call("myTrades", params, options);
	}
	/**
	* List the trading fees and overnight rates.
	*
	* Returns, per leverage symbol, the trading fee and the overnight (swap) rates for long and short positions.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-tradingfees
	*/
	tradingFees(params, options) {
		return this.call("tradingFees", params, options);
	}
	/**
	* List the order size limits per symbol.
	*
	* Returns, per symbol, the smallest and largest order volume, the volume step and the price tick.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-tradinglimits
	*/
	tradingLimits(params, options) {
		return this.call("tradingLimits", params, options);
	}
	/**
	* List the withdrawal minimums.
	*
	* Returns, per account currency and payment option, the smallest amount that may be withdrawn.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-fundinglimits
	*/
	fundingLimits(params, options) {
		return this.call("fundingLimits", params, options);
	}
	/**
	* List the currencies and their deposit and withdrawal terms.
	*
	* Returns every currency with its precision, type, commissions and deposit and withdrawal limits.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-currencies
	*/
	currencies(params, options) {
		return this.call("currencies", params, options);
	}
	/**
	* Read the deposit address for a coin.
	*
	* Returns the blockchain address (and, where the coin needs one, the destination tag) to deposit a coin to the account.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-depositaddress
	*/
	depositAddress(params, options) {
		return this.call("depositAddress", params, options);
	}
	/**
	* List the account's deposits.
	*
	* Returns the account's deposits, optionally within a time window.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-deposits
	*/
	deposits(params, options) {
		return this.call("deposits", params, options);
	}
	/**
	* List the account's withdrawals.
	*
	* Returns the account's withdrawals, optionally within a time window. Their amounts are negative.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-withdrawals
	*/
	withdrawals(params, options) {
		return this.call("withdrawals", params, options);
	}
	/**
	* List the account's deposits and withdrawals.
	*
	* Returns deposits and withdrawals together, optionally within a time window.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-transactions
	*/
	transactions(params, options) {
		return this.call("transactions", params, options);
	}
	/**
	* List every balance movement of the account.
	*
	* Returns all balance changes (deposits, withdrawals, commissions and other entries) with the
	* balance after each, optionally within a time window.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
	* @see docs/operations.md#op-ledger
	*/
	ledger(params, options) {
		return this.call("ledger", params, options);
	}
	/**
	* Place an order.
	*
	* Places a LIMIT, MARKET or STOP order (STOP for leverage symbols only). Leverage orders also
	* need the `accountId` of a balance from `account` and may carry a leverage, take-profit and
	* stop-loss levels. Quantity with more decimals than the symbol allows is rounded down, price
	* rounded up. The reply is the order as accepted (`RESULT`) or, for exchange MARKET orders by
	* default, with its fills (`FULL`). An order is never sent twice: when its outcome is
	* unknown, look it up with `openOrders` or `myTrades` instead of retrying.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown. Unconfirmed: The Swagger create-order model has no timeInForce, yet the official example and ccxt send GTC; whether LIMIT orders need it is unknown. Sources: the Swagger create-order model as transcribed in MrOldOwl/api-dzengi-rs src/models/create_order_request.rs (no timeInForce), Currencycom/openApiExamples api_ws/intro.js and ccxt ts/src/currencycom.ts (both send GTC).
	* @see docs/operations.md#op-createorder
	*/
	createOrder(params, options) {
		return this.call("createOrder", params, options);
	}
	/**
	* Cancel a resting order.
	*
	* Cancels an open order. Only LIMIT orders can be cancelled; an unknown order is refused with
	* -2011. The reply is the order in its cancelled state.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
	* @see docs/operations.md#op-cancelorder
	*/
	cancelOrder(params, options) {
		return this.call("cancelOrder", params, options);
	}
	/**
	* List the open orders.
	*
	* Returns the account's orders that are still open, in one symbol or, when `symbol` is
	* omitted, in all symbols (costly). Limited to 5 requests per second.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-openorders
	*/
	openOrders(params, options) {
		return this.call("openOrders", params, options);
	}
	/**
	* Read one order.
	*
	* Returns one order of the account, open or not, with its execution price and quantity and,
	* for rejected orders, the reason. Served by API v2 only; an unknown order is refused with
	* -2013.
	*
	* Versions: v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST (GET /api/v2/fetchOrder) and the Swagger models only; the WebSocket destination name is a guess from the REST path and might differ (the create and cancel destinations differ from their REST paths).
	* @see docs/operations.md#op-fetchorder
	*/
	fetchOrder(params, options) {
		return this.call("fetchOrder", params, options);
	}
	/**
	* Change a resting leverage order.
	*
	* Changes the price, take-profit, stop-loss, trailing and expiry settings of a leverage order
	* that has not been filled. The change is queued: the reply carries the request id and its
	* state.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
	* @see docs/operations.md#op-updatetradingorder
	*/
	updateTradingOrder(params, options) {
		return this.call("updateTradingOrder", params, options);
	}
	/**
	* List the leverage positions.
	*
	* Returns the account's leverage positions with their quantities, prices, margin, profit and loss, fees and protection levels.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-tradingpositions
	*/
	tradingPositions(params, options) {
		return this.call("tradingPositions", params, options);
	}
	/**
	* List the history of leverage positions.
	*
	* Returns the execution reports of leverage positions (opened, modified, closed, swaps,
	* dividends), optionally for one symbol and within a time window. Added in July 2021.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
	* @see docs/operations.md#op-tradingpositionshistory
	*/
	tradingPositionsHistory(params, options) {
		return this.call("tradingPositionsHistory", params, options);
	}
	/**
	* Change the protection of a leverage position.
	*
	* Sets or changes the take-profit, stop-loss and trailing settings of an open leverage
	* position. The change is queued: the reply carries the request id and its state.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
	* @see docs/operations.md#op-updatetradingposition
	*/
	updateTradingPosition(params, options) {
		return this.call("updateTradingPosition", params, options);
	}
	/**
	* Close a leverage position.
	*
	* Closes an open leverage position at market. The reply lists the requests the close
	* created, with their state.
	*
	* Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
	* @see docs/operations.md#op-closetradingposition
	*/
	closeTradingPosition(params, options) {
		return this.call("closeTradingPosition", params, options);
	}
	/**
	* Subscribe to best bid and ask quotes.
	*
	* Starts `internal.quote` events for each of the symbols. Quotes are pushed as they change; no update frequency is promised.
	*
	* Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
	* @see docs/operations.md#op-subscribemarketdata
	*/
	subscribeMarketData(params, options) {
		return this.subscribeOperation("subscribeMarketData", params, options);
	}
	/**
	* Subscribe to order book snapshots.
	*
	* Starts `marketdepth.event` events for each of the symbols. Every event is a complete
	* snapshot of the visible book of one symbol and replaces the previous one.
	*
	* Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
	* @see docs/operations.md#op-subscribedepthmarketdata
	*/
	subscribeDepthMarketData(params, options) {
		return this.subscribeOperation("subscribeDepthMarketData", params, options);
	}
	/**
	* Subscribe to candles.
	*
	* Starts `ohlc.event` events for each combination of symbol and interval, with classic or
	* Heikin-Ashi candles. The current candle is sent again as it updates; candles carry no
	* volume.
	*
	* Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
	* @see docs/operations.md#op-subscribeohlcmarketdata
	*/
	subscribeOHLCMarketData(params, options) {
		return this.subscribeOperation("subscribeOHLCMarketData", params, options);
	}
	/**
	* Subscribe to public trades.
	*
	* Starts `internal.trade` events, one per trade in each of the symbols.
	*
	* Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
	* @see docs/operations.md#op-subscribetrades
	*/
	subscribeTrades(params, options) {
		return this.subscribeOperation("subscribeTrades", params, options);
	}
}
//# sourceMappingURL=client.js.map