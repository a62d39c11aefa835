/**
 * Type-level contract of currencycom-ws, checked by tsc (test/generator/contract-types.test.ts):
 * lines marked @ts-expect-error must fail to compile, the others must compile.
 */
import { buildRequest, CurrencyComClient, validateReply, type Account, type OrderBook, type QuoteEvent, type ReplyOf, type ParamsOf } from 'currencycom-ws';

const ctx = { apiKey: 'k', apiSecret: 's', timestamp: 1, correlationId: 1 };

// Params are checked against the destination.
buildRequest('/api/v1/account', { showZeroBalance: true }, ctx);
// @ts-expect-error unknown param for this destination
buildRequest('/api/v1/account', { symbol: 'BTC/USD' }, ctx);
// @ts-expect-error missing required symbol
buildRequest('/api/v1/depth', { limit: 5 }, ctx);
// @ts-expect-error fetchOrder exists only in v2
buildRequest('/api/v1/fetchOrder', { symbol: 'BTC/USD', orderId: 'x' }, ctx);
buildRequest('/api/v2/fetchOrder', { symbol: 'BTC/USD', orderId: 'x' }, ctx);
// @ts-expect-error enum value out of range
buildRequest('/api/v1/order/create', { symbol: 'BTC/USD', side: 'HOLD', type: 'MARKET', quantity: 1 }, ctx);

// Reply types are looked up by destination.
const accountReply: ReplyOf<'/api/v2/account'> = {} as Account;
const depthParams: ParamsOf<'/api/v1/depth'> = { symbol: 'BTC/USD' };

async function client(c: CurrencyComClient): Promise<void> {
  const book: OrderBook = await c.request('/api/v1/depth', { symbol: 'BTC/USD' });
  // @ts-expect-error the reply of depth is not an Account
  const wrong: Account = await c.request('/api/v1/depth', { symbol: 'BTC/USD' });
  const account: Account = await c.account();
  for await (const quote of c.subscribeMarketData({ symbols: ['BTC/USD'] })) {
    const q: QuoteEvent = quote;
    void q.ofr;
  }
  // @ts-expect-error symbols is required
  c.subscribeMarketData({});
  const r = validateReply('/api/v1/account', {});
  if (r.valid) void r.value.balances;
  void book, wrong, account, accountReply, depthParams;
}
void client;
