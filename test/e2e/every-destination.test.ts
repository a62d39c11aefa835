/**
 * The generated client against the generated simulator for every destination of the document, in
 * every version it exists in, with parameters built from the document's request examples (symbols,
 * ids, prices and times adapted to what the simulator lists and holds). Every reply and event is
 * validated twice: as the client decoded it, and undecoded, as captured on the wire.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { buildRequest, operations, spec, validateEvent, validateReply, type CurrencyComClient, type Subscription } from 'currencycom-ws';
import {
  RawClient,
  ceilTo,
  cleanup,
  client,
  floorTo,
  parseFrames,
  requestExamples,
  sim,
  tappedWebSocket,
  tickOf,
  validQuantity,
  type Frame,
  type SymbolInfo,
} from './helpers.js';

afterAll(cleanup);

type Params = Record<string, unknown>;
type Op = (typeof operations)[string];

interface Loose {
  request(destination: string, params: unknown): Promise<unknown>;
  subscribe(destination: string, params: unknown): Subscription<unknown>;
}

/** Destinations of `op` in `version`: its versioned one, or its unversioned one ('' key). */
function destinationIn(op: Op, version: string): string | undefined {
  return op.destinations[version] ?? op.destinations[''];
}

const VERSIONS = [...spec.versions];
/** version → destinations exercised (request replied OK / subscription acknowledged and an event received). */
const exercised = new Map<string, Set<string>>();
/** version → symbols its exchangeInfo lists. */
const listedIn = new Map<string, Set<string>>();

interface Ctx {
  readonly version: string;
  readonly listed: Map<string, SymbolInfo>;
  readonly quote: (symbol: string) => { bid: number; ofr: number };
  collateralAccountId?: string;
  readonly orders: { orderId: string; symbol: string; type: string; leverage: boolean; status: string }[];
  readonly replies: Map<string, unknown>;
}

function mapSymbol(ctx: Ctx, symbol: string): string {
  if (ctx.listed.has(symbol)) return symbol;
  const wantLeverage = /_LEVERAGE$/.test(symbol);
  const all = [...ctx.listed.values()].filter((s) => s.status === undefined || s.status === 'TRADING');
  const same = all.find((s) => (s.marketType === 'LEVERAGE') === wantLeverage) ?? all[0];
  if (same === undefined) throw new Error(`exchangeInfo ${ctx.version} lists no symbol`);
  return same.symbol;
}

const TIME_FIELDS = ['startTime', 'endTime', 'from', 'to'];
const END_FIELDS = ['endTime', 'to'];

/** Generic adaptation of an example: symbols to listed ones, time windows moved to now. */
function adapt(ctx: Ctx, example: Params): Params {
  const p: Params = structuredClone(example);
  if (typeof p.symbol === 'string') p.symbol = mapSymbol(ctx, p.symbol);
  if (Array.isArray(p.symbols)) p.symbols = [...new Set((p.symbols as string[]).map((s) => mapSymbol(ctx, s)))];
  const times = TIME_FIELDS.filter((f) => typeof p[f] === 'number');
  if (times.length > 0) {
    const max = Math.max(...times.map((f) => p[f] as number));
    const hasEnd = times.some((f) => END_FIELDS.includes(f));
    // an open window ("since") is moved back far enough to include the account's seeded history
    const shift = Date.now() - max - (hasEnd ? 0 : 30 * 86_400_000);
    for (const f of times) p[f] = (p[f] as number) + shift;
  }
  return p;
}

function info(ctx: Ctx, symbol: string): SymbolInfo {
  const i = ctx.listed.get(symbol);
  if (i === undefined) throw new Error(`${symbol} is not listed in ${ctx.version}`);
  return i;
}

function pick<T>(list: readonly T[], pred: (t: T) => boolean, what: string): T {
  const found = list.find(pred);
  if (found === undefined) throw new Error(`test setup: no ${what}`);
  return found;
}

