// Generated from asyncapi.yaml and templates/simulator/exchange/records.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The simulated exchange's records: balances, orders and their fills, positions, executions, ledger entries, accounts. */
import { Dec } from "../decimal.js";
export const ACCOUNT_ID_BASE = 109698017416453793n;
export const DAY = 864e5;
export function hex(n, width) {
	return n.toString(16).padStart(width, "0").slice(-width);
}
//# sourceMappingURL=records.js.map