// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { type SimulatorOptions, type RunningSimulator } from "./simulator/server.js";
export type { SimulatorOptions, RunningSimulator };
export type { SimulatorRequestLog } from "./simulator/deps.js";
/**
* Starts a local exchange that speaks the real protocol at `ws://127.0.0.1:<port>/connect`:
* every destination of the document, signatures verified, the ping rule and rate limits enforced,
* a seeded market whose quotes, depth, trades and candles move, and faults on demand for tests.
*/
export declare function startSimulator(options: SimulatorOptions): Promise<RunningSimulator>;
//# sourceMappingURL=simulator.d.ts.map