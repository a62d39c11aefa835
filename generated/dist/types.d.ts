// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* A value of an open enum, as replies and events carry it: one of the known values `T`, or a value
* the document does not list (delivered as it came, and reported as a `warning` by the client).
*/
export type OpenEnum<T extends string> = T | (string & {});
/**
* An account, its commissions, permissions and balances.
*/
export interface Account {
	/**
	* Maker commission in percent, e.g. 0.2.
	*/
	makerCommission?: number;
	/**
	* Taker commission in percent.
	*/
	takerCommission?: number;
	/**
	* Buyer commission in percent.
	*/
	buyerCommission?: number;
	/**
	* Seller commission in percent.
	*/
	sellerCommission?: number;
	/**
	* Whether the account may trade.
	*/
	canTrade?: boolean;
	/**
	* Whether the account may withdraw.
	*/
	canWithdraw?: boolean;
	/**
	* Whether the account may deposit.
	*/
	canDeposit?: boolean;
	/**
	* When the account last changed, in seconds (not milliseconds) since the epoch.
	*/
	updateTime?: number;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	userId?: string;
	/**
	* The affiliate the account came through, if any.
	*/
	affiliateId?: string;
	/**
	* One entry per asset.
	*/
	balances: Balance[];
}
/**
* Parameters of the account request.
*/
export interface AccountParams {
	/**
	* Also list assets whose balance is zero.
	*
	* Default: false.
	*/
	showZeroBalance?: boolean;
}
/**
* One trade.
*/
export interface AggTrade {
	/**
	* The trade id.
	*/
	a: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	p: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	q?: string;
	/**
	* When the trade happened, in milliseconds since the epoch.
	*/
	T: number;
	/**
	* Whether the buyer was the maker.
	*/
	m?: boolean;
}
/**
* Parameters of the aggregated trades request.
*/
export interface AggTradesParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* Only entries at or after this time, in milliseconds since the epoch.
	*/
	startTime?: number;
	/**
	* Only entries at or before this time, in milliseconds since the epoch.
	*/
	endTime?: number;
	/**
	* How many trades at most.
	*
	* Default: 500.
	*/
	limit?: number;
}
/**
* Recent trades of a symbol. The price is in `p`; the quantity `q` is always 0.0 and carries no information.
*
* Unconfirmed: The aggTrades wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface AggTradesReply {
	/**
	* The trades, oldest first.
	*/
	aggTrades: AggTrade[];
}
export type AssetType = "BOND" | "COMMODITY" | "CREDIT" | "CRYPTOCURRENCY" | "CURRENCY" | "EQUITY" | "ICO" | "INDEX" | "INTEREST_RATE" | "OTHER_ASSET" | "REAL_ESTATE" | "UTILITY_TOKENS";
/**
* The balance of one asset.
*/
export interface Balance {
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* Whether this asset serves as collateral for leverage trading.
	*/
	collateralCurrency?: boolean;
	/**
	* The asset, e.g. `USD` or `BTC`.
	*/
	asset: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	free: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	locked: string;
	/**
	* Whether this is the account's default balance.
	*/
	default?: boolean;
}
/**
* Parameters of the cancel order request.
*/
export interface CancelOrderParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
}
export type CandleType = "classic" | "heikin-ashi";
/**
* Parameters of the close leverage position request.
*/
export interface CloseTradingPositionParams {
	/**
	* A leverage position id as the server assigns it, a UUID-like string.
	*/
	positionId: string;
}
/**
* The requests a close created.
*/
export interface CloseTradingPositionReply {
	/**
	* The requests, usually one.
	*/
	request: TradingRequest[];
}
/**
* Parameters of a new order. `price` is required for LIMIT and STOP orders. `accountId`,
* `leverage`, `takeProfit`, `stopLoss`, `guaranteedStopLoss`, `trailingStopLoss`,
* `profitDistance` and `stopDistance` apply to leverage symbols only; `expireTimestamp`
* applies to leverage orders and to exchange LIMIT orders (changelog, November 2020,
* currency.com/general-websocket-api-information).
*/
export interface CreateOrderParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The side of an order. The official example (Currencycom/openApiExamples api_ws/intro.js)
	* sends `buy` in lower case; no reply to it was published, so whether the server accepts
	* lower case is not known. The client reads lower case as BUY or SELL and always sends upper
	* case.
	*
	* One of: "BUY", "SELL".
	*
	* Also accepted: buy (= BUY), sell (= SELL).
	*/
	side: OrderSide;
	/**
	* The type of an order. STOP is for leverage symbols only. The Swagger model also lists the
	* Binance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,
	* which the server does not accept.
	*
	* One of: "LIMIT", "MARKET", "STOP".
	*/
	type: OrderType;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	quantity: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	price?: string | number;
	/**
	* How long an order stays open. GTC until cancelled, IOC fills what it can at once and cancels the rest, FOK fills completely at once or not at all (exchange MARKET orders come back as FOK).
	*
	* One of: "GTC", "IOC", "FOK".
	*/
	timeInForce?: TimeInForce;
	/**
	* How much the reply to a new order tells. RESULT is the order; FULL adds its fills. MARKET orders default to FULL; LIMIT and all leverage orders answer RESULT only.
	*
	* One of: "RESULT", "FULL".
	*/
	newOrderRespType?: NewOrderRespType;
	/**
	* A 64-bit integer id given as a JSON integer or as a string of digits; give ids beyond 2^53 as strings so they keep their exact value.
	*/
	accountId?: string | number;
	/**
	* The leverage, one of those leverageSettings allows for the symbol.
	*/
	leverage?: number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	takeProfit?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopLoss?: string | number;
	/**
	* Make the stop-loss guaranteed (filled at its price regardless of gaps).
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Make the stop-loss trail the price at `stopDistance`.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	profitDistance?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopDistance?: string | number;
	/**
	* When a resting order expires, in milliseconds since the epoch; for leverage orders and exchange LIMIT orders.
	*/
	expireTimestamp?: number;
}
/**
* The currencies request carries no parameters.
*/
export interface CurrenciesParams {}
/**
* The currencies.
*
* Unconfirmed: The currencies wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface CurrenciesReply {
	/**
	* One entry per currency.
	*/
	currencies: Currency[];
}
/**
* A currency with its deposit and withdrawal terms. Commission and limit fields are present only where they apply.
*/
export interface Currency {
	/**
	* The currency's name, e.g. `Euro`.
	*/
	name?: string;
	/**
	* The currency's code as used in balances, e.g. `EUR.cx` or `BTC`.
	*/
	displaySymbol: string;
	/**
	* How many decimals an amount may have.
	*/
	precision?: number;
	/**
	* The kind of a currency.
	*
	* One of: "CRYPTO", "EXCHANGE_TOKEN", "FIAT", "ICO", "TOKEN", "TOKENISED_SECURITY", "UTILITY_TOKENS".
	*/
	type?: OpenEnum<CurrencyType>;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commissionFixed?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commissionMin?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commissionPercent?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minDeposit?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minWithdrawal?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	maxWithdrawal?: string;
}
export type CurrencyType = "CRYPTO" | "EXCHANGE_TOKEN" | "FIAT" | "ICO" | "TOKEN" | "TOKENISED_SECURITY" | "UTILITY_TOKENS";
/**
* Where to deposit a coin.
*/
export interface DepositAddress {
	/**
	* The blockchain address.
	*/
	address: string;
	/**
	* The same address in a legacy format, for coins that have one.
	*/
	addressLegacy?: string;
	/**
	* The tag or memo to add to the transfer, for coins that need one.
	*/
	destinationTag?: string;
}
/**
* Parameters of the deposit address request.
*/
export interface DepositAddressParams {
	/**
	* The coin to deposit, e.g. `BTC` or `ETH`.
	*/
	coin: string;
}
/**
* A snapshot of the visible order book.
*/
export interface DepthData {
	/**
	* When the snapshot was taken, in milliseconds since the epoch.
	*/
	ts?: number;
	/**
	* One side of a book, mapping each price (as text) to the quantity offered at it.
	*/
	bid: Record<string, number>;
	/**
	* One side of a book, mapping each price (as text) to the quantity offered at it.
	*/
	ofr: Record<string, number>;
}
/**
* A snapshot of the order book of one symbol. `bid` holds the buy side and `ofr` the sell side.
*/
export interface DepthEvent {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* A snapshot of the visible order book.
	*/
	data: DepthData;
}
/**
* Parameters of the order book request.
*/
export interface DepthParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* How many price levels per side, at most 1000 (currency.com/general-rest-api-information).
	* The same page names 5, 10, 20, 50, 100, 500, 1000 and 5000 as valid values (a list
	* inherited from Binance that contradicts its own maximum); the official WebSocket
	* example (Currencycom/openApiExamples api_ws/intro.js) sends 2.
	*
	* Default: 100.
	*
	* Unconfirmed: Whether values outside the listed ones (such as 2) are accepted or rounded is not published; 5000 exceeds the documented maximum and is refused here.
	*/
	limit?: number;
}
/**
* The instruments, their trading rules and the published rate limits.
*/
export interface ExchangeInfo {
	/**
	* The time zone of the server, `UTC`.
	*/
	timezone?: string;
	/**
	* The server's current time in milliseconds since the epoch.
	*/
	serverTime?: number;
	/**
	* The published rate limits (request weight per minute, orders per second and per day).
	*/
	rateLimits?: RateLimit[];
	/**
	* Exchange-wide trading rules; empty in every known sample.
	*/
	exchangeFilters?: any[];
	/**
	* Every instrument of this API version.
	*/
	symbols: ExchangeSymbol[];
}
/**
* The exchange information request carries no parameters.
*/
export interface ExchangeInfoParams {}
/**
* An instrument and its trading rules.
*/
export interface ExchangeSymbol {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The instrument's display name, e.g. `Bitcoin / USD` or `Evonik`.
	*/
	name?: string;
	/**
	* The trading state of an instrument.
	*
	* One of: "TRADING", "BREAK", "HALT", "AUCTION_MATCH", "END_OF_DAY", "POST_TRADING", "PRE_TRADING".
	*/
	status?: OpenEnum<SymbolStatus>;
	/**
	* The asset bought or sold, e.g. `BTC`.
	*/
	baseAsset?: string;
	/**
	* How many decimals a quantity may have.
	*/
	baseAssetPrecision?: number;
	/**
	* The asset prices are quoted in, e.g. `USD`.
	*/
	quoteAsset?: string;
	/**
	* The quote asset's id; leverage instruments carry the suffix, e.g. `USD_LEVERAGE`.
	*/
	quoteAssetId?: string;
	/**
	* How many decimals a price may have.
	*/
	quotePrecision?: number;
	/**
	* The order types the instrument accepts.
	*/
	orderTypes?: OpenEnum<OrderType>[];
	/**
	* The trading rules (quantity range and step, minimum order value, ...).
	*/
	filters?: SymbolFilter[];
	/**
	* Restrictions currently in force; REGULAR when there are none.
	*/
	marketModes?: OpenEnum<MarketMode>[];
	/**
	* Whether an instrument trades on the exchange (SPOT) or as a leverage contract (LEVERAGE).
	*
	* One of: "SPOT", "LEVERAGE".
	*/
	marketType?: OpenEnum<MarketType>;
	/**
	* The asset class of an instrument.
	*
	* One of: "BOND", "COMMODITY", "CREDIT", "CRYPTOCURRENCY", "CURRENCY", "EQUITY", "ICO", "INDEX", "INTEREST_RATE", "OTHER_ASSET", "REAL_ESTATE", "UTILITY_TOKENS".
	*/
	assetType?: OpenEnum<AssetType>;
	/**
	* The issuer's country code for shares, e.g. `DE`; may be empty.
	*/
	country?: string;
	/**
	* The issuer's sector for shares; may be empty.
	*/
	sector?: string;
	/**
	* The issuer's industry for shares; may be empty.
	*/
	industry?: string;
	/**
	* The trading sessions as free text, e.g. `UTC; Mon 07:02 - 15:30; Tue 07:02 - 15:30`.
	*/
	tradingHours?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	tickSize?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	tickValue?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	exchangeFee?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	tradingFee?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	makerFee?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takerFee?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	longRate?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	shortRate?: string;
	/**
	* Leverage only. How often swap is charged, in minutes.
	*/
	swapChargeInterval?: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	maxSLGap?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minSLGap?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	maxTPGap?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minTPGap?: string;
}
export type ExecutionReportSource = "USER" | "DEALER" | "SL" | "TP" | "SYSTEM" | "CLOSE_OUT";
export type ExecutionReportStatus = "OPENED" | "MODIFIED" | "MODIFY_REJECT" | "CLOSED" | "SWAP" | "DIVIDEND";
/**
* Parameters of the order details request.
*/
export interface FetchOrderParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
}
/**
* One execution of an order.
*/
export interface Fill {
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	qty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commission?: string;
	/**
	* The asset the commission was charged in.
	*/
	commissionAsset?: string;
}
/**
* The withdrawal minimum of one currency and payment option.
*/
export interface FundingLimit {
	/**
	* The currency withdrawn, e.g. `BTC`.
	*/
	accountCurrency?: string;
	/**
	* How it is paid out, e.g. `BLOCKCHAIN`.
	*/
	paymentOption?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minWithdrawal?: string;
}
/**
* The funding limits request carries no parameters.
*/
export interface FundingLimitsParams {}
/**
* The withdrawal minimum per currency and payment option.
*
* Unconfirmed: The fundingLimits wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface FundingLimitsReply {
	/**
	* One entry per currency and payment option.
	*/
	fundingLimits: FundingLimit[];
}
/**
* Parameters of the candles request.
*/
export interface KlinesParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The length of a candle. The `M1` spelling of ccxt (ts/src/pro/currencycom.ts, 2020
	* samples) is read as `1m` and, given in a request, sent as `1m`; the same for M5 … W1.
	* ccxt also maps a 3-minute interval to `M3`, but no source lists a 3-minute candle among
	* the intervals the server names today, so `M3` has no canonical value here: it is refused
	* in requests and, in replies and events, delivered as an unknown value with a warning.
	*
	* One of: "1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w".
	*
	* Also accepted: M1 (= 1m), M5 (= 5m), M15 (= 15m), M30 (= 30m), H1 (= 1h), H4 (= 4h), D1 (= 1d), W1 (= 1w).
	*
	* Unconfirmed: The server used M1-style names in 2020 and 1m-style since about May 2021; which ones it accepts today is unconfirmed (ccxt ts/src/pro/currencycom.ts maps to M1-style; radovsky1/go-currencycom websocket_service_test.go shows 1m in 2023).
	*/
	interval: OhlcInterval;
	/**
	* Only entries at or after this time, in milliseconds since the epoch.
	*/
	startTime?: number;
	/**
	* Only entries at or before this time, in milliseconds since the epoch.
	*/
	endTime?: number;
	/**
	* How many candles at most.
	*
	* Default: 500.
	*/
	limit?: number;
	/**
	* The kind of candle, classic (the default) or Heikin-Ashi. `heikin-ashi` is canonical;
	* `heiken-ashi` (a Swagger transcription, and the official page's "Heiken-Ashi") and
	* `heikinAshi` (rousime/n8n-nodes-dzengi) are read as it and, given in a request, sent as
	* it.
	*
	* One of: "classic", "heikin-ashi".
	*
	* Also accepted: heiken-ashi (= heikin-ashi), heikinAshi (= heikin-ashi).
	*
	* Default: "classic".
	*
	* Unconfirmed: The spelling heikin-ashi is the one of the Swagger OHLC subscription description and of the sister platform (capital.com/api-websocket); for klines the sources disagree (heikin-ashi, heiken-ashi, heikinAshi), and which spelling the server writes back in ohlc.event is not published.
	*/
	type?: CandleType;
	/**
	* Which price the candles are built from; two clients send it, one with the values bid and ask.
	*
	* Unconfirmed: The parameter is sent by two third-party clients only (rousime/n8n-nodes-dzengi nodes/Dzengi/descriptions/MarketDescription.ts, MrOldOwl/api-dzengi-rs src/models/request/klines_request.rs) and its values (bid, ask?) are not documented.
	*/
	priceType?: string;
}
/**
* Candles of a symbol, oldest first.
*
* Unconfirmed: The lines wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface KlinesReply {
	/**
	* The candles.
	*/
	lines: (string | number)[][];
}
/**
* The leverages allowed for a symbol and the default one.
*/
export interface LeverageSettings {
	/**
	* The leverages the account may choose, e.g. [1, 2, 5, 10].
	*/
	values: number[];
	/**
	* The leverage used when an order gives none.
	*/
	value?: number;
}
/**
* Parameters of the leverage settings request.
*/
export interface LeverageSettingsParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
}
export type MarketMode = "REGULAR" | "CLOSE_ONLY" | "LONG_ONLY" | "HOLIDAY" | "VIEW_ONLY" | "VIEW_AND_REQUEST" | "CLOSED_FOR_CORPORATE_ACTION" | "UNKNOWN";
export type MarketType = "SPOT" | "LEVERAGE";
/**
* One trade of the account.
*/
export interface MyTrade {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	id: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	qty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	quoteQty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commission?: string;
	/**
	* The asset the commission was charged in.
	*/
	commissionAsset?: string;
	/**
	* When the trade happened, in milliseconds since the epoch.
	*/
	time?: number;
	/**
	* Whether the account bought.
	*/
	buyer?: boolean;
	/**
	* Whether the account's order was resting in the book (maker).
	*/
	maker?: boolean;
	/**
	* Same as `buyer`.
	*/
	isBuyer?: boolean;
	/**
	* Same as `maker`.
	*/
	isMaker?: boolean;
}
/**
* Parameters of the own trades request.
*/
export interface MyTradesParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* Only entries at or after this time, in milliseconds since the epoch.
	*/
	startTime?: number;
	/**
	* Only entries at or before this time, in milliseconds since the epoch.
	*/
	endTime?: number;
	/**
	* How many trades at most.
	*
	* Default: 500.
	*/
	limit?: number;
}
/**
* The account's trades in a symbol.
*
* Unconfirmed: The myTrades wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface MyTradesReply {
	/**
	* The trades.
	*/
	myTrades: MyTrade[];
}
export type NewOrderRespType = "RESULT" | "FULL";
/**
* One candle of one symbol and interval. There is no volume.
*/
export interface OhlcEvent {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The length of a candle. The `M1` spelling of ccxt (ts/src/pro/currencycom.ts, 2020
	* samples) is read as `1m` and, given in a request, sent as `1m`; the same for M5 … W1.
	* ccxt also maps a 3-minute interval to `M3`, but no source lists a 3-minute candle among
	* the intervals the server names today, so `M3` has no canonical value here: it is refused
	* in requests and, in replies and events, delivered as an unknown value with a warning.
	*
	* One of: "1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w".
	*
	* Also accepted: M1 (= 1m), M5 (= 5m), M15 (= 15m), M30 (= 30m), H1 (= 1h), H4 (= 4h), D1 (= 1d), W1 (= 1w).
	*
	* Unconfirmed: The server used M1-style names in 2020 and 1m-style since about May 2021; which ones it accepts today is unconfirmed (ccxt ts/src/pro/currencycom.ts maps to M1-style; radovsky1/go-currencycom websocket_service_test.go shows 1m in 2023).
	*/
	interval: OpenEnum<OhlcInterval>;
	/**
	* The kind of candle, classic (the default) or Heikin-Ashi. `heikin-ashi` is canonical;
	* `heiken-ashi` (a Swagger transcription, and the official page's "Heiken-Ashi") and
	* `heikinAshi` (rousime/n8n-nodes-dzengi) are read as it and, given in a request, sent as
	* it.
	*
	* One of: "classic", "heikin-ashi".
	*
	* Also accepted: heiken-ashi (= heikin-ashi), heikinAshi (= heikin-ashi).
	*
	* Default: "classic".
	*
	* Unconfirmed: The spelling heikin-ashi is the one of the Swagger OHLC subscription description and of the sister platform (capital.com/api-websocket); for klines the sources disagree (heikin-ashi, heiken-ashi, heikinAshi), and which spelling the server writes back in ohlc.event is not published.
	*/
	type?: OpenEnum<CandleType>;
	/**
	* When the candle opens, in milliseconds since the epoch; identifies the candle.
	*/
	t: number;
	/**
	* The open price.
	*/
	o: number;
	/**
	* The high price.
	*/
	h: number;
	/**
	* The low price.
	*/
	l: number;
	/**
	* The close (latest) price.
	*/
	c: number;
}
export type OhlcInterval = "1m" | "5m" | "15m" | "30m" | "1h" | "4h" | "1d" | "1w";
/**
* Parameters of the candle subscription.
*/
export interface OhlcSubscribeParams {
	/**
	* The symbols to receive candles for.
	*/
	symbols: string[];
	/**
	* The candle lengths to receive, each for every symbol; one minute when omitted.
	*
	* Default: ["1m"].
	*/
	intervals?: OhlcInterval[];
	/**
	* The kind of candle, classic (the default) or Heikin-Ashi. `heikin-ashi` is canonical;
	* `heiken-ashi` (a Swagger transcription, and the official page's "Heiken-Ashi") and
	* `heikinAshi` (rousime/n8n-nodes-dzengi) are read as it and, given in a request, sent as
	* it.
	*
	* One of: "classic", "heikin-ashi".
	*
	* Also accepted: heiken-ashi (= heikin-ashi), heikinAshi (= heikin-ashi).
	*
	* Default: "classic".
	*
	* Unconfirmed: The spelling heikin-ashi is the one of the Swagger OHLC subscription description and of the sister platform (capital.com/api-websocket); for klines the sources disagree (heikin-ashi, heiken-ashi, heikinAshi), and which spelling the server writes back in ohlc.event is not published.
	*/
	type?: CandleType;
}
/**
* An order that is still open.
*/
export interface OpenOrder {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	origQty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	executedQty?: string;
	/**
	* The state of an order. CREATED and MODIFIED are reported by fetchOrder only.
	*
	* One of: "NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "CREATED", "MODIFIED".
	*/
	status?: OpenEnum<OrderStatus>;
	/**
	* How long an order stays open. GTC until cancelled, IOC fills what it can at once and cancels the rest, FOK fills completely at once or not at all (exchange MARKET orders come back as FOK).
	*
	* One of: "GTC", "IOC", "FOK".
	*/
	timeInForce?: OpenEnum<TimeInForce>;
	/**
	* The type of an order. STOP is for leverage symbols only. The Swagger model also lists the
	* Binance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,
	* which the server does not accept.
	*
	* One of: "LIMIT", "MARKET", "STOP".
	*/
	type?: OpenEnum<OrderType>;
	/**
	* The side of an order. The official example (Currencycom/openApiExamples api_ws/intro.js)
	* sends `buy` in lower case; no reply to it was published, so whether the server accepts
	* lower case is not known. The client reads lower case as BUY or SELL and always sends upper
	* case.
	*
	* One of: "BUY", "SELL".
	*
	* Also accepted: buy (= BUY), sell (= SELL).
	*/
	side?: OpenEnum<OrderSide>;
	/**
	* When the order was placed, in milliseconds since the epoch.
	*/
	time?: number;
	/**
	* When the order last changed, in milliseconds since the epoch.
	*/
	updateTime?: number;
	/**
	* When the order expires, in milliseconds since the epoch.
	*/
	expireTimestamp?: number;
	/**
	* Whether it is an order on a leverage symbol.
	*/
	leverage?: boolean;
	/**
	* Whether the order is active in the book.
	*/
	working?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	margin?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopLoss?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takeProfit?: string;
	/**
	* Whether the stop-loss is guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Whether the stop-loss trails the price.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	icebergQty?: string;
}
/**
* Parameters of the open orders request.
*/
export interface OpenOrdersParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
	/**
	* How many orders at most. Only the 2020 official example (Currencycom/openApiExamples api_ws/intro.js) sends it.
	*
	* Unconfirmed: No source documents this parameter; the November 2020 changelog (currency.com/general-websocket-api-information) says unnecessary parameters were removed from the examples, and the server may refuse it as unread (-1104).
	*/
	limit?: number;
}
/**
* The orders that are still open.
*
* Unconfirmed: The openOrders wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface OpenOrdersReply {
	/**
	* The open orders.
	*/
	openOrders: OpenOrder[];
}
/**
* The order book of one symbol.
*/
export interface OrderBook {
	/**
	* Identifies the state of the book.
	*/
	lastUpdateId?: number;
	/**
	* Buy levels, best (highest) price first.
	*/
	bids: number[][];
	/**
	* Sell levels, best (lowest) price first.
	*/
	asks: number[][];
}
/**
* One order of the account with its execution.
*/
export interface OrderDetails {
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	quantity?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* When the order was placed, in milliseconds since the epoch.
	*/
	timestamp?: number;
	/**
	* The state of an order. CREATED and MODIFIED are reported by fetchOrder only.
	*
	* One of: "NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "CREATED", "MODIFIED".
	*/
	status?: OpenEnum<OrderStatus>;
	/**
	* The type of an order. STOP is for leverage symbols only. The Swagger model also lists the
	* Binance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,
	* which the server does not accept.
	*
	* One of: "LIMIT", "MARKET", "STOP".
	*/
	type?: OpenEnum<OrderType>;
	/**
	* How long an order stays open. GTC until cancelled, IOC fills what it can at once and cancels the rest, FOK fills completely at once or not at all (exchange MARKET orders come back as FOK).
	*
	* One of: "GTC", "IOC", "FOK".
	*/
	timeInForceType?: OpenEnum<TimeInForce>;
	/**
	* The side of an order. The official example (Currencycom/openApiExamples api_ws/intro.js)
	* sends `buy` in lower case; no reply to it was published, so whether the server accepts
	* lower case is not known. The client reads lower case as BUY or SELL and always sends upper
	* case.
	*
	* One of: "BUY", "SELL".
	*
	* Also accepted: buy (= BUY), sell (= SELL).
	*/
	side?: OpenEnum<OrderSide>;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	margin?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takeProfit?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopLoss?: string;
	/**
	* Whether the stop-loss is guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Whether the stop-loss trails the price.
	*/
	trailingStopLoss?: boolean;
	/**
	* When the order expires, in milliseconds since the epoch.
	*/
	expireTime?: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	execPrice?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	execQuantity?: string;
	/**
	* Why the order was rejected, when it was.
	*/
	rejectReason?: string;
	/**
	* The executions of the order.
	*/
	fills?: Fill[];
}
/**
* An order as placed or cancelled. Leverage orders add margin and their protection levels; FULL answers add the fills.
*/
export interface OrderResult {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
	/**
	* A second id of the order; in known samples equal to `orderId`.
	*/
	clientOrderId?: string;
	/**
	* When the order was accepted, in milliseconds since the epoch.
	*/
	transactTime?: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	origQty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	executedQty?: string;
	/**
	* The value filled so far in the quote asset, as decimal text; null in known samples.
	*/
	cummulativeQuoteQty?: string | null;
	/**
	* The state of an order. CREATED and MODIFIED are reported by fetchOrder only.
	*
	* One of: "NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "CREATED", "MODIFIED".
	*/
	status: OpenEnum<OrderStatus>;
	/**
	* How long an order stays open. GTC until cancelled, IOC fills what it can at once and cancels the rest, FOK fills completely at once or not at all (exchange MARKET orders come back as FOK).
	*
	* One of: "GTC", "IOC", "FOK".
	*/
	timeInForce?: OpenEnum<TimeInForce>;
	/**
	* The type of an order. STOP is for leverage symbols only. The Swagger model also lists the
	* Binance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,
	* which the server does not accept.
	*
	* One of: "LIMIT", "MARKET", "STOP".
	*/
	type?: OpenEnum<OrderType>;
	/**
	* The side of an order. The official example (Currencycom/openApiExamples api_ws/intro.js)
	* sends `buy` in lower case; no reply to it was published, so whether the server accepts
	* lower case is not known. The client reads lower case as BUY or SELL and always sends upper
	* case.
	*
	* One of: "BUY", "SELL".
	*
	* Also accepted: buy (= BUY), sell (= SELL).
	*/
	side?: OpenEnum<OrderSide>;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	margin?: string;
	/**
	* When a resting order expires, in milliseconds since the epoch.
	*/
	expireTimestamp?: number;
	/**
	* Whether the stop-loss is guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopLoss?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takeProfit?: string;
	/**
	* Whether the stop-loss trails the price.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	profitDistance?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopDistance?: string;
	/**
	* Why the order was rejected, when it was.
	*/
	rejectMessage?: string;
	/**
	* The executions of the order (FULL answers only).
	*/
	fills?: Fill[];
}
export type OrderSide = "BUY" | "SELL";
export type OrderStatus = "NEW" | "PARTIALLY_FILLED" | "FILLED" | "CANCELED" | "PENDING_CANCEL" | "REJECTED" | "EXPIRED" | "CREATED" | "MODIFIED";
export type OrderType = "LIMIT" | "MARKET" | "STOP";
/**
* The overnight (swap) rates of a leverage symbol.
*/
export interface OvernightRate {
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	longRate?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	shortRate?: string;
}
/**
* A ping carries no parameters.
*/
export interface PingParams {}
/**
* A ping reply carries an empty payload.
*/
export type PingReply = Record<string, any>;
/**
* A leverage position. Quantities are negative for short positions; `margin` is a fraction (leverage = 1 / margin).
*/
export interface Position {
	/**
	* A leverage position id as the server assigns it, a UUID-like string.
	*/
	id: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	instrumentId?: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId?: string;
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The currency profit and loss are counted in.
	*/
	currency?: string;
	/**
	* How positions in the same instrument combine, netted (NET) or held side by side (HEDGE).
	*
	* One of: "NET", "HEDGE".
	*/
	type?: OpenEnum<PositionType>;
	/**
	* The state of a leverage position.
	*
	* One of: "ACTIVE", "INACTIVE", "INVALID".
	*/
	state?: OpenEnum<PositionState>;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	openQuantity?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	openPrice?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	closeQuantity?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	closePrice?: string;
	/**
	* When the position was opened, in milliseconds since the epoch.
	*/
	openTimestamp?: number;
	/**
	* When the position record was created, in milliseconds since the epoch.
	*/
	createdTimestamp?: number;
	/**
	* When the position was closed, in milliseconds since the epoch.
	*/
	closeTimestamp?: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	margin?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	cost?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	rpl?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	rplConverted?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	upl?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	uplConverted?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	swap?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	swapConverted?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	fee?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	dividend?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takeProfit?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopLoss?: string;
	/**
	* Whether the stop-loss is guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Whether the stop-loss trails the price.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	currentTrailingPrice?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	trailingQuotedPrice?: string;
}
/**
* One event in the life of a leverage position.
*/
export interface PositionExecutionReport {
	/**
	* A leverage position id as the server assigns it, a UUID-like string.
	*/
	positionId: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* The currency of the account.
	*/
	accountCurrency?: string;
	/**
	* The currency of the instrument.
	*/
	currency?: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	instrumentId?: string;
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
	/**
	* The id of the execution.
	*/
	execId?: string;
	/**
	* When the execution happened, in milliseconds since the epoch.
	*/
	execTimestamp?: number;
	/**
	* When the report was created, in milliseconds since the epoch.
	*/
	createdTimestamp?: number;
	/**
	* What happened to a leverage position in an execution report.
	*
	* One of: "OPENED", "MODIFIED", "MODIFY_REJECT", "CLOSED", "SWAP", "DIVIDEND".
	*/
	status?: OpenEnum<ExecutionReportStatus>;
	/**
	* Who or what caused an execution, e.g. the user, the dealer, a stop-loss (SL), a take-profit (TP) or a margin close-out.
	*
	* One of: "USER", "DEALER", "SL", "TP", "SYSTEM", "CLOSE_OUT".
	*/
	source?: OpenEnum<ExecutionReportSource>;
	/**
	* The kind of execution as the server names it.
	*/
	executionType?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	price?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	quantity?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	fee?: string;
	/**
	* A breakdown of the fee; its layout is not documented.
	*/
	feeDetails?: any;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	fxRate?: string;
	/**
	* Whether the stop-loss was guaranteed.
	*/
	gSL?: boolean;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	rpl?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	rplConverted?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	swap?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	swapConverted?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stopLoss?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	takeProfit?: string;
	/**
	* Whether the stop-loss trailed the price.
	*/
	trailingStopLoss?: boolean;
	/**
	* Why a leverage request or execution was rejected.
	*
	* One of: "ACCOUNT_NOT_FOUND", "CLOSED_MARKET", "CLOSE_ONLY", "ENGINE_BUSY", "HEDGING_MODE_GSL", "INSTRUMENT_NOT_AVAILABLE", "INSTRUMENT_NOT_FOUND", "INVALID_ORDER", "INVALID_ORDER_QTY", "INVALID_PRICE", "LONG_ONLY", "OFF_MARKET", "ORDER_NOT_FOUND", "ORIGINAL_GSL_UPDATE", "POSITION_NOT_FOUND", "RC_INSTRUMENT_CLIENT_MOP", "RC_INSTRUMENT_GLOBAL_MOP", "RC_NOT_ENOUGH_MARGIN", "RC_NOT_FOUND", "RC_NO_RATES", "RC_SETTLEMENT", "RC_UNKNOWN", "REQUIRED_GSL", "RISK_CHECK", "THROTTLING", "UNKNOWN".
	*/
	rejectReason?: OpenEnum<RejectReason>;
}
export type PositionState = "ACTIVE" | "INACTIVE" | "INVALID";
export type PositionType = "NET" | "HEDGE";
/**
* The best bid and ask of one symbol.
*/
export interface QuoteEvent {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbolName: string;
	/**
	* The best bid price.
	*/
	bid: number;
	/**
	* The quantity available at the best bid.
	*/
	bidQty?: number;
	/**
	* The best offer (ask) price.
	*/
	ofr: number;
	/**
	* The quantity available at the best offer.
	*/
	ofrQty?: number;
	/**
	* When the quote was made, in milliseconds since the epoch.
	*/
	timestamp: number;
}
/**
* One published rate limit.
*/
export interface RateLimit {
	/**
	* What is counted, REQUEST_WEIGHT or ORDERS.
	*/
	rateLimitType?: string;
	/**
	* The unit of the window, e.g. SECOND, MINUTE or DAY.
	*/
	interval?: string;
	/**
	* How many units the window spans.
	*/
	intervalNum?: number;
	/**
	* How much is allowed per window.
	*/
	limit?: number;
}
export type RejectReason = "ACCOUNT_NOT_FOUND" | "CLOSED_MARKET" | "CLOSE_ONLY" | "ENGINE_BUSY" | "HEDGING_MODE_GSL" | "INSTRUMENT_NOT_AVAILABLE" | "INSTRUMENT_NOT_FOUND" | "INVALID_ORDER" | "INVALID_ORDER_QTY" | "INVALID_PRICE" | "LONG_ONLY" | "OFF_MARKET" | "ORDER_NOT_FOUND" | "ORIGINAL_GSL_UPDATE" | "POSITION_NOT_FOUND" | "RC_INSTRUMENT_CLIENT_MOP" | "RC_INSTRUMENT_GLOBAL_MOP" | "RC_NOT_ENOUGH_MARGIN" | "RC_NOT_FOUND" | "RC_NO_RATES" | "RC_SETTLEMENT" | "RC_UNKNOWN" | "REQUIRED_GSL" | "RISK_CHECK" | "THROTTLING" | "UNKNOWN";
export type RequestState = "PENDING" | "PROCESSED" | "CANCELLED";
export type RequestType = "ORDER_NEW" | "ORDER_MODIFY" | "ORDER_CANCEL" | "POSITION_MODIFY";
/**
* The server clock.
*/
export interface ServerTime {
	/**
	* The server's current time in milliseconds since the epoch.
	*/
	serverTime: number;
}
/**
* The answer to a subscription request.
*
* Unconfirmed: Shape from the Swagger SubscribeResponse model and the sister platform (capital.com/api-websocket); no currency.com sample was published.
*/
export interface SubscribeReply {
	/**
	* The outcome per symbol, e.g. `PROCESSED`.
	*/
	subscriptions?: Record<string, string>;
	/**
	* Set when the subscription failed.
	*/
	errorCode?: string;
}
/**
* A trading rule of an instrument; `filterType` tells which fields it has.
*/
export interface SymbolFilter {
	/**
	* The rule, e.g. LOT_SIZE (quantity range and step), MIN_NOTIONAL (smallest order value), PRICE_FILTER or MARKET_LOT_SIZE.
	*/
	filterType: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minQty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	maxQty?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	stepSize?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minNotional?: string;
}
export type SymbolStatus = "TRADING" | "BREAK" | "HALT" | "AUCTION_MATCH" | "END_OF_DAY" | "POST_TRADING" | "PRE_TRADING";
/**
* Parameters of a subscription by symbols.
*/
export interface SymbolsSubscribeParams {
	/**
	* The symbols to receive events for.
	*/
	symbols: string[];
}
/**
* Price statistics of one symbol over the last 24 hours. Some symbols report only part of the fields; prices may be null.
*/
export interface Ticker24hr {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* Last price minus the price 24 hours ago, as decimal text.
	*/
	priceChange?: string | null;
	/**
	* The price change in percent, as decimal text.
	*/
	priceChangePercent?: string | null;
	/**
	* The volume-weighted average price, as decimal text.
	*/
	weightedAvgPrice?: string | null;
	/**
	* The previous close, as decimal text.
	*/
	prevClosePrice?: string | null;
	/**
	* The last traded price, as decimal text.
	*/
	lastPrice?: string | null;
	/**
	* The quantity of the last trade, as decimal text.
	*/
	lastQty?: string | null;
	/**
	* The best bid, as decimal text.
	*/
	bidPrice?: string | null;
	/**
	* The best ask, as decimal text.
	*/
	askPrice?: string | null;
	/**
	* The price 24 hours ago, as decimal text.
	*/
	openPrice?: string | null;
	/**
	* The highest price in the period, as decimal text.
	*/
	highPrice?: string | null;
	/**
	* The lowest price in the period, as decimal text.
	*/
	lowPrice?: string | null;
	/**
	* The traded quantity in the period, as decimal text.
	*/
	volume?: string | null;
	/**
	* The traded value in the quote asset in the period, as decimal text.
	*/
	quoteVolume?: string | null;
	/**
	* Start of the period, in milliseconds since the epoch.
	*/
	openTime?: number;
	/**
	* End of the period, in milliseconds since the epoch.
	*/
	closeTime?: number;
}
/**
* Parameters of the 24-hour ticker request.
*/
export interface Ticker24hrParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
}
/**
* 24-hour statistics, one entry per symbol.
*/
export interface TickersReply {
	/**
	* One entry per requested symbol, or per symbol when none was given.
	*/
	tickers: Ticker24hr[];
}
export type TimeInForce = "GTC" | "IOC" | "FOK";
/**
* The server time request carries no parameters.
*/
export interface TimeParams {}
/**
* One trade in one symbol. Only price, size, id and ts are in every public sample: the
* Swagger TradeEventRes model has no orderId or clientOrderId, and a 2020 capture carries
* instrumentId instead of symbol (ccxt ts/src/pro/currencycom.ts and
* radovsky1/go-currencycom websocket_service_test.go show the full set).
*/
export interface TradeEvent {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
	/**
	* The trade price.
	*/
	price: number;
	/**
	* The traded quantity.
	*/
	size: number;
	/**
	* The trade id.
	*/
	id: number;
	/**
	* When the trade happened, in milliseconds since the epoch.
	*/
	ts: number;
	/**
	* The id of the order behind the trade.
	*/
	orderId?: string;
	/**
	* A second id of that order.
	*/
	clientOrderId?: string;
	/**
	* Whether the taker bought.
	*/
	buyer?: boolean;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	instrumentId?: string;
}
/**
* The fees of one symbol.
*/
export interface TradingFee {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The instrument's display name.
	*/
	name?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	fee?: string;
	/**
	* When the next overnight fee is charged, in milliseconds since the epoch.
	*/
	overnightFeeTimestamp?: number;
	/**
	* The overnight rates for long and short positions.
	*/
	overnightRates?: OvernightRate[];
}
/**
* The trading fees request carries no parameters.
*/
export interface TradingFeesParams {}
/**
* The trading fee and overnight rates per symbol.
*
* Unconfirmed: The fees wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface TradingFeesReply {
	/**
	* One entry per symbol.
	*/
	fees: TradingFee[];
}
/**
* The order size limits of one symbol.
*/
export interface TradingLimit {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol: string;
	/**
	* The instrument's display name.
	*/
	name?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	lastPrice?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minVolume?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	maxVolume?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	minStep?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	tickSize?: string;
}
/**
* The trading limits request carries no parameters.
*/
export interface TradingLimitsParams {}
/**
* The order size limits per symbol.
*
* Unconfirmed: The limits wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface TradingLimitsReply {
	/**
	* One entry per symbol.
	*/
	limits: TradingLimit[];
}
/**
* Parameters of the leverage position history request. One client always sends `symbol`; the Swagger model has it optional.
*/
export interface TradingPositionsHistoryParams {
	/**
	* An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,
	* `TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is
	* signed raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and
	* ccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage
	* symbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.
	*
	* Unconfirmed: Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends.
	*/
	symbol?: string;
	/**
	* Only reports at or after this time, in milliseconds since the epoch.
	*/
	from?: number;
	/**
	* Only reports at or before this time, in milliseconds since the epoch.
	*/
	to?: number;
	/**
	* How many reports at most.
	*/
	limit?: number;
}
/**
* Execution reports of leverage positions.
*/
export interface TradingPositionsHistoryReply {
	/**
	* The reports.
	*/
	history: PositionExecutionReport[];
}
/**
* Parameters of the leverage positions request.
*/
export interface TradingPositionsParams {
	/**
	* How many positions at most. Only the 2020 official example (Currencycom/openApiExamples api_ws/intro.js) sends it.
	*
	* Unconfirmed: No source documents this parameter; the November 2020 changelog (currency.com/general-websocket-api-information) says unnecessary parameters were removed from the examples, and the server may refuse it as unread (-1104).
	*/
	limit?: number;
}
/**
* The account's leverage positions.
*/
export interface TradingPositionsReply {
	/**
	* The positions.
	*/
	positions: Position[];
}
/**
* A leverage trading request and its state.
*/
export interface TradingRequest {
	/**
	* The id of the request.
	*/
	id: number;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	accountId?: string;
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	instrumentId?: string;
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId?: string;
	/**
	* A leverage position id as the server assigns it, a UUID-like string.
	*/
	positionId?: string;
	/**
	* What a leverage trading request does.
	*
	* One of: "ORDER_NEW", "ORDER_MODIFY", "ORDER_CANCEL", "POSITION_MODIFY".
	*/
	rqType?: OpenEnum<RequestType>;
	/**
	* The body of the request as the server recorded it; its layout is not documented.
	*/
	rqBody?: any;
	/**
	* The processing state of a leverage trading request.
	*
	* One of: "PENDING", "PROCESSED", "CANCELLED".
	*/
	state: OpenEnum<RequestState>;
	/**
	* Why a leverage request or execution was rejected.
	*
	* One of: "ACCOUNT_NOT_FOUND", "CLOSED_MARKET", "CLOSE_ONLY", "ENGINE_BUSY", "HEDGING_MODE_GSL", "INSTRUMENT_NOT_AVAILABLE", "INSTRUMENT_NOT_FOUND", "INVALID_ORDER", "INVALID_ORDER_QTY", "INVALID_PRICE", "LONG_ONLY", "OFF_MARKET", "ORDER_NOT_FOUND", "ORIGINAL_GSL_UPDATE", "POSITION_NOT_FOUND", "RC_INSTRUMENT_CLIENT_MOP", "RC_INSTRUMENT_GLOBAL_MOP", "RC_NOT_ENOUGH_MARGIN", "RC_NOT_FOUND", "RC_NO_RATES", "RC_SETTLEMENT", "RC_UNKNOWN", "REQUIRED_GSL", "RISK_CHECK", "THROTTLING", "UNKNOWN".
	*/
	rejectReason?: OpenEnum<RejectReason>;
	/**
	* When the request was created, in milliseconds since the epoch.
	*/
	createdTimestamp?: number;
}
/**
* A queued leverage trading request and its state.
*/
export interface TradingRequestState {
	/**
	* The id of the request the change created.
	*/
	requestId: number;
	/**
	* The processing state of a leverage trading request.
	*
	* One of: "PENDING", "PROCESSED", "CANCELLED".
	*/
	state: OpenEnum<RequestState>;
}
/**
* One deposit, withdrawal or other balance movement.
*/
export interface Transaction {
	/**
	* A 64-bit integer id, kept as a string because it exceeds the precision of a JavaScript number.
	*/
	id: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	balance?: string;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	amount?: string;
	/**
	* The currency moved.
	*/
	currency?: string;
	/**
	* What kind of movement, e.g. `deposit`, `withdrawal` or `exchange_commission`.
	*/
	type?: string;
	/**
	* When the movement happened, in milliseconds since the epoch.
	*/
	timestamp?: number;
	/**
	* A decimal number, kept as its exact text. Replies send numbers or strings; both are read into this text.
	*/
	commission?: string;
	/**
	* How the money moved, e.g. `BLOCKCHAIN`.
	*/
	paymentMethod?: string;
	/**
	* The blockchain transaction, for crypto transfers.
	*/
	blockchainTransactionHash?: string;
	/**
	* The state of a deposit, withdrawal or ledger entry.
	*
	* One of: "APPROVAL", "PROCESSED", "CANCELLED".
	*/
	status?: OpenEnum<TransactionStatus>;
}
/**
* Parameters of the deposits, withdrawals, transactions and ledger requests.
*/
export interface TransactionHistoryParams {
	/**
	* Only entries at or after this time, in milliseconds since the epoch.
	*/
	startTime?: number;
	/**
	* Only entries at or before this time, in milliseconds since the epoch.
	*/
	endTime?: number;
	/**
	* How many entries at most.
	*/
	limit?: number;
}
export type TransactionStatus = "APPROVAL" | "PROCESSED" | "CANCELLED";
/**
* Balance movements of the account.
*
* Unconfirmed: The transactions wrapper comes from the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models and is assumed for deposits, withdrawals, transactions and ledger alike; no WebSocket sample shows it, so a bare array is accepted too.
*/
export interface TransactionsReply {
	/**
	* The movements.
	*/
	transactions: Transaction[];
}
/**
* Parameters of the update leverage order request; give only what changes.
*/
export interface UpdateTradingOrderParams {
	/**
	* An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`.
	*/
	orderId: string;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	newPrice?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	takeProfit?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopLoss?: string | number;
	/**
	* Make the stop-loss guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Make the stop-loss trail the price at `stopDistance`.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	profitDistance?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopDistance?: string | number;
	/**
	* When the order expires, in milliseconds since the epoch.
	*/
	expireTimestamp?: number;
	/**
	* The type of an order. STOP is for leverage symbols only. The Swagger model also lists the
	* Binance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,
	* which the server does not accept.
	*
	* One of: "LIMIT", "MARKET", "STOP".
	*/
	type?: OrderType;
}
/**
* Parameters of the update leverage position request; give only what changes.
*/
export interface UpdateTradingPositionParams {
	/**
	* A leverage position id as the server assigns it, a UUID-like string.
	*/
	positionId: string;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	takeProfit?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopLoss?: string | number;
	/**
	* Make the stop-loss guaranteed.
	*/
	guaranteedStopLoss?: boolean;
	/**
	* Make the stop-loss trail the price at `stopDistance`.
	*/
	trailingStopLoss?: boolean;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	profitDistance?: string | number;
	/**
	* A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged.
	*/
	stopDistance?: string | number;
}
//# sourceMappingURL=types.d.ts.map