/**
 * The context of src/frames.ts, the frame decoder that reads events from their bytes: which
 * events it reads, and each member name as a byte-by-byte test the template prints.
 */
import type { Model } from '../model.js';
import { identifier, jsdocText, str } from '../names.js';

/** Printable ASCII without the quote and the backslash: what the byte reader compares as is. */
const PLAIN = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;

export interface FramesContext {
  readonly banner: string;
  readonly okStatus: string;
  readonly eventList: string;
  readonly envelopeCases: readonly KeyCase<EnvelopeKey>[];
  readonly events: readonly FrameEvent[];
}

interface KeyTest {
  /** The name as a JavaScript string literal. */
  readonly quoted: string;
  /** `b[k] === 0x.. && …`: whether the key at k is this name (its length already matched). */
  readonly test: string;
}

interface EnvelopeKey extends KeyTest {
  readonly isStatus: boolean;
  readonly isDestination: boolean;
  readonly isPayload: boolean;
}

interface KeyCase<K extends KeyTest> {
  readonly length: number;
  readonly keys: readonly K[];
}

interface FrameEvent {
  readonly destination: string;
  /** The destination and schema name for the reader's JSDoc. */
  readonly doc: string;
  readonly reader: string;
  readonly cases: readonly KeyCase<KeyTest>[];
}

/**
 * Undefined when no event can be read from bytes: none has a payload of scalars only
 * (EventModel.flatFields), or the envelope's member names or the OK status are not plain ASCII.
 */
export function framesContext(model: Model, banner: string): FramesContext | undefined {
  const env = model.envelope;
  const envelopeNames = [env.statusField, env.destinationField, env.payloadField];
  if (!envelopeNames.every((n) => PLAIN.test(n) && n !== '__proto__') || new Set(envelopeNames).size !== 3 || !PLAIN.test(env.okStatus)) return undefined;
  // A destination that two events share (with their own schemas) is left to JSON.parse.
  const count = new Map<string, number>();
  for (const e of model.events) count.set(e.destination, (count.get(e.destination) ?? 0) + 1);
  const used = new Set<string>();
  const events: FrameEvent[] = [];
  for (const e of model.events) {
    const fields = e.flatFields;
    if (fields === undefined || count.get(e.destination) !== 1 || !PLAIN.test(e.destination) || !fields.every((f) => PLAIN.test(f))) continue;
    let reader = identifier(`${e.id}Reader`, 'eventReader');
    while (used.has(reader)) reader += '_';
    used.add(reader);
    events.push({ destination: e.destination, doc: jsdocText(`\`${e.destination}\` (${e.message.schema})`), reader, cases: keyCases(fields.map((f) => keyTest(f))) });
  }
  if (events.length === 0) return undefined;
  const envelopeKeys: EnvelopeKey[] = envelopeNames.map((n, i) => ({ ...keyTest(n), isStatus: i === 0, isDestination: i === 1, isPayload: i === 2 }));
  return {
    banner,
    okStatus: env.okStatus,
    eventList: jsdocText(events.map((e) => `\`${e.destination}\``).join(', ')),
    envelopeCases: keyCases(envelopeKeys),
    events,
  };
}

function keyTest(name: string): KeyTest {
  const bytes = [...name].map((ch, i) => `b[k${i === 0 ? '' : ` + ${i}`}] === 0x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return { quoted: str(name), test: bytes.length === 0 ? 'true' : bytes.join(' && ') };
}

/** Keys grouped by length, in order of first appearance: the switch the template prints. */
function keyCases<K extends KeyTest>(keys: readonly K[]): KeyCase<K>[] {
  const byLength = new Map<number, K[]>();
  for (const k of keys) {
    const length = (JSON.parse(k.quoted) as string).length;
    const list = byLength.get(length) ?? [];
    list.push(k);
    byLength.set(length, list);
  }
  return [...byLength].map(([length, list]) => ({ length, keys: list }));
}
