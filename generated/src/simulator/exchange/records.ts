// Generated from asyncapi.yaml and templates/simulator/exchange/records.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** The simulated exchange's records: balances, orders and their fills, positions, executions, ledger entries, accounts. */

import { Dec } from '../decimal.js';
import type { AssetDef, InstrumentDef } from '../instruments.js';

export type Side = 'BUY' | 'SELL';

export type OrderType = 'LIMIT' | 'MARKET' | 'STOP';

export type OrderStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'EXPIRED' | 'REJECTED';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK';

export interface Balance {
  readonly def: AssetDef;
  readonly accountId: string;
  free: Dec;
  locked: Dec;
}

export interface Fill {
  readonly price: Dec;
  readonly qty: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly tradeId: string;
  readonly time: number;
  readonly maker: boolean;
}

export interface Order {
  readonly orderId: string;
  readonly apiKey: string;
  readonly inst: InstrumentDef;
  readonly side: Side;
  readonly type: OrderType;
  price: Dec | undefined;
  readonly origQty: Dec;
  executedQty: Dec;
  status: OrderStatus;
  readonly timeInForce: TimeInForce;
  readonly time: number;
  updateTime: number;
  /** The collateral balance's accountId (leverage) or the quote balance's (spot). */
  readonly accountId: string;
  readonly leverage: number | undefined;
  takeProfit: Dec | undefined;
  stopLoss: Dec | undefined;
  guaranteedStopLoss: boolean;
  trailingStopLoss: boolean;
  expireTimestamp: number | undefined;
  /** What is reserved while the order rests. */
  lockedAsset: string | undefined;
  lockedAmount: Dec;
  readonly fills: Fill[];
  execPrice: Dec | undefined;
  rejectReason: string | undefined;
  positionId: string | undefined;
}

export interface Position {
  readonly id: string;
  readonly apiKey: string;
  readonly accountId: string;
  readonly inst: InstrumentDef;
  readonly orderId: string;
  /** Signed: negative = short. */
  readonly openQuantity: Dec;
  readonly openPrice: Dec;
  readonly leverage: number;
  /** The margin held (locked) in the collateral balance. */
  readonly cost: Dec;
  state: 'ACTIVE' | 'INACTIVE';
  fee: Dec;
  rpl: Dec;
  closePrice: Dec | undefined;
  closeQuantity: Dec;
  closeTimestamp: number | undefined;
  readonly openTimestamp: number;
  takeProfit: Dec | undefined;
  stopLoss: Dec | undefined;
  guaranteedStopLoss: boolean;
  trailingStopLoss: boolean;
}

export interface ExecReport {
  readonly positionId: string;
  readonly accountId: string;
  readonly currency: string;
  readonly inst: InstrumentDef;
  readonly execId: string;
  readonly execTimestamp: number;
  readonly status: 'OPENED' | 'MODIFIED' | 'CLOSED';
  readonly source: 'USER' | 'TP' | 'SL';
  readonly price: Dec;
  readonly quantity: Dec;
  readonly fee: Dec;
  readonly rpl: Dec;
  readonly stopLoss: Dec | undefined;
  readonly takeProfit: Dec | undefined;
  readonly trailingStopLoss: boolean;
  readonly gSL: boolean;
}

export interface MyTrade {
  readonly symbol: string;
  readonly id: string;
  readonly orderId: string;
  readonly price: Dec;
  readonly qty: Dec;
  readonly quoteQty: Dec;
  readonly commission: Dec;
  readonly commissionAsset: string;
  readonly time: number;
  readonly isBuyer: boolean;
  readonly isMaker: boolean;
}

export interface LedgerEntry {
  readonly id: string;
  readonly balance: Dec;
  readonly amount: Dec;
  readonly currency: string;
  readonly type: string;
  readonly timestamp: number;
  readonly commission?: Dec;
  readonly paymentMethod?: string;
  readonly blockchainTransactionHash?: string;
  readonly status: 'APPROVAL' | 'PROCESSED' | 'CANCELLED';
}

export interface Account {
  readonly apiKey: string;
  readonly index: number;
  readonly userId: string;
  readonly balances: Map<string, Balance>;
  updateTime: number;
  readonly myTrades: MyTrade[];
  readonly ledger: LedgerEntry[];
}

export const ACCOUNT_ID_BASE = 109698017416453793n;

export const DAY = 86_400_000;

export function hex(n: number | bigint, width: number): string {
  return n.toString(16).padStart(width, '0').slice(-width);
}
