// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ClientCore, type ClientOptions, type RequestOptions, type SubscribeOptions } from './runtime/client.js';
import type { Subscription } from './runtime/subscription.js';
import { createCodec, type FullCodec } from './codec/codec.js';
import { rules, spec } from './spec.js';
import { loaders } from './validators/lazy.js';
import type * as T from './types.js';
import type { EventOf, ParamsOf, ReplyOf, RequestDestinations, StreamDestinations } from './api.js';

/**
 * The clients' codec: an operation's validators are loaded (import()) on its first call, so a
 * bundle that uses a few operations does not carry every operation's validators. Where the main
 * entry's combined validators are loaded (always on Node), it takes them from there instead.
 * Shared by every client, so each loads once.
 */
const clientCodec: FullCodec = createCodec(spec, { ...rules, load: loaders });

/**
 * Currency.com (Dzengi.com) WebSocket API
 *
 * One WebSocket connection: typed requests matched to their replies, subscriptions that survive
 * reconnects, heartbeat, client-side rate limits. Each operation of the document is a method.
 * @see docs/README.md
 */
export class CurrencyComClient extends ClientCore {
  constructor(options: ClientOptions = {}) {
    super(spec, clientCodec, options);
  }

  /** Sends a request to any request destination and resolves with its typed reply. */
  override request<D extends keyof RequestDestinations>(destination: D, params: ParamsOf<D>, options?: RequestOptions): Promise<ReplyOf<D>> {
    return super.request(destination, params, options) as Promise<ReplyOf<D>>;
  }

