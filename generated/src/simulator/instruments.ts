// Generated from asyncapi.yaml and templates/simulator/instruments.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
 * The simulator's instruments and assets: plain data shaped after the API's exchangeInfo,
 * tradingFees and currencies replies (as asyncapi.yaml describes them).
 */

export type MarketType = 'SPOT' | 'LEVERAGE';

export interface InstrumentDef {
  /** The exact symbol string, e.g. `BTC/USD`, `TXN`, `BTC/USD_LEVERAGE`, `Oil - Brent.`. */
  readonly symbol: string;
  readonly name: string;
  /** 64-bit instrument id (kept as a string: it exceeds 2^53). */
  readonly instrumentId: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  /** `USD` for spot, `USD_LEVERAGE` for leverage pairs. */
  readonly quoteAssetId: string;
  readonly marketType: MarketType;
  readonly assetType: string;
  /**
   * API versions whose exchangeInfo and requests see this instrument; absent = every version.
   * (v2 adds the Hong Kong market: dzengi.com/general-websocket-api-information.)
   */
  readonly versions?: readonly string[];
  readonly status: string;
  readonly orderTypes: readonly string[];
  readonly baseAssetPrecision: number;
  readonly quotePrecision: number;
  readonly tickSize: string;
  readonly minQty: string;
  readonly maxQty: string;
  readonly stepSize: string;
  readonly minNotional: string;
  readonly tradingHours: string;
  readonly country?: string;
  readonly sector?: string;
  readonly industry?: string;
  /** Spot commission in percent of the notional. */
  readonly exchangeFee?: string;
  /** Leverage: trading fee in percent of the notional, per side. */
  readonly tradingFee?: string;
  readonly longRate?: string;
  readonly shortRate?: string;
  readonly swapChargeInterval?: number;
  readonly minSLGap?: string;
  readonly maxSLGap?: string;
  readonly minTPGap?: string;
  readonly maxTPGap?: string;
  /** Leverage: the allowed leverages and the default one (leverageSettings). */
  readonly leverages?: readonly number[];
  readonly defaultLeverage?: number;
  // ---- market model ----
  readonly initialPrice: string;
  /** Spread in ticks. */
  readonly spreadTicks: number;
  /** Standard deviation of a market tick's move, as a fraction of the price. */
  readonly volatility: number;
  /** Typical quantity of a quote / depth level / trade. */
  readonly typicalQty: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
const hours = (spans: string): string => 'UTC; ' + WEEKDAYS.map((d) => `${d} ${spans}`).join('; ');
const ALWAYS = 'UTC; Mon - 22:00, 22:05 -; Tue - 22:00, 22:05 -; Wed - 22:00, 22:05 -; Thu - 22:00, 22:05 -; Fri - 22:00, 23:01 -; Sat - 22:00, 22:05 -; Sun - 22:00, 22:05 -';

export const INSTRUMENTS: readonly InstrumentDef[] = [
  {
    symbol: 'BTC/USD',
    name: 'Bitcoin / US Dollar',
    instrumentId: '45076691096786116',
    baseAsset: 'BTC',
    quoteAsset: 'USD',
    quoteAssetId: 'USD',
    marketType: 'SPOT',
    assetType: 'CRYPTOCURRENCY',
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET'],
    baseAssetPrecision: 4,
    quotePrecision: 2,
    tickSize: '0.01',
    minQty: '0.0001',
    maxQty: '100',
    stepSize: '0.0001',
    minNotional: '5',
    tradingHours: ALWAYS,
    exchangeFee: '0.2',
    initialPrice: '30000',
    spreadTicks: 1200,
    volatility: 0.0002,
    typicalQty: '0.5',
  },
  {
    symbol: 'ETH/USD',
    name: 'Ethereum / US Dollar',
    instrumentId: '45076691096786117',
    baseAsset: 'ETH',
    quoteAsset: 'USD',
    quoteAssetId: 'USD',
    marketType: 'SPOT',
    assetType: 'CRYPTOCURRENCY',
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET'],
    baseAssetPrecision: 3,
    quotePrecision: 2,
    tickSize: '0.01',
    minQty: '0.001',
    maxQty: '2000',
    stepSize: '0.001',
    minNotional: '5',
    tradingHours: ALWAYS,
    exchangeFee: '0.2',
    initialPrice: '1800',
    spreadTicks: 90,
    volatility: 0.00025,
    typicalQty: '5',
  },
  {
    symbol: 'TXN',
    name: 'Texas Instruments',
    instrumentId: '45076691096786201',
    baseAsset: 'TXN',
    quoteAsset: 'USD',
    quoteAssetId: 'USD',
    marketType: 'SPOT',
    assetType: 'EQUITY',
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET'],
    baseAssetPrecision: 2,
    quotePrecision: 2,
    tickSize: '0.01',
    minQty: '0.01',
    maxQty: '5000',
    stepSize: '0.01',
    minNotional: '10',
    tradingHours: hours('13:30 - 20:00'),
    country: 'US',
    sector: 'Technology',
    industry: 'Semiconductors',
    exchangeFee: '0.05',
    initialPrice: '139.85',
    spreadTicks: 7,
    volatility: 0.0001,
    typicalQty: '2500',
  },
  {
    symbol: '00700',
    name: 'Tencent Holdings',
    instrumentId: '45076691096786301',
    baseAsset: '00700',
    quoteAsset: 'HKD',
    quoteAssetId: 'HKD',
    marketType: 'SPOT',
    assetType: 'EQUITY',
    versions: ['v2'],
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET'],
    baseAssetPrecision: 0,
    quotePrecision: 2,
    tickSize: '0.2',
    minQty: '1',
    maxQty: '10000',
    stepSize: '1',
    minNotional: '100',
    tradingHours: hours('01:30 - 04:00, 05:00 - 08:00'),
    country: 'HK',
    sector: 'Communication Services',
    industry: 'Internet Content & Information',
    exchangeFee: '0.1',
    initialPrice: '320',
    spreadTicks: 2,
    volatility: 0.00015,
    typicalQty: '400',
  },
  {
    symbol: 'BTC/USD_LEVERAGE',
    name: 'Bitcoin / USD',
    instrumentId: '45076691096786500',
    baseAsset: 'BTC',
    quoteAsset: 'USD',
    quoteAssetId: 'USD_LEVERAGE',
    marketType: 'LEVERAGE',
    assetType: 'CRYPTOCURRENCY',
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET', 'STOP'],
    baseAssetPrecision: 3,
    quotePrecision: 2,
    tickSize: '0.01',
    minQty: '0.001',
    maxQty: '50',
    stepSize: '0.001',
    minNotional: '1',
    tradingHours: ALWAYS,
    tradingFee: '0.075',
    longRate: '-0.0542',
    shortRate: '-0.0136',
    swapChargeInterval: 1440,
    minSLGap: '0.5',
    maxSLGap: '75',
    minTPGap: '0.5',
    maxTPGap: '500',
    leverages: [1, 2, 3, 5],
    defaultLeverage: 2,
    initialPrice: '30010',
    spreadTicks: 1500,
    volatility: 0.0002,
    typicalQty: '0.5',
  },
  {
    symbol: 'Oil - Brent.',
    name: 'Oil - Brent',
    instrumentId: '45076691096786601',
    baseAsset: 'Oil - Brent.',
    quoteAsset: 'USD',
    quoteAssetId: 'USD_LEVERAGE',
    marketType: 'LEVERAGE',
    assetType: 'COMMODITY',
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET', 'STOP'],
    baseAssetPrecision: 1,
    quotePrecision: 2,
    tickSize: '0.01',
    minQty: '0.1',
    maxQty: '1000',
    stepSize: '0.1',
    minNotional: '1',
    tradingHours: hours('01:00 - 21:00'),
    tradingFee: '0.01',
    longRate: '-0.0251',
    shortRate: '-0.0055',
    swapChargeInterval: 1440,
    minSLGap: '0.1',
    maxSLGap: '50',
    minTPGap: '0.1',
    maxTPGap: '300',
    leverages: [1, 2, 5, 10],
    defaultLeverage: 10,
    initialPrice: '80',
    spreadTicks: 4,
    volatility: 0.00015,
    typicalQty: '100',
  },
  {
    symbol: 'Natural Gas',
    name: 'Natural Gas',
    instrumentId: '45076691096786602',
    baseAsset: 'Natural Gas',
    quoteAsset: 'USD',
    quoteAssetId: 'USD_LEVERAGE',
    marketType: 'LEVERAGE',
    assetType: 'COMMODITY',
    versions: ['v2'],
    status: 'TRADING',
    orderTypes: ['LIMIT', 'MARKET', 'STOP'],
    baseAssetPrecision: 0,
    quotePrecision: 3,
    tickSize: '0.001',
    minQty: '10',
    maxQty: '100000',
    stepSize: '10',
    minNotional: '1',
    tradingHours: hours('01:00 - 21:00'),
    tradingFee: '0.02',
    longRate: '-0.0312',
    shortRate: '-0.0081',
    swapChargeInterval: 1440,
    minSLGap: '0.5',
    maxSLGap: '50',
    minTPGap: '0.5',
    maxTPGap: '300',
    leverages: [1, 2, 5, 10],
    defaultLeverage: 5,
    initialPrice: '2.5',
    spreadTicks: 6,
    volatility: 0.0003,
    typicalQty: '2000',
  },
];

export interface AssetDef {
  readonly asset: string;
  readonly name: string;
  readonly precision: number;
  readonly type: string;
  readonly initialBalance: string;
  /** Can margin of leverage positions be held in this currency? */
  readonly collateral: boolean;
  readonly isDefault?: boolean;
  readonly minDeposit?: string;
  readonly minWithdrawal?: string;
  readonly maxWithdrawal?: string;
  readonly commissionFixed?: string;
  readonly commissionPercent?: string;
  readonly commissionMin?: string;
  /** Deposit address style: none for fiat. */
  readonly addressStyle?: 'btc' | 'eth';
}

export const ASSETS: readonly AssetDef[] = [
  { asset: 'USD', name: 'US Dollar', precision: 2, type: 'FIAT', initialBalance: '10000', collateral: true, isDefault: true, minDeposit: '10.0', minWithdrawal: '10.0', maxWithdrawal: '100000.0', commissionPercent: '1.5', commissionMin: '0.02' },
  { asset: 'EUR', name: 'Euro', precision: 2, type: 'FIAT', initialBalance: '0', collateral: true, minDeposit: '90.0', minWithdrawal: '90.0', maxWithdrawal: '100000.0', commissionPercent: '1.5', commissionMin: '0.02' },
  { asset: 'HKD', name: 'Hong Kong Dollar', precision: 2, type: 'FIAT', initialBalance: '50000', collateral: false, minDeposit: '100.0', minWithdrawal: '100.0', maxWithdrawal: '800000.0', commissionPercent: '1.5' },
  { asset: 'BTC', name: 'Bitcoin', precision: 8, type: 'CRYPTO', initialBalance: '1', collateral: false, minDeposit: '0.0001', minWithdrawal: '0.0002', commissionFixed: '0.0001', addressStyle: 'btc' },
  { asset: 'ETH', name: 'Ethereum', precision: 8, type: 'CRYPTO', initialBalance: '10', collateral: false, minDeposit: '0.001', minWithdrawal: '0.005', commissionFixed: '0.002', addressStyle: 'eth' },
  { asset: 'TXN', name: 'Texas Instruments', precision: 2, type: 'TOKENISED_SECURITY', initialBalance: '0', collateral: false },
  { asset: '00700', name: 'Tencent Holdings', precision: 0, type: 'TOKENISED_SECURITY', initialBalance: '0', collateral: false },
];

/** Is the instrument listed in this API version? An empty version means "unversioned": all. */
export function listedIn(inst: InstrumentDef, version: string): boolean {
  return version === '' || inst.versions === undefined || inst.versions.includes(version);
}
