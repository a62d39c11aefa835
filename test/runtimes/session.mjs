// A short session of the package as a user of another runtime writes it (plain JavaScript, the
// package imported by its name): run by test/platform/other-runtimes.test.ts with Bun and Deno.
// Arguments: the simulator's URL, an API key and secret it accepts. Prints one JSON line.
const [url, apiKey, apiSecret] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const { CurrencyComClient, buildRequest, InvalidRequestError } = await import('currencycom-ws');

const client = new CurrencyComClient({ url, apiKey, apiSecret, reconnect: false });
const states = [];
client.on('state', (change) => states.push(change.state));
await client.connect();
const book = await client.depth({ symbol: 'BTC/USD', limit: 5 });
const account = await client.account(); // signed: the simulator checks the signature
const quotes = [];
for await (const quote of client.subscribeMarketData({ symbols: ['BTC/USD'] })) {
  quotes.push({ symbol: quote.symbolName, bid: quote.bid, ofr: quote.ofr });
  if (quotes.length === 2) break;
}
let refused;
try {
  await client.depth({ symbol: 'BTC/USD', limit: 'ten' });
} catch (error) {
  refused = { code: error.code, field: error.field, typed: error instanceof InvalidRequestError };
}
const frame = buildRequest('/api/v1/account', {}, { apiKey: 'k', apiSecret: 's3cret', timestamp: 1700000000000, correlationId: 1 });
await client.close();
console.log(JSON.stringify({
  runtime: globalThis.Deno ? `deno ${globalThis.Deno.version.deno}` : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.version}`,
  builtinWebSocket: typeof globalThis.WebSocket === 'function',
  states,
  bids: book.bids.length,
  balances: account.balances.length,
  quotes,
  refused,
  signature: frame.payload.signature,
}));
