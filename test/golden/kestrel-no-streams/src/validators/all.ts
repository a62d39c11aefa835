// Generated from kestrel-no-streams.yaml by the generator in this repository. Do not edit.
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

export const validators: ValidatorTables = {
  requestValidators: {
    heartbeat: v0,
    wallet: v2,
    trade: v4,
  },
  replyValidators: {
    heartbeat: v1,
    wallet: v3,
    trade: v5,
  },
  eventValidators: {
  },
};
