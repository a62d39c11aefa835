// Generated from kestrel-no-streams.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CliSpec } from './cli/spec.js';

/** What the command line knows about the API, read from the document: operations, their parameters as flags, groups, examples. */
export const cliSpec: CliSpec = {
  "program": "kestrel-socket",
  "title": "Kestrel Exchange Socket API",
  "env": {
    "apiKey": "KESTREL_API_KEY",
    "apiSecret": "KESTREL_API_SECRET"
  },
  "groups": [
    {
      "title": "Requests",
      "operations": [
        "heartbeat",
        "wallet",
        "trade"
      ]
    }
  ],
  "operations": {
    "heartbeat": {
      "id": "heartbeat",
      "kind": "heartbeat",
      "summary": "Keep the socket open.",
      "description": "Answered with an empty body.",
      "signed": false,
      "idempotent": true,
      "weight": 0,
      "rateLimits": [],
      "versions": [],
      "params": [],
      "example": [],
      "docs": "op-heartbeat"
    },
    "wallet": {
      "id": "wallet",
      "kind": "request",
      "summary": "Read the wallet.",
      "description": "Lists holdings per coin.",
      "signed": true,
      "idempotent": true,
      "weight": 2,
      "rateLimits": [],
      "versions": [
        "alpha",
        "beta"
      ],
      "params": [
        {
          "name": "coin",
          "flag": "coin",
          "type": "string",
          "array": false,
          "typeText": "string",
          "required": false,
          "constraints": [],
          "description": "One coin only."
        }
      ],
      "example": [
        "--coin",
        "KST"
      ],
      "docs": "op-wallet"
    },
    "trade": {
      "id": "trade",
      "kind": "request",
      "summary": "Place a trade.",
      "description": "Buys or sells at the market.",
      "signed": true,
      "idempotent": false,
      "weight": 1,
      "rateLimits": [
        "trades, 2 per 1000 ms"
      ],
      "versions": [
        "beta"
      ],
      "params": [
        {
          "name": "pair",
          "flag": "pair",
          "type": "string",
          "array": false,
          "typeText": "string",
          "required": true,
          "constraints": [],
          "description": "The pair"
        },
        {
          "name": "way",
          "flag": "way",
          "type": "string",
          "array": false,
          "typeText": "Way",
          "required": true,
          "enum": [
            "up",
            "down"
          ],
          "aliases": {
            "UP": "up",
            "DOWN": "down"
          },
          "constraints": [],
          "description": "Direction of a trade."
        },
        {
          "name": "size",
          "flag": "size",
          "type": "string",
          "array": false,
          "typeText": "number | string",
          "required": true,
          "constraints": [
            "pattern ^[0-9]+(\\.[0-9]+)?$"
          ],
          "description": "How much."
        }
      ],
      "example": [
        "--pair",
        "KST-EUR",
        "--way",
        "up",
        "--size",
        "1.5"
      ],
      "docs": "op-trade"
    }
  },
  "servers": [
    {
      "name": "live",
      "url": "wss://socket.kestrel.example/v",
      "title": "Live"
    },
    {
      "name": "sandbox",
      "url": "wss://sandbox.kestrel.example/v",
      "title": "Sandbox"
    }
  ],
  "defaultServer": "live",
  "versions": [
    "alpha",
    "beta"
  ],
  "defaultVersion": "beta",
  "docsPage": "docs/operations.md"
};
