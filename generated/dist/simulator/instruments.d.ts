// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* The simulator's instruments and assets: plain data shaped after the API's exchangeInfo,
* tradingFees and currencies replies (as asyncapi.yaml describes them).
*/
export type MarketType = "SPOT" | "LEVERAGE";
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
	readonly initialPrice: string;
	/** Spread in ticks. */
	readonly spreadTicks: number;
	/** Standard deviation of a market tick's move, as a fraction of the price. */
	readonly volatility: number;
	/** Typical quantity of a quote / depth level / trade. */
	readonly typicalQty: string;
}
export declare const INSTRUMENTS: readonly InstrumentDef[];
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
	readonly addressStyle?: "btc" | "eth";
}
export declare const ASSETS: readonly AssetDef[];
/** Is the instrument listed in this API version? An empty version means "unversioned": all. */
export declare function listedIn(inst: InstrumentDef, version: string): boolean;
//# sourceMappingURL=instruments.d.ts.map