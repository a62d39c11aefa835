/**
 * What the reference docs say about the client itself (options, events, its own error codes)
 * is read from the hand-written runtime and codec sources in templates/, so the docs describe
 * what is there: interfaces with their members, types and JSDoc ("(default …)" gives the
 * default), type aliases, and error classes with their stable `ERR_…` codes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../files.js';
import { ts } from 'ts-morph';

export interface RuntimeMember {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  /** JSDoc text without the "(default …)" part. */
  readonly doc: string;
  /** The "(default …)" text of the JSDoc, when there is one. */
  readonly default?: string;
  /** Members of an inline object type (`{ a?: number } | false`). */
  readonly inline: readonly RuntimeMember[];
}

export interface RuntimeInterface {
  readonly name: string;
  readonly doc: string;
  readonly extends: readonly string[];
  readonly members: readonly RuntimeMember[];
}

export interface RuntimeAlias {
  readonly name: string;
  readonly doc: string;
  readonly type: string;
  /** String literal members of a union alias. */
  readonly literals: readonly string[];
}

export interface RuntimeErrorClass {
  readonly name: string;
  readonly file: string;
  readonly doc: string;
  readonly extends?: string;
  /** The `ERR_…` codes the class creates. */
  readonly codes: readonly string[];
  /** Public fields besides those of its base class. */
  readonly fields: readonly { readonly name: string; readonly type: string; readonly doc: string }[];
}

export interface RuntimeApi {
  readonly interfaces: ReadonlyMap<string, RuntimeInterface>;
  readonly aliases: ReadonlyMap<string, RuntimeAlias>;
  readonly errors: readonly RuntimeErrorClass[];
  /** Every `ERR_…` code any class creates, in source order. */
  readonly codes: readonly string[];
  /** Members of an interface including those it extends. */
  membersOf(name: string): RuntimeMember[];
}

const DIRS = ['runtime', 'codec'];
const ERR = /^ERR_[A-Z0-9_]+$/;

export async function readRuntime(templatesDir: string): Promise<RuntimeApi> {
  const interfaces = new Map<string, RuntimeInterface>();
  const aliases = new Map<string, RuntimeAlias>();
  const errors: RuntimeErrorClass[] = [];
  for (const dir of DIRS) {
    const names = (await listFiles(join(templatesDir, dir))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of names) {
      const text = await readFile(join(templatesDir, dir, file), 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      for (const st of sf.statements) {
        if (ts.isInterfaceDeclaration(st)) {
          interfaces.set(st.name.text, {
            name: st.name.text,
            doc: docOf(st),
            extends: (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(sf))),
            members: st.members.filter(ts.isPropertySignature).map((m) => member(m, sf)),
          });
        } else if (ts.isTypeAliasDeclaration(st)) {
          aliases.set(st.name.text, { name: st.name.text, doc: docOf(st), type: st.type.getText(sf), literals: literalsOf(st.type) });
        } else if (ts.isClassDeclaration(st) && st.name) {
          const cls = errorClass(st, sf, `${dir}/${file}`);
          if (cls) errors.push(cls);
        }
      }
    }
  }
  // A class without its own code but derived from one with codes (none today) is still an error class.
  const byName = new Map(errors.map((e) => [e.name, e]));
  const kept = errors.filter((e) => e.codes.length > 0 || (e.extends !== undefined && byName.has(e.extends)) || errors.some((o) => o.extends === e.name));
  const codes = [...new Set(kept.flatMap((e) => e.codes))];
  const membersOf = (name: string, seen: string[] = []): RuntimeMember[] => {
    const i = interfaces.get(name);
    if (!i || seen.includes(name)) return [];
    const own = i.members;
    const inherited = i.extends.flatMap((b) => membersOf(b, [...seen, name])).filter((m) => !own.some((o) => o.name === m.name));
    return [...own, ...inherited];
  };
  return { interfaces, aliases, errors: kept, codes, membersOf: (n) => membersOf(n) };
}

function docOf(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const last = docs[docs.length - 1];
  if (!last) return '';
  const comment = typeof last.comment === 'string' ? last.comment : (last.comment ?? []).map((c) => c.getText()).join('');
  return comment.trim();
}

function member(m: ts.PropertySignature, sf: ts.SourceFile): RuntimeMember {
  const raw = docOf(m);
  const dm = /\s*\(default:?\s*((?:[^()]|\([^()]*\))*)\)/.exec(raw);
  const inline: RuntimeMember[] = [];
  const collect = (t: ts.TypeNode | undefined) => {
    if (!t) return;
    if (ts.isTypeLiteralNode(t)) inline.push(...t.members.filter(ts.isPropertySignature).map((x) => member(x, sf)));
    else if (ts.isUnionTypeNode(t)) t.types.forEach(collect);
    else if (ts.isParenthesizedTypeNode(t)) collect(t.type);
  };
  collect(m.type);
  return {
    name: m.name.getText(sf),
    type: (m.type?.getText(sf) ?? 'unknown').replace(/\s+/g, ' '),
    optional: m.questionToken !== undefined,
    doc: (dm ? raw.replace(dm[0], '') : raw).trim(),
    ...(dm ? { default: dm[1]!.trim() } : {}),
    inline,
  };
}

function literalsOf(t: ts.TypeNode): string[] {
  if (ts.isUnionTypeNode(t)) return t.types.flatMap(literalsOf);
  if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) return [t.literal.text];
  return [];
}

function errorClass(st: ts.ClassDeclaration, sf: ts.SourceFile, file: string): RuntimeErrorClass | undefined {
  const base = st.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText(sf);
  const codes: string[] = [];
  const fields: { name: string; type: string; doc: string }[] = [];
  const visit = (n: ts.Node): void => {
    // super('ERR_…', …) and unions of `ERR_…` literals typing a parameter or property
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const first = n.arguments[0];
      if (first && ts.isStringLiteral(first) && ERR.test(first.text)) codes.push(first.text);
    }
    if ((ts.isParameter(n) || ts.isPropertyDeclaration(n)) && n.type) {
      codes.push(...literalsOf(n.type).filter((c) => ERR.test(c)));
    }
    ts.forEachChild(n, visit);
  };
  visit(st);
  const isPublic = (mods: ts.NodeArray<ts.ModifierLike> | undefined) =>
    !(mods ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
  for (const m of st.members) {
    if (ts.isPropertyDeclaration(m) && isPublic(m.modifiers) && !ts.isPrivateIdentifier(m.name)) {
      const name = m.name.getText(sf);
      if (name === 'name') continue;
      fields.push({ name, type: typeText(m, sf), doc: docOf(m) });
    }
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        const mods = ts.getModifiers(p) ?? [];
        if (mods.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword || x.kind === ts.SyntaxKind.PublicKeyword) && isPublic(p.modifiers as never)) {
          fields.push({ name: p.name.getText(sf), type: (p.type?.getText(sf) ?? 'unknown').replace(/\s+/g, ' '), doc: '' });
        }
      }
    }
  }
  if (codes.length === 0 && base === undefined) return undefined;
  return { name: st.name!.text, file, doc: docOf(st), ...(base ? { extends: base } : {}), codes: [...new Set(codes)], fields };
}

function typeText(m: ts.PropertyDeclaration, sf: ts.SourceFile): string {
  if (m.type) return m.type.getText(sf).replace(/\s+/g, ' ');
  if (m.initializer) {
    const init = m.initializer;
    if (ts.isAsExpression(init) && init.expression) return init.expression.getText(sf);
    return init.getText(sf);
  }
  return 'unknown';
}
