// Generated from kestrel-unversioned.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/* eslint-disable */
// Wire types of every schema of the document, made by Modelina.

/**
 * No content.
 */
export interface Empty {

}

/**
 * One coin held.
 */
export interface Holding {
  /**
   * The coin.
   */
  coin: string;
  /**
   * How much
   */
  amount: string;
}

/**
 * A last price.
 */
export interface Tick {
  /**
   * The pair.
   */
  pair: string;
  /**
   * The last price.
   */
  last: number;
  /**
   * When
   */
  at?: number;
}

/**
 * Pairs to tick.
 */
export interface TicksQuery {
  /**
   * The pairs.
   */
  pairs: string[];
}

/**
 * A trade that happened.
 */
export interface TradeDone {
  /**
   * Its number.
   */
  tradeNo?: string;
  /**
   * How much was filled.
   */
  filled?: string;
}

/**
 * A market trade.
 */
export interface TradeOrder {
  /**
   * The pair
   */
  pair: string;
  /**
   * Direction of a trade.
   *
   * One of: "up", "down".
   *
   * Also accepted: UP (= up), DOWN (= down).
   */
  way: Way;
  /**
   * How much.
   */
  size: string | number;
}

/**
 * The wallet.
 */
export interface Wallet {
  /**
   * Every holding.
   */
  holdings: Holding[];
}

/**
 * Which coins to list.
 */
export interface WalletQuery {
  /**
   * One coin only.
   */
  coin?: string;
}

export type Way = "up" | "down";
