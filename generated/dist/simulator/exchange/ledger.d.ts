// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Accounts and balances: seeding accounts, the ledger, locking and unlocking funds. */
import { Dec } from "../decimal.js";
import type { Exchange, ExchangeAccountOptions, RequestContext } from "../exchange.js";
import type { AssetDef } from "../instruments.js";
import { type Account, type Balance, type Order } from "./records.js";
export declare function addAccount(ex: Exchange, a: ExchangeAccountOptions, index: number): void;
export declare function ledgerAdd(ex: Exchange, acct: Account, e: {
	currency: string;
	type: string;
	amount: Dec;
	balance: Dec;
	timestamp: number;
	commission?: Dec;
	paymentMethod?: string;
	blockchainTransactionHash?: string | undefined;
}): void;
export declare function accountOf(ex: Exchange, apiKey: string): Account;
export declare function accountFor(ex: Exchange, ctx: RequestContext): Account;
export declare function assetDef(ex: Exchange, asset: string): AssetDef | undefined;
export declare function balanceOf(ex: Exchange, acct: Account, asset: string): Balance;
export declare function precisionOf(ex: Exchange, asset: string): number;
export declare function lock(ex: Exchange, acct: Account, order: Order, asset: string, amount: Dec): void;
export declare function unlock(ex: Exchange, acct: Account, order: Order): void;
//# sourceMappingURL=ledger.d.ts.map