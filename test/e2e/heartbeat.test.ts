/**
 * The ping rule with a shortened server timeout: a connection that is not pinged is closed by the
 * simulator; the real client, pinging more often than that, stays on one connection.
 */

import { afterEach, describe, expect, it } from 'vitest';
import type { StateChange } from 'currencycom-ws';
import { RawClient, cleanup, client, sim, sleep, waitFor } from './helpers.js';

afterEach(cleanup);

const TIMEOUT_MS = 400;

describe(`the ping rule (heartbeatTimeoutMs ${TIMEOUT_MS})`, () => {
  it('a raw socket that never pings is closed by the simulator; one that sends the ping request stays', async () => {
    const s = await sim({ heartbeatTimeoutMs: TIMEOUT_MS });
    const silent = await RawClient.connect(s.url);
    const pinging = await RawClient.connect(s.url);
    let id = 0;
    const timer = setInterval(() => pinging.send({ destination: 'ping', correlationId: ++id, payload: {} }), TIMEOUT_MS / 4);
    try {
      const closed = await silent.whenClosed(TIMEOUT_MS * 10);
      expect(closed.code).toBe(1000);
      expect(closed.reason).toMatch(/ping/i);
      await sleep(TIMEOUT_MS * 2); // the pinging one has now outlived several windows
      expect(pinging.closed).toBeUndefined();
      expect(pinging.frames.filter((f) => f.destination === 'ping' && f.status === 'OK').length).toBeGreaterThan(3);
      expect(s.connectionCount()).toBe(1);
    } finally {
      clearInterval(timer);
    }
  });

  it('the real client with heartbeatIntervalMs below the timeout stays connected across several windows', async () => {
    const s = await sim({ heartbeatTimeoutMs: TIMEOUT_MS });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: TIMEOUT_MS / 4 });
    const states: StateChange[] = [];
    c.on('state', (change) => states.push(change));
    await c.connect();
    await sleep(TIMEOUT_MS * 4);
    expect(c.state).toBe('open');
    expect(states.map((x) => x.state)).toEqual(['connecting', 'open']);
    expect(s.connectionCount()).toBe(1);
    expect((await c.time()).serverTime).toBeGreaterThan(0);
  });

  it('control: the same client with its heartbeat off is dropped by the simulator and reconnects', async () => {
    const s = await sim({ heartbeatTimeoutMs: TIMEOUT_MS });
    const c = client({ url: s.url, apiVersion: 'v2', heartbeatIntervalMs: 0 });
    const states: StateChange[] = [];
    c.on('state', (change) => states.push(change));
    await c.connect();
    await waitFor(() => states.some((x) => x.state === 'reconnecting'), 'the simulator to drop the unpinged client', TIMEOUT_MS * 10);
    expect(states.find((x) => x.state === 'reconnecting')!.reason).toMatch(/closed/);
    await waitFor(() => states.filter((x) => x.state === 'open').length >= 2, 'the client to reconnect', TIMEOUT_MS * 10);
  });
});
