// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type * as T from './types.js';

/** The params and reply of every operation, by operationId. */
export interface OperationTypes {
  /**
   * Keep the connection alive.
   *
   * Application-level ping. The server closes a connection that has not been pinged for 30
   * seconds; it answers with an OK reply and an empty payload.
   *
   * Unconfirmed: The reply shape is documented for the sister platform (Capital.com) and consistent with ccxt; not published for currency.com.
   * @see docs/operations.md#op-ping
   */
  ping: { params: T.PingParams; reply: T.PingReply; event: never };
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
  time: { params: T.TimeParams; reply: T.ServerTime; event: never };
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
  exchangeInfo: { params: T.ExchangeInfoParams; reply: T.ExchangeInfo; event: never };
  /**
   * Read the order book of a symbol.
   *
   * Returns the current bids and asks of one symbol, best first, up to `limit` levels per side.
   *
   * Versions: v1, v2.
   * @see docs/operations.md#op-depth
   */
  depth: { params: T.DepthParams; reply: T.OrderBook; event: never };
  /**
   * Read recent aggregated trades of a symbol.
   *
   * Returns the most recent trades of one symbol, or those within a time window.
   *
   * Versions: v1, v2.
   * @see docs/operations.md#op-aggtrades
   */
  aggTrades: { params: T.AggTradesParams; reply: T.AggTradesReply; event: never };
  /**
   * Read candles of a symbol.
   *
   * Returns open, high, low, close and volume per interval for one symbol, oldest first, either
   * the most recent ones or those within a time window. Classic or Heikin-Ashi candles.
   *
   * Versions: v1, v2.
   * @see docs/operations.md#op-klines
   */
  klines: { params: T.KlinesParams; reply: T.KlinesReply; event: never };
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
  ticker24hr: { params: T.Ticker24hrParams; reply: T.TickersReply; event: never };
  /**
   * Read the account and its balances.
   *
   * Returns commissions, trading permissions and the balance of every asset of the account.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-account
   */
  account: { params: T.AccountParams; reply: T.Account; event: never };
  /**
   * Read the leverages allowed for a leverage symbol.
   *
   * Returns the leverages the account may choose for one leverage symbol and the one used by
   * default. A symbol that is not a leverage symbol is refused with -1128.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-leveragesettings
   */
  leverageSettings: { params: T.LeverageSettingsParams; reply: T.LeverageSettings; event: never };
  /**
   * List the account's trades in a symbol.
   *
   * Returns the account's own executed trades in one symbol, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-mytrades
   */
  myTrades: { params: T.MyTradesParams; reply: T.MyTradesReply; event: never };
  /**
   * List the trading fees and overnight rates.
   *
   * Returns, per leverage symbol, the trading fee and the overnight (swap) rates for long and short positions.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-tradingfees
   */
  tradingFees: { params: T.TradingFeesParams; reply: T.TradingFeesReply; event: never };
  /**
   * List the order size limits per symbol.
   *
   * Returns, per symbol, the smallest and largest order volume, the volume step and the price tick.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-tradinglimits
   */
  tradingLimits: { params: T.TradingLimitsParams; reply: T.TradingLimitsReply; event: never };
  /**
   * List the withdrawal minimums.
   *
   * Returns, per account currency and payment option, the smallest amount that may be withdrawn.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-fundinglimits
   */
  fundingLimits: { params: T.FundingLimitsParams; reply: T.FundingLimitsReply; event: never };
  /**
   * List the currencies and their deposit and withdrawal terms.
   *
   * Returns every currency with its precision, type, commissions and deposit and withdrawal limits.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-currencies
   */
  currencies: { params: T.CurrenciesParams; reply: T.CurrenciesReply; event: never };
  /**
   * Read the deposit address for a coin.
   *
   * Returns the blockchain address (and, where the coin needs one, the destination tag) to deposit a coin to the account.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-depositaddress
   */
  depositAddress: { params: T.DepositAddressParams; reply: T.DepositAddress; event: never };
  /**
   * List the account's deposits.
   *
   * Returns the account's deposits, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-deposits
   */
  deposits: { params: T.TransactionHistoryParams; reply: T.TransactionsReply; event: never };
  /**
   * List the account's withdrawals.
   *
   * Returns the account's withdrawals, optionally within a time window. Their amounts are negative.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-withdrawals
   */
  withdrawals: { params: T.TransactionHistoryParams; reply: T.TransactionsReply; event: never };
  /**
   * List the account's deposits and withdrawals.
   *
   * Returns deposits and withdrawals together, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-transactions
   */
  transactions: { params: T.TransactionHistoryParams; reply: T.TransactionsReply; event: never };
  /**
   * List every balance movement of the account.
   *
   * Returns all balance changes (deposits, withdrawals, commissions and other entries) with the
   * balance after each, optionally within a time window.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Unconfirmed: Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts).
   * @see docs/operations.md#op-ledger
   */
  ledger: { params: T.TransactionHistoryParams; reply: T.TransactionsReply; event: never };
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
  createOrder: { params: T.CreateOrderParams; reply: T.OrderResult; event: never };
  /**
   * Cancel a resting order.
   *
   * Cancels an open order. Only LIMIT orders can be cancelled; an unknown order is refused with
   * -2011. The reply is the order in its cancelled state.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
   * @see docs/operations.md#op-cancelorder
   */
  cancelOrder: { params: T.CancelOrderParams; reply: T.OrderResult; event: never };
  /**
   * List the open orders.
   *
   * Returns the account's orders that are still open, in one symbol or, when `symbol` is
   * omitted, in all symbols (costly). Limited to 5 requests per second.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-openorders
   */
  openOrders: { params: T.OpenOrdersParams; reply: T.OpenOrdersReply; event: never };
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
  fetchOrder: { params: T.FetchOrderParams; reply: T.OrderDetails; event: never };
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
  updateTradingOrder: { params: T.UpdateTradingOrderParams; reply: T.TradingRequestState; event: never };
  /**
   * List the leverage positions.
   *
   * Returns the account's leverage positions with their quantities, prices, margin, profit and loss, fees and protection levels.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-tradingpositions
   */
  tradingPositions: { params: T.TradingPositionsParams; reply: T.TradingPositionsReply; event: never };
  /**
   * List the history of leverage positions.
   *
   * Returns the execution reports of leverage positions (opened, modified, closed, swaps,
   * dividends), optionally for one symbol and within a time window. Added in July 2021.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-tradingpositionshistory
   */
  tradingPositionsHistory: { params: T.TradingPositionsHistoryParams; reply: T.TradingPositionsHistoryReply; event: never };
  /**
   * Change the protection of a leverage position.
   *
   * Sets or changes the take-profit, stop-loss and trailing settings of an open leverage
   * position. The change is queued: the reply carries the request id and its state.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
   * @see docs/operations.md#op-updatetradingposition
   */
  updateTradingPosition: { params: T.UpdateTradingPositionParams; reply: T.TradingRequestState; event: never };
  /**
   * Close a leverage position.
   *
   * Closes an open leverage position at market. The reply lists the requests the close
   * created, with their state.
   *
   * Versions: v1, v2. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
   * @see docs/operations.md#op-closetradingposition
   */
  closeTradingPosition: { params: T.CloseTradingPositionParams; reply: T.CloseTradingPositionReply; event: never };
  /**
   * Subscribe to best bid and ask quotes.
   *
   * Starts `internal.quote` events for each of the symbols. Quotes are pushed as they change; no update frequency is promised.
   *
   * Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
   * @see docs/operations.md#op-subscribemarketdata
   */
  subscribeMarketData: { params: T.SymbolsSubscribeParams; reply: T.SubscribeReply; event: T.QuoteEvent };
  /**
   * Subscribe to order book snapshots.
   *
   * Starts `marketdepth.event` events for each of the symbols. Every event is a complete
   * snapshot of the visible book of one symbol and replaces the previous one.
   *
   * Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
   * @see docs/operations.md#op-subscribedepthmarketdata
   */
  subscribeDepthMarketData: { params: T.SymbolsSubscribeParams; reply: T.SubscribeReply; event: T.DepthEvent };
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
  subscribeOHLCMarketData: { params: T.OhlcSubscribeParams; reply: T.SubscribeReply; event: T.OhlcEvent };
  /**
   * Subscribe to public trades.
   *
   * Starts `internal.trade` events, one per trade in each of the symbols.
   *
   * Unconfirmed: No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.
   * @see docs/operations.md#op-subscribetrades
   */
  subscribeTrades: { params: T.SymbolsSubscribeParams; reply: T.SubscribeReply; event: T.TradeEvent };
}

