/**
 * The declaration-level cross-check: what a TypeScript consumer of the package sees. The public
 * `.d.ts` surface of two generated packages (every declaration the package's entry points export)
 * is read (from the syntax, surface-syntax.ts; with the compiler, surface-compiler.ts) and
 * compared: a declaration or member removed, a property made required
 * in something the consumer passes or made optional in something it reads, a type changed.
 *
 * Which types are passed and which are read comes from the package's own map of operations
 * (`OperationTypes`: params → passed; reply and event → read), followed through the types they
 * refer to.
 */
import type { Level } from './types.js';

export interface SurfaceChange {
  readonly level: Level;
  /** The TypeScript name, e.g. `DepthParams.limit` or `CurrencyComClient.depth`. */
  readonly where: string;
  readonly message: string;
  /** Names the change is about (members, literal values, the declaration), to match it with the document's changes. */
  readonly keys: readonly string[];
}

export interface Member {
  readonly optional: boolean;
  /** The member's declaration text without JSDoc, whitespace normalised. */
  readonly text: string;
  /** The property's type text, when it is a property. */
  readonly type?: string;
}

export interface Decl {
  readonly kind: string;
  readonly text: string;
  readonly members: ReadonlyMap<string, Member>;
  /** Type text of an alias or variable, for literal-union comparison. */
  readonly type?: string;
  /** Type names it refers to (for the passed/read closure). */
  readonly refs: readonly string[];
}

export interface Surface {
  readonly decls: ReadonlyMap<string, Decl>;
  /** Declarations reachable from the params of some operation. */
  readonly passed: ReadonlySet<string>;
  /** Declarations reachable from the reply or events of some operation. */
  readonly read: ReadonlySet<string>;
}

/** Entry points: the `types` of every export of the package.json among the files. */
export function entryPoints(files: ReadonlyMap<string, string>): string[] {
  const pkg = JSON.parse(files.get('package.json') ?? '{}');
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.endsWith('.d.ts')) out.add(v.replace(/^\.\//, ''));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k === 'types' || typeof x === 'object') visit(x);
    }
  };
  visit(pkg.exports);
  if (typeof pkg.types === 'string') out.add(pkg.types.replace(/^\.\//, ''));
  return [...out].sort();
}

export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function typeRefs(text: string): string[] {
  return [...new Set(text.match(/\b[A-Za-z_$][\w$]*\b/g) ?? [])];
}

/** Adds a member to a declaration's; a second of the same name (an overload, a merge) joins the first. */
export function addMember(members: Map<string, Member>, name: string, m: Member): void {
  const existing = members.get(name);
  members.set(name, existing ? { optional: existing.optional && m.optional, text: `${existing.text} ; ${m.text}`, type: existing.type ?? m.type } : m);
}

/** Passed/read closure from the operation map: params are passed, replies and events are read. */
export function directions(decls: ReadonlyMap<string, Decl>): { passed: Set<string>; read: Set<string> } {
  const passed = new Set<string>();
  const read = new Set<string>();
  const ops = decls.get('OperationTypes');
  const follow = (into: Set<string>, names: readonly string[]) => {
    const queue = [...names];
    while (queue.length > 0) {
      const n = queue.pop()!;
      if (into.has(n) || !decls.has(n)) continue;
      into.add(n);
      queue.push(...decls.get(n)!.refs);
    }
  };
  for (const m of ops?.members.values() ?? []) {
    const part = (key: string) => m.text.match(new RegExp(`\\b${key}\\??: ([^;]+);`))?.[1] ?? '';
    follow(passed, typeRefs(part('params')));
    follow(read, [...typeRefs(part('reply')), ...typeRefs(part('event'))]);
  }
  return { passed, read };
}

/** Literal members of a union of string/number literals, or undefined if it is not one. */
function literals(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => /^("([^"\\]|\\.)*"|'([^'\\]|\\.)*'|-?\d+(\.\d+)?)$/.test(p))) return undefined;
  return parts;
}