/** State-dependent values (ids, prices) of the operations that need them; everything else is generic. */
const FIXUPS: Record<string, (ctx: Ctx, p: Params) => Params> = {
  createOrder(ctx, p) {
    const symbol = p.symbol as string;
    const i = info(ctx, symbol);
    const { bid, ofr } = ctx.quote(symbol);
    const buy = p.side !== 'SELL';
    const tick = tickOf(i);
    if (p.type === 'LIMIT') p.price = floorTo((buy ? bid : ofr) * (buy ? 0.8 : 1.2), tick); // rests
    const ref = p.type === 'MARKET' ? (buy ? ofr : bid) : Number(p.price);
    p.quantity = validQuantity(i, ref, Number(p.quantity ?? 0));
    if (p.accountId !== undefined) p.accountId = ctx.collateralAccountId;
    if (p.takeProfit !== undefined) p.takeProfit = buy ? ceilTo(ref * 1.1, tick) : floorTo(ref * 0.9, tick);
    if (p.stopLoss !== undefined) p.stopLoss = buy ? floorTo(ref * 0.9, tick) : ceilTo(ref * 1.1, tick);
    return p;
  },
  cancelOrder(ctx, p) {
    const o = pick(ctx.orders, (x) => x.type === 'LIMIT' && !x.leverage && x.status === 'NEW', 'resting spot LIMIT order');
    return { ...p, symbol: o.symbol, orderId: o.orderId };
  },
  fetchOrder(ctx, p) {
    const o = pick(ctx.orders, (x) => x.leverage === /_LEVERAGE$/.test(String(p.symbol)), 'order to fetch');
    return { ...p, symbol: o.symbol, orderId: o.orderId };
  },
  updateTradingOrder(ctx, p) {
    const o = pick(ctx.orders, (x) => x.type === 'LIMIT' && x.leverage && x.status === 'NEW', 'resting leverage LIMIT order');
    const tick = tickOf(info(ctx, o.symbol));
    const newPrice = Number(floorTo(ctx.quote(o.symbol).bid * 0.75, tick));
    return {
      ...p,
      orderId: o.orderId,
      newPrice: String(newPrice),
      takeProfit: ceilTo(newPrice * 1.3, tick),
      stopLoss: floorTo(newPrice * 0.7, tick),
    };
  },
  updateTradingPosition(ctx, p) {
    const position = activePosition(ctx);
    const tick = tickOf(info(ctx, position.symbol));
    const { bid } = ctx.quote(position.symbol);
    return { ...p, positionId: position.id, takeProfit: Number(ceilTo(bid * 1.2, tick)), stopLoss: Number(floorTo(bid * 0.8, tick)) };
  },
  closeTradingPosition(ctx, p) {
    return { ...p, positionId: activePosition(ctx).id };
  },
};

function activePosition(ctx: Ctx): { id: string; symbol: string } {
  const reply = ctx.replies.get('tradingPositions') as { positions?: { id: string; symbol: string }[] } | undefined;
  const position = reply?.positions?.[0];
  if (position === undefined) throw new Error('test setup: tradingPositions listed no position');
  return position;
}

/** exchangeInfo and account first (symbols, accountId), then the orders, then document order; cancel and close last. */
function runOrder(): string[] {
  const ids = Object.keys(operations);
  const first = ['exchangeInfo', 'account', 'createOrder'].filter((id) => ids.includes(id));
  const last = ['cancelOrder', 'closeTradingPosition'].filter((id) => ids.includes(id));
  return [...first, ...ids.filter((id) => !first.includes(id) && !last.includes(id)), ...last];
}

function expectValid(what: string, result: { valid: boolean; errors?: unknown }): void {
  if (!result.valid) throw new Error(`${what} does not validate: ${JSON.stringify(result.errors)}`);
}

