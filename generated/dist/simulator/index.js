// Generated from asyncapi.yaml and templates/simulator/index.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The local exchange simulator: public entry points. */
export { createSimulator, validationError, signaturesEqual, issueField } from "./server.js";
export { runSimulatorCli } from "./cli.js";
export { Exchange } from "./exchange.js";
export { Market } from "./market.js";
export { heikinAshi, heikinAshiNext, normalizeInterval, normalizeCandleType, barOpenTime, INTERVALS, INTERVAL_MS } from "./candles.js";
export { ApiError, ApiErrors } from "./errors.js";
export { Dec } from "./decimal.js";
export { INSTRUMENTS, ASSETS } from "./instruments.js";
//# sourceMappingURL=index.js.map