// Generated from kestrel-unversioned.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { ClientCore, type ClientOptions, type RequestOptions, type SubscribeOptions } from './runtime/client.js';
import type { Subscription } from './runtime/subscription.js';
import { createCodec, type FullCodec } from './codec/codec.js';
import { rules, spec } from './spec.js';
import { loaders } from './validators/lazy.js';
import type * as T from './types.js';
import type { EventOf, ParamsOf, ReplyOf, RequestDestinations, StreamDestinations } from './api.js';

/**
 * The clients' codec: an operation's validators are loaded (import()) on its first call, so a
 * bundle that uses a few operations does not carry every operation's validators. Where the main
 * entry's combined validators are loaded (always on Node), it takes them from there instead.
 * Shared by every client, so each loads once.
 */
const clientCodec: FullCodec = createCodec(spec, { ...rules, load: loaders });

/**
 * Kestrel Exchange Socket API
 *
 * One WebSocket connection: typed requests matched to their replies, subscriptions that survive
 * reconnects, heartbeat, client-side rate limits. Each operation of the document is a method.
 * @see docs/README.md
 */
export class KestrelClient extends ClientCore {
  constructor(options: ClientOptions = {}) {
    super(spec, clientCodec, options);
  }

  /** Sends a request to any request destination and resolves with its typed reply. */
  override request<D extends keyof RequestDestinations>(destination: D, params: ParamsOf<D>, options?: RequestOptions): Promise<ReplyOf<D>> {
    return super.request(destination, params, options) as Promise<ReplyOf<D>>;
  }

  /** Subscribes to a stream; the subscription yields its typed events. */
  override subscribe<D extends keyof StreamDestinations>(destination: D, params: ParamsOf<D>, options?: SubscribeOptions): Subscription<EventOf<D>> {
    return super.subscribe(destination, params, options) as Subscription<EventOf<D>>;
  }

  /**
   * Keep the socket open.
   *
   * Answered with an empty body.
   * @see docs/operations.md#op-heartbeat
   */
  heartbeat(params?: T.Empty, options?: RequestOptions): Promise<T.Empty> {
    return this.call("heartbeat", params, options) as Promise<T.Empty>;
  }

  /**
   * Read the wallet.
   *
   * Lists holdings per coin.
   *
   * Signed: the client adds the API key, timestamp and signature.
   * @see docs/operations.md#op-wallet
   */
  wallet(params?: T.WalletQuery, options?: RequestOptions): Promise<T.Wallet> {
    return this.call("wallet", params, options) as Promise<T.Wallet>;
  }

  /**
   * Place a trade.
   *
   * Buys or sells at the market.
   *
   * Signed: the client adds the API key, timestamp and signature. Not idempotent: never sent again after a lost connection; its outcome is then unknown.
   * @see docs/operations.md#op-trade
   */
  trade(params: T.TradeOrder, options?: RequestOptions): Promise<T.TradeDone> {
    return this.call("trade", params, options) as Promise<T.TradeDone>;
  }

  /**
   * Start ticks for pairs.
   *
   * Ticks are pushed on tick.push.
   * @see docs/operations.md#op-startticks
   */
  startTicks(params: T.TicksQuery, options?: SubscribeOptions): Subscription<T.Tick> {
    return this.subscribeOperation("startTicks", params, options) as Subscription<T.Tick>;
  }
}
