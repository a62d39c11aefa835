/**
 * Specialised matchers for the document's `pattern`s. ajv's standalone code tests each pattern
 * with a RegExp; through ajv's `code.regExp` option the generator decides, pattern by pattern,
 * what the `.test` ajv calls is. A pattern that is an anchored run of character sets with a
 * counted repetition — `^[0-9a-f]{64}$` — becomes a loop over `charCodeAt` that gives exactly the
 * RegExp's answer for every string; every other pattern stays a RegExp. A faster engine, not a
 * skipped check: ajv calls `.test` at the same place and reports the same error.
 *
 * What is recognised: `^`, then sets (a class `[…]`/`[^…]` of characters, ranges and class
 * escapes, `\d \D \w \W \s \S`, `.`, an escaped syntax character or a plain character), each
 * with `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` or nothing, then `$`. It is exact (checked by
 * test/generator/patterns.test.ts against the RegExp: every UTF-16 unit, random strings) when
 * - under the `u` flag each set that holds the astral code points holds every surrogate unit and
 *   each set that does not holds none — then an astral code point (two units) is in it exactly
 *   when both its units are — and a set that holds them repeats only `*` or `+` (one code point
 *   or more ⇔ one unit or more). A class range across the surrogates (`[a-\u{E000}]` written
 *   with the character itself) holds the lone surrogates but no astral code point, and its
 *   negation the reverse: such sets stay with the RegExp;
 * - no set that repeats a variable number of times shares a unit with a set after it, so the
 *   greedy loop is the only way to match.
 * Also recognised: `^E(M*E)?$` — the same set at both ends, any run between, e.g. `^\S(.*\S)?$`
 * (no space at either end) — exact when the ends' set lies within the middle's and, under `u`,
 * each holds astral code points exactly when it holds the surrogates. Its loop reads the two ends and the units between;
 * strings longer than ENDS_LOOP_MAX go to the RegExp, which is faster on them.
 * Anything else, or a shape where the loop is not the faster (see worthIt), stays a RegExp.
 */
import { str } from '../names.js';

/** The name ajv's standalone code calls for each pattern (`code.regExp`); declared in each module that uses it. */
export const PATTERN_FUNCTION = 'specialisedPattern';

/** Inclusive [lo, hi] ranges of UTF-16 code units, sorted, not overlapping, not adjacent. */
type UnitSet = readonly (readonly [number, number])[];

/**
 * A set of the pattern: its UTF-16 units, and whether it holds the astral code points (which only
 * the `u` flag reads as one character; no recognised set holds some of them and not others:
 * astral literals and `\u{…}` are left to the RegExp).
 */
interface CharSet {
  readonly units: UnitSet;
  readonly astral: boolean;
}

interface Repeat {
  readonly set: UnitSet;
  readonly astral: boolean;
  readonly min: number;
  /** Infinity: unbounded. */
  readonly max: number;
}

/**
 * What a recognised pattern matches: `^`, sets each repeated, `$`; or, with `ends`, a string
 * whose first and last units are in `edge` and whose units between are in `middle`:
 * `^E(M*E)?$`, e.g. `^\S(.*\S)?$` (no space at either end).
 */
interface Shape {
  readonly items: readonly Repeat[];
  readonly ends?: { readonly edge: CharSet; readonly middle: CharSet };
}

