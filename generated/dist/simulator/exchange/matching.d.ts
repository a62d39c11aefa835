// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Matching: resting orders that the market crosses are filled; take-profit/stop-loss triggers close positions. */
import { Dec } from "../decimal.js";
import type { Exchange } from "../exchange.js";
import type { Account, Order } from "./records.js";
/** Fills resting orders the market has crossed, expires old ones, triggers TP/SL. */
export declare function processBook(ex: Exchange, now: number): void;
export declare function fillSpot(ex: Exchange, acct: Account, order: Order, price: Dec, maker: boolean, now: number): void;
export declare function recordFill(ex: Exchange, acct: Account, order: Order, price: Dec, qty: Dec, quoteQty: Dec, commission: Dec, commissionAsset: string, maker: boolean, now: number): void;
//# sourceMappingURL=matching.d.ts.map