/** Request destinations (every version an operation exists in) → their operation's types. */
export interface RequestDestinations {
  ping: OperationTypes["ping"];
  "/api/v1/time": OperationTypes["time"];
  "/api/v2/time": OperationTypes["time"];
  "/api/v1/exchangeInfo": OperationTypes["exchangeInfo"];
  "/api/v2/exchangeInfo": OperationTypes["exchangeInfo"];
  "/api/v1/depth": OperationTypes["depth"];
  "/api/v2/depth": OperationTypes["depth"];
  "/api/v1/aggTrades": OperationTypes["aggTrades"];
  "/api/v2/aggTrades": OperationTypes["aggTrades"];
  "/api/v1/klines": OperationTypes["klines"];
  "/api/v2/klines": OperationTypes["klines"];
  "/api/v1/ticker/24hr": OperationTypes["ticker24hr"];
  "/api/v2/ticker/24hr": OperationTypes["ticker24hr"];
  "/api/v1/account": OperationTypes["account"];
  "/api/v2/account": OperationTypes["account"];
  "/api/v1/leverageSettings": OperationTypes["leverageSettings"];
  "/api/v2/leverageSettings": OperationTypes["leverageSettings"];
  "/api/v1/myTrades": OperationTypes["myTrades"];
  "/api/v2/myTrades": OperationTypes["myTrades"];
  "/api/v1/tradingFees": OperationTypes["tradingFees"];
  "/api/v2/tradingFees": OperationTypes["tradingFees"];
  "/api/v1/tradingLimits": OperationTypes["tradingLimits"];
  "/api/v2/tradingLimits": OperationTypes["tradingLimits"];
  "/api/v1/fundingLimits": OperationTypes["fundingLimits"];
  "/api/v2/fundingLimits": OperationTypes["fundingLimits"];
  "/api/v1/currencies": OperationTypes["currencies"];
  "/api/v2/currencies": OperationTypes["currencies"];
  "/api/v1/depositAddress": OperationTypes["depositAddress"];
  "/api/v2/depositAddress": OperationTypes["depositAddress"];
  "/api/v1/deposits": OperationTypes["deposits"];
  "/api/v2/deposits": OperationTypes["deposits"];
  "/api/v1/withdrawals": OperationTypes["withdrawals"];
  "/api/v2/withdrawals": OperationTypes["withdrawals"];
  "/api/v1/transactions": OperationTypes["transactions"];
  "/api/v2/transactions": OperationTypes["transactions"];
  "/api/v1/ledger": OperationTypes["ledger"];
  "/api/v2/ledger": OperationTypes["ledger"];
  "/api/v1/order/create": OperationTypes["createOrder"];
  "/api/v2/order/create": OperationTypes["createOrder"];
  "/api/v1/order/cancel": OperationTypes["cancelOrder"];
  "/api/v2/order/cancel": OperationTypes["cancelOrder"];
  "/api/v1/openOrders": OperationTypes["openOrders"];
  "/api/v2/openOrders": OperationTypes["openOrders"];
  "/api/v2/fetchOrder": OperationTypes["fetchOrder"];
  "/api/v1/updateTradingOrder": OperationTypes["updateTradingOrder"];
  "/api/v2/updateTradingOrder": OperationTypes["updateTradingOrder"];
  "/api/v1/tradingPositions": OperationTypes["tradingPositions"];
  "/api/v2/tradingPositions": OperationTypes["tradingPositions"];
  "/api/v1/tradingPositionsHistory": OperationTypes["tradingPositionsHistory"];
  "/api/v2/tradingPositionsHistory": OperationTypes["tradingPositionsHistory"];
  "/api/v1/updateTradingPosition": OperationTypes["updateTradingPosition"];
  "/api/v2/updateTradingPosition": OperationTypes["updateTradingPosition"];
  "/api/v1/closeTradingPosition": OperationTypes["closeTradingPosition"];
  "/api/v2/closeTradingPosition": OperationTypes["closeTradingPosition"];
}