const SURROGATES: readonly [number, number] = [0xd800, 0xdfff];
/** ECMAScript WhiteSpace and LineTerminator (what `\s` matches). */
const SPACE: UnitSet = normalise([[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]);
const DIGIT: UnitSet = [[48, 57]];
const WORD: UnitSet = normalise([[48, 57], [65, 90], [95, 95], [97, 122]]);
/** `.` without the `s` flag: anything but a line terminator. */
const DOT: UnitSet = complement(normalise([[10, 10], [13, 13], [0x2028, 0x2029]]));

function normalise(ranges: readonly (readonly [number, number])[]): UnitSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(set: UnitSet): UnitSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

function intersects(a: UnitSet, b: UnitSet): boolean {
  return a.some(([alo, ahi]) => b.some(([blo, bhi]) => alo <= bhi && blo <= ahi));
}

function subset(a: UnitSet, b: UnitSet): boolean {
  return a.every(([alo, ahi]) => b.some(([blo, bhi]) => blo <= alo && ahi <= bhi));
}

function holdsAllOrNone(set: UnitSet, [lo, hi]: readonly [number, number]): 'all' | 'none' | 'some' {
  if (subset([[lo, hi]], set)) return 'all';
  return intersects(set, [[lo, hi]]) ? 'some' : 'none';
}

/** Characters with a meaning outside a class; escaped, they stand for themselves. */
const SYNTAX = '^$\\.*+?()[]{}|/';
const CONTROL: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
/** The negated escapes (`\D \W \S`) hold every astral code point; the others none. */
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: { units: DIGIT, astral: false },
  D: { units: complement(DIGIT), astral: true },
  w: { units: WORD, astral: false },
  W: { units: complement(WORD), astral: true },
  s: { units: SPACE, astral: false },
  S: { units: complement(SPACE), astral: true },
};

/** One unit that stands for itself. */
function unitSet(unit: number): CharSet {
  return { units: [[unit, unit]], astral: false };
}

class Unsupported extends Error {}

/** A small reader of the pattern subset above; anything else throws Unsupported. */
class Reader {
  at = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): string {
    return this.text[this.at] ?? '';
  }

  take(expected?: string): string {
    const c = this.text[this.at];
    if (c === undefined || (expected !== undefined && c !== expected)) throw new Unsupported();
    this.at++;
    const code = c.charCodeAt(0);
    if (code >= SURROGATES[0] && code <= SURROGATES[1]) throw new Unsupported(); // astral literals: leave to RegExp
    return c;
  }

  /** An escape after `\`: a class escape's set, or the one unit it stands for. */
  escape(inClass: boolean): CharSet {
    const c = this.take();
    if (c in CLASS_ESCAPES) return CLASS_ESCAPES[c]!;
    if (c in CONTROL) return unitSet(CONTROL[c]!);
    if (SYNTAX.includes(c) || (inClass && c === '-')) return unitSet(c.charCodeAt(0));
    throw new Unsupported(); // \b, \B, \0, \x.., \u...., \c., \p{..}, backreferences, identity escapes
  }

  /** One atom: a class, a class escape, `.`, or a literal character. */
  atom(): CharSet {
    const c = this.peek();
    if (c === '[') return this.charClass();
    if (c === '\\') {
      this.take();
      return this.escape(false);
    }
    if (c === '.') {
      this.take();
      return { units: DOT, astral: true };
    }
    if (c === '' || SYNTAX.includes(c)) throw new Unsupported();
    return unitSet(this.take().charCodeAt(0));
  }

  charClass(): CharSet {
    this.take('[');
    const negated = this.peek() === '^';
    if (negated) this.take();
    const parts: (readonly [number, number])[] = [];
    let astral = false; // a member holds the astral code points (a negated class escape)
    // One member: a single unit (for a range end) or a set (a class escape).
    const member = (): CharSet => {
      const c = this.peek();
      if (c === '\\') {
        this.take();
        return this.escape(true);
      }
      if (c === '' || c === '[' || c === ']') throw new Unsupported();
      return unitSet(this.take().charCodeAt(0));
    };
    const single = (s: CharSet): number | undefined => (s.units.length === 1 && s.units[0]![0] === s.units[0]![1] ? s.units[0]![0] : undefined);
    if (this.peek() === ']') throw new Unsupported(); // `[]` / `[^]`
    while (this.peek() !== ']') {
      const first = this.peek() === '-' ? (this.take(), unitSet(45)) : member();
      if (this.peek() === '-' && this.text[this.at + 1] !== ']') {
        this.take();
        const from = single(first);
        const to = single(member());
        if (from === undefined || to === undefined || from > to) throw new Unsupported();
        parts.push([from, to]);
      } else {
        parts.push(...first.units);
        astral ||= first.astral;
      }
    }
    this.take(']');
    const set = normalise(parts);
    return negated ? { units: complement(set), astral: !astral } : { units: set, astral };
  }

  /** A quantifier after an atom (none: exactly once). */
  quantifier(): { min: number; max: number } {
    const c = this.peek();
    let q: { min: number; max: number };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.text.slice(this.at));
      if (!m) throw new Unsupported();
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw new Unsupported();
      this.at += m[0].length;
      return this.noLazy({ min, max });
    } else return { min: 1, max: 1 };
    this.take();
    return this.noLazy(q);
  }

  private noLazy(q: { min: number; max: number }): { min: number; max: number } {
    if (this.peek() === '?') throw new Unsupported();
    return q;
  }
}