  /** Subscribes to a stream; the subscription yields its typed events. */
  override subscribe<D extends keyof StreamDestinations>(destination: D, params: ParamsOf<D>, options?: SubscribeOptions): Subscription<EventOf<D>> {
    return super.subscribe(destination, params, options) as Subscription<EventOf<D>>;
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
  ping(params?: T.PingParams, options?: RequestOptions): Promise<T.PingReply> {
    return this.call("ping", params, options) as Promise<T.PingReply>;
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
  time(params?: T.TimeParams, options?: RequestOptions): Promise<T.ServerTime> {
    return this.call("time", params, options) as Promise<T.ServerTime>;
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
  exchangeInfo(params?: T.ExchangeInfoParams, options?: RequestOptions): Promise<T.ExchangeInfo> {
    return this.call("exchangeInfo", params, options) as Promise<T.ExchangeInfo>;
  }

  /**
   * Read the order book of a symbol.
   *
   * Returns the current bids and asks of one symbol, best first, up to `limit` levels per side.
   *
   * Versions: v1, v2.
   * @see docs/operations.md#op-depth
   */
  depth(params: T.DepthParams, options?: RequestOptions): Promise<T.OrderBook> {
    return this.call("depth", params, options) as Promise<T.OrderBook>;
  }

  /**
   * Read recent aggregated trades of a symbol.
   *
   * Returns the most recent trades of one symbol, or those within a time window.
   *
   * Versions: v1, v2.
   * @see docs/operations.md#op-aggtrades
   */
  aggTrades(params: T.AggTradesParams, options?: RequestOptions): Promise<T.AggTradesReply> {
    return this.call("aggTrades", params, options) as Promise<T.AggTradesReply>;
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
  klines(params: T.KlinesParams, options?: RequestOptions): Promise<T.KlinesReply> {
    return this.call("klines", params, options) as Promise<T.KlinesReply>;
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
  ticker24hr(params?: T.Ticker24hrParams, options?: RequestOptions): Promise<T.TickersReply> {
    return this.call("ticker24hr", params, options) as Promise<T.TickersReply>;
  }

  /**
   * Read the account and its balances.
   *
   * Returns commissions, trading permissions and the balance of every asset of the account.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-account
   */
  account(params?: T.AccountParams, options?: RequestOptions): Promise<T.Account> {
    return this.call("account", params, options) as Promise<T.Account>;
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
  leverageSettings(params: T.LeverageSettingsParams, options?: RequestOptions): Promise<T.LeverageSettings> {
    return this.call("leverageSettings", params, options) as Promise<T.LeverageSettings>;
  }

  /**
   * List the account's trades in a symbol.
   *
   * Returns the account's own executed trades in one symbol, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-mytrades
   */
  myTrades(params: T.MyTradesParams, options?: RequestOptions): Promise<T.MyTradesReply> {
    return this.call("myTrades", params, options) as Promise<T.MyTradesReply>;
  }

  /**
   * List the trading fees and overnight rates.
   *
   * Returns, per leverage symbol, the trading fee and the overnight (swap) rates for long and short positions.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-tradingfees
   */
  tradingFees(params?: T.TradingFeesParams, options?: RequestOptions): Promise<T.TradingFeesReply> {
    return this.call("tradingFees", params, options) as Promise<T.TradingFeesReply>;
  }

  /**
   * List the order size limits per symbol.
   *
   * Returns, per symbol, the smallest and largest order volume, the volume step and the price tick.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-tradinglimits
   */
  tradingLimits(params?: T.TradingLimitsParams, options?: RequestOptions): Promise<T.TradingLimitsReply> {
    return this.call("tradingLimits", params, options) as Promise<T.TradingLimitsReply>;
  }

  /**
   * List the withdrawal minimums.
   *
   * Returns, per account currency and payment option, the smallest amount that may be withdrawn.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-fundinglimits
   */
  fundingLimits(params?: T.FundingLimitsParams, options?: RequestOptions): Promise<T.FundingLimitsReply> {
    return this.call("fundingLimits", params, options) as Promise<T.FundingLimitsReply>;
  }

  /**
   * List the currencies and their deposit and withdrawal terms.
   *
   * Returns every currency with its precision, type, commissions and deposit and withdrawal limits.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-currencies
   */
  currencies(params?: T.CurrenciesParams, options?: RequestOptions): Promise<T.CurrenciesReply> {
    return this.call("currencies", params, options) as Promise<T.CurrenciesReply>;
  }

  /**
   * Read the deposit address for a coin.
   *
   * Returns the blockchain address (and, where the coin needs one, the destination tag) to deposit a coin to the account.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-depositaddress
   */
  depositAddress(params: T.DepositAddressParams, options?: RequestOptions): Promise<T.DepositAddress> {
    return this.call("depositAddress", params, options) as Promise<T.DepositAddress>;
  }

  /**
   * List the account's deposits.
   *
   * Returns the account's deposits, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-deposits
   */
  deposits(params?: T.TransactionHistoryParams, options?: RequestOptions): Promise<T.TransactionsReply> {
    return this.call("deposits", params, options) as Promise<T.TransactionsReply>;
  }

  /**
   * List the account's withdrawals.
   *
   * Returns the account's withdrawals, optionally within a time window. Their amounts are negative.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-withdrawals
   */
  withdrawals(params?: T.TransactionHistoryParams, options?: RequestOptions): Promise<T.TransactionsReply> {
    return this.call("withdrawals", params, options) as Promise<T.TransactionsReply>;
  }

  /**
   * List the account's deposits and withdrawals.
   *
   * Returns deposits and withdrawals together, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-transactions
   */
  transactions(params?: T.TransactionHistoryParams, options?: RequestOptions): Promise<T.TransactionsReply> {
    return this.call("transactions", params, options) as Promise<T.TransactionsReply>;
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
  ledger(params?: T.TransactionHistoryParams, options?: RequestOptions): Promise<T.TransactionsReply> {
    return this.call("ledger", params, options) as Promise<T.TransactionsReply>;
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
  createOrder(params: T.CreateOrderParams, options?: RequestOptions): Promise<T.OrderResult> {
    return this.call("createOrder", params, options) as Promise<T.OrderResult>;
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
  cancelOrder(params: T.CancelOrderParams, options?: RequestOptions): Promise<T.OrderResult> {
    return this.call("cancelOrder", params, options) as Promise<T.OrderResult>;
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
  openOrders(params?: T.OpenOrdersParams, options?: RequestOptions): Promise<T.OpenOrdersReply> {
    return this.call("openOrders", params, options) as Promise<T.OpenOrdersReply>;
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
  fetchOrder(params: T.FetchOrderParams, options?: RequestOptions): Promise<T.OrderDetails> {
    return this.call("fetchOrder", params, options) as Promise<T.OrderDetails>;
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
  updateTradingOrder(params: T.UpdateTradingOrderParams, options?: RequestOptions): Promise<T.TradingRequestState> {
    return this.call("updateTradingOrder", params, options) as Promise<T.TradingRequestState>;
  }

  /**
   * List the leverage positions.
   *
   * Returns the account's leverage positions with their quantities, prices, margin, profit and loss, fees and protection levels.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-tradingpositions
   */
  tradingPositions(params?: T.TradingPositionsParams, options?: RequestOptions): Promise<T.TradingPositionsReply> {
    return this.call("tradingPositions", params, options) as Promise<T.TradingPositionsReply>;
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
  tradingPositionsHistory(params?: T.TradingPositionsHistoryParams, options?: RequestOptions): Promise<T.TradingPositionsHistoryReply> {
    return this.call("tradingPositionsHistory", params, options) as Promise<T.TradingPositionsHistoryReply>;
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
  updateTradingPosition(params: T.UpdateTradingPositionParams, options?: RequestOptions): Promise<T.TradingRequestState> {
    return this.call("updateTradingPosition", params, options) as Promise<T.TradingRequestState>;
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
  closeTradingPosition(params: T.CloseTradingPositionParams, options?: RequestOptions): Promise<T.CloseTradingPositionReply> {
    return this.call("closeTradingPosition", params, options) as Promise<T.CloseTradingPositionReply>;
  }

  /**
   * Subscribe to best bid and ask quotes.
   *
   * Starts `internal.quote` events for each of the symbols. Quotes are pushed as they change; no update frequency is promised.
   *
   * Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
   * @see docs/operations.md#op-subscribemarketdata
   */
  subscribeMarketData(params: T.SymbolsSubscribeParams, options?: SubscribeOptions): Subscription<T.QuoteEvent> {
    return this.subscribeOperation("subscribeMarketData", params, options) as Subscription<T.QuoteEvent>;
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
  subscribeDepthMarketData(params: T.SymbolsSubscribeParams, options?: SubscribeOptions): Subscription<T.DepthEvent> {
    return this.subscribeOperation("subscribeDepthMarketData", params, options) as Subscription<T.DepthEvent>;
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
  subscribeOHLCMarketData(params: T.OhlcSubscribeParams, options?: SubscribeOptions): Subscription<T.OhlcEvent> {
    return this.subscribeOperation("subscribeOHLCMarketData", params, options) as Subscription<T.OhlcEvent>;
  }

  /**
   * Subscribe to public trades.
   *
   * Starts `internal.trade` events, one per trade in each of the symbols.
   *
   * Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
   * @see docs/operations.md#op-subscribetrades
   */
  subscribeTrades(params: T.SymbolsSubscribeParams, options?: SubscribeOptions): Subscription<T.TradeEvent> {
    return this.subscribeOperation("subscribeTrades", params, options) as Subscription<T.TradeEvent>;
  }
}