/** Subscription destinations → their operation's types. */
export interface StreamDestinations {
  "marketData.subscribe": OperationTypes["subscribeMarketData"];
  "depthMarketData.subscribe": OperationTypes["subscribeDepthMarketData"];
  "OHLCMarketData.subscribe": OperationTypes["subscribeOHLCMarketData"];
  "trades.subscribe": OperationTypes["subscribeTrades"];
}

/** Pushed event destinations → the event payload type. */
export interface EventTypes {
  "internal.quote": T.QuoteEvent;
  "marketdepth.event": T.DepthEvent;
  "ohlc.event": T.OhlcEvent;
  "internal.trade": T.TradeEvent;
}

/** API versions of the document. */
export type ApiVersion = "v1" | "v2";
/** Server names of the document. */
export type ServerName = "production" | "demo" | "currencyComProduction" | "currencyComDemo";

export type Destination = keyof RequestDestinations | keyof StreamDestinations;
type AllDestinations = RequestDestinations & StreamDestinations;
/** The params a destination takes. */
export type ParamsOf<D extends Destination> = AllDestinations[D]['params'];
/** The reply a destination answers with. */
export type ReplyOf<D extends Destination> = AllDestinations[D]['reply'];
/** The events a subscription destination pushes. */
export type EventOf<D extends keyof StreamDestinations> = StreamDestinations[D]['event'];
/** The envelope a request to D is sent in. */
export interface RequestEnvelope<D extends Destination = Destination> {
  destination: D;
  correlationId: number | string;
  payload: Record<string, unknown>;
}
