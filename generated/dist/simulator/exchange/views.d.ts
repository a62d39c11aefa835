// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** How records look on the wire: prices at the instrument's precision, fills, orders, positions. */
import { Dec } from "../decimal.js";
import type { Exchange } from "../exchange.js";
import type { InstrumentDef } from "../instruments.js";
import type { Fill, Order, Position } from "./records.js";
export declare function fmtPrice(ex: Exchange, inst: InstrumentDef, price: Dec | undefined): string;
export declare function fillView(ex: Exchange, f: Fill, inst: InstrumentDef): Record<string, unknown>;
export declare function orderResult(ex: Exchange, o: Order, full: boolean): Record<string, unknown>;
export declare function positionView(ex: Exchange, x: Position): Record<string, unknown>;
//# sourceMappingURL=views.d.ts.map