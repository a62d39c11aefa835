// Generated from asyncapi.yaml and templates/simulator/market-records.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * What the simulated market hands out: the stream payloads it produces (quotes, trades, depth,
 * OHLC bars) and its own records of quotes, trades, depth books, ticks and 24-hour tickers.
 */
export {};
//# sourceMappingURL=market-records.js.map