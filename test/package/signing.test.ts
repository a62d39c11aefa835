/**
 * Signing: the published vector, every signed request fixture, and vectors computed independently
 * with `openssl dgst -sha256 -hmac SECRET` over canonical strings written by hand (symbols with
 * `/` and spaces, decimals, booleans, recvWindow, UTF-16 key order).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRequest, canonicalString, sign } from 'currencycom-ws';
import { FIXTURES } from '../helpers/paths.js';

const vectors = JSON.parse(readFileSync(join(FIXTURES, 'signing-vectors.json'), 'utf8'));
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';

describe('signing', () => {
  it('reproduces the published WebSocket vector W1 (canonical string and hex)', () => {
    const w1 = vectors.vectors.find((v: { name: string }) => v.name === 'ws-n8n-case');
    const payload = { symbol: 'ETH/USD', limit: 5, apiKey: 'my-key', timestamp: 1700000000000 };
    expect(canonicalString(payload)).toBe(w1.message);
    expect(sign(payload, w1.secret)).toBe(w1.hmac_sha256_hex);
    // the signature field itself is never part of what is signed
    expect(canonicalString({ ...payload, signature: 'x' })).toBe(w1.message);
  });

  const signedFixtures = readdirSync(FIXTURES)
    .filter((f) => /^v1-.*-request\.json$/.test(f))
    .map((f) => [f, JSON.parse(readFileSync(join(FIXTURES, f), 'utf8'))] as const)
    .filter(([, m]) => m.payload.signature);
  it.each(signedFixtures)('re-verifies the signature of %s', (_, message) => {
    const { signature, ...rest } = message.payload;
    expect(sign(rest, SECRET)).toBe(signature);
  });

  // Canonical strings written by hand; hex from `printf '%s' "$m" | openssl dgst -sha256 -hmac "$SECRET"`.
  const independent: [string, string, Record<string, unknown>, Record<string, unknown>, string, string][] = [
    ['boolean param', '/api/v1/account', { showZeroBalance: true }, { timestamp: 1700000000000 },
      `apiKey=${KEY}&showZeroBalance=true&timestamp=1700000000000`,
      '610d6884f5b9aa52d0cabdf79ff88d70b14feb33501c8e5a89a020b12b068df0'],
    ['symbol with spaces and a dot, decimal number, recvWindow, timeInForce before timestamp', '/api/v2/order/create',
      { symbol: 'Oil - Brent.', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price: 70.25 },
      { timestamp: 1700000000000, recvWindow: 5000 },
      `apiKey=${KEY}&price=70.25&quantity=0.01&recvWindow=5000&side=BUY&symbol=Oil - Brent.&timeInForce=GTC&timestamp=1700000000000&type=LIMIT`,
      'bbe616c6dd6275ea60191b026ae4f576782c2c42fdc0618b37866216f7bead5a'],
    ['slash symbol, exponent-form number sent plain, decimal string', '/api/v1/order/create',
      { symbol: 'BTC/USD_LEVERAGE', side: 'SELL', type: 'MARKET', quantity: 1e-7, leverage: 2, accountId: '2376109060084932', stopLoss: '6000.5' },
      { timestamp: 1700000000001 },
      `accountId=2376109060084932&apiKey=${KEY}&leverage=2&quantity=0.0000001&side=SELL&stopLoss=6000.5&symbol=BTC/USD_LEVERAGE&timestamp=1700000000001&type=MARKET`,
      'e6b7431e02e4f8c2d754174a619c31034ee423d8217b5c4b33ae6151a1e093e6'],
    ['booleans false and true, maximum recvWindow', '/api/v1/updateTradingPosition',
      { positionId: '00a02503-0079-54c4-0000-00004067006b', guaranteedStopLoss: false, trailingStopLoss: true },
      { timestamp: 1700000000002, recvWindow: 60000 },
      `apiKey=${KEY}&guaranteedStopLoss=false&positionId=00a02503-0079-54c4-0000-00004067006b&recvWindow=60000&timestamp=1700000000002&trailingStopLoss=true`,
      '40ec7e72344108c43cb6ecd56e669fb3ccf78da79f4def08d87f76615b3b690b'],
  ];
  it.each(independent)('%s', (_, destination, params, ctx, canonical, hex) => {
    const frame = buildRequest(destination as never, params as never, { apiKey: KEY, apiSecret: SECRET, correlationId: 1, ...ctx });
    const payload = frame.payload as Record<string, unknown>;
    expect(canonicalString(payload)).toBe(canonical);
    expect(payload.signature).toBe(hex);
    // What goes on the wire rebuilds the same canonical string on the server side.
    const onWire = JSON.parse(JSON.stringify(frame)).payload;
    expect(canonicalString(onWire)).toBe(canonical);
    expect(JSON.stringify(frame)).not.toMatch(/[:,[]-?\d+(\.\d+)?[eE][-+]?\d/); // no exponent notation anywhere
  });
});
