// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The local exchange simulator: public entry points. */
export { createSimulator, validationError, signaturesEqual, issueField } from "./server.js";
export type { Simulator, RunningSimulator, Faults, FaultError } from "./server.js";
export type { SimulatorDeps, SimulatorOptions, SimulatorAccountOptions, SimulatorRequestLog, SimulatorValidation, SimulatorValidationIssue } from "./deps.js";
export { runSimulatorCli, type SimulatorCliContext, type SimulatorCliIo } from "./cli.js";
export { Exchange } from "./exchange.js";
export type { ExchangeOptions, ExchangeAccountOptions, RequestContext, Params } from "./exchange.js";
export { Market } from "./market.js";
export { heikinAshi, heikinAshiNext, normalizeInterval, normalizeCandleType, barOpenTime, INTERVALS, INTERVAL_MS } from "./candles.js";
export type { Bar, Interval, CandleType } from "./candles.js";
export type { Quote, QuoteEvent, TradeEvent, DepthEvent, OhlcEvent } from "./market-records.js";
export { ApiError, ApiErrors } from "./errors.js";
export { Dec } from "./decimal.js";
export { INSTRUMENTS, ASSETS } from "./instruments.js";
export type { InstrumentDef, AssetDef } from "./instruments.js";
//# sourceMappingURL=index.d.ts.map