// Generated from kestrel-no-streams.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type * as T from './types.js';

/** The params and reply of every operation, by operationId. */
export interface OperationTypes {
  /**
   * Keep the socket open.
   *
   * Answered with an empty body.
   * @see docs/operations.md#op-heartbeat
   */
  heartbeat: { params: T.Empty; reply: T.Empty; event: never };
  /**
   * Read the wallet.
   *
   * Lists holdings per coin.
   *
   * Versions: alpha, beta. Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-wallet
   */
  wallet: { params: T.WalletQuery; reply: T.Wallet; event: never };
  /**
   * Place a trade.
   *
   * Buys or sells at the market.
   *
   * Versions: beta. Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
   * @see docs/operations.md#op-trade
   */
  trade: { params: T.TradeOrder; reply: T.TradeDone; event: never };
}

/** Request destinations (every version an operation exists in) → their operation's types. */
export interface RequestDestinations {
  hb: OperationTypes["heartbeat"];
  "/rest/alpha/wallet": OperationTypes["wallet"];
  "/rest/beta/wallet": OperationTypes["wallet"];
  "/rest/beta/trade": OperationTypes["trade"];
}

/** Subscription destinations → their operation's types. */
export interface StreamDestinations {
}

/** Pushed event destinations → the event payload type. */
export interface EventTypes {
}

/** API versions of the document. */
export type ApiVersion = "alpha" | "beta";
/** Server names of the document. */
export type ServerName = "live" | "sandbox";

export type Destination = keyof RequestDestinations | keyof StreamDestinations;
type AllDestinations = RequestDestinations & StreamDestinations;
/** The params a destination takes. */
export type ParamsOf<D extends Destination> = AllDestinations[D]['params'];
/** The reply a destination answers with. */
export type ReplyOf<D extends Destination> = AllDestinations[D]['reply'];
/** The events a subscription destination pushes. */
export type EventOf<D extends keyof StreamDestinations> = StreamDestinations[D]['event'];
/** The envelope a request to D is sent in. */
export interface RequestEnvelope<D extends Destination = Destination> {
  route: D;
  ref: number | string;
  body: Record<string, unknown>;
}
