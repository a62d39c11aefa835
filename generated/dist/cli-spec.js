// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** What the command line knows about the API, read from the document: operations, their parameters as flags, groups, examples. */
export const cliSpec = {
	"program": "currencycom-ws",
	"title": "Currency.com (Dzengi.com) WebSocket API",
	"env": {
		"apiKey": "CURRENCYCOM_API_KEY",
		"apiSecret": "CURRENCYCOM_API_SECRET"
	},
	"groups": [
		{
			"title": "Connection",
			"operations": ["ping"]
		},
		{
			"title": "Market data",
			"operations": [
				"time",
				"exchangeInfo",
				"depth",
				"aggTrades",
				"klines",
				"ticker24hr"
			]
		},
		{
			"title": "Account",
			"operations": [
				"account",
				"leverageSettings",
				"myTrades",
				"tradingFees",
				"tradingLimits",
				"fundingLimits",
				"currencies",
				"depositAddress",
				"deposits",
				"withdrawals",
				"transactions",
				"ledger"
			]
		},
		{
			"title": "Trading",
			"operations": [
				"createOrder",
				"cancelOrder",
				"openOrders",
				"fetchOrder",
				"updateTradingOrder"
			]
		},
		{
			"title": "Leverage",
			"operations": [
				"tradingPositions",
				"tradingPositionsHistory",
				"updateTradingPosition",
				"closeTradingPosition"
			]
		},
		{
			"title": "Streams",
			"operations": [
				"subscribeMarketData",
				"subscribeDepthMarketData",
				"subscribeOHLCMarketData",
				"subscribeTrades"
			]
		}
	],
	"operations": {
		"ping": {
			"id": "ping",
			"kind": "heartbeat",
			"summary": "Keep the connection alive.",
			"description": "Application-level ping. The server closes a connection that has not been pinged for 30\nseconds; it answers with an OK reply and an empty payload.",
			"signed": false,
			"idempotent": true,
			"weight": 0,
			"rateLimits": [],
			"versions": [],
			"params": [],
			"example": [],
			"docs": "op-ping",
			"unconfirmed": "The reply shape is documented for the sister platform (Capital.com) and consistent with ccxt; not published for currency.com."
		},
		"time": {
			"id": "time",
			"kind": "request",
			"summary": "Read the server clock.",
			"description": "Returns the server's current time in milliseconds. Signed requests whose `timestamp` is\nahead of the server are refused (-1021), so a client whose clock drifts can measure the\noffset here.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-time",
			"unconfirmed": "Exists on REST (GET /api/v1/time); no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"exchangeInfo": {
			"id": "exchangeInfo",
			"kind": "request",
			"summary": "List the instruments and the trading rules.",
			"description": "Returns every tradable symbol with its precision, filters, order types, market type and,\nfor leverage instruments, fees, swap rates and stop distances, together with the published\nrate limits. Take symbol names exactly as listed here; v2 lists more instruments than v1.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-exchangeinfo"
		},
		"depth": {
			"id": "depth",
			"kind": "request",
			"summary": "Read the order book of a symbol.",
			"description": "Returns the current bids and asks of one symbol, best first, up to `limit` levels per side.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": true,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}, {
				"name": "limit",
				"flag": "limit",
				"type": "integer",
				"array": false,
				"typeText": "integer",
				"required": false,
				"default": 100,
				"constraints": ["≥ 1", "≤ 1000"],
				"description": "How many price levels per side, at most 1000 (currency.com/general-rest-api-information).\nThe same page names 5, 10, 20, 50, 100, 500, 1000 and 5000 as valid values (a list\ninherited from Binance that contradicts its own maximum); the official WebSocket\nexample (Currencycom/openApiExamples api_ws/intro.js) sends 2.",
				"unconfirmed": "Whether values outside the listed ones (such as 2) are accepted or rounded is not published; 5000 exceeds the documented maximum and is refused here."
			}],
			"example": [
				"--symbol",
				"ETH/USD",
				"--limit",
				"5"
			],
			"docs": "op-depth"
		},
		"aggTrades": {
			"id": "aggTrades",
			"kind": "request",
			"summary": "Read recent aggregated trades of a symbol.",
			"description": "Returns the most recent trades of one symbol, or those within a time window.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "symbol",
					"flag": "symbol",
					"type": "string",
					"array": false,
					"typeText": "string (Symbol)",
					"required": true,
					"constraints": ["pattern ^\\S(.*\\S)?$"],
					"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
					"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
				},
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"default": 500,
					"constraints": ["≥ 1", "≤ 1000"],
					"description": "How many trades at most."
				}
			],
			"example": [
				"--symbol",
				"ETH/USD",
				"--limit",
				"4",
				"--startTime",
				"1586938664000",
				"--endTime",
				"1586942164000"
			],
			"docs": "op-aggtrades"
		},
		"klines": {
			"id": "klines",
			"kind": "request",
			"summary": "Read candles of a symbol.",
			"description": "Returns open, high, low, close and volume per interval for one symbol, oldest first, either\nthe most recent ones or those within a time window. Classic or Heikin-Ashi candles.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "symbol",
					"flag": "symbol",
					"type": "string",
					"array": false,
					"typeText": "string (Symbol)",
					"required": true,
					"constraints": ["pattern ^\\S(.*\\S)?$"],
					"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
					"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
				},
				{
					"name": "interval",
					"flag": "interval",
					"type": "string",
					"array": false,
					"typeText": "OhlcInterval",
					"required": true,
					"enum": [
						"1m",
						"5m",
						"15m",
						"30m",
						"1h",
						"4h",
						"1d",
						"1w"
					],
					"aliases": {
						"M1": "1m",
						"M5": "5m",
						"M15": "15m",
						"M30": "30m",
						"H1": "1h",
						"H4": "4h",
						"D1": "1d",
						"W1": "1w"
					},
					"constraints": [],
					"description": "The length of a candle. The `M1` spelling of ccxt (ts/src/pro/currencycom.ts, 2020\nsamples) is read as `1m` and, given in a request, sent as `1m`; the same for M5 … W1.\nccxt also maps a 3-minute interval to `M3`, but no source lists a 3-minute candle among\nthe intervals the server names today, so `M3` has no canonical value here: it is refused\nin requests and, in replies and events, delivered as an unknown value with a warning.",
					"unconfirmed": "The server used M1-style names in 2020 and 1m-style since about May 2021; which ones it accepts today is unconfirmed (ccxt ts/src/pro/currencycom.ts maps to M1-style; radovsky1/go-currencycom websocket_service_test.go shows 1m in 2023)."
				},
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"default": 500,
					"constraints": ["≥ 1", "≤ 1000"],
					"description": "How many candles at most."
				},
				{
					"name": "type",
					"flag": "type",
					"type": "string",
					"array": false,
					"typeText": "CandleType",
					"required": false,
					"default": "classic",
					"enum": ["classic", "heikin-ashi"],
					"aliases": {
						"heiken-ashi": "heikin-ashi",
						"heikinAshi": "heikin-ashi"
					},
					"constraints": [],
					"description": "The kind of candle, classic (the default) or Heikin-Ashi. `heikin-ashi` is canonical;\n`heiken-ashi` (a Swagger transcription, and the official page's \"Heiken-Ashi\") and\n`heikinAshi` (rousime/n8n-nodes-dzengi) are read as it and, given in a request, sent as\nit.",
					"unconfirmed": "The spelling heikin-ashi is the one of the Swagger OHLC subscription description and of the sister platform (capital.com/api-websocket); for klines the sources disagree (heikin-ashi, heiken-ashi, heikinAshi), and which spelling the server writes back in ohlc.event is not published."
				},
				{
					"name": "priceType",
					"flag": "priceType",
					"type": "string",
					"array": false,
					"typeText": "string",
					"required": false,
					"constraints": [],
					"description": "Which price the candles are built from; two clients send it, one with the values bid and ask.",
					"unconfirmed": "The parameter is sent by two third-party clients only (rousime/n8n-nodes-dzengi nodes/Dzengi/descriptions/MarketDescription.ts, MrOldOwl/api-dzengi-rs src/models/request/klines_request.rs) and its values (bid, ask?) are not documented."
				}
			],
			"example": [
				"--symbol",
				"ETH/BTC",
				"--interval",
				"1m",
				"--limit",
				"3"
			],
			"docs": "op-klines"
		},
		"ticker24hr": {
			"id": "ticker24hr",
			"kind": "request",
			"summary": "Read 24-hour price statistics.",
			"description": "Returns price change, range and volume over the last 24 hours for one symbol or, when\n`symbol` is omitted, for every symbol (a large and expensive answer). Some symbols report\nonly part of the fields.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": false,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}],
			"example": ["--symbol", "ETH/USD"],
			"docs": "op-ticker24hr"
		},
		"account": {
			"id": "account",
			"kind": "request",
			"summary": "Read the account and its balances.",
			"description": "Returns commissions, trading permissions and the balance of every asset of the account.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "showZeroBalance",
				"flag": "showZeroBalance",
				"type": "boolean",
				"array": false,
				"typeText": "boolean",
				"required": false,
				"default": false,
				"constraints": [],
				"description": "Also list assets whose balance is zero."
			}],
			"example": ["--showZeroBalance"],
			"docs": "op-account"
		},
		"leverageSettings": {
			"id": "leverageSettings",
			"kind": "request",
			"summary": "Read the leverages allowed for a leverage symbol.",
			"description": "Returns the leverages the account may choose for one leverage symbol and the one used by\ndefault. A symbol that is not a leverage symbol is refused with -1128.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": true,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}],
			"example": ["--symbol", "BTC/USD_LEVERAGE"],
			"docs": "op-leveragesettings"
		},
		"myTrades": {
			"id": "myTrades",
			"kind": "request",
			"summary": "List the account's trades in a symbol.",
			"description": "Returns the account's own executed trades in one symbol, optionally within a time window.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "symbol",
					"flag": "symbol",
					"type": "string",
					"array": false,
					"typeText": "string (Symbol)",
					"required": true,
					"constraints": ["pattern ^\\S(.*\\S)?$"],
					"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
					"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
				},
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"default": 500,
					"constraints": ["≥ 1", "≤ 1000"],
					"description": "How many trades at most."
				}
			],
			"example": [
				"--symbol",
				"DOGE/USD",
				"--limit",
				"5"
			],
			"docs": "op-mytrades"
		},
		"tradingFees": {
			"id": "tradingFees",
			"kind": "request",
			"summary": "List the trading fees and overnight rates.",
			"description": "Returns, per leverage symbol, the trading fee and the overnight (swap) rates for long and short positions.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-tradingfees",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"tradingLimits": {
			"id": "tradingLimits",
			"kind": "request",
			"summary": "List the order size limits per symbol.",
			"description": "Returns, per symbol, the smallest and largest order volume, the volume step and the price tick.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-tradinglimits",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"fundingLimits": {
			"id": "fundingLimits",
			"kind": "request",
			"summary": "List the withdrawal minimums.",
			"description": "Returns, per account currency and payment option, the smallest amount that may be withdrawn.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-fundinglimits",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"currencies": {
			"id": "currencies",
			"kind": "request",
			"summary": "List the currencies and their deposit and withdrawal terms.",
			"description": "Returns every currency with its precision, type, commissions and deposit and withdrawal limits.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [],
			"example": [],
			"docs": "op-currencies",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"depositAddress": {
			"id": "depositAddress",
			"kind": "request",
			"summary": "Read the deposit address for a coin.",
			"description": "Returns the blockchain address (and, where the coin needs one, the destination tag) to deposit a coin to the account.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "coin",
				"flag": "coin",
				"type": "string",
				"array": false,
				"typeText": "string",
				"required": true,
				"constraints": ["pattern ^\\S+$"],
				"description": "The coin to deposit, e.g. `BTC` or `ETH`."
			}],
			"example": ["--coin", "ETH"],
			"docs": "op-depositaddress",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"deposits": {
			"id": "deposits",
			"kind": "request",
			"summary": "List the account's deposits.",
			"description": "Returns the account's deposits, optionally within a time window.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "How many entries at most."
				}
			],
			"example": [
				"--startTime",
				"1643673600000",
				"--endTime",
				"1646092800000",
				"--limit",
				"50"
			],
			"docs": "op-deposits",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"withdrawals": {
			"id": "withdrawals",
			"kind": "request",
			"summary": "List the account's withdrawals.",
			"description": "Returns the account's withdrawals, optionally within a time window. Their amounts are negative.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "How many entries at most."
				}
			],
			"example": ["--limit", "10"],
			"docs": "op-withdrawals",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"transactions": {
			"id": "transactions",
			"kind": "request",
			"summary": "List the account's deposits and withdrawals.",
			"description": "Returns deposits and withdrawals together, optionally within a time window.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "How many entries at most."
				}
			],
			"example": ["--startTime", "1645400000000"],
			"docs": "op-transactions",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"ledger": {
			"id": "ledger",
			"kind": "request",
			"summary": "List every balance movement of the account.",
			"description": "Returns all balance changes (deposits, withdrawals, commissions and other entries) with the\nbalance after each, optionally within a time window.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "startTime",
					"flag": "startTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (StartTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "endTime",
					"flag": "endTime",
					"type": "integer",
					"array": false,
					"typeText": "integer (EndTime)",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only entries at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "How many entries at most."
				}
			],
			"example": [
				"--startTime",
				"1645460000000",
				"--endTime",
				"1645461000000",
				"--limit",
				"100"
			],
			"docs": "op-ledger",
			"unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
		},
		"createOrder": {
			"id": "createOrder",
			"kind": "request",
			"summary": "Place an order.",
			"description": "Places a LIMIT, MARKET or STOP order (STOP for leverage symbols only). Leverage orders also\nneed the `accountId` of a balance from `account` and may carry a leverage, take-profit and\nstop-loss levels. Quantity with more decimals than the symbol allows is rounded down, price\nrounded up. The reply is the order as accepted (`RESULT`) or, for exchange MARKET orders by\ndefault, with its fills (`FULL`). An order is never sent twice: when its outcome is\nunknown, look it up with `openOrders` or `myTrades` instead of retrying.",
			"signed": true,
			"idempotent": false,
			"weight": 1,
			"rateLimits": ["orders, 10 per 1000 ms", "ordersDaily, 864000 per 86400000 ms"],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "symbol",
					"flag": "symbol",
					"type": "string",
					"array": false,
					"typeText": "string (Symbol)",
					"required": true,
					"constraints": ["pattern ^\\S(.*\\S)?$"],
					"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
					"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
				},
				{
					"name": "side",
					"flag": "side",
					"type": "string",
					"array": false,
					"typeText": "OrderSide",
					"required": true,
					"enum": ["BUY", "SELL"],
					"aliases": {
						"buy": "BUY",
						"sell": "SELL"
					},
					"constraints": [],
					"description": "The side of an order. The official example (Currencycom/openApiExamples api_ws/intro.js)\nsends `buy` in lower case; no reply to it was published, so whether the server accepts\nlower case is not known. The client reads lower case as BUY or SELL and always sends upper\ncase."
				},
				{
					"name": "type",
					"flag": "type",
					"type": "string",
					"array": false,
					"typeText": "OrderType",
					"required": true,
					"enum": [
						"LIMIT",
						"MARKET",
						"STOP"
					],
					"constraints": [],
					"description": "The type of an order. STOP is for leverage symbols only. The Swagger model also lists the\nBinance values LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT,\nwhich the server does not accept."
				},
				{
					"name": "quantity",
					"flag": "quantity",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": true,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "price",
					"flag": "price",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "The limit price (LIMIT) or the trigger price (STOP); required for both."
				},
				{
					"name": "timeInForce",
					"flag": "timeInForce",
					"type": "string",
					"array": false,
					"typeText": "TimeInForce",
					"required": false,
					"enum": [
						"GTC",
						"IOC",
						"FOK"
					],
					"constraints": [],
					"description": "How long an order stays open. GTC until cancelled, IOC fills what it can at once and cancels the rest, FOK fills completely at once or not at all (exchange MARKET orders come back as FOK)."
				},
				{
					"name": "newOrderRespType",
					"flag": "newOrderRespType",
					"type": "string",
					"array": false,
					"typeText": "NewOrderRespType",
					"required": false,
					"enum": ["RESULT", "FULL"],
					"constraints": [],
					"description": "How much the reply to a new order tells. RESULT is the order; FULL adds its fills. MARKET orders default to FULL; LIMIT and all leverage orders answer RESULT only."
				},
				{
					"name": "accountId",
					"flag": "accountId",
					"type": "string",
					"array": false,
					"typeText": "integer | string (RequestInt64Id)",
					"required": false,
					"constraints": ["pattern ^[0-9]+$"],
					"description": "A 64-bit integer id given as a JSON integer or as a string of digits; give ids beyond 2^53 as strings so they keep their exact value."
				},
				{
					"name": "leverage",
					"flag": "leverage",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "The leverage, one of those leverageSettings allows for the symbol."
				},
				{
					"name": "takeProfit",
					"flag": "takeProfit",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopLoss",
					"flag": "stopLoss",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "guaranteedStopLoss",
					"flag": "guaranteedStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss guaranteed (filled at its price regardless of gaps)."
				},
				{
					"name": "trailingStopLoss",
					"flag": "trailingStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss trail the price at `stopDistance`."
				},
				{
					"name": "profitDistance",
					"flag": "profitDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopDistance",
					"flag": "stopDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "expireTimestamp",
					"flag": "expireTimestamp",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "When a resting order expires, in milliseconds since the epoch; for leverage orders and exchange LIMIT orders."
				}
			],
			"example": [
				"--symbol",
				"ETH/USD",
				"--side",
				"BUY",
				"--type",
				"LIMIT",
				"--timeInForce",
				"GTC",
				"--quantity",
				"0.01",
				"--price",
				"140"
			],
			"docs": "op-createorder",
			"unconfirmed": "The Swagger create-order model has no timeInForce, yet the official example and ccxt send GTC; whether LIMIT orders need it is unknown. Sources: the Swagger create-order model as transcribed in MrOldOwl/api-dzengi-rs src/models/create_order_request.rs (no timeInForce), Currencycom/openApiExamples api_ws/intro.js and ccxt ts/src/currencycom.ts (both send GTC)."
		},
		"cancelOrder": {
			"id": "cancelOrder",
			"kind": "request",
			"summary": "Cancel a resting order.",
			"description": "Cancels an open order. Only LIMIT orders can be cancelled; an unknown order is refused with\n-2011. The reply is the order in its cancelled state.",
			"signed": true,
			"idempotent": false,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": true,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}, {
				"name": "orderId",
				"flag": "orderId",
				"type": "string",
				"array": false,
				"typeText": "string (OrderId)",
				"required": true,
				"constraints": ["pattern ^\\S+$"],
				"description": "An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`."
			}],
			"example": [
				"--symbol",
				"ETH/USD",
				"--orderId",
				"00a02503-0079-54c4-0000-00004020163c"
			],
			"docs": "op-cancelorder"
		},
		"openOrders": {
			"id": "openOrders",
			"kind": "request",
			"summary": "List the open orders.",
			"description": "Returns the account's orders that are still open, in one symbol or, when `symbol` is\nomitted, in all symbols (costly). Limited to 5 requests per second.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": ["openOrders, 5 per 1000 ms"],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": false,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}, {
				"name": "limit",
				"flag": "limit",
				"type": "integer",
				"array": false,
				"typeText": "integer",
				"required": false,
				"constraints": ["≥ 1"],
				"description": "How many orders at most. Only the 2020 official example (Currencycom/openApiExamples api_ws/intro.js) sends it.",
				"unconfirmed": "No source documents this parameter; the November 2020 changelog (currency.com/general-websocket-api-information) says unnecessary parameters were removed from the examples, and the server may refuse it as unread (-1104)."
			}],
			"example": ["--symbol", "DOGE/USD"],
			"docs": "op-openorders"
		},
		"fetchOrder": {
			"id": "fetchOrder",
			"kind": "request",
			"summary": "Read one order.",
			"description": "Returns one order of the account, open or not, with its execution price and quantity and,\nfor rejected orders, the reason. Served by API v2 only; an unknown order is refused with\n-2013.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v2"],
			"params": [{
				"name": "symbol",
				"flag": "symbol",
				"type": "string",
				"array": false,
				"typeText": "string (Symbol)",
				"required": true,
				"constraints": ["pattern ^\\S(.*\\S)?$"],
				"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
				"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
			}, {
				"name": "orderId",
				"flag": "orderId",
				"type": "string",
				"array": false,
				"typeText": "string (OrderId)",
				"required": true,
				"constraints": ["pattern ^\\S+$"],
				"description": "An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`."
			}],
			"example": [
				"--symbol",
				"XRP/USD_LEVERAGE",
				"--orderId",
				"00a18490-0079-54c4-0000-0000803e73d2"
			],
			"docs": "op-fetchorder",
			"unconfirmed": "Known from REST (GET /api/v2/fetchOrder) and the Swagger models only; the WebSocket destination name is a guess from the REST path and might differ (the create and cancel destinations differ from their REST paths)."
		},
		"updateTradingOrder": {
			"id": "updateTradingOrder",
			"kind": "request",
			"summary": "Change a resting leverage order.",
			"description": "Changes the price, take-profit, stop-loss, trailing and expiry settings of a leverage order\nthat has not been filled. The change is queued: the reply carries the request id and its\nstate.",
			"signed": true,
			"idempotent": false,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "orderId",
					"flag": "orderId",
					"type": "string",
					"array": false,
					"typeText": "string (OrderId)",
					"required": true,
					"constraints": ["pattern ^\\S+$"],
					"description": "An order id as the server assigns it, a UUID-like string such as `00a02503-0079-54c4-0000-00004020163c`."
				},
				{
					"name": "newPrice",
					"flag": "newPrice",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "takeProfit",
					"flag": "takeProfit",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopLoss",
					"flag": "stopLoss",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "guaranteedStopLoss",
					"flag": "guaranteedStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss guaranteed."
				},
				{
					"name": "trailingStopLoss",
					"flag": "trailingStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss trail the price at `stopDistance`."
				},
				{
					"name": "profitDistance",
					"flag": "profitDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopDistance",
					"flag": "stopDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "expireTimestamp",
					"flag": "expireTimestamp",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "When the order expires, in milliseconds since the epoch."
				},
				{
					"name": "type",
					"flag": "type",
					"type": "string",
					"array": false,
					"typeText": "OrderType",
					"required": false,
					"enum": [
						"LIMIT",
						"MARKET",
						"STOP"
					],
					"constraints": [],
					"description": "The order's type. Only the 2020 official example (Currencycom/openApiExamples api_ws/intro.js) sends it (LIMIT).",
					"unconfirmed": "No source documents this parameter; the November 2020 changelog (currency.com/general-websocket-api-information) says unnecessary parameters were removed from the examples, and the server may refuse it as unread (-1104)."
				}
			],
			"example": [
				"--orderId",
				"00a02503-0079-54c4-0000-00004020163c",
				"--newPrice",
				"7050.5",
				"--takeProfit",
				"11000",
				"--stopLoss",
				"5000"
			],
			"docs": "op-updatetradingorder"
		},
		"tradingPositions": {
			"id": "tradingPositions",
			"kind": "request",
			"summary": "List the leverage positions.",
			"description": "Returns the account's leverage positions with their quantities, prices, margin, profit and loss, fees and protection levels.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "limit",
				"flag": "limit",
				"type": "integer",
				"array": false,
				"typeText": "integer",
				"required": false,
				"constraints": ["≥ 1"],
				"description": "How many positions at most. Only the 2020 official example (Currencycom/openApiExamples api_ws/intro.js) sends it.",
				"unconfirmed": "No source documents this parameter; the November 2020 changelog (currency.com/general-websocket-api-information) says unnecessary parameters were removed from the examples, and the server may refuse it as unread (-1104)."
			}],
			"example": [],
			"docs": "op-tradingpositions"
		},
		"tradingPositionsHistory": {
			"id": "tradingPositionsHistory",
			"kind": "request",
			"summary": "List the history of leverage positions.",
			"description": "Returns the execution reports of leverage positions (opened, modified, closed, swaps,\ndividends), optionally for one symbol and within a time window. Added in July 2021.",
			"signed": true,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "symbol",
					"flag": "symbol",
					"type": "string",
					"array": false,
					"typeText": "string (Symbol)",
					"required": false,
					"constraints": ["pattern ^\\S(.*\\S)?$"],
					"description": "An instrument symbol exactly as exchangeInfo lists it, e.g. `BTC/USD`, `BTC/USD_LEVERAGE`,\n`TXN` or `Oil - Brent.`. On the WebSocket API a symbol travels raw inside the JSON and is\nsigned raw, as the official examples (Currencycom/openApiExamples api_ws/intro.js) and\nccxt (ts/src/pro/currencycom.ts) send it. The official API page also writes leverage\nsymbols URL-encoded (`BTC%2FUSD_LEVERAGE`): that is the REST query-string form.",
					"unconfirmed": "Whether the WebSocket API also accepts a URL-encoded symbol is not published; the raw form is the one every WebSocket client sends."
				},
				{
					"name": "from",
					"flag": "from",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only reports at or after this time, in milliseconds since the epoch."
				},
				{
					"name": "to",
					"flag": "to",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 0"],
					"description": "Only reports at or before this time, in milliseconds since the epoch."
				},
				{
					"name": "limit",
					"flag": "limit",
					"type": "integer",
					"array": false,
					"typeText": "integer",
					"required": false,
					"constraints": ["≥ 1"],
					"description": "How many reports at most."
				}
			],
			"example": [
				"--symbol",
				"XRP/USD_LEVERAGE",
				"--from",
				"1645401600000",
				"--to",
				"1645488000000",
				"--limit",
				"20"
			],
			"docs": "op-tradingpositionshistory"
		},
		"updateTradingPosition": {
			"id": "updateTradingPosition",
			"kind": "request",
			"summary": "Change the protection of a leverage position.",
			"description": "Sets or changes the take-profit, stop-loss and trailing settings of an open leverage\nposition. The change is queued: the reply carries the request id and its state.",
			"signed": true,
			"idempotent": false,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [
				{
					"name": "positionId",
					"flag": "positionId",
					"type": "string",
					"array": false,
					"typeText": "string (PositionId)",
					"required": true,
					"constraints": ["pattern ^\\S+$"],
					"description": "A leverage position id as the server assigns it, a UUID-like string."
				},
				{
					"name": "takeProfit",
					"flag": "takeProfit",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopLoss",
					"flag": "stopLoss",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "guaranteedStopLoss",
					"flag": "guaranteedStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss guaranteed."
				},
				{
					"name": "trailingStopLoss",
					"flag": "trailingStopLoss",
					"type": "boolean",
					"array": false,
					"typeText": "boolean",
					"required": false,
					"constraints": [],
					"description": "Make the stop-loss trail the price at `stopDistance`."
				},
				{
					"name": "profitDistance",
					"flag": "profitDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				},
				{
					"name": "stopDistance",
					"flag": "stopDistance",
					"type": "string",
					"array": false,
					"typeText": "number | string (RequestDecimal)",
					"required": false,
					"constraints": ["pattern ^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"],
					"description": "A decimal number given as a JSON number or as a string of plain decimal digits; strings go on the wire (and into the signature) unchanged."
				}
			],
			"example": [
				"--positionId",
				"00a02503-0079-54c4-0000-00004067006b",
				"--takeProfit",
				"7400",
				"--stopLoss",
				"6500"
			],
			"docs": "op-updatetradingposition"
		},
		"closeTradingPosition": {
			"id": "closeTradingPosition",
			"kind": "request",
			"summary": "Close a leverage position.",
			"description": "Closes an open leverage position at market. The reply lists the requests the close\ncreated, with their state.",
			"signed": true,
			"idempotent": false,
			"weight": 1,
			"rateLimits": [],
			"versions": ["v1", "v2"],
			"params": [{
				"name": "positionId",
				"flag": "positionId",
				"type": "string",
				"array": false,
				"typeText": "string (PositionId)",
				"required": true,
				"constraints": ["pattern ^\\S+$"],
				"description": "A leverage position id as the server assigns it, a UUID-like string."
			}],
			"example": ["--positionId", "00a02503-0079-54c4-0000-00004067006b"],
			"docs": "op-closetradingposition"
		},
		"subscribeMarketData": {
			"id": "subscribeMarketData",
			"kind": "subscribe",
			"summary": "Subscribe to best bid and ask quotes.",
			"description": "Starts `internal.quote` events for each of the symbols. Quotes are pushed as they change; no update frequency is promised.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": [],
			"params": [{
				"name": "symbols",
				"flag": "symbols",
				"type": "string",
				"array": true,
				"typeText": "string[]",
				"required": true,
				"constraints": ["items ≥ 1", "pattern ^\\S(.*\\S)?$"],
				"description": "The symbols to receive events for."
			}],
			"example": ["--symbols", "BTC/USD,Oil - Crude."],
			"docs": "op-subscribemarketdata",
			"unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe."
		},
		"subscribeDepthMarketData": {
			"id": "subscribeDepthMarketData",
			"kind": "subscribe",
			"summary": "Subscribe to order book snapshots.",
			"description": "Starts `marketdepth.event` events for each of the symbols. Every event is a complete\nsnapshot of the visible book of one symbol and replaces the previous one.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": [],
			"params": [{
				"name": "symbols",
				"flag": "symbols",
				"type": "string",
				"array": true,
				"typeText": "string[]",
				"required": true,
				"constraints": ["items ≥ 1", "pattern ^\\S(.*\\S)?$"],
				"description": "The symbols to receive events for."
			}],
			"example": ["--symbols", "BTC/USD,LTC/USD,BTC/USD_LEVERAGE,Natural Gas,Oil - Crude."],
			"docs": "op-subscribedepthmarketdata",
			"unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe."
		},
		"subscribeOHLCMarketData": {
			"id": "subscribeOHLCMarketData",
			"kind": "subscribe",
			"summary": "Subscribe to candles.",
			"description": "Starts `ohlc.event` events for each combination of symbol and interval, with classic or\nHeikin-Ashi candles. The current candle is sent again as it updates; candles carry no\nvolume.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": [],
			"params": [
				{
					"name": "symbols",
					"flag": "symbols",
					"type": "string",
					"array": true,
					"typeText": "string[]",
					"required": true,
					"constraints": ["items ≥ 1", "pattern ^\\S(.*\\S)?$"],
					"description": "The symbols to receive candles for."
				},
				{
					"name": "intervals",
					"flag": "intervals",
					"type": "string",
					"array": true,
					"typeText": "OhlcInterval[]",
					"required": false,
					"default": ["1m"],
					"enum": [
						"1m",
						"5m",
						"15m",
						"30m",
						"1h",
						"4h",
						"1d",
						"1w"
					],
					"aliases": {
						"M1": "1m",
						"M5": "5m",
						"M15": "15m",
						"M30": "30m",
						"H1": "1h",
						"H4": "4h",
						"D1": "1d",
						"W1": "1w"
					},
					"constraints": ["items ≥ 1"],
					"description": "The candle lengths to receive, each for every symbol; one minute when omitted."
				},
				{
					"name": "type",
					"flag": "type",
					"type": "string",
					"array": false,
					"typeText": "CandleType",
					"required": false,
					"default": "classic",
					"enum": ["classic", "heikin-ashi"],
					"aliases": {
						"heiken-ashi": "heikin-ashi",
						"heikinAshi": "heikin-ashi"
					},
					"constraints": [],
					"description": "The kind of candle, classic (the default) or Heikin-Ashi. `heikin-ashi` is canonical;\n`heiken-ashi` (a Swagger transcription, and the official page's \"Heiken-Ashi\") and\n`heikinAshi` (rousime/n8n-nodes-dzengi) are read as it and, given in a request, sent as\nit.",
					"unconfirmed": "The spelling heikin-ashi is the one of the Swagger OHLC subscription description and of the sister platform (capital.com/api-websocket); for klines the sources disagree (heikin-ashi, heiken-ashi, heikinAshi), and which spelling the server writes back in ohlc.event is not published."
				}
			],
			"example": [
				"--symbols",
				"BTC/USD_LEVERAGE",
				"--intervals",
				"1m"
			],
			"docs": "op-subscribeohlcmarketdata",
			"unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe."
		},
		"subscribeTrades": {
			"id": "subscribeTrades",
			"kind": "subscribe",
			"summary": "Subscribe to public trades.",
			"description": "Starts `internal.trade` events, one per trade in each of the symbols.",
			"signed": false,
			"idempotent": true,
			"weight": 1,
			"rateLimits": [],
			"versions": [],
			"params": [{
				"name": "symbols",
				"flag": "symbols",
				"type": "string",
				"array": true,
				"typeText": "string[]",
				"required": true,
				"constraints": ["items ≥ 1", "pattern ^\\S(.*\\S)?$"],
				"description": "The symbols to receive events for."
			}],
			"example": ["--symbols", "BTC/USD"],
			"docs": "op-subscribetrades",
			"unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe."
		}
	},
	"servers": [
		{
			"name": "production",
			"url": "wss://api-adapter.dzengi.com/connect",
			"title": "Production (dzengi.com)"
		},
		{
			"name": "demo",
			"url": "wss://demo-api-adapter.dzengi.com/connect",
			"title": "Demo (dzengi.com)"
		},
		{
			"name": "currencyComProduction",
			"url": "wss://api-adapter.backend.currency.com/connect",
			"title": "Legacy production (currency.com)"
		},
		{
			"name": "currencyComDemo",
			"url": "wss://demo-api-adapter.backend.currency.com/connect",
			"title": "Legacy demo (currency.com)"
		}
	],
	"defaultServer": "production",
	"versions": ["v1", "v2"],
	"defaultVersion": "v2",
	"docsPage": "docs/operations.md"
};
//# sourceMappingURL=cli-spec.js.map