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
      "url": "wss://api-adapter.backend.currency.com/connect",
      "title": "Production (currency.com)",
      "versions": [
        "v1",
        "v2"
      ]
    },
    "demo": {
      "name": "demo",
      "url": "wss://demo-api-adapter.backend.currency.com/connect",
      "title": "Demo (currency.com)",
      "versions": [
        "v1"
      ]
    },
    "dzengiProduction": {
      "name": "dzengiProduction",
      "url": "wss://api-adapter.dzengi.com/connect",
      "title": "Production (dzengi.com)",
      "versions": [
        "v1",
        "v2"
      ]
    },
    "dzengiDemo": {
      "name": "dzengiDemo",
      "url": "wss://demo-api-adapter.dzengi.com/connect",
      "title": "Demo (dzengi.com)",
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
    "errorNameField": "errorCode"
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
      "unconfirmed": "Exists on REST; no WebSocket client was seen using this destination (catalogue U7)."
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
      "rateLimits": []
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
      "rateLimits": []
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
      "rateLimits": []
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
      "rateLimits": []
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
      "rateLimits": []
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "Known from the Swagger models and REST only; no WebSocket client was seen using this destination (catalogue U7)."
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
      "unconfirmed": "The Swagger create-order model has no timeInForce, yet the official example and ccxt send GTC; whether LIMIT orders need it is unknown (catalogue U15)."
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
      "unconfirmed": "Known from REST (GET /api/v2/fetchOrder) and the Swagger models only; the WebSocket destination name is a guess from the REST path and might differ (catalogue U7)."
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
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols (catalogue U9).",
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
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols (catalogue U9).",
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
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols (catalogue U9).",
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
            "default": "classic"
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
      "unconfirmed": "No unsubscribe destination is known, nor whether a second subscription replaces or extends the symbols (catalogue U9).",
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
  replyAliases: {
    "createOrder": {
      "side": {
        "buy": "BUY",
        "sell": "SELL"
      }
    },
    "cancelOrder": {
      "side": {
        "buy": "BUY",
        "sell": "SELL"
      }
    },
    "fetchOrder": {
      "side": {
        "buy": "BUY",
        "sell": "SELL"
      }
    }
  },
  eventJsonStringFields: {
    "marketdepth.event": [
      "data"
    ]
  },
  eventAliases: {
    "ohlc.event": {
      "interval": {
        "M1": "1m",
        "M5": "5m",
        "M15": "15m",
        "M30": "30m",
        "H1": "1h",
        "H4": "4h",
        "D1": "1d",
        "W1": "1w"
      }
    }
  },
};
