// Generated from kestrel-unversioned.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// Every validator, imported statically: what buildRequest and the validate functions use. The
// client loads an operation's validators on its first call instead (validators/lazy.ts).
import type { ValidatorTables } from '../codec/codec.js';
import { validate as v0 } from "./heartbeat.request.js";
import { validate as v1 } from "./heartbeat.reply.js";
import { validate as v2 } from "./wallet.request.js";
import { validate as v3 } from "./wallet.reply.js";
import { validate as v4 } from "./trade.request.js";
import { validate as v5 } from "./trade.reply.js";
import { validate as v6 } from "./startTicks.request.js";
import { validate as v7 } from "./startTicks.reply.js";
import { validate as v8 } from "./onTick.event.js";

export const validators: ValidatorTables = {
  requestValidators: {
    heartbeat: v0,
    wallet: v2,
    trade: v4,
    startTicks: v6,
  },
  replyValidators: {
    heartbeat: v1,
    wallet: v3,
    trade: v5,
    startTicks: v7,
  },
  eventValidators: {
    "tick.push": v8,
  },
};
