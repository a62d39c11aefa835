// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { validate as v0 } from "./ping.request.js";
import { validate as v1 } from "./ping.reply.js";
import { validate as v2 } from "./time.request.js";
import { validate as v3 } from "./time.reply.js";
import { validate as v4 } from "./exchangeInfo.request.js";
import { validate as v5 } from "./exchangeInfo.reply.js";
import { validate as v6 } from "./depth.request.js";
import { validate as v7 } from "./depth.reply.js";
import { validate as v8 } from "./aggTrades.request.js";
import { validate as v9 } from "./aggTrades.reply.js";
import { validate as v10 } from "./klines.request.js";
import { validate as v11 } from "./klines.reply.js";
import { validate as v12 } from "./ticker24hr.request.js";
import { validate as v13 } from "./ticker24hr.reply.js";
import { validate as v14 } from "./account.request.js";
import { validate as v15 } from "./account.reply.js";
import { validate as v16 } from "./leverageSettings.request.js";
import { validate as v17 } from "./leverageSettings.reply.js";
import { validate as v18 } from "./myTrades.request.js";
import { validate as v19 } from "./myTrades.reply.js";
import { validate as v20 } from "./tradingFees.request.js";
import { validate as v21 } from "./tradingFees.reply.js";
import { validate as v22 } from "./tradingLimits.request.js";
import { validate as v23 } from "./tradingLimits.reply.js";
import { validate as v24 } from "./fundingLimits.request.js";
import { validate as v25 } from "./fundingLimits.reply.js";
import { validate as v26 } from "./currencies.request.js";
import { validate as v27 } from "./currencies.reply.js";
import { validate as v28 } from "./depositAddress.request.js";
import { validate as v29 } from "./depositAddress.reply.js";
import { validate as v30 } from "./deposits.request.js";
import { validate as v31 } from "./deposits.reply.js";
import { validate as v32 } from "./withdrawals.request.js";
import { validate as v33 } from "./withdrawals.reply.js";
import { validate as v34 } from "./transactions.request.js";
import { validate as v35 } from "./transactions.reply.js";
import { validate as v36 } from "./ledger.request.js";
import { validate as v37 } from "./ledger.reply.js";
import { validate as v38 } from "./createOrder.request.js";
import { validate as v39 } from "./createOrder.reply.js";
import { validate as v40 } from "./cancelOrder.request.js";
import { validate as v41 } from "./cancelOrder.reply.js";
import { validate as v42 } from "./openOrders.request.js";
import { validate as v43 } from "./openOrders.reply.js";
import { validate as v44 } from "./fetchOrder.request.js";
import { validate as v45 } from "./fetchOrder.reply.js";
import { validate as v46 } from "./updateTradingOrder.request.js";
import { validate as v47 } from "./updateTradingOrder.reply.js";
import { validate as v48 } from "./tradingPositions.request.js";
import { validate as v49 } from "./tradingPositions.reply.js";
import { validate as v50 } from "./tradingPositionsHistory.request.js";
import { validate as v51 } from "./tradingPositionsHistory.reply.js";
import { validate as v52 } from "./updateTradingPosition.request.js";
import { validate as v53 } from "./updateTradingPosition.reply.js";
import { validate as v54 } from "./closeTradingPosition.request.js";
import { validate as v55 } from "./closeTradingPosition.reply.js";
import { validate as v56 } from "./subscribeMarketData.request.js";
import { validate as v57 } from "./subscribeMarketData.reply.js";
import { validate as v58 } from "./subscribeDepthMarketData.request.js";
import { validate as v59 } from "./subscribeDepthMarketData.reply.js";
import { validate as v60 } from "./subscribeOHLCMarketData.request.js";
import { validate as v61 } from "./subscribeOHLCMarketData.reply.js";
import { validate as v62 } from "./subscribeTrades.request.js";
import { validate as v63 } from "./subscribeTrades.reply.js";
import { validate as v64 } from "./onQuote.event.js";
import { validate as v65 } from "./onDepth.event.js";
import { validate as v66 } from "./onOHLC.event.js";
import { validate as v67 } from "./onTrade.event.js";
export const validators = {
	requestValidators: {
		ping: v0,
		time: v2,
		exchangeInfo: v4,
		depth: v6,
		aggTrades: v8,
		klines: v10,
		ticker24hr: v12,
		account: v14,
		leverageSettings: v16,
		myTrades: v18,
		tradingFees: v20,
		tradingLimits: v22,
		fundingLimits: v24,
		currencies: v26,
		depositAddress: v28,
		deposits: v30,
		withdrawals: v32,
		transactions: v34,
		ledger: v36,
		createOrder: v38,
		cancelOrder: v40,
		openOrders: v42,
		fetchOrder: v44,
		updateTradingOrder: v46,
		tradingPositions: v48,
		tradingPositionsHistory: v50,
		updateTradingPosition: v52,
		closeTradingPosition: v54,
		subscribeMarketData: v56,
		subscribeDepthMarketData: v58,
		subscribeOHLCMarketData: v60,
		subscribeTrades: v62
	},
	replyValidators: {
		ping: v1,
		time: v3,
		exchangeInfo: v5,
		depth: v7,
		aggTrades: v9,
		klines: v11,
		ticker24hr: v13,
		account: v15,
		leverageSettings: v17,
		myTrades: v19,
		tradingFees: v21,
		tradingLimits: v23,
		fundingLimits: v25,
		currencies: v27,
		depositAddress: v29,
		deposits: v31,
		withdrawals: v33,
		transactions: v35,
		ledger: v37,
		createOrder: v39,
		cancelOrder: v41,
		openOrders: v43,
		fetchOrder: v45,
		updateTradingOrder: v47,
		tradingPositions: v49,
		tradingPositionsHistory: v51,
		updateTradingPosition: v53,
		closeTradingPosition: v55,
		subscribeMarketData: v57,
		subscribeDepthMarketData: v59,
		subscribeOHLCMarketData: v61,
		subscribeTrades: v63
	},
	eventValidators: {
		"internal.quote": v64,
		"marketdepth.event": v65,
		"ohlc.event": v66,
		"internal.trade": v67
	}
};
//# sourceMappingURL=all.js.map