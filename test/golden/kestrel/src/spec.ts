// Generated from ../documents/other-exchange.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { ProtocolSpec } from './runtime/spec.js';
import type { CodecRules } from './codec/codec.js';

/** Everything the runtime knows about the API, read from the document. */
export const spec: ProtocolSpec = {
  "title": "Kestrel Exchange Socket API",
  "versionParameter": "edition",
  "versions": [
    "alpha",
    "beta"
  ],
  "defaultVersion": "beta",
  "defaultServer": "live",
  "servers": {
    "live": {
      "name": "live",
      "url": "wss://socket.kestrel.example/v",
      "title": "Live",
      "versions": [
        "alpha",
        "beta"
      ]
    },
    "sandbox": {
      "name": "sandbox",
      "url": "wss://sandbox.kestrel.example/v",
      "title": "Sandbox",
      "versions": [
        "alpha"
      ]
    }
  },
  "envelope": {
    "destinationField": "route",
    "correlationIdField": "ref",
    "payloadField": "body",
    "statusField": "state",
    "okStatus": "SUCCESS",
    "errorCodeField": "errno",
    "errorTextField": "reason",
    "errorNameField": "kind",
    "failureFields": []
  },
  "heartbeat": {
    "operation": "heartbeat",
    "serverTimeoutMs": 10000,
    "clientIntervalMs": 4000,
    "deadAfterMs": 12000
  },
  "signing": {
    "keyField": "key",
    "timestampField": "nonce",
    "recvWindowField": "window",
    "signatureField": "sig"
  },
  "rateLimits": [
    {
      "id": "calls",
      "appliesTo": "all",
      "limit": 50,
      "intervalMs": 1000,
      "description": "Fifty weighted calls per second."
    },
    {
      "id": "trades",
      "appliesTo": "listed",
      "limit": 2,
      "intervalMs": 1000,
      "description": "Two trades per second."
    }
  ],
  "operations": {
    "heartbeat": {
      "id": "heartbeat",
      "kind": "heartbeat",
      "summary": "Keep the socket open.",
      "destinations": {
        "": "hb"
      },
      "address": "hb",
      "signed": false,
      "idempotent": true,
      "weight": 0,
      "rateLimits": []
    },
    "wallet": {
      "id": "wallet",
      "kind": "request",
      "summary": "Read the wallet.",
      "destinations": {
        "alpha": "/rest/alpha/wallet",
        "beta": "/rest/beta/wallet"
      },
      "address": "/rest/{edition}/wallet",
      "signed": true,
      "idempotent": true,
      "weight": 2,
      "rateLimits": []
    },
    "trade": {
      "id": "trade",
      "kind": "request",
      "summary": "Place a trade.",
      "destinations": {
        "beta": "/rest/beta/trade"
      },
      "address": "/rest/{edition}/trade",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": [
        "trades"
      ]
    },
    "startTicks": {
      "id": "startTicks",
      "kind": "subscribe",
      "summary": "Start ticks for pairs.",
      "destinations": {
        "": "ticks.start"
      },
      "address": "ticks.start",
      "signed": false,
      "idempotent": true,
      "weight": 1,
      "rateLimits": [],
      "stream": {
        "eventDestination": "tick.push",
        "eventOperation": "onTick",
        "events": "state",
        "match": [
          {
            "param": "pairs",
            "field": "pair"
          }
        ]
      }
    }
  },
  "errorCodes": {
    "401": "NOT_SIGNED",
    "404": "NO_SUCH_PAIR"
  }
};

/** The signing rule and the tolerance rules of every message, read from the document. */
export const rules: CodecRules = {
  canonical: {
    "assign": ":",
    "separator": ";",
    "exclude": [
      "sig"
    ]
  },
  // Each signed operation's canonical string, its field order fixed by the generator (the
  // request schema allows no other field: anything else fails validation before sending).
  canonicalisers: {
    wallet: (p) => {
      let s = '';
      if (p["coin"] !== undefined) s += (s === '' ? "coin:" : ";coin:") + String(p["coin"]);
      if (p["key"] !== undefined) s += (s === '' ? "key:" : ";key:") + String(p["key"]);
      if (p["nonce"] !== undefined) s += (s === '' ? "nonce:" : ";nonce:") + String(p["nonce"]);
      if (p["window"] !== undefined) s += (s === '' ? "window:" : ";window:") + String(p["window"]);
      return s;
    },
    trade: (p) => {
      let s = '';
      if (p["key"] !== undefined) s += (s === '' ? "key:" : ";key:") + String(p["key"]);
      if (p["nonce"] !== undefined) s += (s === '' ? "nonce:" : ";nonce:") + String(p["nonce"]);
      if (p["pair"] !== undefined) s += (s === '' ? "pair:" : ";pair:") + String(p["pair"]);
      if (p["size"] !== undefined) s += (s === '' ? "size:" : ";size:") + String(p["size"]);
      if (p["way"] !== undefined) s += (s === '' ? "way:" : ";way:") + String(p["way"]);
      if (p["window"] !== undefined) s += (s === '' ? "window:" : ";window:") + String(p["window"]);
      return s;
    },
  },
  envelope: (destination, correlationId, payload) => ({ "route": destination, "ref": correlationId, "body": payload }),
  // An inbound frame's envelope members, their names written in: the client's inbound path reads
  // them with property loads the engine specialises.
  frameReader: {
    correlationId: (f) => f["ref"],
    destination: (f) => f["route"],
    payload: (f) => f["body"],
    status: (f) => f["state"],
    events: [
      "tick.push"
    ],
    eventIndex: (d) => {
      switch (d) {
        case "tick.push": return 0;
        default: return -1;
      }
    },
    // Imported where frames arrive as bytes (on Node, over ws): a browser bundle loads no chunk of it.
    bytes: () => import('./frames.js').then((m) => m.decodeFrameBytes),
  },
  bareArrayFields: {
    "wallet": "holdings"
  },
  eventJsonStringFields: {},
  requestEnums: {
    "trade": [
      {
        "path": [
          "way"
        ],
        "known": [
          "up",
          "down"
        ],
        "aliases": {
          "UP": "up",
          "DOWN": "down"
        }
      }
    ]
  },
  replyEnums: {},
  eventEnums: {},
};
