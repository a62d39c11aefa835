// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export const loaders = {
	ping: () => Promise.all([import("./ping.request.js"), import("./ping.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	time: () => Promise.all([import("./time.request.js"), import("./time.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	exchangeInfo: () => Promise.all([import("./exchangeInfo.request.js"), import("./exchangeInfo.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	depth: () => Promise.all([import("./depth.request.js"), import("./depth.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	aggTrades: () => Promise.all([import("./aggTrades.request.js"), import("./aggTrades.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	klines: () => Promise.all([import("./klines.request.js"), import("./klines.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	ticker24hr: () => Promise.all([import("./ticker24hr.request.js"), import("./ticker24hr.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	account: () => Promise.all([import("./account.request.js"), import("./account.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	leverageSettings: () => Promise.all([import("./leverageSettings.request.js"), import("./leverageSettings.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	myTrades: () => Promise.all([import("./myTrades.request.js"), import("./myTrades.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	tradingFees: () => Promise.all([import("./tradingFees.request.js"), import("./tradingFees.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	tradingLimits: () => Promise.all([import("./tradingLimits.request.js"), import("./tradingLimits.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	fundingLimits: () => Promise.all([import("./fundingLimits.request.js"), import("./fundingLimits.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	currencies: () => Promise.all([import("./currencies.request.js"), import("./currencies.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	depositAddress: () => Promise.all([import("./depositAddress.request.js"), import("./depositAddress.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	deposits: () => Promise.all([import("./deposits.request.js"), import("./deposits.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	withdrawals: () => Promise.all([import("./withdrawals.request.js"), import("./withdrawals.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	transactions: () => Promise.all([import("./transactions.request.js"), import("./transactions.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	ledger: () => Promise.all([import("./ledger.request.js"), import("./ledger.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	createOrder: () => Promise.all([import("./createOrder.request.js"), import("./createOrder.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	cancelOrder: () => Promise.all([import("./cancelOrder.request.js"), import("./cancelOrder.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	openOrders: () => Promise.all([import("./openOrders.request.js"), import("./openOrders.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	fetchOrder: () => Promise.all([import("./fetchOrder.request.js"), import("./fetchOrder.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	updateTradingOrder: () => Promise.all([import("./updateTradingOrder.request.js"), import("./updateTradingOrder.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	tradingPositions: () => Promise.all([import("./tradingPositions.request.js"), import("./tradingPositions.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	tradingPositionsHistory: () => Promise.all([import("./tradingPositionsHistory.request.js"), import("./tradingPositionsHistory.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	updateTradingPosition: () => Promise.all([import("./updateTradingPosition.request.js"), import("./updateTradingPosition.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	closeTradingPosition: () => Promise.all([import("./closeTradingPosition.request.js"), import("./closeTradingPosition.reply.js")]).then(([request, reply]) => ({
		request: request.validate,
		reply: reply.validate,
		events: {}
	})),
	subscribeMarketData: () => Promise.all([
		import("./subscribeMarketData.request.js"),
		import("./subscribeMarketData.reply.js"),
		import("./onQuote.event.js")
	]).then(([request, reply, e0]) => ({
		request: request.validate,
		reply: reply.validate,
		events: { "internal.quote": e0.validate }
	})),
	subscribeDepthMarketData: () => Promise.all([
		import("./subscribeDepthMarketData.request.js"),
		import("./subscribeDepthMarketData.reply.js"),
		import("./onDepth.event.js")
	]).then(([request, reply, e0]) => ({
		request: request.validate,
		reply: reply.validate,
		events: { "marketdepth.event": e0.validate }
	})),
	subscribeOHLCMarketData: () => Promise.all([
		import("./subscribeOHLCMarketData.request.js"),
		import("./subscribeOHLCMarketData.reply.js"),
		import("./onOHLC.event.js")
	]).then(([request, reply, e0]) => ({
		request: request.validate,
		reply: reply.validate,
		events: { "ohlc.event": e0.validate }
	})),
	subscribeTrades: () => Promise.all([
		import("./subscribeTrades.request.js"),
		import("./subscribeTrades.reply.js"),
		import("./onTrade.event.js")
	]).then(([request, reply, e0]) => ({
		request: request.validate,
		reply: reply.validate,
		events: { "internal.trade": e0.validate }
	}))
};
//# sourceMappingURL=lazy.js.map