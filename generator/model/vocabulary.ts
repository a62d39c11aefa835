/**
 * Our `x-` vocabulary, checked when the document is loaded: every `x-` key must be one we know,
 * stand where it means something, and hold what vocabulary.schema.json says. Each misuse is one
 * problem naming the JSON pointer, the offending key and, for a misspelling, the key meant.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { runCachedModule, type Cache } from '../cache.js';
import schema from './vocabulary.schema.json' with { type: 'json' };
import { fromPointer, toPointer, type Path } from './refs.js';

export interface VocabularyProblem {
  /** Where: the path of keys to the offending key (or to the object missing it). */
  readonly path: readonly (string | number)[];
  /** The offending key (unknown, misplaced, missing, or holding a bad value). */
  readonly key: string;
  readonly message: string;
}

/** Where each `x-` key may stand: a pattern over the pointer of the object that holds it. */
const PLACES: Readonly<Record<string, { readonly at: RegExp; readonly where: string }>> = {
  'x-codegen': { at: /^\/info$/, where: 'in info' },
  'x-protocol': { at: /^\/info$/, where: 'in info' },
  'x-api-versions': { at: /^\/servers\/[^/]+$/, where: 'on a server' },
  'x-idempotent': { at: /^\/operations\/[^/]+$/, where: 'on an operation' },
  'x-weight': { at: /^\/operations\/[^/]+$/, where: 'on an operation' },
  'x-rate-limits': { at: /^\/operations\/[^/]+$/, where: 'on an operation' },
  'x-stream': { at: /^\/operations\/[^/]+$/, where: 'on an operation' },
  'x-time-window': { at: /^\/operations\/[^/]+$/, where: 'on an operation' },
  'x-signing': { at: /^\/components\/securitySchemes\/[^/]+$/, where: 'on a security scheme' },
  'x-aliases': { at: /^\/components\/schemas\/./, where: 'on a schema under components/schemas' },
  'x-json-string': { at: /^\/components\/schemas\/./, where: 'on a schema under components/schemas' },
  'x-bare-array-field': { at: /^\/components\/schemas\/./, where: 'on a schema under components/schemas' },
  'x-subscription-status': { at: /^\/components\/schemas\/[^/]+$/, where: 'on a subscription reply schema under components/schemas' },
  'x-unconfirmed': { at: /^/, where: 'anywhere' },
};
/** Keys the document's own structure (vocabulary.schema.json's properties) does not reach: checked where they stand. */
const CHECKED_IN_PLACE = new Set(['x-aliases', 'x-json-string', 'x-bare-array-field', 'x-subscription-status', 'x-unconfirmed']);
// A CommonJS module: under NodeNext its default import is module.exports, which is the function and also carries it as .default.
type StandaloneCode = (ajv: Ajv, refs?: Record<string, string>) => string;
const standaloneExport = standaloneModule as unknown as StandaloneCode & { default?: StandaloneCode };
const standaloneCode: StandaloneCode = standaloneExport.default ?? standaloneExport;

/** Extensions other tools add or read; not ours to judge. */
const FOREIGN = /^x-parser-/;

/** The validators: the whole document's, and one per key checked where it stands. */
type Validators = Record<'document' | string, ValidateFunction>;
const REFS: Readonly<Record<string, string>> = {
  document: schema.$id,
  ...Object.fromEntries([...CHECKED_IN_PLACE].map((key) => [key, `${schema.$id}#/$defs/${key}`])),
};
let validators: Validators | undefined;

/**
 * Compiled on first use (not when the module loads: ~0.15 s of ajv, the meta-schema's check
 * included). With a cache, ajv's standalone code of the same validators is kept, keyed by the
 * schema's text, and loaded instead of compiled on later runs.
 */
function compiled(cache?: Cache): Validators {
  if (validators) return validators;
  const key = [JSON.stringify(schema), JSON.stringify(REFS)];
  const hit = cache?.get<{ code: string }>('vocabulary-ajv', key);
  const loaded = hit && (runCachedModule(hit.code, createRequire(import.meta.url), 'vocabulary-ajv-standalone.js') as Partial<Validators> | undefined);
  if (loaded && Object.keys(REFS).every((k) => typeof loaded[k] === 'function')) return (validators = loaded as Validators);
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, ...(cache ? { code: { source: true } } : {}) });
  ajv.addSchema(schema);
  validators = Object.fromEntries(Object.entries(REFS).map(([k, ref]) => [k, ajv.getSchema(ref)!]));
  if (cache) cache.set('vocabulary-ajv', key, { code: standaloneCode(ajv, { ...REFS }) });
  return validators;
}

/** Every misuse of the vocabulary in `raw` (the document as plain data); empty when there is none. */
export function checkVocabulary(raw: unknown, cache?: Cache): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const { document: validateDocument } = compiled(cache);
  walk(raw, [], problems);
  if (!validateDocument(raw)) for (const e of validateDocument.errors ?? []) problems.push(...fromAjv(e));
  // The same place can be reported by the walk and by the schema: keep the first.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${toPointer(p.path)} ${p.key} ${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function walk(node: unknown, path: (string | number)[], out: VocabularyProblem[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...path, i], out));
    return;
  }
  const pointer = toPointer(path);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') && !FOREIGN.test(key)) {
      const place = PLACES[key];
      if (place === undefined) {
        const meant = closest(key, Object.keys(PLACES));
        out.push({ path: [...path, key], key, message: `unknown extension ${key}${meant ? ` (did you mean ${meant}?)` : ''}` });
        continue;
      }
      if (!place.at.test(pointer)) {
        out.push({ path: [...path, key], key, message: `${key} does not belong here: it stands ${place.where}` });
        continue;
      }
      if (CHECKED_IN_PLACE.has(key)) {
        const check = compiled()[key]!;
        if (!check(value)) for (const e of check.errors ?? []) out.push(...fromAjv(e, [...path, key], key));
      }
      continue; // the structured ones are checked by the document schema
    }
    walk(value, [...path, key], out);
  }
}

/** An ajv error as problems for the spec author. `base`: the path the validated value stands at. */
function fromAjv(e: ErrorObject, base: Path = [], baseKey?: string): VocabularyProblem[] {
  const path = [...base, ...fromPointer(e.instancePath)];
  const last = String(path[path.length - 1] ?? baseKey ?? '');
  const parentProps = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  switch (e.keyword) {
    case 'if':
      return []; // reported by the `then` branch's own error
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const meant = closest(key, parentProps);
      return [{ path: [...path, key], key, message: `unknown key ${key}${meant ? ` (did you mean ${meant}?)` : ''}; known: ${parentProps.join(', ')}` }];
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const about = (schema.$defs as Record<string, { description?: string }>)[key]?.description;
      return [{ path, key, message: `missing ${key}${about ? ` (${about})` : ''}` }];
    }
    case 'const':
      return [{ path, key: last, message: `${last} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}, got ${JSON.stringify(e.data)}` }];
    case 'enum':
      return [{ path, key: last, message: `${last} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(e.data)}` }];
    case 'type':
      return [{ path, key: last, message: `${last} must be ${aOrAn((e.params as { type: string }).type)}, got ${JSON.stringify(e.data)}` }];
    default:
      return [{ path, key: last, message: `${last} ${e.message ?? `breaks ${e.keyword}`}, got ${JSON.stringify(e.data)}` }];
  }
}

function aOrAn(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The known name nearest to a misspelt one (edit distance at most a third of its length, at least 2), or undefined. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Damerau–Levenshtein distance (adjacent transpositions count as one edit). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
