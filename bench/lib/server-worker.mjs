/**
 * The loopback server of the benchmark (plain JavaScript: worker threads do not inherit tsx), run in a worker thread so that its sending does not take
 * the client's CPU: a `ws` WebSocketServer on 127.0.0.1, port 0, speaking the envelope of the
 * protocol. Per connection (query string of the URL):
 * - `trades.subscribe` → the OK reply `{status, destination, correlationId (string), payload:
 *   {subscriptions}}`, then `events` `internal.trade` event frames for the requested symbols
 *   (round robin, ids 0…events-1), sent as fast as the socket drains (see blast);
 * - `ping` → an OK reply with an empty payload;
 * - any other request with a correlationId → an OK reply with a small order book payload.
 * A connection whose URL has `tag=<name>` can also be told, from the main thread
 * (`{ blast: name, count }`), to send `count` more trade events for the symbols it subscribed to,
 * ids going on from the last: the paired stream rows alternate such blasts between two
 * connections, neither of which sends anything to ask for them.
 */
import { parentPort } from 'node:worker_threads';
import { WebSocketServer } from 'ws';

const BATCH = 128;
const PRICES = Array.from({ length: 100 }, (_, i) => (11400.95 + i * 0.05).toFixed(2));
const TS0 = 1_596_625_079_952;
const BOOK = '"payload":{"lastUpdateId":1027024,"bids":[[11400.95,0.5],[11400.9,1.25]],"asks":[[11401,0.75],[11401.05,2]]}}';

/** @param {string} symbol @param {number} id */
function tradeFrame(symbol, id) {
  return (
    '{"status":"OK","destination":"internal.trade","payload":{"symbol":"' +
    symbol +
    '","price":' +
    PRICES[id % 100] +
    ',"size":0.058,"id":' +
    id +
    ',"ts":' +
    (TS0 + id) +
    ',"orderId":"00a02503-0079-54c4-0000-00004020316a","clientOrderId":"00a02503-0079-54c4-0000-482f00003a06","buyer":' +
    (id % 2 === 0 ? 'true' : 'false') +
    '}}'
  );
}

/** One unmasked, final text frame (server to client) around a UTF-8 payload. */
function wsFrame(text) {
  const payload = Buffer.from(text, 'utf8');
  const n = payload.length;
  const header = n < 126 ? Buffer.from([0x81, n]) : Buffer.from([0x81, 126, n >> 8, n & 0xff]);
  if (n > 0xffff) throw new Error('frame too large');
  return [header, payload];
}

/**
 * Sends `count` trade events as fast as the socket drains. The frames are encoded here and
 * written straight to the TCP socket in batches, so that the sender costs far less per event than
 * any receiver: the receiving client, not this server, is what limits the rate.
 * @param {import('ws').WebSocket} ws @param {string[]} symbols @param {number} count @param {number} [first] the first event's id
 */
function blast(ws, symbols, count, first = 0) {
  let id = first;
  const last = first + count;
  const socket = /** @type {any} */ (ws)._socket;
  const pump = () => {
    while (id < last) {
      if (ws.readyState !== 1) return;
      const parts = [];
      const end = Math.min(last, id + BATCH);
      for (; id < end; id++) parts.push(...wsFrame(tradeFrame(symbols[id % symbols.length], id)));
      if (!socket.write(Buffer.concat(parts))) {
        socket.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

/** Tagged connections: what they subscribed to and the next event id. */
/** @type {Map<string, { ws: import('ws').WebSocket, symbols: string[], next: number }>} */
const tagged = new Map();

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 1 << 20 });
wss.on('connection', (ws, req) => {
  const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
  const events = Number(query.get('events') ?? '0');
  const tag = query.get('tag');
  if (tag !== null) {
    tagged.set(tag, { ws, symbols: ['BTC/USD'], next: 0 });
    ws.on('close', () => tagged.get(tag)?.ws === ws && tagged.delete(tag));
  }
  ws.on('message', (data) => {
    let frame;
    try {
      frame = JSON.parse(String(data));
    } catch {
      return;
    }
    const destination = String(frame.destination);
    const cid = frame.correlationId;
    if (cid === undefined || cid === null) return;
    const head = '{"status":"OK","destination":' + JSON.stringify(destination) + ',"correlationId":"' + String(cid) + '",';
    if (destination === 'trades.subscribe') {
      const symbols = Array.isArray(frame.payload?.symbols) ? frame.payload.symbols : ['BTC/USD'];
      /** @type {Record<string, string>} */
      const subscriptions = {};
      for (const s of symbols) subscriptions[s] = 'PROCESSED';
      ws.send(head + '"payload":{"subscriptions":' + JSON.stringify(subscriptions) + '}}');
      if (tag !== null && tagged.get(tag)?.ws === ws) tagged.get(tag).symbols = symbols;
      if (events > 0) blast(ws, symbols, events);
    } else if (destination === 'ping') {
      ws.send(head + '"payload":{}}');
    } else {
      ws.send(head + BOOK);
    }
  });
  ws.on('error', () => undefined);
});
wss.on('listening', () => {
  const address = wss.address();
  parentPort.postMessage({ port: typeof address === 'object' && address !== null ? address.port : 0 });
});
parentPort.on('message', (message) => {
  if (typeof message === 'object' && message !== null && typeof message.blast === 'string') {
    const c = tagged.get(message.blast);
    if (c === undefined) throw new Error(`no connection tagged ${message.blast}`);
    blast(c.ws, c.symbols, message.count, c.next);
    c.next += message.count;
    return;
  }
  if (message === 'close') {
    for (const c of wss.clients) c.terminate();
    wss.close(() => parentPort.close());
  }
});
