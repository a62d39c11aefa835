// Generated from asyncapi.yaml and templates/simulator/exchange.ts by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
/**
 * The simulated exchange: accounts, balances, orders, fills, leverage positions and the market
 * data requests, with the API's field names, reply shapes and error codes (catalogue sections 2,
 * 5). Pure and deterministic: no I/O, time comes from the injected clock, randomness from the
 * seeded market. Every operation is a method; `request(operationId, params, ctx)` dispatches by
 * the API's operationIds and throws `ApiError` for what the API would refuse.
 */
import { Dec } from './decimal.js';
import { ApiError, ApiErrors } from './errors.js';
import { ASSETS, INSTRUMENTS, listedIn } from './instruments.js';
import { Market, normalizeCandleType, normalizeInterval } from './market.js';
import { hash32 } from './rng.js';
const ACCOUNT_ID_BASE = 109698017416453793n;
const DAY = 86_400_000;
function hex(n, width) {
    return n.toString(16).padStart(width, '0').slice(-width);
}
// ---------------------------------------------------------------------------------------------
// Parameter readers (throw the API's errors)
function has(p, name) {
    return p[name] !== undefined && p[name] !== null;
}
function optString(p, name) {
    if (!has(p, name))
        return undefined;
    const v = p[name];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    throw ApiErrors.illegalParam(name);
}
function reqString(p, name) {
    const v = optString(p, name);
    if (v === undefined || v === '')
        throw ApiErrors.mandatoryParam(name);
    return v;
}
function optDec(p, name) {
    if (!has(p, name))
        return undefined;
    const d = Dec.parse(p[name]);
    if (d === undefined)
        throw ApiErrors.illegalParam(name);
    return d;
}
function optInt(p, name) {
    if (!has(p, name))
        return undefined;
    const v = p[name];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n))
        throw ApiErrors.illegalParam(name);
    return n;
}
function optBool(p, name) {
    if (!has(p, name))
        return undefined;
    const v = p[name];
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw ApiErrors.illegalParam(name);
}
function optLimit(p, name, def, max) {
    const v = optInt(p, name);
    if (v === undefined)
        return def;
    if (v < 1 || v > max)
        throw ApiErrors.illegalParam(name, `must be between 1 and ${max}`);
    return v;
}
function optEnum(p, name, values) {
    const v = optString(p, name);
    if (v === undefined)
        return undefined;
    const up = v.toUpperCase();
    const found = values.find((x) => x === up);
    if (found === undefined)
        throw ApiErrors.illegalParam(name, `must be one of ${values.join(', ')}`);
    return found;
}
function withinTime(items, time, from, to) {
    return items.filter((i) => (from === undefined || time(i) >= from) && (to === undefined || time(i) <= to));
}
/** The newest `limit` items, oldest first. */
function newest(items, limit) {
    return items.slice(Math.max(0, items.length - limit));
}
// ---------------------------------------------------------------------------------------------
export class Exchange {
    market;
    now;
    instruments;
    bySymbol = new Map();
    assets;
    accounts = new Map();
    orders = new Map();
    positions = new Map();
    history = [];
    seed;
    orderSeq = 0x6eaaaa0;
    positionSeq = 0x803e73d3;
    tradeSeq = 116_046_000;
    requestSeq = 242_040;
    ledgerSeq = 619_031_000;
    execSeq = 1_000_000;
    /** operationId → handler. */
    handlers;
    constructor(options) {
        this.now = options.now ?? Date.now;
        this.seed = (options.seed ?? 1) >>> 0;
        this.instruments = options.instruments ?? INSTRUMENTS;
        this.assets = options.assets ?? ASSETS;
        for (const i of this.instruments)
            this.bySymbol.set(i.symbol, i);
        this.market = options.market ?? new Market({ seed: this.seed, instruments: this.instruments, startTime: this.now() });
        options.accounts.forEach((a, i) => this.addAccount(a, i));
        this.handlers = {
            time: () => this.time(),
            exchangeInfo: (c) => this.exchangeInfo(c),
            depth: (c, p) => this.depth(c, p),
            aggTrades: (c, p) => this.aggTrades(c, p),
            klines: (c, p) => this.klines(c, p),
            ticker24hr: (c, p) => this.ticker24hr(c, p),
            account: (c, p) => this.account(c, p),
            leverageSettings: (c, p) => this.leverageSettings(c, p),
            myTrades: (c, p) => this.myTrades(c, p),
            tradingFees: (c) => this.tradingFees(c),
            tradingLimits: (c) => this.tradingLimits(c),
            fundingLimits: (c) => this.fundingLimits(c),
            currencies: (c) => this.currencies(c),
            depositAddress: (c, p) => this.depositAddress(c, p),
            deposits: (c, p) => this.transactionsOf(c, p, (e) => e.type === 'deposit'),
            withdrawals: (c, p) => this.transactionsOf(c, p, (e) => e.type === 'withdrawal'),
            transactions: (c, p) => this.transactionsOf(c, p, (e) => e.type === 'deposit' || e.type === 'withdrawal'),
            ledger: (c, p) => this.transactionsOf(c, p, () => true),
            createOrder: (c, p) => this.createOrder(c, p),
            cancelOrder: (c, p) => this.cancelOrder(c, p),
            openOrders: (c, p) => this.openOrders(c, p),
            fetchOrder: (c, p) => this.fetchOrder(c, p),
            updateTradingOrder: (c, p) => this.updateTradingOrder(c, p),
            tradingPositions: (c) => this.tradingPositions(c),
            tradingPositionsHistory: (c, p) => this.tradingPositionsHistory(c, p),
            updateTradingPosition: (c, p) => this.updateTradingPosition(c, p),
            closeTradingPosition: (c, p) => this.closeTradingPosition(c, p),
        };
    }
    /** Runs operation `operationId`; throws ApiError as the API would refuse. */
    request(operationId, params, ctx) {
        const h = Object.prototype.hasOwnProperty.call(this.handlers, operationId) ? this.handlers[operationId] : undefined;
        if (!h)
            throw ApiErrors.notSupported(operationId);
        return h(ctx, params);
    }
    supports(operationId) {
        return Object.prototype.hasOwnProperty.call(this.handlers, operationId);
    }
    hasApiKey(apiKey) {
        return this.accounts.has(apiKey);
    }
    /** Advances the market one step, then fills crossing orders and triggers TP/SL. */
    tick(now = this.now()) {
        const result = this.market.tick(now);
        this.processBook(now);
        return result;
    }
    /** A balance as decimal strings (for tests and tools). */
    balance(apiKey, asset) {
        const b = this.accountOf(apiKey).balances.get(asset);
        if (!b)
            throw new RangeError(`no balance in ${asset}`);
        return { free: b.free.toString(), locked: b.locked.toString(), accountId: b.accountId };
    }
    /** The instruments listed in `version`. */
    listed(version) {
        return this.instruments.filter((i) => listedIn(i, version));
    }
    /** The instrument of a symbol as a versioned request sees it, or -1121. */
    instrument(version, symbol) {
        const inst = this.bySymbol.get(symbol);
        if (!inst || !listedIn(inst, version))
            throw ApiErrors.invalidSymbol();
        return inst;
    }
    // ---- utility and public market data ------------------------------------------------------
    time() {
        return { serverTime: this.now() };
    }
    exchangeInfo(ctx) {
        return {
            timezone: 'UTC',
            serverTime: this.now(),
            rateLimits: [
                { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 1200 },
                { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 1, limit: 10 },
                { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 864000 },
            ],
            exchangeFilters: [],
            symbols: this.listed(ctx.version).map((i) => this.symbolInfo(i)),
        };
    }
    symbolInfo(i) {
        const tick = Dec.from(i.tickSize);
        const info = {
            symbol: i.symbol,
            name: i.name,
            status: i.status,
            baseAsset: i.baseAsset,
            baseAssetPrecision: i.baseAssetPrecision,
            quoteAsset: i.quoteAsset,
            quoteAssetId: i.quoteAssetId,
            quotePrecision: i.quotePrecision,
            orderTypes: [...i.orderTypes],
            filters: [
                { filterType: 'LOT_SIZE', minQty: i.minQty, maxQty: i.maxQty, stepSize: i.stepSize },
                { filterType: 'MIN_NOTIONAL', minNotional: i.minNotional },
                { filterType: 'PRICE_FILTER', minPrice: i.tickSize, maxPrice: '10000000', tickSize: i.tickSize },
            ],
            marketModes: ['REGULAR'],
            marketType: i.marketType,
            assetType: i.assetType,
            tradingHours: i.tradingHours,
            tickSize: tick.toNumber(),
            tickValue: tick.toNumber(),
        };
        if (i.country !== undefined)
            info.country = i.country;
        if (i.sector !== undefined)
            info.sector = i.sector;
        if (i.industry !== undefined)
            info.industry = i.industry;
        if (i.marketType === 'SPOT') {
            info.exchangeFee = Dec.from(i.exchangeFee ?? '0').toNumber();
        }
        else {
            const fee = Dec.from(i.tradingFee ?? '0').toNumber();
            info.tradingFee = fee;
            info.makerFee = fee;
            info.takerFee = fee;
            info.longRate = Dec.from(i.longRate ?? '0').toNumber();
            info.shortRate = Dec.from(i.shortRate ?? '0').toNumber();
            info.swapChargeInterval = i.swapChargeInterval ?? 1440;
            info.maxSLGap = Dec.from(i.maxSLGap ?? '0').toNumber();
            info.minSLGap = Dec.from(i.minSLGap ?? '0').toNumber();
            info.maxTPGap = Dec.from(i.maxTPGap ?? '0').toNumber();
            info.minTPGap = Dec.from(i.minTPGap ?? '0').toNumber();
        }
        return info;
    }
    depth(ctx, p) {
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const limit = optInt(p, 'limit') ?? 100;
        if (![5, 10, 20, 50, 100, 500, 1000, 5000].includes(limit)) {
            throw ApiErrors.illegalParam('limit', 'valid limits are 5, 10, 20, 50, 100, 500, 1000, 5000');
        }
        const book = this.market.depth(inst.symbol, limit);
        return {
            lastUpdateId: book.updateId,
            asks: book.asks.map((l) => [l.price.toNumber(), l.qty.toNumber()]),
            bids: book.bids.map((l) => [l.price.toNumber(), l.qty.toNumber()]),
        };
    }
    aggTrades(ctx, p) {
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const startTime = optInt(p, 'startTime');
        const endTime = optInt(p, 'endTime');
        const limit = optLimit(p, 'limit', 500, 1000);
        if (startTime !== undefined && endTime !== undefined && (endTime < startTime || endTime - startTime >= 3_600_000)) {
            throw ApiErrors.invalidCombination('startTime and endTime must be less than an hour apart');
        }
        const query = { limit };
        if (startTime !== undefined)
            query.startTime = startTime;
        if (endTime !== undefined)
            query.endTime = endTime;
        const trades = this.market.trades(inst.symbol, query);
        return {
            aggTrades: trades.map((t) => ({ a: t.id, p: t.price.toFixed(inst.quotePrecision), q: '0.0', T: t.ts, m: !t.buyer })),
        };
    }
    klines(ctx, p) {
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const intervalRaw = reqString(p, 'interval');
        const interval = normalizeInterval(intervalRaw);
        if (!interval)
            throw ApiErrors.illegalParam('interval', 'valid intervals are 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w');
        const type = normalizeCandleType(p.type);
        if (!type)
            throw ApiErrors.illegalParam('type', 'valid types are classic and heikin-ashi');
        const priceType = optString(p, 'priceType');
        if (priceType !== undefined && !['bid', 'ask'].includes(priceType.toLowerCase())) {
            throw ApiErrors.illegalParam('priceType', 'valid price types are bid and ask');
        }
        const startTime = optInt(p, 'startTime');
        const endTime = optInt(p, 'endTime');
        const limit = optLimit(p, 'limit', 500, 1000);
        const q = { limit, type };
        if (startTime !== undefined)
            q.startTime = startTime;
        if (endTime !== undefined)
            q.endTime = endTime;
        const bars = this.market.klines(inst.symbol, interval, this.now(), q);
        const dp = inst.quotePrecision;
        return { lines: bars.map((b) => [b.t, b.o.toFixed(dp), b.h.toFixed(dp), b.l.toFixed(dp), b.c.toFixed(dp), b.volume]) };
    }
    ticker24hr(ctx, p) {
        const symbol = optString(p, 'symbol');
        const insts = symbol === undefined ? this.listed(ctx.version) : [this.instrument(ctx.version, symbol)];
        const now = this.now();
        return {
            tickers: insts.map((i) => {
                const t = this.market.ticker24h(i.symbol, now);
                const dp = i.quotePrecision;
                const change = t.lastPrice.sub(t.openPrice);
                return {
                    symbol: i.symbol,
                    priceChange: change.toFixed(dp),
                    priceChangePercent: t.openPrice.isZero() ? '0.00' : change.mulInt(100).div(t.openPrice).toFixed(2),
                    weightedAvgPrice: t.weightedAvgPrice.toFixed(dp),
                    prevClosePrice: t.prevClosePrice.toFixed(dp),
                    lastPrice: t.lastPrice.toFixed(dp),
                    lastQty: t.lastQty.toApi(),
                    bidPrice: t.bidPrice.toFixed(dp),
                    askPrice: t.askPrice.toFixed(dp),
                    openPrice: t.openPrice.toFixed(dp),
                    highPrice: t.highPrice.toFixed(dp),
                    lowPrice: t.lowPrice.toFixed(dp),
                    volume: t.volume.toApi(),
                    quoteVolume: t.quoteVolume.toApi(),
                    openTime: t.openTime,
                    closeTime: t.closeTime,
                };
            }),
        };
    }
    // ---- account ------------------------------------------------------------------------------
    account(ctx, p) {
        const acct = this.accountFor(ctx);
        const showZero = optBool(p, 'showZeroBalance') ?? false;
        const balances = [...acct.balances.values()]
            .filter((b) => showZero || !b.free.isZero() || !b.locked.isZero())
            .map((b) => ({
            accountId: b.accountId,
            collateralCurrency: b.def.collateral,
            asset: b.def.asset,
            free: b.free.toFixed(b.def.precision),
            locked: b.locked.toFixed(b.def.precision),
            default: b.def.isDefault === true,
        }));
        return {
            makerCommission: '0.20',
            takerCommission: '0.20',
            buyerCommission: '0.20',
            sellerCommission: '0.20',
            canTrade: true,
            canWithdraw: true,
            canDeposit: true,
            updateTime: Math.floor(acct.updateTime / 1000),
            userId: acct.userId,
            balances,
        };
    }
    leverageSettings(ctx, p) {
        this.accountFor(ctx);
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        if (inst.marketType !== 'LEVERAGE')
            throw ApiErrors.onlyLeverageSymbol(inst.symbol);
        return { values: [...(inst.leverages ?? [1])], value: inst.defaultLeverage ?? 1 };
    }
    myTrades(ctx, p) {
        const acct = this.accountFor(ctx);
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const limit = optLimit(p, 'limit', 500, 1000);
        const trades = withinTime(acct.myTrades.filter((t) => t.symbol === inst.symbol), (t) => t.time, optInt(p, 'startTime'), optInt(p, 'endTime'));
        return {
            myTrades: newest(trades, limit).map((t) => ({
                symbol: t.symbol,
                id: t.id,
                orderId: t.orderId,
                price: t.price.toFixed(inst.quotePrecision),
                qty: t.qty.toApi(),
                quoteQty: t.quoteQty.toApi(),
                commission: t.commission.toApi(),
                commissionAsset: t.commissionAsset,
                time: t.time,
                buyer: t.isBuyer,
                maker: t.isMaker,
                isBuyer: t.isBuyer,
                isMaker: t.isMaker,
            })),
        };
    }
    tradingFees(ctx) {
        this.accountFor(ctx);
        const now = this.now();
        const nextSwap = Math.floor(now / DAY) * DAY + 22 * 3_600_000 + (now % DAY >= 22 * 3_600_000 ? DAY : 0);
        return {
            fees: this.listed(ctx.version).map((i) => ({
                symbol: i.symbol,
                name: i.name,
                fee: Dec.from(i.marketType === 'LEVERAGE' ? (i.tradingFee ?? '0') : (i.exchangeFee ?? '0')).toApi(),
                overnightFeeTimestamp: nextSwap,
                overnightRates: i.marketType === 'LEVERAGE' ? [{ longRate: Dec.from(i.longRate ?? '0').toApi(), shortRate: Dec.from(i.shortRate ?? '0').toApi() }] : [],
            })),
        };
    }
    tradingLimits(ctx) {
        this.accountFor(ctx);
        return {
            limits: this.listed(ctx.version).map((i) => ({
                symbol: i.symbol,
                name: i.name,
                lastPrice: this.market.mid(i.symbol).toFixed(i.quotePrecision),
                minVolume: Dec.from(i.minQty).toApi(),
                maxVolume: Dec.from(i.maxQty).toApi(),
                minStep: Dec.from(i.stepSize).toApi(),
                tickSize: Dec.from(i.tickSize).toApi(),
            })),
        };
    }
    fundingLimits(ctx) {
        this.accountFor(ctx);
        return {
            fundingLimits: this.assets
                .filter((a) => a.minWithdrawal !== undefined)
                .map((a) => ({
                accountCurrency: a.asset,
                paymentOption: a.type === 'CRYPTO' ? 'BLOCKCHAIN' : 'BANK_TRANSFER',
                minWithdrawal: a.minWithdrawal,
            })),
        };
    }
    currencies(ctx) {
        this.accountFor(ctx);
        return {
            currencies: this.assets.map((a) => {
                const c = { name: a.name, displaySymbol: a.asset, precision: String(a.precision), type: a.type };
                if (a.commissionFixed !== undefined)
                    c.commissionFixed = a.commissionFixed;
                if (a.commissionMin !== undefined)
                    c.commissionMin = a.commissionMin;
                if (a.commissionPercent !== undefined)
                    c.commissionPercent = a.commissionPercent;
                if (a.minDeposit !== undefined)
                    c.minDeposit = a.minDeposit;
                if (a.minWithdrawal !== undefined)
                    c.minWithdrawal = a.minWithdrawal;
                if (a.maxWithdrawal !== undefined)
                    c.maxWithdrawal = a.maxWithdrawal;
                return c;
            }),
        };
    }
    depositAddress(ctx, p) {
        const acct = this.accountFor(ctx);
        const coin = reqString(p, 'coin');
        const def = this.assets.find((a) => a.asset === coin);
        if (!def || def.addressStyle === undefined)
            throw ApiErrors.invalidCombination(`no deposit address for coin ${coin}`);
        const words = [0, 1, 2, 3, 4].map((i) => hex(hash32(this.seed, acct.userId, coin, i), 8)).join('');
        if (def.addressStyle === 'eth')
            return { address: '0x' + words.slice(0, 40) };
        const bech = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
        let addr = 'bc1q';
        for (let i = 0; i < 38; i++)
            addr += bech[hash32(this.seed, acct.userId, coin, 'b', i) % 32];
        return { address: addr };
    }
    transactionsOf(ctx, p, keep) {
        const acct = this.accountFor(ctx);
        const limit = optLimit(p, 'limit', 500, 1000);
        const entries = withinTime(acct.ledger.filter(keep), (e) => e.timestamp, optInt(p, 'startTime'), optInt(p, 'endTime'));
        return {
            transactions: newest(entries, limit).map((e) => {
                const precision = this.assetDef(e.currency)?.precision ?? 8;
                const t = {
                    id: e.id,
                    balance: e.balance.toFixed(precision),
                    amount: e.amount.toFixed(precision),
                    currency: e.currency,
                    type: e.type,
                    timestamp: e.timestamp,
                };
                if (e.commission !== undefined)
                    t.commission = e.commission.toApi();
                if (e.paymentMethod !== undefined)
                    t.paymentMethod = e.paymentMethod;
                if (e.blockchainTransactionHash !== undefined)
                    t.blockchainTransactionHash = e.blockchainTransactionHash;
                t.status = e.status;
                return t;
            }),
        };
    }
    // ---- orders -------------------------------------------------------------------------------
    createOrder(ctx, p) {
        const acct = this.accountFor(ctx);
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const side = optEnum(p, 'side', ['BUY', 'SELL']);
        if (side === undefined)
            throw ApiErrors.mandatoryParam('side');
        const type = optEnum(p, 'type', ['LIMIT', 'MARKET', 'STOP']);
        if (type === undefined)
            throw ApiErrors.mandatoryParam('type');
        if (!inst.orderTypes.includes(type))
            throw ApiErrors.invalidCombination(`order type ${type} is not available for ${inst.symbol}`);
        const rawQty = optDec(p, 'quantity');
        if (rawQty === undefined)
            throw ApiErrors.mandatoryParam('quantity');
        const qty = rawQty.roundToStep(inst.stepSize, 'down');
        if (!qty.isPositive() || qty.lt(inst.minQty) || qty.gt(inst.maxQty))
            throw ApiErrors.invalidQuantity();
        const rawPrice = optDec(p, 'price');
        if (rawPrice !== undefined && !rawPrice.isPositive())
            throw ApiErrors.badPriceValue();
        if (type !== 'MARKET' && rawPrice === undefined)
            throw ApiErrors.invalidLimitPrice();
        const price = type === 'MARKET' ? undefined : rawPrice.roundToStep(inst.tickSize, 'ceil');
        const tif = optEnum(p, 'timeInForce', ['GTC', 'IOC', 'FOK']) ?? (type === 'MARKET' ? 'FOK' : 'GTC');
        const respType = optEnum(p, 'newOrderRespType', ['RESULT', 'FULL']);
        const expireTimestamp = optInt(p, 'expireTimestamp');
        const now = this.now();
        if (inst.marketType === 'LEVERAGE') {
            return this.createLeverageOrder(acct, inst, p, { side, type, qty, price, tif, expireTimestamp, now });
        }
        for (const f of ['leverage', 'takeProfit', 'stopLoss', 'guaranteedStopLoss', 'trailingStopLoss', 'profitDistance', 'stopDistance']) {
            if (has(p, f))
                throw ApiErrors.invalidCombination(`${f} is for leverage symbols only`);
        }
        const quote = this.market.quote(inst.symbol);
        const crosses = type === 'MARKET' || (side === 'BUY' ? price.gte(quote.ofr) : price.lte(quote.bid));
        const fillPrice = side === 'BUY' ? quote.ofr : quote.bid;
        const refPrice = crosses ? fillPrice : price;
        if (refPrice.mul(qty).lt(inst.minNotional))
            throw ApiErrors.minNotional();
        const base = this.balanceOf(acct, inst.baseAsset);
        const quoteBal = this.balanceOf(acct, inst.quoteAsset);
        const amounts = this.spotAmounts(inst, side, refPrice, qty);
        if (side === 'BUY' ? quoteBal.free.lt(amounts.total) : base.free.lt(qty))
            throw ApiErrors.insufficientBalance();
        const order = this.newOrder(acct, inst, {
            side,
            type,
            price,
            qty,
            tif,
            now,
            accountId: quoteBal.accountId,
            leverage: undefined,
            expireTimestamp,
        });
        if (crosses) {
            this.fillSpot(acct, order, fillPrice, false, now);
        }
        else if (tif !== 'GTC') {
            order.status = 'EXPIRED';
        }
        else {
            this.lock(acct, order, side === 'BUY' ? inst.quoteAsset : inst.baseAsset, side === 'BUY' ? amounts.total : qty);
        }
        const full = (respType ?? (type === 'MARKET' ? 'FULL' : 'RESULT')) === 'FULL' && type === 'MARKET';
        return this.orderResult(order, full);
    }
    createLeverageOrder(acct, inst, p, o) {
        const accountIdRaw = optString(p, 'accountId');
        if (accountIdRaw === undefined)
            throw ApiErrors.accountNotFound('null');
        const collateral = [...acct.balances.values()].find((b) => b.accountId === accountIdRaw && b.def.collateral);
        if (!collateral)
            throw ApiErrors.accountNotFound(accountIdRaw);
        if (collateral.def.asset !== inst.quoteAsset) {
            throw ApiErrors.invalidCombination(`account ${accountIdRaw} holds ${collateral.def.asset}; ${inst.symbol} is settled in ${inst.quoteAsset}`);
        }
        const leverage = optInt(p, 'leverage') ?? inst.defaultLeverage ?? 1;
        const allowed = inst.leverages ?? [1];
        if (!allowed.includes(leverage)) {
            throw ApiErrors.invalidCombination(`leverage ${leverage} is not allowed for ${inst.symbol}; allowed: ${allowed.join(', ')}`);
        }
        const takeProfit = optDec(p, 'takeProfit');
        const stopLoss = optDec(p, 'stopLoss');
        const guaranteedStopLoss = optBool(p, 'guaranteedStopLoss') ?? false;
        const trailingStopLoss = optBool(p, 'trailingStopLoss') ?? false;
        const quote = this.market.quote(inst.symbol);
        const marketPrice = o.side === 'BUY' ? quote.ofr : quote.bid;
        let crosses;
        if (o.type === 'MARKET')
            crosses = true;
        else if (o.type === 'LIMIT')
            crosses = o.side === 'BUY' ? o.price.gte(quote.ofr) : o.price.lte(quote.bid);
        else {
            const triggered = o.side === 'BUY' ? quote.ofr.gte(o.price) : quote.bid.lte(o.price);
            if (triggered)
                throw ApiErrors.invalidCombination('Order would trigger immediately.');
            crosses = false;
        }
        const ref = crosses ? marketPrice : o.price;
        this.checkTpSl(o.side, ref, takeProfit, stopLoss);
        if (ref.mul(o.qty).lt(inst.minNotional))
            throw ApiErrors.minNotional();
        const need = this.leverageAmounts(inst, ref, o.qty, leverage);
        if (collateral.free.lt(need.total))
            throw ApiErrors.insufficientBalance();
        const order = this.newOrder(acct, inst, {
            side: o.side,
            type: o.type,
            price: o.price,
            qty: o.qty,
            tif: o.tif,
            now: o.now,
            accountId: collateral.accountId,
            leverage,
            expireTimestamp: o.expireTimestamp,
        });
        order.takeProfit = takeProfit;
        order.stopLoss = stopLoss;
        order.guaranteedStopLoss = guaranteedStopLoss;
        order.trailingStopLoss = trailingStopLoss;
        if (crosses) {
            this.openPosition(acct, order, marketPrice, o.now);
        }
        else if (o.type === 'LIMIT' && o.tif !== 'GTC') {
            order.status = 'EXPIRED';
        }
        else {
            this.lock(acct, order, collateral.def.asset, need.total);
        }
        return this.orderResult(order, false);
    }
    cancelOrder(ctx, p) {
        const acct = this.accountFor(ctx);
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const orderId = reqString(p, 'orderId');
        const order = this.orders.get(orderId);
        if (!order || order.apiKey !== acct.apiKey || order.inst.symbol !== inst.symbol)
            throw ApiErrors.unknownOrder();
        if (order.type !== 'LIMIT')
            throw ApiErrors.cancelOnlyLimit();
        if (order.status !== 'NEW' && order.status !== 'PARTIALLY_FILLED')
            throw ApiErrors.unknownOrder();
        this.unlock(acct, order);
        order.status = 'CANCELED';
        order.updateTime = this.now();
        return {
            symbol: order.inst.symbol,
            orderId: order.orderId,
            price: this.fmtPrice(order.inst, order.price),
            origQty: order.origQty.toApi(),
            executedQty: order.executedQty.toApi(),
            status: order.status,
            timeInForce: order.timeInForce,
            type: order.type,
            side: order.side,
        };
    }
    openOrders(ctx, p) {
        const acct = this.accountFor(ctx);
        const symbol = optString(p, 'symbol');
        const inst = symbol === undefined ? undefined : this.instrument(ctx.version, symbol);
        const open = [...this.orders.values()].filter((o) => o.apiKey === acct.apiKey &&
            (o.status === 'NEW' || o.status === 'PARTIALLY_FILLED') &&
            listedIn(o.inst, ctx.version) &&
            (inst === undefined || o.inst === inst));
        return {
            openOrders: open.map((o) => {
                const v = {
                    symbol: o.inst.symbol,
                    orderId: o.orderId,
                    accountId: o.accountId,
                    price: this.fmtPrice(o.inst, o.price),
                    origQty: o.origQty.toApi(),
                    executedQty: o.executedQty.toApi(),
                    status: o.status,
                    timeInForce: o.timeInForce,
                    type: o.type,
                    side: o.side,
                    time: o.time,
                    updateTime: o.updateTime,
                    leverage: o.leverage !== undefined,
                    working: true,
                };
                if (o.expireTimestamp !== undefined)
                    v.expireTimestamp = o.expireTimestamp;
                if (o.leverage !== undefined) {
                    v.margin = this.marginFraction(o.leverage);
                    if (o.stopLoss)
                        v.stopLoss = this.fmtPrice(o.inst, o.stopLoss);
                    if (o.takeProfit)
                        v.takeProfit = this.fmtPrice(o.inst, o.takeProfit);
                    v.guaranteedStopLoss = o.guaranteedStopLoss;
                    v.trailingStopLoss = o.trailingStopLoss;
                }
                return v;
            }),
        };
    }
    fetchOrder(ctx, p) {
        const acct = this.accountFor(ctx);
        const inst = this.instrument(ctx.version, reqString(p, 'symbol'));
        const orderId = reqString(p, 'orderId');
        const o = this.orders.get(orderId);
        if (!o || o.apiKey !== acct.apiKey || o.inst !== inst)
            throw ApiErrors.orderDoesNotExist();
        const v = {
            accountId: o.accountId,
            orderId: o.orderId,
            symbol: o.inst.symbol,
            quantity: o.origQty.toApi(),
            price: this.fmtPrice(o.inst, o.price ?? o.execPrice),
            timestamp: o.time,
            status: o.status,
            type: o.type,
            timeInForceType: o.timeInForce,
            side: o.side,
            execQuantity: o.executedQty.toApi(),
        };
        if (o.execPrice !== undefined)
            v.execPrice = this.fmtPrice(o.inst, o.execPrice);
        if (o.leverage !== undefined) {
            v.margin = this.marginFraction(o.leverage);
            if (o.takeProfit)
                v.takeProfit = this.fmtPrice(o.inst, o.takeProfit);
            if (o.stopLoss)
                v.stopLoss = this.fmtPrice(o.inst, o.stopLoss);
            v.guaranteedStopLoss = o.guaranteedStopLoss;
            v.trailingStopLoss = o.trailingStopLoss;
        }
        if (o.expireTimestamp !== undefined)
            v.expireTime = o.expireTimestamp;
        if (o.rejectReason !== undefined)
            v.rejectReason = o.rejectReason;
        if (o.fills.length > 0)
            v.fills = o.fills.map((f) => this.fillView(f, o.inst));
        return v;
    }
    updateTradingOrder(ctx, p) {
        const acct = this.accountFor(ctx);
        const orderId = reqString(p, 'orderId');
        const o = this.orders.get(orderId);
        if (!o || o.apiKey !== acct.apiKey || (o.status !== 'NEW' && o.status !== 'PARTIALLY_FILLED'))
            throw ApiErrors.orderDoesNotExist();
        if (o.leverage === undefined)
            throw ApiErrors.onlyLeverageSymbol(o.inst.symbol);
        const newPrice = optDec(p, 'newPrice');
        if (newPrice !== undefined && !newPrice.isPositive())
            throw ApiErrors.badPriceValue();
        const takeProfit = optDec(p, 'takeProfit') ?? o.takeProfit;
        const stopLoss = optDec(p, 'stopLoss') ?? o.stopLoss;
        const price = newPrice === undefined ? o.price : newPrice.roundToStep(o.inst.tickSize, 'ceil');
        this.checkTpSl(o.side, price, takeProfit, stopLoss);
        if (newPrice !== undefined) {
            const quote = this.market.quote(o.inst.symbol);
            if (o.type === 'STOP' && (o.side === 'BUY' ? quote.ofr.gte(price) : quote.bid.lte(price))) {
                throw ApiErrors.invalidCombination('Order would trigger immediately.');
            }
            const need = this.leverageAmounts(o.inst, price, o.origQty, o.leverage).total;
            const bal = this.balanceOf(acct, o.lockedAsset ?? o.inst.quoteAsset);
            if (bal.free.add(o.lockedAmount).lt(need))
                throw ApiErrors.insufficientBalance();
            const asset = bal.def.asset;
            this.unlock(acct, o);
            o.price = price;
            this.lock(acct, o, asset, need);
        }
        o.takeProfit = takeProfit;
        o.stopLoss = stopLoss;
        o.guaranteedStopLoss = optBool(p, 'guaranteedStopLoss') ?? o.guaranteedStopLoss;
        o.trailingStopLoss = optBool(p, 'trailingStopLoss') ?? o.trailingStopLoss;
        o.expireTimestamp = optInt(p, 'expireTimestamp') ?? o.expireTimestamp;
        o.updateTime = this.now();
        return { requestId: this.requestSeq++, state: 'PROCESSED' };
    }
    // ---- positions ----------------------------------------------------------------------------
    tradingPositions(ctx) {
        const acct = this.accountFor(ctx);
        return {
            positions: [...this.positions.values()]
                .filter((x) => x.apiKey === acct.apiKey && x.state === 'ACTIVE' && listedIn(x.inst, ctx.version))
                .map((x) => this.positionView(x)),
        };
    }
    tradingPositionsHistory(ctx, p) {
        const acct = this.accountFor(ctx);
        const symbol = optString(p, 'symbol');
        const inst = symbol === undefined ? undefined : this.instrument(ctx.version, symbol);
        const limit = optLimit(p, 'limit', 100, 1000);
        const mine = new Set([...acct.balances.values()].map((b) => b.accountId));
        const rows = withinTime(this.history.filter((h) => mine.has(h.accountId) && listedIn(h.inst, ctx.version) && (inst === undefined || h.inst === inst)), (h) => h.execTimestamp, optInt(p, 'from'), optInt(p, 'to'));
        return {
            history: newest(rows, limit).map((h) => {
                const dp = h.inst.quotePrecision;
                const r = {
                    positionId: h.positionId,
                    accountId: h.accountId,
                    accountCurrency: h.currency,
                    currency: h.currency,
                    instrumentId: h.inst.instrumentId,
                    symbol: h.inst.symbol,
                    execId: h.execId,
                    execTimestamp: h.execTimestamp,
                    createdTimestamp: h.execTimestamp,
                    status: h.status,
                    source: h.source,
                    executionType: h.status === 'MODIFIED' ? 'MODIFY' : h.status === 'OPENED' ? 'OPEN' : 'CLOSE',
                    price: h.price.toFixed(dp),
                    quantity: h.quantity.toApi(),
                    fee: h.fee.toApi(),
                    fxRate: '1.0',
                    gSL: h.gSL,
                    rpl: h.rpl.toApi(),
                    rplConverted: h.rpl.toApi(),
                    swap: '0.0',
                    swapConverted: '0.0',
                    trailingStopLoss: h.trailingStopLoss,
                };
                if (h.stopLoss)
                    r.stopLoss = h.stopLoss.toFixed(dp);
                if (h.takeProfit)
                    r.takeProfit = h.takeProfit.toFixed(dp);
                return r;
            }),
        };
    }
    updateTradingPosition(ctx, p) {
        const acct = this.accountFor(ctx);
        const positionId = reqString(p, 'positionId');
        const pos = this.positions.get(positionId);
        if (!pos || pos.apiKey !== acct.apiKey || pos.state !== 'ACTIVE')
            throw ApiErrors.positionNotFound(positionId);
        const takeProfit = optDec(p, 'takeProfit') ?? pos.takeProfit;
        const stopLoss = optDec(p, 'stopLoss') ?? pos.stopLoss;
        const quote = this.market.quote(pos.inst.symbol);
        const long = pos.openQuantity.isPositive();
        this.checkTpSl(long ? 'BUY' : 'SELL', long ? quote.bid : quote.ofr, takeProfit, stopLoss);
        pos.takeProfit = takeProfit;
        pos.stopLoss = stopLoss;
        pos.guaranteedStopLoss = optBool(p, 'guaranteedStopLoss') ?? pos.guaranteedStopLoss;
        pos.trailingStopLoss = optBool(p, 'trailingStopLoss') ?? pos.trailingStopLoss;
        const now = this.now();
        this.report(pos, 'MODIFIED', 'USER', long ? quote.bid : quote.ofr, Dec.ZERO, Dec.ZERO, now);
        return { requestId: this.requestSeq++, state: 'PROCESSED' };
    }
    closeTradingPosition(ctx, p) {
        const acct = this.accountFor(ctx);
        const positionId = reqString(p, 'positionId');
        const pos = this.positions.get(positionId);
        if (!pos || pos.apiKey !== acct.apiKey || pos.state !== 'ACTIVE')
            throw ApiErrors.positionNotFound(positionId);
        const now = this.now();
        this.closePosition(pos, 'USER', now);
        return {
            request: [
                {
                    id: this.requestSeq++,
                    accountId: pos.accountId,
                    instrumentId: pos.inst.instrumentId,
                    orderId: pos.orderId,
                    positionId: pos.id,
                    rqType: 'ORDER_NEW',
                    state: 'PROCESSED',
                    createdTimestamp: now,
                },
            ],
        };
    }
    // ---- internals ----------------------------------------------------------------------------
    addAccount(a, index) {
        if (this.accounts.has(a.apiKey))
            throw new RangeError(`duplicate apiKey ${a.apiKey}`);
        const start = this.now();
        const acct = {
            apiKey: a.apiKey,
            index,
            userId: String(2_376_109_060_084_932 + index),
            balances: new Map(),
            updateTime: start,
            myTrades: [],
            ledger: [],
        };
        this.assets.forEach((def, j) => {
            const initial = Dec.from(a.balances?.[def.asset] ?? def.initialBalance);
            acct.balances.set(def.asset, {
                def,
                accountId: (ACCOUNT_ID_BASE + BigInt(index) * 1000n + BigInt(j)).toString(),
                free: initial,
                locked: Dec.ZERO,
            });
            if (initial.isPositive()) {
                const method = def.type === 'CRYPTO' ? 'BLOCKCHAIN' : 'BANK_TRANSFER';
                const txHash = def.type === 'CRYPTO' ? '0x' + [0, 1, 2, 3, 4, 5, 6, 7].map((k) => hex(hash32(this.seed, a.apiKey, def.asset, k), 8)).join('') : undefined;
                const extra = Dec.from(def.minWithdrawal ?? '0').mulInt(2);
                const deposit = initial.add(extra);
                this.ledgerAdd(acct, { currency: def.asset, type: 'deposit', amount: deposit, balance: deposit, timestamp: start - 7 * DAY, paymentMethod: method, blockchainTransactionHash: txHash });
                if (extra.isPositive()) {
                    this.ledgerAdd(acct, { currency: def.asset, type: 'withdrawal', amount: extra.neg(), balance: initial, timestamp: start - 3 * DAY, paymentMethod: method, commission: Dec.ZERO });
                }
            }
        });
        this.accounts.set(a.apiKey, acct);
    }
    ledgerAdd(acct, e) {
        const entry = {
            id: String(this.ledgerSeq++),
            balance: e.balance,
            amount: e.amount,
            currency: e.currency,
            type: e.type,
            timestamp: e.timestamp,
            status: 'PROCESSED',
        };
        if (e.commission !== undefined)
            entry.commission = e.commission;
        if (e.paymentMethod !== undefined)
            entry.paymentMethod = e.paymentMethod;
        if (e.blockchainTransactionHash !== undefined)
            entry.blockchainTransactionHash = e.blockchainTransactionHash;
        acct.ledger.push(entry);
    }
    accountOf(apiKey) {
        const a = this.accounts.get(apiKey);
        if (!a)
            throw ApiErrors.rejectedApiKey();
        return a;
    }
    accountFor(ctx) {
        if (ctx.apiKey === undefined)
            throw ApiErrors.rejectedApiKey();
        return this.accountOf(ctx.apiKey);
    }
    assetDef(asset) {
        return this.assets.find((a) => a.asset === asset);
    }
    balanceOf(acct, asset) {
        let b = acct.balances.get(asset);
        if (!b) {
            const def = { asset, name: asset, precision: 8, type: 'TOKEN', initialBalance: '0', collateral: false };
            b = { def, accountId: (ACCOUNT_ID_BASE + BigInt(acct.index) * 1000n + 900n + BigInt(acct.balances.size)).toString(), free: Dec.ZERO, locked: Dec.ZERO };
            acct.balances.set(asset, b);
        }
        return b;
    }
    precisionOf(asset) {
        return this.assetDef(asset)?.precision ?? 8;
    }
    /** Spot money: notional rounded against the customer, commission half-up, in the quote asset. */
    spotAmounts(inst, side, price, qty) {
        const qp = this.precisionOf(inst.quoteAsset);
        const mode = side === 'BUY' ? 'up' : 'down';
        const notional = price.mul(qty).round(qp, mode);
        const commission = notional.mul(inst.exchangeFee ?? '0').divInt(100).round(qp, 'half-up');
        return { notional, commission, total: side === 'BUY' ? notional.add(commission) : notional.sub(commission) };
    }
    /** Leverage money: margin = notional / leverage (rounded up), fee = notional × tradingFee %. */
    leverageAmounts(inst, price, qty, leverage) {
        const qp = this.precisionOf(inst.quoteAsset);
        const notional = price.mul(qty.abs());
        const margin = notional.divInt(leverage, 'up').round(qp, 'up');
        const fee = notional.mul(inst.tradingFee ?? '0').divInt(100).round(qp, 'half-up');
        return { margin, fee, total: margin.add(fee) };
    }
    marginFraction(leverage) {
        return Dec.ONE.divInt(leverage).round(8, 'half-up').toApi();
    }
    checkTpSl(side, ref, takeProfit, stopLoss) {
        if (takeProfit !== undefined) {
            if (!takeProfit.isPositive())
                throw ApiErrors.illegalParam('takeProfit');
            if (side === 'BUY' ? takeProfit.lte(ref) : takeProfit.gte(ref)) {
                throw ApiErrors.invalidCombination(`takeProfit must be ${side === 'BUY' ? 'above' : 'below'} ${ref.toString()}`);
            }
        }
        if (stopLoss !== undefined) {
            if (!stopLoss.isPositive())
                throw ApiErrors.illegalParam('stopLoss');
            if (side === 'BUY' ? stopLoss.gte(ref) : stopLoss.lte(ref)) {
                throw ApiErrors.invalidCombination(`stopLoss must be ${side === 'BUY' ? 'below' : 'above'} ${ref.toString()}`);
            }
        }
    }
    newOrder(acct, inst, o) {
        const seq = this.orderSeq++;
        const order = {
            orderId: `00000000-0000-0003-0000-${hex(seq, 12)}`,
            apiKey: acct.apiKey,
            inst,
            side: o.side,
            type: o.type,
            price: o.price,
            origQty: o.qty,
            executedQty: Dec.ZERO,
            status: 'NEW',
            timeInForce: o.tif,
            time: o.now,
            updateTime: o.now,
            accountId: o.accountId,
            leverage: o.leverage,
            takeProfit: undefined,
            stopLoss: undefined,
            guaranteedStopLoss: false,
            trailingStopLoss: false,
            expireTimestamp: o.expireTimestamp,
            lockedAsset: undefined,
            lockedAmount: Dec.ZERO,
            fills: [],
            execPrice: undefined,
            rejectReason: undefined,
            positionId: undefined,
        };
        this.orders.set(order.orderId, order);
        return order;
    }
    lock(acct, order, asset, amount) {
        const b = this.balanceOf(acct, asset);
        b.free = b.free.sub(amount);
        b.locked = b.locked.add(amount);
        order.lockedAsset = asset;
        order.lockedAmount = amount;
        acct.updateTime = this.now();
    }
    unlock(acct, order) {
        if (order.lockedAsset === undefined)
            return;
        const b = this.balanceOf(acct, order.lockedAsset);
        b.locked = b.locked.sub(order.lockedAmount);
        b.free = b.free.add(order.lockedAmount);
        order.lockedAsset = undefined;
        order.lockedAmount = Dec.ZERO;
        acct.updateTime = this.now();
    }
    fillSpot(acct, order, price, maker, now) {
        this.unlock(acct, order);
        const inst = order.inst;
        const qty = order.origQty.sub(order.executedQty);
        const amounts = this.spotAmounts(inst, order.side, price, qty);
        const base = this.balanceOf(acct, inst.baseAsset);
        const quote = this.balanceOf(acct, inst.quoteAsset);
        if (order.side === 'BUY') {
            quote.free = quote.free.sub(amounts.total);
            base.free = base.free.add(qty);
            this.ledgerAdd(acct, { currency: inst.quoteAsset, type: 'exchange', amount: amounts.notional.neg(), balance: quote.free.add(amounts.commission), timestamp: now });
            this.ledgerAdd(acct, { currency: inst.baseAsset, type: 'exchange', amount: qty, balance: base.free, timestamp: now });
        }
        else {
            base.free = base.free.sub(qty);
            quote.free = quote.free.add(amounts.total);
            this.ledgerAdd(acct, { currency: inst.baseAsset, type: 'exchange', amount: qty.neg(), balance: base.free, timestamp: now });
            this.ledgerAdd(acct, { currency: inst.quoteAsset, type: 'exchange', amount: amounts.notional, balance: quote.free.add(amounts.commission), timestamp: now });
        }
        if (amounts.commission.isPositive()) {
            this.ledgerAdd(acct, { currency: inst.quoteAsset, type: 'exchange_commission', amount: amounts.commission.neg(), balance: quote.free, timestamp: now, commission: amounts.commission });
        }
        this.recordFill(acct, order, price, qty, amounts.notional, amounts.commission, inst.quoteAsset, maker, now);
        order.status = 'FILLED';
    }
    recordFill(acct, order, price, qty, quoteQty, commission, commissionAsset, maker, now) {
        const tradeId = String(this.tradeSeq++);
        order.fills.push({ price, qty, commission, commissionAsset, tradeId, time: now, maker });
        order.executedQty = order.executedQty.add(qty);
        order.execPrice = price;
        order.updateTime = now;
        acct.myTrades.push({
            symbol: order.inst.symbol,
            id: tradeId,
            orderId: order.orderId,
            price,
            qty,
            quoteQty,
            commission,
            commissionAsset,
            time: now,
            isBuyer: order.side === 'BUY',
            isMaker: maker,
        });
        acct.updateTime = now;
        this.market.recordTrade(order.inst.symbol, price, qty, order.side === 'BUY', now, order.orderId);
    }
    openPosition(acct, order, price, now) {
        this.unlock(acct, order);
        const inst = order.inst;
        const leverage = order.leverage ?? 1;
        const qty = order.origQty;
        const amounts = this.leverageAmounts(inst, price, qty, leverage);
        const bal = this.balanceOf(acct, inst.quoteAsset);
        if (bal.free.lt(amounts.total)) {
            order.status = 'REJECTED';
            order.rejectReason = 'RC_NOT_ENOUGH_MARGIN';
            order.updateTime = now;
            return false;
        }
        bal.free = bal.free.sub(amounts.total);
        bal.locked = bal.locked.add(amounts.margin);
        const seq = this.positionSeq++;
        const pos = {
            id: `00a18490-0079-54c4-0000-${hex(seq, 12)}`,
            apiKey: acct.apiKey,
            accountId: order.accountId,
            inst,
            orderId: order.orderId,
            openQuantity: order.side === 'BUY' ? qty : qty.neg(),
            openPrice: price,
            leverage,
            cost: amounts.margin,
            state: 'ACTIVE',
            fee: amounts.fee.neg(),
            rpl: amounts.fee.neg(),
            closePrice: undefined,
            closeQuantity: Dec.ZERO,
            closeTimestamp: undefined,
            openTimestamp: now,
            takeProfit: order.takeProfit,
            stopLoss: order.stopLoss,
            guaranteedStopLoss: order.guaranteedStopLoss,
            trailingStopLoss: order.trailingStopLoss,
        };
        this.positions.set(pos.id, pos);
        order.positionId = pos.id;
        if (amounts.fee.isPositive()) {
            this.ledgerAdd(acct, { currency: inst.quoteAsset, type: 'commission', amount: amounts.fee.neg(), balance: bal.free.add(bal.locked), timestamp: now, commission: amounts.fee });
        }
        this.recordFill(acct, order, price, qty, price.mul(qty).round(this.precisionOf(inst.quoteAsset), 'half-up'), amounts.fee, inst.quoteAsset, order.type === 'LIMIT', now);
        order.status = 'FILLED';
        this.report(pos, 'OPENED', 'USER', price, pos.openQuantity, amounts.fee.neg(), now);
        return true;
    }
    closePosition(pos, source, now) {
        const acct = this.accountOf(pos.apiKey);
        const inst = pos.inst;
        const qp = this.precisionOf(inst.quoteAsset);
        const quote = this.market.quote(inst.symbol);
        const long = pos.openQuantity.isPositive();
        const price = long ? quote.bid : quote.ofr;
        const pnl = price.sub(pos.openPrice).mul(pos.openQuantity).round(qp, 'half-up');
        const fee = price.mul(pos.openQuantity.abs()).mul(inst.tradingFee ?? '0').divInt(100).round(qp, 'half-up');
        const bal = this.balanceOf(acct, inst.quoteAsset);
        bal.locked = bal.locked.sub(pos.cost);
        bal.free = bal.free.add(pos.cost).add(pnl).sub(fee);
        pos.state = 'INACTIVE';
        pos.closePrice = price;
        pos.closeQuantity = pos.openQuantity.neg();
        pos.closeTimestamp = now;
        pos.rpl = pos.rpl.add(pnl).sub(fee);
        pos.fee = pos.fee.sub(fee);
        acct.updateTime = now;
        this.ledgerAdd(acct, { currency: inst.quoteAsset, type: 'realised_pnl', amount: pnl.sub(fee), balance: bal.free.add(bal.locked), timestamp: now, commission: fee });
        const tradeId = String(this.tradeSeq++);
        acct.myTrades.push({
            symbol: inst.symbol,
            id: tradeId,
            orderId: pos.orderId,
            price,
            qty: pos.openQuantity.abs(),
            quoteQty: price.mul(pos.openQuantity.abs()).round(qp, 'half-up'),
            commission: fee,
            commissionAsset: inst.quoteAsset,
            time: now,
            isBuyer: !long,
            isMaker: false,
        });
        this.market.recordTrade(inst.symbol, price, pos.openQuantity.abs(), !long, now, pos.orderId);
        this.report(pos, 'CLOSED', source, price, pos.closeQuantity, fee.neg(), now, pnl.sub(fee));
    }
    report(pos, status, source, price, quantity, fee, now, rpl = fee) {
        this.history.push({
            positionId: pos.id,
            accountId: pos.accountId,
            currency: pos.inst.quoteAsset,
            inst: pos.inst,
            execId: `00a18490-0079-54c4-0000-${hex(this.execSeq++, 12)}`,
            execTimestamp: now,
            status,
            source,
            price,
            quantity,
            fee,
            rpl,
            stopLoss: pos.stopLoss,
            takeProfit: pos.takeProfit,
            trailingStopLoss: pos.trailingStopLoss,
            gSL: pos.guaranteedStopLoss,
        });
    }
    /** Fills resting orders the market has crossed, expires old ones, triggers TP/SL. */
    processBook(now) {
        for (const o of [...this.orders.values()]) {
            if (o.status !== 'NEW' && o.status !== 'PARTIALLY_FILLED')
                continue;
            const acct = this.accountOf(o.apiKey);
            if (o.expireTimestamp !== undefined && now >= o.expireTimestamp) {
                this.unlock(acct, o);
                o.status = 'EXPIRED';
                o.updateTime = now;
                continue;
            }
            const q = this.market.quote(o.inst.symbol);
            const price = o.price;
            if (o.type === 'LIMIT') {
                const hit = o.side === 'BUY' ? q.ofr.lte(price) : q.bid.gte(price);
                if (!hit)
                    continue;
                if (o.leverage === undefined)
                    this.fillSpot(acct, o, price, true, now);
                else
                    this.openPosition(acct, o, price, now);
            }
            else if (o.type === 'STOP') {
                const hit = o.side === 'BUY' ? q.ofr.gte(price) : q.bid.lte(price);
                if (hit)
                    this.openPosition(acct, o, o.side === 'BUY' ? q.ofr : q.bid, now);
            }
        }
        for (const pos of [...this.positions.values()]) {
            if (pos.state !== 'ACTIVE')
                continue;
            const q = this.market.quote(pos.inst.symbol);
            const long = pos.openQuantity.isPositive();
            const px = long ? q.bid : q.ofr;
            if (pos.takeProfit !== undefined && (long ? px.gte(pos.takeProfit) : px.lte(pos.takeProfit)))
                this.closePosition(pos, 'TP', now);
            else if (pos.stopLoss !== undefined && (long ? px.lte(pos.stopLoss) : px.gte(pos.stopLoss)))
                this.closePosition(pos, 'SL', now);
        }
    }
    fmtPrice(inst, price) {
        return price === undefined ? '0' : price.toFixed(inst.quotePrecision);
    }
    fillView(f, inst) {
        return { price: f.price.toFixed(inst.quotePrecision), qty: f.qty.toApi(), commission: f.commission.toApi(), commissionAsset: f.commissionAsset, tradeId: f.tradeId };
    }
    orderResult(o, full) {
        const executed = o.side === 'SELL' && o.executedQty.isPositive() ? o.executedQty.neg() : o.executedQty;
        const r = {
            symbol: o.inst.symbol,
            orderId: o.orderId,
            transactTime: o.time,
            price: this.fmtPrice(o.inst, o.price ?? o.execPrice),
            origQty: o.origQty.toApi(),
            executedQty: executed.toApi(),
            status: o.status,
            timeInForce: o.timeInForce,
            type: o.type,
            side: o.side,
        };
        if (o.leverage !== undefined) {
            r.margin = this.marginFraction(o.leverage);
            r.guaranteedStopLoss = o.guaranteedStopLoss;
            r.trailingStopLoss = o.trailingStopLoss;
            if (o.takeProfit)
                r.takeProfit = this.fmtPrice(o.inst, o.takeProfit);
            if (o.stopLoss)
                r.stopLoss = this.fmtPrice(o.inst, o.stopLoss);
        }
        if (o.expireTimestamp !== undefined)
            r.expireTimestamp = o.expireTimestamp;
        if (o.rejectReason !== undefined)
            r.rejectMessage = o.rejectReason;
        if (full)
            r.fills = o.fills.map((f) => this.fillView(f, o.inst));
        return r;
    }
    positionView(x) {
        const dp = x.inst.quotePrecision;
        const qp = this.precisionOf(x.inst.quoteAsset);
        const q = this.market.quote(x.inst.symbol);
        const px = x.openQuantity.isPositive() ? q.bid : q.ofr;
        const upl = px.sub(x.openPrice).mul(x.openQuantity).round(qp, 'half-up');
        const v = {
            id: x.id,
            accountId: x.accountId,
            instrumentId: x.inst.instrumentId,
            orderId: x.orderId,
            symbol: x.inst.symbol,
            currency: x.inst.quoteAsset,
            type: 'NET',
            state: x.state,
            openQuantity: x.openQuantity.toApi(),
            openPrice: x.openPrice.toFixed(dp),
            closeQuantity: x.closeQuantity.toApi(),
            closePrice: x.closePrice === undefined ? '0' : x.closePrice.toFixed(dp),
            openTimestamp: x.openTimestamp,
            createdTimestamp: x.openTimestamp,
            margin: this.marginFraction(x.leverage),
            cost: x.cost.toApi(),
            rpl: x.rpl.toApi(),
            rplConverted: x.rpl.toApi(),
            upl: upl.toApi(),
            uplConverted: upl.toApi(),
            swap: '0.0',
            swapConverted: '0.0',
            fee: x.fee.toApi(),
            dividend: '0.0',
            guaranteedStopLoss: x.guaranteedStopLoss,
            trailingStopLoss: x.trailingStopLoss,
        };
        if (x.closeTimestamp !== undefined)
            v.closeTimestamp = x.closeTimestamp;
        if (x.takeProfit)
            v.takeProfit = x.takeProfit.toFixed(dp);
        if (x.stopLoss)
            v.stopLoss = x.stopLoss.toFixed(dp);
        return v;
    }
}
export { ApiError };
//# sourceMappingURL=exchange.js.map