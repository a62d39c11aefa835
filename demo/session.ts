/**
 * The demonstration `npm start` runs after regenerating: a short session of the generated client
 * against the embedded simulator — or, with `--server demo` and CURRENCYCOM_API_KEY /
 * CURRENCYCOM_API_SECRET, against the real demo server through the same code path.
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { CurrencyComClient, type ExchangeSymbol, type QuoteEvent } from 'currencycom-ws';
import { startSimulator } from 'currencycom-ws/simulator';

const { values } = parseArgs({
  options: {
    server: { type: 'string' },
    seconds: { type: 'string', default: '3' },
  },
});

const SPOT = ['BTC/USD', 'ETH/USD'];
const lines: [string, string][] = [];
const note = (what: string, result: string) => {
  lines.push([what, result]);
  console.log(`  ${what.padEnd(26)} ${result}`);
};

async function main(): Promise<void> {
  let close = async () => {};
  let client: CurrencyComClient;
  if (values.server) {
    const apiKey = process.env.CURRENCYCOM_API_KEY;
    const apiSecret = process.env.CURRENCYCOM_API_SECRET;
    if (!apiKey || !apiSecret) throw new Error('--server needs CURRENCYCOM_API_KEY and CURRENCYCOM_API_SECRET in the environment');
    client = new CurrencyComClient({ server: values.server as never, apiKey, apiSecret });
    console.log(`session against the ${values.server} server`);
  } else {
    const apiKey = 'demo-' + randomBytes(6).toString('hex');
    const apiSecret = randomBytes(24).toString('hex');
    const simulator = await startSimulator({ apiKey, apiSecret, seed: 7, tickMs: 100 });
    close = () => simulator.close();
    client = new CurrencyComClient({ url: simulator.url, apiVersion: 'v2', apiKey, apiSecret });
    console.log(`session against the embedded simulator at ${simulator.url}`);
  }
  client.on('warning', (w) => console.warn('  warning:', w.message));

  const started = performance.now();
  try {
    await client.connect();
    const info = await client.exchangeInfo();
    note('exchangeInfo', `${info.symbols.length} symbols, ${info.rateLimits?.length ?? 0} rate limits`);
    const symbols = new Map<string, ExchangeSymbol>(info.symbols.map((s) => [s.symbol, s]));

    // A few seconds of quotes and depth.
    const quotes = client.subscribeMarketData({ symbols: SPOT });
    const depth = client.subscribeDepthMarketData({ symbols: [SPOT[0]!] });
    const last = new Map<string, QuoteEvent>();
    let quoteCount = 0;
    let depthCount = 0;
    let book = '';
    quotes.on('data', (q) => {
      quoteCount++;
      last.set(q.symbolName, q);
    });
    depth.on('data', (d) => {
      depthCount++;
      const bids = Object.keys(d.data.bid ?? {}).map(Number).sort((a, b) => b - a);
      const asks = Object.keys(d.data.ofr ?? {}).map(Number).sort((a, b) => a - b);
      book = `${bids.length}x${asks.length} levels, best ${bids[0]} / ${asks[0]}`;
    });
    await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000));
    quotes.close();
    depth.close();
    note('quotes', `${quoteCount} events; ${[...last.values()].map((q) => `${q.symbolName} ${q.bid}/${q.ofr}`).join(', ')}`);
    note('depth', `${depthCount} snapshots of ${SPOT[0]}; ${book}`);

    const before = await client.account({ showZeroBalance: true });
    const usd = (a: typeof before) => a.balances.find((b) => b.asset === 'USD')?.free ?? '?';
    note('account', `${before.balances.length} balances, USD ${usd(before)}`);

    // A LIMIT order well below the market rests; it is listed, then cancelled.
    const eth = symbols.get(SPOT[1]!);
    const ethQuote = last.get(SPOT[1]!);
    if (!eth || !ethQuote) throw new Error(`no quote for ${SPOT[1]}`);
    const limitPrice = roundTo(ethQuote.bid * 0.9, Number(eth.tickSize ?? 0.01));
    const quantity = minQuantity(eth, Number(limitPrice));
    const resting = await client.createOrder({ symbol: eth.symbol, side: 'BUY', type: 'LIMIT', quantity, price: limitPrice, timeInForce: 'GTC' });
    note('LIMIT order created', `${resting.orderId} ${resting.status} ${quantity} @ ${limitPrice}`);
    const open = await client.openOrders({ symbol: eth.symbol });
    note('openOrders', `${open.openOrders.length} open, ours listed: ${open.openOrders.some((o) => o.orderId === resting.orderId)}`);
    const cancelled = await client.cancelOrder({ symbol: eth.symbol, orderId: resting.orderId });
    note('LIMIT order cancelled', `${cancelled.status}`);

    // A MARKET order fills.
    const btc = symbols.get(SPOT[0]!);
    const btcQuote = last.get(SPOT[0]!);
    if (!btc || !btcQuote) throw new Error(`no quote for ${SPOT[0]}`);
    const filled = await client.createOrder({ symbol: btc.symbol, side: 'BUY', type: 'MARKET', quantity: minQuantity(btc, btcQuote.ofr) });
    note('MARKET order', `${filled.status}, executed ${filled.executedQty} @ ${filled.price}`);
    const after = await client.account({ showZeroBalance: true });
    note('account after', `USD ${usd(before)} -> ${usd(after)}`);
  } finally {
    await client.close();
    await close();
  }
  console.log(`session done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${lines.length} steps, all answered`);
}

/** The smallest quantity the symbol's filters allow that is also worth its minimum notional. */
function minQuantity(symbol: ExchangeSymbol, price: number): string {
  const filter = (type: string) => symbol.filters?.find((f) => f.filterType === type);
  const step = Number(filter('LOT_SIZE')?.stepSize ?? filter('LOT_SIZE')?.minQty ?? '0.0001');
  let quantity = Number(filter('LOT_SIZE')?.minQty ?? step);
  const notional = Number(filter('MIN_NOTIONAL')?.minNotional ?? 0);
  if (quantity * price < notional) quantity = Math.ceil(notional / price / step) * step;
  return quantity.toFixed(decimals(step));
}

function roundTo(value: number, tick: number): string {
  return (Math.round(value / tick) * tick).toFixed(decimals(tick));
}

function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('session failed:', error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : error);
    process.exit(1);
  },
);
