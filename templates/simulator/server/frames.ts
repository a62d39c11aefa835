/** Frames out: replies (optionally delayed or held back by faults), error replies and events. */

import { WebSocket } from 'ws';
import type { FaultError } from '../server.js';
import type { Connection, SimState } from './state.js';

export function rawSend(sim: SimState, conn: Connection, frame: Record<string, unknown>): void {
  if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(frame));
}

export function sendReply(sim: SimState, conn: Connection, frame: Record<string, unknown>): void {
  if (sim.onRequest !== undefined) logReply(sim, frame);
  if (sim.silent) return;
  if (sim.replyDelayMs > 0) {
    const timer = setTimeout(() => {
      sim.pendingTimers.delete(timer);
      if (!sim.silent) rawSend(sim, conn, frame);
    }, sim.replyDelayMs);
    sim.pendingTimers.add(timer);
  } else {
    rawSend(sim, conn, frame);
  }
}

/** Every reply answers one request: tell the request log what was asked and answered. */
function logReply(sim: SimState, frame: Record<string, unknown>): void {
  const env = sim.env;
  const destination = frame[env.destinationField];
  const correlationId = frame[env.correlationIdField];
  const payload = frame[env.payloadField] as Record<string, unknown> | undefined;
  const failed = frame[env.statusField] !== env.okStatus;
  const expectedCanonical = sim.refusedCanonical;
  sim.refusedCanonical = undefined;
  sim.onRequest!({
    ...(typeof destination === 'string' ? { destination } : {}),
    ...(typeof correlationId === 'string' ? { correlationId } : {}),
    status: String(frame[env.statusField]),
    ...(failed && payload ? { error: { code: payload[env.errorCodeField] as number | string, msg: String(payload[env.errorTextField]) } } : {}),
    ...(failed && expectedCanonical !== undefined ? { expectedCanonical } : {}),
  });
}

export function reply(sim: SimState, conn: Connection, destination: string, correlationId: string | undefined, payload: unknown): void {
  const frame: Record<string, unknown> = { [sim.env.statusField]: sim.env.okStatus, [sim.env.destinationField]: destination };
  if (correlationId !== undefined) frame[sim.env.correlationIdField] = correlationId;
  frame[sim.env.payloadField] = payload;
  sendReply(sim, conn, frame);
}

export function replyError(sim: SimState, conn: Connection, destination: string | undefined, correlationId: string | undefined, error: FaultError): void {
  const frame: Record<string, unknown> = { [sim.env.statusField]: sim.errorStatus };
  if (destination !== undefined) frame[sim.env.destinationField] = destination;
  if (correlationId !== undefined) frame[sim.env.correlationIdField] = correlationId;
  frame[sim.env.payloadField] = { [sim.env.errorCodeField]: error.code, [sim.env.errorTextField]: error.msg };
  sendReply(sim, conn, frame);
}

export function sendEvent(sim: SimState, conn: Connection, destination: string, payload: unknown): void {
  if (sim.silent) return;
  rawSend(sim, conn, { [sim.env.statusField]: sim.env.okStatus, [sim.env.destinationField]: destination, [sim.env.payloadField]: payload });
}
