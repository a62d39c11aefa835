// Generated from asyncapi.yaml and templates/simulator/exchange/params.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Reading request parameters the way the API does: each reader throws the API's own error. */

import { Dec } from '../decimal.js';
import { ApiErrors } from '../errors.js';

export type Params = Readonly<Record<string, unknown>>;

// Parameter readers (throw the API's errors)

export function has(p: Params, name: string): boolean {
  return p[name] !== undefined && p[name] !== null;
}

// Parameter readers (throw the API's errors)

export function optString(p: Params, name: string): string | undefined {
  if (!has(p, name)) return undefined;
  const v = p[name];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw ApiErrors.illegalParam(name);
}

// Parameter readers (throw the API's errors)

export function reqString(p: Params, name: string): string {
  const v = optString(p, name);
  if (v === undefined || v === '') throw ApiErrors.mandatoryParam(name);
  return v;
}

// Parameter readers (throw the API's errors)

export function optDec(p: Params, name: string): Dec | undefined {
  if (!has(p, name)) return undefined;
  const d = Dec.parse(p[name]);
  if (d === undefined) throw ApiErrors.illegalParam(name);
  return d;
}

// Parameter readers (throw the API's errors)

export function optInt(p: Params, name: string): number | undefined {
  if (!has(p, name)) return undefined;
  const v = p[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw ApiErrors.illegalParam(name);
  return n;
}

// Parameter readers (throw the API's errors)

export function optBool(p: Params, name: string): boolean | undefined {
  if (!has(p, name)) return undefined;
  const v = p[name];
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw ApiErrors.illegalParam(name);
}

// Parameter readers (throw the API's errors)

/** A count parameter: its default when absent (its range is the document's, checked by the validator). */
export function optLimit(p: Params, name: string, def: number): number {
  const v = optInt(p, name);
  if (v === undefined) return def;
  if (v < 1) throw ApiErrors.illegalParam(name, 'must be at least 1');
  return v;
}

/** A request parameter's default as the document states it (ExchangeOptions.paramDefaults), else `fallback`. */
export function defaultOf(defaults: Readonly<Record<string, Readonly<Record<string, unknown>>>>, operationId: string, param: string, fallback: number): number {
  const v = defaults[operationId]?.[param];
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : fallback;
}

// Parameter readers (throw the API's errors)

export function optEnum<T extends string>(p: Params, name: string, values: readonly T[]): T | undefined {
  const v = optString(p, name);
  if (v === undefined) return undefined;
  const up = v.toUpperCase();
  const found = values.find((x) => x === up);
  if (found === undefined) throw ApiErrors.illegalParam(name, `must be one of ${values.join(', ')}`);
  return found;
}

// Parameter readers (throw the API's errors)

export function withinTime<T>(items: readonly T[], time: (t: T) => number, from: number | undefined, to: number | undefined): T[] {
  return items.filter((i) => (from === undefined || time(i) >= from) && (to === undefined || time(i) <= to));
}

// Parameter readers (throw the API's errors)

/** The newest `limit` items, oldest first. */
export function newest<T>(items: readonly T[], limit: number): T[] {
  return items.slice(Math.max(0, items.length - limit));
}
