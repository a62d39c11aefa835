// Generated from asyncapi.yaml and templates/simulator/exchange/ledger.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Accounts and balances: seeding accounts, the ledger, locking and unlocking funds. */

import { Dec } from '../decimal.js';
import { ApiErrors } from '../errors.js';
import type { Exchange, ExchangeAccountOptions, RequestContext } from '../exchange.js';
import type { AssetDef } from '../instruments.js';
import { hash32 } from '../rng.js';
import { ACCOUNT_ID_BASE, DAY, hex, type Account, type Balance, type LedgerEntry, type Order } from './records.js';

export function addAccount(ex: Exchange, a: ExchangeAccountOptions, index: number): void {
  if (ex.accounts.has(a.apiKey)) throw new RangeError(`duplicate apiKey ${a.apiKey}`);
  const start = ex.now();
  const acct: Account = {
    apiKey: a.apiKey,
    index,
    userId: String(2_376_109_060_084_932 + index),
    balances: new Map(),
    updateTime: start,
    myTrades: [],
    ledger: [],
  };
  ex.assets.forEach((def, j) => {
    const initial = Dec.from(a.balances?.[def.asset] ?? def.initialBalance);
    acct.balances.set(def.asset, {
      def,
      accountId: (ACCOUNT_ID_BASE + BigInt(index) * 1000n + BigInt(j)).toString(),
      free: initial,
      locked: Dec.ZERO,
    });
    if (initial.isPositive()) {
      const method = def.type === 'CRYPTO' ? 'BLOCKCHAIN' : 'BANK_TRANSFER';
      const txHash = def.type === 'CRYPTO' ? '0x' + [0, 1, 2, 3, 4, 5, 6, 7].map((k) => hex(hash32(ex.seed, a.apiKey, def.asset, k), 8)).join('') : undefined;
      const extra = Dec.from(def.minWithdrawal ?? '0').mulInt(2);
      const deposit = initial.add(extra);
      ledgerAdd(ex, acct, { currency: def.asset, type: 'deposit', amount: deposit, balance: deposit, timestamp: start - 7 * DAY, paymentMethod: method, blockchainTransactionHash: txHash });
      if (extra.isPositive()) {
        ledgerAdd(ex, acct, { currency: def.asset, type: 'withdrawal', amount: extra.neg(), balance: initial, timestamp: start - 3 * DAY, paymentMethod: method, commission: Dec.ZERO });
      }
    }
  });
  ex.accounts.set(a.apiKey, acct);
}

export function ledgerAdd(ex: Exchange, acct: Account, e: { currency: string; type: string; amount: Dec; balance: Dec; timestamp: number; commission?: Dec; paymentMethod?: string; blockchainTransactionHash?: string | undefined }): void {
  const entry: { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } = {
    id: String(ex.ledgerSeq++),
    balance: e.balance,
    amount: e.amount,
    currency: e.currency,
    type: e.type,
    timestamp: e.timestamp,
    status: 'PROCESSED',
  };
  if (e.commission !== undefined) entry.commission = e.commission;
  if (e.paymentMethod !== undefined) entry.paymentMethod = e.paymentMethod;
  if (e.blockchainTransactionHash !== undefined) entry.blockchainTransactionHash = e.blockchainTransactionHash;
  acct.ledger.push(entry);
}

export function accountOf(ex: Exchange, apiKey: string): Account {
  const a = ex.accounts.get(apiKey);
  if (!a) throw ApiErrors.rejectedApiKey();
  return a;
}

export function accountFor(ex: Exchange, ctx: RequestContext): Account {
  if (ctx.apiKey === undefined) throw ApiErrors.rejectedApiKey();
  return accountOf(ex, ctx.apiKey);
}

export function assetDef(ex: Exchange, asset: string): AssetDef | undefined {
  return ex.assets.find((a) => a.asset === asset);
}

export function balanceOf(ex: Exchange, acct: Account, asset: string): Balance {
  let b = acct.balances.get(asset);
  if (!b) {
    const def: AssetDef = { asset, name: asset, precision: 8, type: 'TOKEN', initialBalance: '0', collateral: false };
    b = { def, accountId: (ACCOUNT_ID_BASE + BigInt(acct.index) * 1000n + 900n + BigInt(acct.balances.size)).toString(), free: Dec.ZERO, locked: Dec.ZERO };
    acct.balances.set(asset, b);
  }
  return b;
}

export function precisionOf(ex: Exchange, asset: string): number {
  return assetDef(ex, asset)?.precision ?? 8;
}

export function lock(ex: Exchange, acct: Account, order: Order, asset: string, amount: Dec): void {
  const b = balanceOf(ex, acct, asset);
  b.free = b.free.sub(amount);
  b.locked = b.locked.add(amount);
  order.lockedAsset = asset;
  order.lockedAmount = amount;
  acct.updateTime = ex.now();
}

export function unlock(ex: Exchange, acct: Account, order: Order): void {
  if (order.lockedAsset === undefined) return;
  const b = balanceOf(ex, acct, order.lockedAsset);
  b.locked = b.locked.sub(order.lockedAmount);
  b.free = b.free.add(order.lockedAmount);
  order.lockedAsset = undefined;
  order.lockedAmount = Dec.ZERO;
  acct.updateTime = ex.now();
}