const RANK: Record<Level, number> = { docs: 1, 'non-breaking': 2, breaking: 3 };
const worst = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** How a change of a literal union (an enum) lands on passed and read uses. */
function unionChange(where: string, before: string[], after: string[], passed: boolean, read: boolean): SurfaceChange[] {
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  const out: SurfaceChange[] = [];
  const unknown = !passed && !read;
  for (const v of removed) {
    const level: Level = passed || unknown ? 'breaking' : 'non-breaking';
    out.push({ level, where, message: `${where} no longer includes ${v}`, keys: [unquote(v)] });
  }
  for (const v of added) {
    const level: Level = read ? 'breaking' : 'non-breaking';
    out.push({ level, where, message: `${where} now includes ${v}`, keys: [unquote(v)] });
  }
  return out;
}

function unquote(v: string): string {
  return v.replace(/^["']|["']$/g, '');
}

/** Every change of the exported declarations between two surfaces. */
export function compareSurfaces(before: Surface, after: Surface): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const names = [...new Set([...before.decls.keys(), ...after.decls.keys()])].sort();
  for (const name of names) {
    const b = before.decls.get(name);
    const a = after.decls.get(name);
    const passed = before.passed.has(name) || after.passed.has(name);
    const read = before.read.has(name) || after.read.has(name);
    if (!a) {
      out.push({ level: 'breaking', where: name, message: `exported ${kindWord(b!.kind)} ${name} removed`, keys: [name] });
      continue;
    }
    if (!b) {
      out.push({ level: 'non-breaking', where: name, message: `exported ${kindWord(a.kind)} ${name} added`, keys: [name] });
      continue;
    }
    if (a.kind !== b.kind) {
      out.push({ level: 'breaking', where: name, message: `${name} changed from ${kindWord(b.kind)} to ${kindWord(a.kind)}`, keys: [name] });
      continue;
    }
    if (a.text !== b.text) {
      const lb = literals(b.type);
      const la = literals(a.type);
      if (lb && la) out.push(...unionChange(name, lb, la, passed, read));
      else out.push({ level: 'breaking', where: name, message: `the type of ${name} changed`, keys: [name] });
    }
    const members = [...new Set([...b.members.keys(), ...a.members.keys()])].sort();
    for (const m of members) {
      const mb = b.members.get(m);
      const ma = a.members.get(m);
      const where = `${name}.${m}`;
      if (!ma) {
        out.push({ level: 'breaking', where, message: `${where} removed`, keys: [m] });
        continue;
      }
      if (!mb) {
        // Only what the consumer builds (params) breaks on a new required member; an interface the
        // package hands out (its map of operations, say) just gained an entry.
        const level: Level = !ma.optional && a.kind === 'InterfaceDeclaration' && passed ? 'breaking' : 'non-breaking';
        out.push({ level, where, message: `${ma.optional || a.kind !== 'InterfaceDeclaration' ? '' : 'required '}${where} added`, keys: [m] });
        continue;
      }
      if (mb.optional !== ma.optional) {
        const madeRequired = !ma.optional;
        let level: Level = 'non-breaking';
        if (madeRequired && passed) level = 'breaking';
        if (!madeRequired && (read || !passed)) level = worst(level, 'breaking');
        out.push({ level, where, message: `${where} made ${madeRequired ? 'required' : 'optional'}`, keys: [m] });
      }
      if (mb.type !== undefined && ma.type !== undefined && mb.type !== ma.type) {
        const lb = literals(mb.type);
        const la = literals(ma.type);
        if (lb && la) out.push(...unionChange(where, lb, la, passed, read).map((c) => ({ ...c, keys: [...c.keys, m] })));
        else out.push({ level: 'breaking', where, message: `the type of ${where} changed from ${mb.type} to ${ma.type}`, keys: [m] });
      } else if (mb.type === undefined && mb.text !== ma.text) {
        out.push({ level: 'breaking', where, message: `the signature of ${where} changed`, keys: [m] });
      }
    }
  }
  return out;
}

function kindWord(kind: string): string {
  return (
    {
      InterfaceDeclaration: 'interface',
      TypeAliasDeclaration: 'type',
      ClassDeclaration: 'class',
      FunctionDeclaration: 'function',
      VariableDeclaration: 'constant',
      EnumDeclaration: 'enum',
    }[kind] ?? 'declaration'
  );
}
