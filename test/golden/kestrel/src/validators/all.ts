// Generated from ../documents/other-exchange.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// Every validator, imported statically from two modules (requests; replies and events): what
// buildRequest and the validate functions use. A client that finds them loaded takes its
// validators from here (registerValidators); otherwise it loads an operation's own modules on its
// first call (validators/lazy.ts), so a bundle of the client alone carries only what it calls.
import { registerValidators, type ValidatorTables } from '../codec/codec.js';
import * as requests from "./all.requests.js";
import * as inbound from "./all.inbound.js";

export const validators: ValidatorTables = {
  requestValidators: {
    heartbeat: requests.r0,
    wallet: requests.r1,
    trade: requests.r2,
    startTicks: requests.r3,
  },
  replyValidators: {
    heartbeat: inbound.p0,
    wallet: inbound.p1,
    trade: inbound.p2,
    startTicks: inbound.p3,
  },
  eventValidators: {
    "tick.push": inbound.e0,
  },
};

registerValidators(validators);