/** The shape of a pattern, or undefined when the RegExp must stay. */
export function patternShape(pattern: string, unicode: boolean): Shape | undefined {
  try {
    const shape = parse(pattern);
    return sound(shape, unicode) ? shape : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function parse(pattern: string): Shape {
  try {
    return parseEnds(pattern);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  const r = new Reader(pattern);
  r.take('^');
  const items: Repeat[] = [];
  while (r.peek() !== '$') {
    const { units, astral } = r.atom();
    items.push({ set: units, astral, ...r.quantifier() });
  }
  r.take('$');
  if (!r.done || items.length === 0) throw new Unsupported();
  return { items };
}

/** `^E(M*E)?$`: one set at both ends, one in between (any count, none included). */
function parseEnds(pattern: string): Shape {
  const r = new Reader(pattern);
  r.take('^');
  const edge = r.atom();
  r.take('(');
  const middle = r.atom();
  r.take('*');
  const last = r.atom();
  r.take(')');
  r.take('?');
  r.take('$');
  if (!r.done || !sameSet(edge, last)) throw new Unsupported();
  return { items: [], ends: { edge, middle } };
}

function sameSet(a: CharSet, b: CharSet): boolean {
  return subset(a.units, b.units) && subset(b.units, a.units) && a.astral === b.astral;
}

/**
 * Under `u`: whether a loop over units reads the set as the RegExp reads code points. A set that
 * holds the astral code points must hold every surrogate unit (both units of a pair pass, and so
 * do lone surrogates, which it holds as code points too); a set that does not must hold none.
 */
function unitsAgree(set: CharSet): boolean {
  const s = holdsAllOrNone(set.units, SURROGATES);
  return set.astral ? s === 'all' : s === 'none';
}

function sound(shape: Shape, unicode: boolean): boolean {
  if (shape.ends !== undefined) {
    // The loop reads units; the RegExp reads code points under `u`. They agree when each set
    // holds all of the surrogates or none (as for a single set above) and the ends' set lies
    // within the middle's: the units of an astral code point at either end are then in the
    // middle's set too, where the loop reads one of them.
    const { edge, middle } = shape.ends;
    if (!subset(edge.units, middle.units)) return false;
    return !unicode || (unitsAgree(edge) && unitsAgree(middle));
  }
  const { items } = shape;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.set.length === 0 && item.min > 0) continue; // never matches; still exact
    if (unicode) {
      if (!unitsAgree({ units: item.set, astral: item.astral })) return false;
      if (item.astral && !(item.min <= 1 && item.max === Infinity)) return false;
    }
    if (item.min !== item.max) for (let j = k + 1; j < items.length; j++) if (intersects(item.set, items[j]!.set)) return false;
  }
  return true;
}

/** The part of a set inside [lo, hi]. */
function within(set: UnitSet, lo: number, hi: number): UnitSet {
  return set.filter(([a, b]) => a <= hi && b >= lo).map(([a, b]) => [Math.max(a, lo), Math.min(b, hi)] as const);
}

/** Comparisons that are true when `c` (known to lie in [lo, hi]) is in one of the ranges. */
function compare(ranges: UnitSet, lo: number, hi: number): string {
  if (ranges.length === 0) return 'false';
  return ranges
    .map(([a, b]) => (a === lo && b === hi ? 'true' : a === b ? `c === ${a}` : a === lo ? `c <= ${b}` : b === hi ? `c >= ${a}` : `(c >= ${a} && c <= ${b})`))
    .join(' || ');
}

/**
 * Code that tells whether the unit in `c` is outside a set (the loop's exit test). ASCII is
 * tested first; an ASCII part of several ranges is looked up in a 128-entry table (random hex
 * digits and letters make comparisons mispredict, a table does not); beyond ASCII the set's
 * ranges or the others', whichever are fewer.
 */
function outside(set: UnitSet, tables: UnitSet[]): string {
  const part = (lo: number, hi: number, useTable: boolean): string => {
    const inside = within(set, lo, hi);
    const others = within(complement(set), lo, hi);
    if (inside.length === 0) return 'true';
    if (others.length === 0) return 'false';
    if (useTable && Math.min(inside.length, others.length) > 1) {
      tables.push(inside);
      return `t${tables.length - 1}[c] === 0`;
    }
    return others.length < inside.length ? `(${compare(others, lo, hi)})` : `!(${compare(inside, lo, hi)})`;
  };
  const ascii = part(0, 127, true);
  const rest = part(128, 0xffff, false);
  if (rest === 'true') return ascii === 'false' ? 'c >= 128' : `c >= 128 || ${ascii}`;
  if (rest === 'false') return ascii === 'false' ? 'false' : `(c < 128 && ${ascii})`;
  return `(c < 128 ? ${ascii} : ${rest})`;
}

/**
 * Whether a loop beats V8's RegExp for the shape: measured on Node 20 (bench/README.md), a
 * counted repetition (`{64}`) costs the RegExp a counter and backtracking state per character
 * (≈ 430 vs 180 ns for 64 hex digits), while a plain `+`/`*` loop in the RegExp runs faster than
 * a `charCodeAt` loop in JavaScript (≈ 95 vs 170 ns for `^\S+$` on 64 characters).
 */
function worthIt(shape: Shape): boolean {
  if (shape.ends !== undefined) return true; // up to ENDS_LOOP_MAX units; longer strings go to the RegExp (matcherCode)
  return shape.items.some((item) => item.max !== Infinity && item.max > 1);
}

/**
 * The longest string the loop of an `ends` shape reads; a longer one goes to the RegExp. Measured
 * on Node 20 for `^\S(.*\S)?$`: the loop costs ~3 ns a unit against ~1 for V8's `.*`, and wins
 * below about 12 units (34 vs 59 ns at 4, 54 vs 70 at 8, 78 vs 69 at 16) — instrument symbols
 * such as `BTC/USD` are that short.
 */
const ENDS_LOOP_MAX = 10;

/**
 * An expression for the matcher: `{ test(s) { … } }`, in a closure over its tables when it has
 * any. `fallback` (pattern and flags): for an `ends` shape, strings longer than ENDS_LOOP_MAX are
 * tested with this RegExp instead of the loop.
 */
function matcherCode(shape: Shape, fallback?: { pattern: string; unicode: boolean }): string {
  const tables: UnitSet[] = [];
  const body = ['  const n = s.length;'];
  const only = shape.items.length === 1 ? shape.items[0]! : undefined;
  if (shape.ends !== undefined) {
    // The two ends, then the units between them.
    const edge = outside(shape.ends.edge.units, tables);
    if (fallback !== undefined) body.push(`  if (n > ${ENDS_LOOP_MAX}) return long.test(s);`);
    body.push(
      '  if (n === 0) return false;',
      `  let c = s.charCodeAt(0);`,
      `  if (${edge}) return false;`,
      '  if (n === 1) return true;',
      '  c = s.charCodeAt(n - 1);',
      `  if (${edge}) return false;`,
      `  for (let i = 1; i < n - 1; i++) { c = s.charCodeAt(i); if (${outside(shape.ends.middle.units, tables)}) return false; }`,
      '  return true;',
    );
  } else if (only !== undefined && only.min === only.max) {
    // One set, a fixed count: the length says it all, then every unit.
    body.push(`  if (n !== ${only.min}) return false;`, `  for (let i = 0; i < n; i++) { const c = s.charCodeAt(i); if (${outside(only.set, tables)}) return false; }`, '  return true;');
  } else {
    body.push('  let i = 0;');
    shape.items.forEach((item, k) => {
      const stop = item.max === Infinity ? 'n' : `Math.min(n, i + ${item.max})`;
      if (item.min > 0) body.push(`  const start${k} = i;`);
      body.push(`  for (const stop = ${stop}; i < stop; i++) { const c = s.charCodeAt(i); if (${outside(item.set, tables)}) break; }`);
      if (item.min > 0) body.push(`  if (i - start${k} < ${item.min}) return false;`);
    });
    body.push('  return i === n;');
  }
  const matcher = `{ test(s) {\n${body.join('\n')}\n} }`;
  const long = shape.ends !== undefined && fallback !== undefined ? `  const long = new RegExp(${str(fallback.pattern)}, ${str(fallback.unicode ? 'u' : '')});` : undefined;
  if (tables.length === 0 && long === undefined) return matcher;
  const declare = tables.map((t, k) => `  const t${k} = new Uint8Array(128);\n  for (const [lo, hi] of ${JSON.stringify(t)}) t${k}.fill(1, lo, hi + 1);`);
  if (long !== undefined) declare.push(long);
  return `(() => {\n${declare.join('\n')}\n  return ${matcher};\n})()`;
}

/** The loop matcher of a pattern as an expression whenever it is exact, faster or not (for tests). */
export function loopMatcher(pattern: string, unicode: boolean): string | undefined {
  const shape = patternShape(pattern, unicode);
  return shape === undefined ? undefined : matcherCode(shape);
}

/** The matcher the generated code uses for a pattern, or undefined when the RegExp stays. */
export function specialisedMatcher(pattern: string, unicode: boolean): string | undefined {
  const shape = patternShape(pattern, unicode);
  return shape === undefined || !worthIt(shape) ? undefined : matcherCode(shape, { pattern, unicode });
}

/**
 * ajv's `code.regExp` engine: at generation time a plain RegExp (ajv keys its scope by
 * `toString()`); in the standalone code, a call of PATTERN_FUNCTION for each pattern.
 */
export function patternEngine(): ((pattern: string, u: string) => RegExp) & { code: string } {
  return Object.assign((pattern: string, u: string) => new RegExp(pattern, u), { code: PATTERN_FUNCTION });
}

/**
 * Finishes one module of ajv's standalone code made with patternEngine(): declares
 * PATTERN_FUNCTION with a case per pattern of the module that has a specialised matcher (the
 * RegExp for the others); a module with none gets back `new RegExp(…)` calls, as ajv writes them
 * without the engine.
 */
export function withPatternFunction(code: string): string {
  const binding = new RegExp(`^const (func\\d+) = ${PATTERN_FUNCTION};\\n?`, 'm').exec(code);
  if (!binding) return code;
  const call = new RegExp(`\\b${binding[1]}\\(("(?:[^"\\\\]|\\\\.)*"), "(u?)"\\)`, 'g');
  const cases = new Map<string, string>();
  for (const [, quoted, flags] of code.matchAll(call)) {
    const pattern = JSON.parse(quoted!) as string;
    const key = `${flags}:${pattern}`;
    if (cases.has(key)) continue;
    const matcher = specialisedMatcher(pattern, flags === 'u');
    if (matcher !== undefined) cases.set(key, `if (pattern === ${str(pattern)} && u === ${str(flags!)}) return ${matcher};`);
  }
  if (cases.size === 0) {
    return code.replace(binding[0], '').replace(call, (_m, quoted: string, flags: string) => `new RegExp(${quoted}, "${flags}")`);
  }
  return (
    `${code.trimEnd()}\n\n` +
    '// Patterns with a loop that gives the same answer as their RegExp, faster (generator/emit/patterns.ts).\n' +
    `function ${PATTERN_FUNCTION}(pattern, u){\n${[...cases.values()].join('\n')}\nreturn new RegExp(pattern, u);\n}\n`
  );
}
