// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { ProtocolSpec } from './runtime/spec.js';
import type { CodecRules } from './codec/codec.js';

/** Everything the runtime knows about the API, read from the document. */
export const spec: ProtocolSpec = {
  "title": "Currency.com (Dzengi.com) WebSocket API",
  "versionParameter": "version",
  "versions": [
    "v1",
    "v2"
  ],
  "defaultVersion": "v2",
  "defaultServer": "production",
  "servers": {
    "production": {
      "name": "production",
      "url": "wss://api-adapter.dzengi.com/connect",
      "title": "Production (dzengi.com)",
      "versions": [
        "v1",
        "v2"
      ]
    },
    "demo": {
      "name": "demo",
      "url": "wss://demo-api-adapter.dzengi.com/connect",
      "title": "Demo (dzengi.com)",
      "versions": [
        "v1"
      ]
    },
    "currencyComProduction": {
      "name": "currencyComProduction",
      "url": "wss://api-adapter.backend.currency.com/connect",
      "title": "Legacy production (currency.com)",
      "versions": [
        "v1",
        "v2"
      ]
    },
    "currencyComDemo": {
      "name": "currencyComDemo",
      "url": "wss://demo-api-adapter.backend.currency.com/connect",
      "title": "Legacy demo (currency.com)",
      "versions": [
        "v1"
      ]
    }
  },
  "envelope": {
    "destinationField": "destination",
    "correlationIdField": "correlationId",
    "payloadField": "payload",
    "statusField": "status",
    "okStatus": "OK",
    "errorCodeField": "code",
    "errorTextField": "msg",
    "errorNameField": "errorCode",
    "failureFields": [
      [
        "errorCode"
      ],
      [
        "code",
        "msg"
      ]
    ]
  },
  "heartbeat": {
    "operation": "ping",
    "serverTimeoutMs": 30000,
    "clientIntervalMs": 20000,
    "deadAfterMs": 45000
  },
  "signing": {
    "keyField": "apiKey",
    "timestampField": "timestamp",
    "recvWindowField": "recvWindow",
    "signatureField": "signature"
  },
  "rateLimits": [
    {
      "id": "requestWeight",
      "appliesTo": "all",
      "limit": 1200,
      "intervalMs": 60000,
      "description": "Every request counts its weight against 1200 per minute (exchangeInfo rateLimits REQUEST_WEIGHT)."
    },
    {
      "id": "orders",
      "appliesTo": "listed",
      "limit": 10,
      "intervalMs": 1000,
      "description": "New orders, at most 10 per second (exchangeInfo rateLimits ORDERS)."
    },
    {
      "id": "ordersDaily",
      "appliesTo": "listed",
      "limit": 864000,
      "intervalMs": 86400000,
      "description": "New orders, at most 864000 per day (exchangeInfo rateLimits ORDERS)."
    },
    {
      "id": "openOrders",
      "appliesTo": "listed",
      "limit": 5,
      "intervalMs": 1000,
      "description": "The open-orders query, at most 5 per second (changelog, December 2020)."
    }
  ],
  "operations": {
    "ping": {
      "id": "ping",
      "kind": "heartbeat",
      "summary": "Keep the connection alive.",
      "destinations": {
        "": "ping"
      },
      "address": "ping",
      "signed": false,
      "idempotent": true,
      "weight": 0,
      "rateLimits": [],
      "unconfirmed": "The reply shape is documented for the sister platform (Capital.com) and consistent with ccxt; not published for currency.com."
    },
    "time": {
      "id": "time",
      "kind": "request",
      "summary": "Read the server clock.",
      "destinations": {
        "v1": "/api/v1/time",
        "v2": "/api/v2/time"
      },
      "address": "/api/{version}/time",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Exists on REST (GET /api/v1/time); no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "exchangeInfo": {
      "id": "exchangeInfo",
      "kind": "request",
      "summary": "List the instruments and the trading rules.",
      "destinations": {
        "v1": "/api/v1/exchangeInfo",
        "v2": "/api/v2/exchangeInfo"
      },
      "address": "/api/{version}/exchangeInfo",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": []
    },
    "depth": {
      "id": "depth",
      "kind": "request",
      "summary": "Read the order book of a symbol.",
      "destinations": {
        "v1": "/api/v1/depth",
        "v2": "/api/v2/depth"
      },
      "address": "/api/{version}/depth",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "defaults": {
        "limit": 100
      }
    },
    "aggTrades": {
      "id": "aggTrades",
      "kind": "request",
      "summary": "Read recent aggregated trades of a symbol.",
      "destinations": {
        "v1": "/api/v1/aggTrades",
        "v2": "/api/v2/aggTrades"
      },
      "address": "/api/{version}/aggTrades",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "defaults": {
        "limit": 500
      },
      "timeWindow": {
        "from": "startTime",
        "to": "endTime",
        "maxMs": 3600000
      }
    },
    "klines": {
      "id": "klines",
      "kind": "request",
      "summary": "Read candles of a symbol.",
      "destinations": {
        "v1": "/api/v1/klines",
        "v2": "/api/v2/klines"
      },
      "address": "/api/{version}/klines",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "defaults": {
        "limit": 500,
        "type": "classic"
      }
    },
    "ticker24hr": {
      "id": "ticker24hr",
      "kind": "request",
      "summary": "Read 24-hour price statistics.",
      "destinations": {
        "v1": "/api/v1/ticker/24hr",
        "v2": "/api/v2/ticker/24hr"
      },
      "address": "/api/{version}/ticker/24hr",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": []
    },
    "account": {
      "id": "account",
      "kind": "request",
      "summary": "Read the account and its balances.",
      "destinations": {
        "v1": "/api/v1/account",
        "v2": "/api/v2/account"
      },
      "address": "/api/{version}/account",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "defaults": {
        "showZeroBalance": false
      }
    },
    "leverageSettings": {
      "id": "leverageSettings",
      "kind": "request",
      "summary": "Read the leverages allowed for a leverage symbol.",
      "destinations": {
        "v1": "/api/v1/leverageSettings",
        "v2": "/api/v2/leverageSettings"
      },
      "address": "/api/{version}/leverageSettings",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": []
    },
    "myTrades": {
      "id": "myTrades",
      "kind": "request",
      "summary": "List the account's trades in a symbol.",
      "destinations": {
        "v1": "/api/v1/myTrades",
        "v2": "/api/v2/myTrades"
      },
      "address": "/api/{version}/myTrades",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "defaults": {
        "limit": 500
      }
    },
    "tradingFees": {
      "id": "tradingFees",
      "kind": "request",
      "summary": "List the trading fees and overnight rates.",
      "destinations": {
        "v1": "/api/v1/tradingFees",
        "v2": "/api/v2/tradingFees"
      },
      "address": "/api/{version}/tradingFees",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "tradingLimits": {
      "id": "tradingLimits",
      "kind": "request",
      "summary": "List the order size limits per symbol.",
      "destinations": {
        "v1": "/api/v1/tradingLimits",
        "v2": "/api/v2/tradingLimits"
      },
      "address": "/api/{version}/tradingLimits",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "fundingLimits": {
      "id": "fundingLimits",
      "kind": "request",
      "summary": "List the withdrawal minimums.",
      "destinations": {
        "v1": "/api/v1/fundingLimits",
        "v2": "/api/v2/fundingLimits"
      },
      "address": "/api/{version}/fundingLimits",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "currencies": {
      "id": "currencies",
      "kind": "request",
      "summary": "List the currencies and their deposit and withdrawal terms.",
      "destinations": {
        "v1": "/api/v1/currencies",
        "v2": "/api/v2/currencies"
      },
      "address": "/api/{version}/currencies",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "depositAddress": {
      "id": "depositAddress",
      "kind": "request",
      "summary": "Read the deposit address for a coin.",
      "destinations": {
        "v1": "/api/v1/depositAddress",
        "v2": "/api/v2/depositAddress"
      },
      "address": "/api/{version}/depositAddress",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "deposits": {
      "id": "deposits",
      "kind": "request",
      "summary": "List the account's deposits.",
      "destinations": {
        "v1": "/api/v1/deposits",
        "v2": "/api/v2/deposits"
      },
      "address": "/api/{version}/deposits",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "withdrawals": {
      "id": "withdrawals",
      "kind": "request",
      "summary": "List the account's withdrawals.",
      "destinations": {
        "v1": "/api/v1/withdrawals",
        "v2": "/api/v2/withdrawals"
      },
      "address": "/api/{version}/withdrawals",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "transactions": {
      "id": "transactions",
      "kind": "request",
      "summary": "List the account's deposits and withdrawals.",
      "destinations": {
        "v1": "/api/v1/transactions",
        "v2": "/api/v2/transactions"
      },
      "address": "/api/{version}/transactions",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "ledger": {
      "id": "ledger",
      "kind": "request",
      "summary": "List every balance movement of the account.",
      "destinations": {
        "v1": "/api/v1/ledger",
        "v2": "/api/v2/ledger"
      },
      "address": "/api/{version}/ledger",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST and the Swagger models of apitradedoc.currency.com (now apitradedoc.dzengi.com), as transcribed in MrOldOwl/api-dzengi-rs src/models only; no WebSocket client was seen using this destination (not in Currencycom/openApiExamples api_ws/intro.js nor ccxt ts/src/pro/currencycom.ts)."
    },
    "createOrder": {
      "id": "createOrder",
      "kind": "request",
      "summary": "Place an order.",
      "destinations": {
        "v1": "/api/v1/order/create",
        "v2": "/api/v2/order/create"
      },
      "address": "/api/{version}/order/create",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": [
        "orders",
        "ordersDaily"
      ],
      "unconfirmed": "The Swagger create-order model has no timeInForce, yet the official example and ccxt send GTC; whether LIMIT orders need it is unknown. Sources: the Swagger create-order model as transcribed in MrOldOwl/api-dzengi-rs src/models/create_order_request.rs (no timeInForce), Currencycom/openApiExamples api_ws/intro.js and ccxt ts/src/currencycom.ts (both send GTC)."
    },
    "cancelOrder": {
      "id": "cancelOrder",
      "kind": "request",
      "summary": "Cancel a resting order.",
      "destinations": {
        "v1": "/api/v1/order/cancel",
        "v2": "/api/v2/order/cancel"
      },
      "address": "/api/{version}/order/cancel",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": []
    },
    "openOrders": {
      "id": "openOrders",
      "kind": "request",
      "summary": "List the open orders.",
      "destinations": {
        "v1": "/api/v1/openOrders",
        "v2": "/api/v2/openOrders"
      },
      "address": "/api/{version}/openOrders",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [
        "openOrders"
      ]
    },
    "fetchOrder": {
      "id": "fetchOrder",
      "kind": "request",
      "summary": "Read one order.",
      "destinations": {
        "v2": "/api/v2/fetchOrder"
      },
      "address": "/api/{version}/fetchOrder",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "Known from REST (GET /api/v2/fetchOrder) and the Swagger models only; the WebSocket destination name is a guess from the REST path and might differ (the create and cancel destinations differ from their REST paths)."
    },
    "updateTradingOrder": {
      "id": "updateTradingOrder",
      "kind": "request",
      "summary": "Change a resting leverage order.",
      "destinations": {
        "v1": "/api/v1/updateTradingOrder",
        "v2": "/api/v2/updateTradingOrder"
      },
      "address": "/api/{version}/updateTradingOrder",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": []
    },
    "tradingPositions": {
      "id": "tradingPositions",
      "kind": "request",
      "summary": "List the leverage positions.",
      "destinations": {
        "v1": "/api/v1/tradingPositions",
        "v2": "/api/v2/tradingPositions"
      },
      "address": "/api/{version}/tradingPositions",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": []
    },
    "tradingPositionsHistory": {
      "id": "tradingPositionsHistory",
      "kind": "request",
      "summary": "List the history of leverage positions.",
      "destinations": {
        "v1": "/api/v1/tradingPositionsHistory",
        "v2": "/api/v2/tradingPositionsHistory"
      },
      "address": "/api/{version}/tradingPositionsHistory",
      "signed": true,
      "idempotent": true,
      "weight": 1,
      "rateLimits": []
    },
    "updateTradingPosition": {
      "id": "updateTradingPosition",
      "kind": "request",
      "summary": "Change the protection of a leverage position.",
      "destinations": {
        "v1": "/api/v1/updateTradingPosition",
        "v2": "/api/v2/updateTradingPosition"
      },
      "address": "/api/{version}/updateTradingPosition",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": []
    },
    "closeTradingPosition": {
      "id": "closeTradingPosition",
      "kind": "request",
      "summary": "Close a leverage position.",
      "destinations": {
        "v1": "/api/v1/closeTradingPosition",
        "v2": "/api/v2/closeTradingPosition"
      },
      "address": "/api/{version}/closeTradingPosition",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": []
    },
    "subscribeMarketData": {
      "id": "subscribeMarketData",
      "kind": "subscribe",
      "summary": "Subscribe to best bid and ask quotes.",
      "destinations": {
        "": "marketData.subscribe"
      },
      "address": "marketData.subscribe",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.",
      "subscriptionStatus": {
        "field": "subscriptions",
        "accepted": [
          "PROCESSED"
        ]
      },
      "stream": {
        "eventDestination": "internal.quote",
        "eventOperation": "onQuote",
        "events": "state",
        "match": [
          {
            "param": "symbols",
            "field": "symbolName"
          }
        ]
      }
    },
    "subscribeDepthMarketData": {
      "id": "subscribeDepthMarketData",
      "kind": "subscribe",
      "summary": "Subscribe to order book snapshots.",
      "destinations": {
        "": "depthMarketData.subscribe"
      },
      "address": "depthMarketData.subscribe",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.",
      "subscriptionStatus": {
        "field": "subscriptions",
        "accepted": [
          "PROCESSED"
        ]
      },
      "stream": {
        "eventDestination": "marketdepth.event",
        "eventOperation": "onDepth",
        "events": "state",
        "match": [
          {
            "param": "symbols",
            "field": "symbol"
          }
        ]
      }
    },
    "subscribeOHLCMarketData": {
      "id": "subscribeOHLCMarketData",
      "kind": "subscribe",
      "summary": "Subscribe to candles.",
      "destinations": {
        "": "OHLCMarketData.subscribe"
      },
      "address": "OHLCMarketData.subscribe",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.",
      "subscriptionStatus": {
        "field": "subscriptions",
        "accepted": [
          "PROCESSED"
        ]
      },
      "defaults": {
        "intervals": [
          "1m"
        ],
        "type": "classic"
      },
      "stream": {
        "eventDestination": "ohlc.event",
        "eventOperation": "onOHLC",
        "events": "state",
        "match": [
          {
            "param": "symbols",
            "field": "symbol"
          },
          {
            "param": "intervals",
            "field": "interval",
            "default": [
              "1m"
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
            }
          },
          {
            "param": "type",
            "field": "type",
            "default": "classic",
            "aliases": {
              "heiken-ashi": "heikin-ashi",
              "heikinAshi": "heikin-ashi"
            }
          }
        ]
      }
    },
    "subscribeTrades": {
      "id": "subscribeTrades",
      "kind": "subscribe",
      "summary": "Subscribe to public trades.",
      "destinations": {
        "": "trades.subscribe"
      },
      "address": "trades.subscribe",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols: the official examples (Currencycom/openApiExamples api_ws/intro.js) and ccxt (ts/src/pro/currencycom.ts) only ever subscribe.",
      "subscriptionStatus": {
        "field": "subscriptions",
        "accepted": [
          "PROCESSED"
        ]
      },
      "stream": {
        "eventDestination": "internal.trade",
        "eventOperation": "onTrade",
        "events": "facts",
        "match": [
          {
            "param": "symbols",
            "field": "symbol"
          }
        ]
      }
    }
  },
  "errorCodes": {
    "-1000": "UNKNOWN",
    "-1013": "INVALID_ORDER_VALUE",
    "-1021": "INVALID_TIMESTAMP",
    "-1022": "INVALID_SIGNATURE",
    "-1025": "INVALID_API_KEY_PERMISSIONS",
    "-1030": "INVALID_PRICE",
    "-1100": "ILLEGAL_CHARS",
    "-1104": "UNREAD_PARAMETERS",
    "-1121": "INVALID_SYMBOL",
    "-1128": "INVALID_PARAMETER_COMBINATION",
    "-2010": "NEW_ORDER_REJECTED",
    "-2011": "UNKNOWN_ORDER",
    "-2013": "NO_SUCH_ORDER",
    "-2014": "BAD_API_KEY_FORMAT",
    "-2015": "REJECTED_API_KEY"
  }
};

/** The signing rule and the tolerance rules of every message, read from the document. */
export const rules: CodecRules = {
  canonical: {
    "assign": "=",
    "separator": "&",
    "exclude": [
      "signature"
    ]
  },
  // Each signed operation's canonical string, its field order fixed by the generator (the
  // request schema allows no other field: anything else fails validation before sending).
  canonicalisers: {
    account: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["showZeroBalance"] !== undefined) s += (s === '' ? "showZeroBalance=" : "&showZeroBalance=") + String(p["showZeroBalance"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    leverageSettings: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    myTrades: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["endTime"] !== undefined) s += (s === '' ? "endTime=" : "&endTime=") + String(p["endTime"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["startTime"] !== undefined) s += (s === '' ? "startTime=" : "&startTime=") + String(p["startTime"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    tradingFees: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    tradingLimits: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    fundingLimits: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    currencies: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    depositAddress: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["coin"] !== undefined) s += (s === '' ? "coin=" : "&coin=") + String(p["coin"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    deposits: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["endTime"] !== undefined) s += (s === '' ? "endTime=" : "&endTime=") + String(p["endTime"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["startTime"] !== undefined) s += (s === '' ? "startTime=" : "&startTime=") + String(p["startTime"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    withdrawals: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["endTime"] !== undefined) s += (s === '' ? "endTime=" : "&endTime=") + String(p["endTime"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["startTime"] !== undefined) s += (s === '' ? "startTime=" : "&startTime=") + String(p["startTime"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    transactions: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["endTime"] !== undefined) s += (s === '' ? "endTime=" : "&endTime=") + String(p["endTime"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["startTime"] !== undefined) s += (s === '' ? "startTime=" : "&startTime=") + String(p["startTime"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    ledger: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["endTime"] !== undefined) s += (s === '' ? "endTime=" : "&endTime=") + String(p["endTime"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["startTime"] !== undefined) s += (s === '' ? "startTime=" : "&startTime=") + String(p["startTime"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    createOrder: (p) => {
      let s = '';
      if (p["accountId"] !== undefined) s += (s === '' ? "accountId=" : "&accountId=") + String(p["accountId"]);
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["expireTimestamp"] !== undefined) s += (s === '' ? "expireTimestamp=" : "&expireTimestamp=") + String(p["expireTimestamp"]);
      if (p["guaranteedStopLoss"] !== undefined) s += (s === '' ? "guaranteedStopLoss=" : "&guaranteedStopLoss=") + String(p["guaranteedStopLoss"]);
      if (p["leverage"] !== undefined) s += (s === '' ? "leverage=" : "&leverage=") + String(p["leverage"]);
      if (p["newOrderRespType"] !== undefined) s += (s === '' ? "newOrderRespType=" : "&newOrderRespType=") + String(p["newOrderRespType"]);
      if (p["price"] !== undefined) s += (s === '' ? "price=" : "&price=") + String(p["price"]);
      if (p["profitDistance"] !== undefined) s += (s === '' ? "profitDistance=" : "&profitDistance=") + String(p["profitDistance"]);
      if (p["quantity"] !== undefined) s += (s === '' ? "quantity=" : "&quantity=") + String(p["quantity"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["side"] !== undefined) s += (s === '' ? "side=" : "&side=") + String(p["side"]);
      if (p["stopDistance"] !== undefined) s += (s === '' ? "stopDistance=" : "&stopDistance=") + String(p["stopDistance"]);
      if (p["stopLoss"] !== undefined) s += (s === '' ? "stopLoss=" : "&stopLoss=") + String(p["stopLoss"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["takeProfit"] !== undefined) s += (s === '' ? "takeProfit=" : "&takeProfit=") + String(p["takeProfit"]);
      if (p["timeInForce"] !== undefined) s += (s === '' ? "timeInForce=" : "&timeInForce=") + String(p["timeInForce"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      if (p["trailingStopLoss"] !== undefined) s += (s === '' ? "trailingStopLoss=" : "&trailingStopLoss=") + String(p["trailingStopLoss"]);
      if (p["type"] !== undefined) s += (s === '' ? "type=" : "&type=") + String(p["type"]);
      return s;
    },
    cancelOrder: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["orderId"] !== undefined) s += (s === '' ? "orderId=" : "&orderId=") + String(p["orderId"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    openOrders: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    fetchOrder: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["orderId"] !== undefined) s += (s === '' ? "orderId=" : "&orderId=") + String(p["orderId"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    updateTradingOrder: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["expireTimestamp"] !== undefined) s += (s === '' ? "expireTimestamp=" : "&expireTimestamp=") + String(p["expireTimestamp"]);
      if (p["guaranteedStopLoss"] !== undefined) s += (s === '' ? "guaranteedStopLoss=" : "&guaranteedStopLoss=") + String(p["guaranteedStopLoss"]);
      if (p["newPrice"] !== undefined) s += (s === '' ? "newPrice=" : "&newPrice=") + String(p["newPrice"]);
      if (p["orderId"] !== undefined) s += (s === '' ? "orderId=" : "&orderId=") + String(p["orderId"]);
      if (p["profitDistance"] !== undefined) s += (s === '' ? "profitDistance=" : "&profitDistance=") + String(p["profitDistance"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["stopDistance"] !== undefined) s += (s === '' ? "stopDistance=" : "&stopDistance=") + String(p["stopDistance"]);
      if (p["stopLoss"] !== undefined) s += (s === '' ? "stopLoss=" : "&stopLoss=") + String(p["stopLoss"]);
      if (p["takeProfit"] !== undefined) s += (s === '' ? "takeProfit=" : "&takeProfit=") + String(p["takeProfit"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      if (p["trailingStopLoss"] !== undefined) s += (s === '' ? "trailingStopLoss=" : "&trailingStopLoss=") + String(p["trailingStopLoss"]);
      if (p["type"] !== undefined) s += (s === '' ? "type=" : "&type=") + String(p["type"]);
      return s;
    },
    tradingPositions: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
    tradingPositionsHistory: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["from"] !== undefined) s += (s === '' ? "from=" : "&from=") + String(p["from"]);
      if (p["limit"] !== undefined) s += (s === '' ? "limit=" : "&limit=") + String(p["limit"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["symbol"] !== undefined) s += (s === '' ? "symbol=" : "&symbol=") + String(p["symbol"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      if (p["to"] !== undefined) s += (s === '' ? "to=" : "&to=") + String(p["to"]);
      return s;
    },
    updateTradingPosition: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["guaranteedStopLoss"] !== undefined) s += (s === '' ? "guaranteedStopLoss=" : "&guaranteedStopLoss=") + String(p["guaranteedStopLoss"]);
      if (p["positionId"] !== undefined) s += (s === '' ? "positionId=" : "&positionId=") + String(p["positionId"]);
      if (p["profitDistance"] !== undefined) s += (s === '' ? "profitDistance=" : "&profitDistance=") + String(p["profitDistance"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["stopDistance"] !== undefined) s += (s === '' ? "stopDistance=" : "&stopDistance=") + String(p["stopDistance"]);
      if (p["stopLoss"] !== undefined) s += (s === '' ? "stopLoss=" : "&stopLoss=") + String(p["stopLoss"]);
      if (p["takeProfit"] !== undefined) s += (s === '' ? "takeProfit=" : "&takeProfit=") + String(p["takeProfit"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      if (p["trailingStopLoss"] !== undefined) s += (s === '' ? "trailingStopLoss=" : "&trailingStopLoss=") + String(p["trailingStopLoss"]);
      return s;
    },
    closeTradingPosition: (p) => {
      let s = '';
      if (p["apiKey"] !== undefined) s += (s === '' ? "apiKey=" : "&apiKey=") + String(p["apiKey"]);
      if (p["positionId"] !== undefined) s += (s === '' ? "positionId=" : "&positionId=") + String(p["positionId"]);
      if (p["recvWindow"] !== undefined) s += (s === '' ? "recvWindow=" : "&recvWindow=") + String(p["recvWindow"]);
      if (p["timestamp"] !== undefined) s += (s === '' ? "timestamp=" : "&timestamp=") + String(p["timestamp"]);
      return s;
    },
  },
  envelope: (destination, correlationId, payload) => ({ "destination": destination, "correlationId": correlationId, "payload": payload }),
  // An inbound frame's envelope members, their names written in: the client's inbound path reads
  // them with property loads the engine specialises.
  frameReader: {
    correlationId: (f) => f["correlationId"],
    destination: (f) => f["destination"],
    payload: (f) => f["payload"],
    status: (f) => f["status"],
    events: [
      "internal.quote",
      "marketdepth.event",
      "ohlc.event",
      "internal.trade"
    ],
    eventIndex: (d) => {
      switch (d) {
        case "internal.quote": return 0;
        case "marketdepth.event": return 1;
        case "ohlc.event": return 2;
        case "internal.trade": return 3;
        default: return -1;
      }
    },
    // Imported where frames arrive as bytes (on Node, over ws): a browser bundle loads no chunk of it.
    bytes: () => import('./frames.js').then((m) => m.decodeFrameBytes),
  },
  bareArrayFields: {
    "aggTrades": "aggTrades",
    "klines": "lines",
    "ticker24hr": "tickers",
    "myTrades": "myTrades",
    "tradingFees": "fees",
    "tradingLimits": "limits",
    "fundingLimits": "fundingLimits",
    "currencies": "currencies",
    "deposits": "transactions",
    "withdrawals": "transactions",
    "transactions": "transactions",
    "ledger": "transactions",
    "openOrders": "openOrders"
  },
  eventJsonStringFields: {
    "marketdepth.event": [
      "data"
    ]
  },
  requestEnums: {
    "klines": [
      {
        "path": [
          "interval"
        ],
        "known": [
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
        }
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "classic",
          "heikin-ashi"
        ],
        "aliases": {
          "heiken-ashi": "heikin-ashi",
          "heikinAshi": "heikin-ashi"
        }
      }
    ],
    "createOrder": [
      {
        "path": [
          "side"
        ],
        "known": [
          "BUY",
          "SELL"
        ],
        "aliases": {
          "buy": "BUY",
          "sell": "SELL"
        }
      }
    ],
    "subscribeOHLCMarketData": [
      {
        "path": [
          "intervals",
          "*"
        ],
        "known": [
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
        }
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "classic",
          "heikin-ashi"
        ],
        "aliases": {
          "heiken-ashi": "heikin-ashi",
          "heikinAshi": "heikin-ashi"
        }
      }
    ]
  },
  replyEnums: {
    "exchangeInfo": [
      {
        "path": [
          "symbols",
          "*",
          "status"
        ],
        "known": [
          "TRADING",
          "BREAK",
          "HALT",
          "AUCTION_MATCH",
          "END_OF_DAY",
          "POST_TRADING",
          "PRE_TRADING"
        ],
        "open": true
      },
      {
        "path": [
          "symbols",
          "*",
          "orderTypes",
          "*"
        ],
        "known": [
          "LIMIT",
          "MARKET",
          "STOP"
        ],
        "open": true
      },
      {
        "path": [
          "symbols",
          "*",
          "marketModes",
          "*"
        ],
        "known": [
          "REGULAR",
          "CLOSE_ONLY",
          "LONG_ONLY",
          "HOLIDAY",
          "VIEW_ONLY",
          "VIEW_AND_REQUEST",
          "CLOSED_FOR_CORPORATE_ACTION",
          "UNKNOWN"
        ],
        "open": true
      },
      {
        "path": [
          "symbols",
          "*",
          "marketType"
        ],
        "known": [
          "SPOT",
          "LEVERAGE"
        ],
        "open": true
      },
      {
        "path": [
          "symbols",
          "*",
          "assetType"
        ],
        "known": [
          "BOND",
          "COMMODITY",
          "CREDIT",
          "CRYPTOCURRENCY",
          "CURRENCY",
          "EQUITY",
          "ICO",
          "INDEX",
          "INTEREST_RATE",
          "OTHER_ASSET",
          "REAL_ESTATE",
          "UTILITY_TOKENS"
        ],
        "open": true
      }
    ],
    "currencies": [
      {
        "path": [
          "currencies",
          "*",
          "type"
        ],
        "known": [
          "CRYPTO",
          "EXCHANGE_TOKEN",
          "FIAT",
          "ICO",
          "TOKEN",
          "TOKENISED_SECURITY",
          "UTILITY_TOKENS"
        ],
        "open": true
      }
    ],
    "deposits": [
      {
        "path": [
          "transactions",
          "*",
          "status"
        ],
        "known": [
          "APPROVAL",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "withdrawals": [
      {
        "path": [
          "transactions",
          "*",
          "status"
        ],
        "known": [
          "APPROVAL",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "transactions": [
      {
        "path": [
          "transactions",
          "*",
          "status"
        ],
        "known": [
          "APPROVAL",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "ledger": [
      {
        "path": [
          "transactions",
          "*",
          "status"
        ],
        "known": [
          "APPROVAL",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "createOrder": [
      {
        "path": [
          "status"
        ],
        "known": [
          "NEW",
          "PARTIALLY_FILLED",
          "FILLED",
          "CANCELED",
          "PENDING_CANCEL",
          "REJECTED",
          "EXPIRED",
          "CREATED",
          "MODIFIED"
        ],
        "open": true
      },
      {
        "path": [
          "timeInForce"
        ],
        "known": [
          "GTC",
          "IOC",
          "FOK"
        ],
        "open": true
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "LIMIT",
          "MARKET",
          "STOP"
        ],
        "open": true
      },
      {
        "path": [
          "side"
        ],
        "known": [
          "BUY",
          "SELL"
        ],
        "aliases": {
          "buy": "BUY",
          "sell": "SELL"
        },
        "open": true
      }
    ],
    "cancelOrder": [
      {
        "path": [
          "status"
        ],
        "known": [
          "NEW",
          "PARTIALLY_FILLED",
          "FILLED",
          "CANCELED",
          "PENDING_CANCEL",
          "REJECTED",
          "EXPIRED",
          "CREATED",
          "MODIFIED"
        ],
        "open": true
      },
      {
        "path": [
          "timeInForce"
        ],
        "known": [
          "GTC",
          "IOC",
          "FOK"
        ],
        "open": true
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "LIMIT",
          "MARKET",
          "STOP"
        ],
        "open": true
      },
      {
        "path": [
          "side"
        ],
        "known": [
          "BUY",
          "SELL"
        ],
        "aliases": {
          "buy": "BUY",
          "sell": "SELL"
        },
        "open": true
      }
    ],
    "openOrders": [
      {
        "path": [
          "openOrders",
          "*",
          "status"
        ],
        "known": [
          "NEW",
          "PARTIALLY_FILLED",
          "FILLED",
          "CANCELED",
          "PENDING_CANCEL",
          "REJECTED",
          "EXPIRED",
          "CREATED",
          "MODIFIED"
        ],
        "open": true
      },
      {
        "path": [
          "openOrders",
          "*",
          "timeInForce"
        ],
        "known": [
          "GTC",
          "IOC",
          "FOK"
        ],
        "open": true
      },
      {
        "path": [
          "openOrders",
          "*",
          "type"
        ],
        "known": [
          "LIMIT",
          "MARKET",
          "STOP"
        ],
        "open": true
      },
      {
        "path": [
          "openOrders",
          "*",
          "side"
        ],
        "known": [
          "BUY",
          "SELL"
        ],
        "aliases": {
          "buy": "BUY",
          "sell": "SELL"
        },
        "open": true
      }
    ],
    "fetchOrder": [
      {
        "path": [
          "status"
        ],
        "known": [
          "NEW",
          "PARTIALLY_FILLED",
          "FILLED",
          "CANCELED",
          "PENDING_CANCEL",
          "REJECTED",
          "EXPIRED",
          "CREATED",
          "MODIFIED"
        ],
        "open": true
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "LIMIT",
          "MARKET",
          "STOP"
        ],
        "open": true
      },
      {
        "path": [
          "timeInForceType"
        ],
        "known": [
          "GTC",
          "IOC",
          "FOK"
        ],
        "open": true
      },
      {
        "path": [
          "side"
        ],
        "known": [
          "BUY",
          "SELL"
        ],
        "aliases": {
          "buy": "BUY",
          "sell": "SELL"
        },
        "open": true
      }
    ],
    "updateTradingOrder": [
      {
        "path": [
          "state"
        ],
        "known": [
          "PENDING",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "tradingPositions": [
      {
        "path": [
          "positions",
          "*",
          "type"
        ],
        "known": [
          "NET",
          "HEDGE"
        ],
        "open": true
      },
      {
        "path": [
          "positions",
          "*",
          "state"
        ],
        "known": [
          "ACTIVE",
          "INACTIVE",
          "INVALID"
        ],
        "open": true
      }
    ],
    "tradingPositionsHistory": [
      {
        "path": [
          "history",
          "*",
          "status"
        ],
        "known": [
          "OPENED",
          "MODIFIED",
          "MODIFY_REJECT",
          "CLOSED",
          "SWAP",
          "DIVIDEND"
        ],
        "open": true
      },
      {
        "path": [
          "history",
          "*",
          "source"
        ],
        "known": [
          "USER",
          "DEALER",
          "SL",
          "TP",
          "SYSTEM",
          "CLOSE_OUT"
        ],
        "open": true
      },
      {
        "path": [
          "history",
          "*",
          "rejectReason"
        ],
        "known": [
          "ACCOUNT_NOT_FOUND",
          "CLOSED_MARKET",
          "CLOSE_ONLY",
          "ENGINE_BUSY",
          "HEDGING_MODE_GSL",
          "INSTRUMENT_NOT_AVAILABLE",
          "INSTRUMENT_NOT_FOUND",
          "INVALID_ORDER",
          "INVALID_ORDER_QTY",
          "INVALID_PRICE",
          "LONG_ONLY",
          "OFF_MARKET",
          "ORDER_NOT_FOUND",
          "ORIGINAL_GSL_UPDATE",
          "POSITION_NOT_FOUND",
          "RC_INSTRUMENT_CLIENT_MOP",
          "RC_INSTRUMENT_GLOBAL_MOP",
          "RC_NOT_ENOUGH_MARGIN",
          "RC_NOT_FOUND",
          "RC_NO_RATES",
          "RC_SETTLEMENT",
          "RC_UNKNOWN",
          "REQUIRED_GSL",
          "RISK_CHECK",
          "THROTTLING",
          "UNKNOWN"
        ],
        "open": true
      }
    ],
    "updateTradingPosition": [
      {
        "path": [
          "state"
        ],
        "known": [
          "PENDING",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      }
    ],
    "closeTradingPosition": [
      {
        "path": [
          "request",
          "*",
          "rqType"
        ],
        "known": [
          "ORDER_NEW",
          "ORDER_MODIFY",
          "ORDER_CANCEL",
          "POSITION_MODIFY"
        ],
        "open": true
      },
      {
        "path": [
          "request",
          "*",
          "state"
        ],
        "known": [
          "PENDING",
          "PROCESSED",
          "CANCELLED"
        ],
        "open": true
      },
      {
        "path": [
          "request",
          "*",
          "rejectReason"
        ],
        "known": [
          "ACCOUNT_NOT_FOUND",
          "CLOSED_MARKET",
          "CLOSE_ONLY",
          "ENGINE_BUSY",
          "HEDGING_MODE_GSL",
          "INSTRUMENT_NOT_AVAILABLE",
          "INSTRUMENT_NOT_FOUND",
          "INVALID_ORDER",
          "INVALID_ORDER_QTY",
          "INVALID_PRICE",
          "LONG_ONLY",
          "OFF_MARKET",
          "ORDER_NOT_FOUND",
          "ORIGINAL_GSL_UPDATE",
          "POSITION_NOT_FOUND",
          "RC_INSTRUMENT_CLIENT_MOP",
          "RC_INSTRUMENT_GLOBAL_MOP",
          "RC_NOT_ENOUGH_MARGIN",
          "RC_NOT_FOUND",
          "RC_NO_RATES",
          "RC_SETTLEMENT",
          "RC_UNKNOWN",
          "REQUIRED_GSL",
          "RISK_CHECK",
          "THROTTLING",
          "UNKNOWN"
        ],
        "open": true
      }
    ]
  },
  eventEnums: {
    "ohlc.event": [
      {
        "path": [
          "interval"
        ],
        "known": [
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
        "open": true
      },
      {
        "path": [
          "type"
        ],
        "known": [
          "classic",
          "heikin-ashi"
        ],
        "aliases": {
          "heiken-ashi": "heikin-ashi",
          "heikinAshi": "heikin-ashi"
        },
        "open": true
      }
    ]
  },
};
