// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// Every validator, imported statically from two modules (requests; replies and events): what
// buildRequest and the validate functions use. A client that finds them loaded takes its
// validators from here (registerValidators); otherwise it loads an operation's own modules on its
// first call (validators/lazy.ts), so a bundle of the client alone carries only what it calls.
import { registerValidators, type ValidatorTables } from '../codec/codec.js';
import * as requests from "./all.requests.js";
import * as inbound from "./all.inbound.js";

export const validators: ValidatorTables = {
  requestValidators: {
    ping: requests.r0,
    time: requests.r1,
    exchangeInfo: requests.r2,
    depth: requests.r3,
    aggTrades: requests.r4,
    klines: requests.r5,
    ticker24hr: requests.r6,
    account: requests.r7,
    leverageSettings: requests.r8,
    myTrades: requests.r9,
    tradingFees: requests.r10,
    tradingLimits: requests.r11,
    fundingLimits: requests.r12,
    currencies: requests.r13,
    depositAddress: requests.r14,
    deposits: requests.r15,
    withdrawals: requests.r16,
    transactions: requests.r17,
    ledger: requests.r18,
    createOrder: requests.r19,
    cancelOrder: requests.r20,
    openOrders: requests.r21,
    fetchOrder: requests.r22,
    updateTradingOrder: requests.r23,
    tradingPositions: requests.r24,
    tradingPositionsHistory: requests.r25,
    updateTradingPosition: requests.r26,
    closeTradingPosition: requests.r27,
    subscribeMarketData: requests.r28,
    subscribeDepthMarketData: requests.r29,
    subscribeOHLCMarketData: requests.r30,
    subscribeTrades: requests.r31,
  },
  replyValidators: {
    ping: inbound.p0,
    time: inbound.p1,
    exchangeInfo: inbound.p2,
    depth: inbound.p3,
    aggTrades: inbound.p4,
    klines: inbound.p5,
    ticker24hr: inbound.p6,
    account: inbound.p7,
    leverageSettings: inbound.p8,
    myTrades: inbound.p9,
    tradingFees: inbound.p10,
    tradingLimits: inbound.p11,
    fundingLimits: inbound.p12,
    currencies: inbound.p13,
    depositAddress: inbound.p14,
    deposits: inbound.p15,
    withdrawals: inbound.p16,
    transactions: inbound.p17,
    ledger: inbound.p18,
    createOrder: inbound.p19,
    cancelOrder: inbound.p20,
    openOrders: inbound.p21,
    fetchOrder: inbound.p22,
    updateTradingOrder: inbound.p23,
    tradingPositions: inbound.p24,
    tradingPositionsHistory: inbound.p25,
    updateTradingPosition: inbound.p26,
    closeTradingPosition: inbound.p27,
    subscribeMarketData: inbound.p28,
    subscribeDepthMarketData: inbound.p29,
    subscribeOHLCMarketData: inbound.p30,
    subscribeTrades: inbound.p31,
  },
  eventValidators: {
    "internal.quote": inbound.e0,
    "marketdepth.event": inbound.e1,
    "ohlc.event": inbound.e2,
    "internal.trade": inbound.e3,
  },
};

registerValidators(validators);
