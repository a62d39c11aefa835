// Generated from kestrel-no-streams.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// The validators of each operation, loaded with import() on its first call: a bundler splits
// them into chunks of their own, so a page carries only the validators of what it calls.
import type { ValidatorLoaders } from '../codec/codec.js';

export const loaders: ValidatorLoaders = {
  heartbeat: () =>
    Promise.all([import("./heartbeat.request.js"), import("./heartbeat.reply.js")]).then(([request, reply]) => ({
      request: request.validate,
      reply: reply.validate,
      events: {},
    })),
  wallet: () =>
    Promise.all([import("./wallet.request.js"), import("./wallet.reply.js")]).then(([request, reply]) => ({
      request: request.validate,
      reply: reply.validate,
      events: {},
    })),
  trade: () =>
    Promise.all([import("./trade.request.js"), import("./trade.reply.js")]).then(([request, reply]) => ({
      request: request.validate,
      reply: reply.validate,
      events: {},
    })),
};