describe.each(VERSIONS)('every destination of API version %s', (version) => {
  it('answers every request and heartbeat destination, acknowledges every subscription and pushes its events, all valid', async () => {
    const s = await sim({ tickMs: 0 });
    const { tap, WebSocket } = tappedWebSocket();
    const c: CurrencyComClient = client({ url: s.url, apiVersion: version, apiKey: s.apiKey, apiSecret: s.apiSecret, WebSocket, heartbeatIntervalMs: 0 });
    const loose = c as unknown as Loose;
    await c.connect();
    const done = new Set<string>();
    exercised.set(version, done);
    /** Calls that may be repeated without changing the exchange, replayed below over a raw socket. */
    const replayable: { destination: string; params: Params; subscribe: boolean }[] = [];

    const ctx: Ctx = {
      version,
      listed: new Map(),
      quote: (symbol) => {
        const q = s.market.quote(symbol);
        return { bid: q.bid.toNumber(), ofr: q.ofr.toNumber() };
      },
      orders: [],
      replies: new Map(),
    };

    for (const id of runOrder()) {
      const op = operations[id]!;
      const destination = destinationIn(op, version);
      if (destination === undefined) continue; // not in this version (fetchOrder in v1)
      const examples = requestExamples(id);
      expect(examples.length, `asyncapi.yaml has a request example for ${id}`).toBeGreaterThan(0);

      let paramsList = examples.map((ex) => adapt(ctx, ex));
      if (id === 'createOrder') {
        // A resting leverage LIMIT order for updateTradingOrder, from the leverage example.
        const lev = examples.find((ex) => ex.accountId !== undefined);
        if (lev !== undefined) {
          const { takeProfit: _tp, stopLoss: _sl, ...rest } = adapt(ctx, lev);
          paramsList = [...paramsList, { ...rest, type: 'LIMIT', timeInForce: 'GTC', price: 1 }];
        }
      }
      const fix = FIXUPS[id];

      if (op.kind === 'subscribe') {
        const eventDestination = op.stream!.eventDestination;
        for (const raw of paramsList) {
          const params = fix ? fix(ctx, raw) : raw;
          if (op.idempotent) replayable.push({ destination, params, subscribe: true });
          const sub = loose.subscribe(destination, params);
          const ack = await sub.ready;
          expectValid(`${destination} reply ${JSON.stringify(ack)}`, validateReply(destination, ack));
          const first = sub.next();
          for (let i = 0; i < 40; i++) {
            const settled = await Promise.race([first.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 10))]);
            if (settled) break;
            s.tick();
          }
          const event = await Promise.race([first, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${eventDestination} event for ${destination} ${JSON.stringify(params)}`)), 2000))]);
          expect(event.done).toBe(false);
          expectValid(`${eventDestination} event ${JSON.stringify(event.value)}`, validateEvent(eventDestination, event.value));
          sub.close();
        }
        done.add(destination);
        continue;
      }

      for (const raw of paramsList) {
        const params = fix ? fix(ctx, raw) : raw;
        if (op.idempotent) replayable.push({ destination, params, subscribe: false });
        let reply: unknown;
        try {
          reply = await loose.request(destination, params);
        } catch (error) {
          throw new Error(`${destination} ${JSON.stringify(params)} failed: ${(error as Error).message}`);
        }
        expectValid(`${destination} reply`, validateReply(destination, reply));
        ctx.replies.set(id, reply);
        if (id === 'exchangeInfo') for (const sym of (reply as { symbols: SymbolInfo[] }).symbols) ctx.listed.set(sym.symbol, sym);
        if (id === 'account') {
          const balances = (reply as { balances: { accountId: string; asset: string; collateralCurrency?: boolean }[] }).balances;
          ctx.collateralAccountId = balances.find((b) => b.collateralCurrency === true && b.asset === 'USD')?.accountId ?? balances[0]?.accountId;
        }
        if (id === 'createOrder') {
          const r = reply as { orderId: string; symbol: string; type: string; status: string };
          expect(['NEW', 'FILLED'], `${destination} ${JSON.stringify(params)} → ${JSON.stringify(r)}`).toContain(r.status);
          ctx.orders.push({ orderId: String(r.orderId), symbol: r.symbol, type: r.type, status: r.status, leverage: params.accountId !== undefined });
        }
      }
      done.add(destination);
    }

    listedIn.set(version, new Set(ctx.listed.keys()));

    // The set of destinations this version's client exercised is that of the document for the version.
    const expected = new Set(Object.values(operations).map((op) => destinationIn(op, version)).filter((d): d is string => d !== undefined));
    expect([...done].sort()).toEqual([...expected].sort());

    // Undecoded: every frame the client received, validated as it arrived on the wire.
    const sent = new Map<string, string>();
    for (const f of parseFrames(tap.sent)) if (f.correlationId !== undefined) sent.set(String(f.correlationId), f.destination!);
    const received = parseFrames(tap.received);
    expect(received.length).toBe(tap.received.length); // all JSON
    const events = new Set(Object.values(operations).flatMap((op) => (op.stream ? [op.stream.eventDestination] : [])));
    const seenReplies = new Set<string>();
    const seenEvents = new Set<string>();
    for (const f of received as Frame[]) {
      expect(f.status, JSON.stringify(f)).toBe(spec.envelope.okStatus);
      if (f.correlationId !== undefined) {
        const requestDestination = sent.get(String(f.correlationId));
        expect(requestDestination, `reply ${JSON.stringify(f)} answers a request the client sent`).toBeDefined();
        expectValid(`raw reply to ${requestDestination}`, validateReply(requestDestination!, f.payload));
        seenReplies.add(requestDestination!);
      } else {
        expect(events.has(f.destination!), `event destination ${f.destination}`).toBe(true);
        expectValid(`raw ${f.destination} event`, validateEvent(f.destination!, f.payload));
        seenEvents.add(f.destination!);
      }
    }
    expect([...seenReplies].sort()).toEqual([...expected].sort());
    expect([...seenEvents].sort()).toEqual([...events].sort());
    await c.close();

    // The same idempotent calls over a tiny raw `ws` socket (frames from buildRequest): raw replies valid too.
    const raw = await RawClient.connect(s.url);
    let id = 1000;
    for (const call of replayable) {
      const frame = buildRequest(call.destination as never, call.params as never, { apiKey: s.apiKey, apiSecret: s.apiSecret, correlationId: ++id }) as unknown as Frame;
      raw.send(frame);
      const reply = await raw.next((f) => f.correlationId === String(id));
      expect(reply.status, `${call.destination} over a raw socket: ${JSON.stringify(reply)}`).toBe(spec.envelope.okStatus);
      expectValid(`raw-socket reply to ${call.destination}`, validateReply(call.destination, reply.payload));
      if (call.subscribe) {
        const eventDestination = Object.values(operations).find((op) => Object.values(op.destinations).includes(call.destination))!.stream!.eventDestination;
        const seen = raw.frames.length;
        let event: Frame | undefined;
        for (let i = 0; i < 40 && event === undefined; i++) {
          event = raw.frames.slice(seen - 1).find((f) => f.destination === eventDestination && f.correlationId === undefined);
          if (event === undefined) {
            s.tick();
            await new Promise((r) => setTimeout(r, 10));
          }
        }
        expect(event, `a ${eventDestination} event on the raw socket`).toBeDefined();
      }
    }
    for (const f of raw.frames) {
      if (f.correlationId === undefined) expectValid(`raw-socket ${f.destination} event`, validateEvent(f.destination!, f.payload));
    }
    expect(new Set(replayable.map((r) => r.destination)).size).toBeGreaterThan(10);
  });
});

describe('coverage', () => {
  it('the destinations exercised equal the destinations of `operations`, each in every version it exists in', () => {
    const want = new Set<string>();
    for (const op of Object.values(operations)) {
      for (const [v, destination] of Object.entries(op.destinations)) {
        for (const version of v === '' ? VERSIONS : [v]) want.add(`${version} ${destination}`);
      }
    }
    const got = new Set<string>();
    for (const [version, destinations] of exercised) for (const d of destinations) got.add(`${version} ${d}`);
    expect([...got].sort(), 'run the whole file: the version tests fill this in').toEqual([...want].sort());
    // and the flat set of destinations
    const all = new Set(Object.values(operations).flatMap((op) => Object.values(op.destinations)));
    expect(new Set([...exercised.values()].flatMap((d) => [...d]))).toEqual(all);
  });

  it('each version\'s client saw its own instrument list (v2 lists more than v1, as the document says)', () => {
    const v1 = listedIn.get('v1');
    const v2 = listedIn.get('v2');
    expect(v1 && v2, 'both versions ran').toBeTruthy();
    for (const s of v1!) expect(v2!.has(s), `${s} listed in v2`).toBe(true);
    expect(v2!.size).toBeGreaterThan(v1!.size);
  });
});
