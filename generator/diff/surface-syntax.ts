/**
 * The exported surface of a generated package read from the syntax of its `.d.ts` files alone
 * (oxc-parser, a few milliseconds), where reading it with the TypeScript compiler through
 * ts-morph (surface.ts readSurface) costs about a second, most of it loading the compiler.
 *
 * It gives the very same Surface as readSurface for the forms generated declarations take:
 * declarations exported where they are made, `export { … } from`, `export *`, local export
 * lists, imports re-exported. For anything else (a default export, `export =`, a namespace, a
 * module it cannot find) it gives up with `undefined`, and the compiler reads the package.
 * test/diff/surface-syntax.test.ts holds both readers equal on every package the tests generate.
 */
import { parseSync } from 'oxc-parser';
import { addMember, directions, entryPoints, norm, typeRefs, type Decl, type Member, type Surface } from './surface.js';

/** A module's own exports: name → what it is (a local declaration, or a name in another module). */
interface Module {
  readonly src: string;
  /** Local names → their declarations (statement nodes, with the export keyword's start when exported in place). */
  readonly locals: Map<string, LocalDecl[]>;
  /** Exported name → where to find it. */
  readonly exports: Map<string, Target>;
  /** `export * from` targets (resolved paths), in order. */
  readonly stars: string[];
}

interface LocalDecl {
  readonly node: any;
  /** Where TypeScript's node text starts: at `export` for a declaration exported in place. */
  readonly start: number;
}

type Target = { readonly local: string } | Imported;
interface Imported {
  readonly from: string;
  readonly name: string;
}

class Unsupported extends Error {}

export function readSurfaceSyntax(files: ReadonlyMap<string, string>): Surface | undefined {
  try {
    const modules = new Map<string, Module>();
    const moduleOf = (path: string): Module => {
      let m = modules.get(path);
      if (m === undefined) {
        const text = files.get(path);
        if (text === undefined) throw new Unsupported(`no ${path}`);
        m = parseModule(path, text);
        modules.set(path, m);
      }
      return m;
    };
    const decls = new Map<string, Decl>();
    for (const entry of entryPoints(files)) {
      if (!files.has(entry)) continue;
      const prefix = entry === 'dist/index.d.ts' ? '' : `${entry.replace(/^dist\//, '').replace(/\.d\.ts$/, '')}:`;
      for (const [name, found] of exportedDeclarations(entry, moduleOf)) {
        const d = describe(found);
        if (d) decls.set(prefix + name, d);
      }
    }
    const { passed, read } = directions(decls);
    return { decls, passed, read };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Every name a module exports, with its declarations (followed through re-exports and imports). */
function exportedDeclarations(path: string, moduleOf: (path: string) => Module, seen = new Set<string>()): Map<string, Found[]> {
  if (seen.has(path)) throw new Unsupported(`export cycle through ${path}`);
  seen.add(path);
  const m = moduleOf(path);
  const out = new Map<string, Found[]>();
  // `export *` first: a module's own exports win over the names it re-exports wholesale.
  for (const from of m.stars) for (const [name, found] of exportedDeclarations(from, moduleOf, new Set(seen))) if (name !== 'default') out.set(name, found);
  for (const [name, target] of m.exports) out.set(name, resolve(path, target, moduleOf, 0));
  return out;
}

interface Found {
  readonly node: any;
  readonly start: number;
  readonly src: string;
}

function resolve(path: string, target: Target, moduleOf: (path: string) => Module, depth: number): Found[] {
  if (depth > 32) throw new Unsupported('re-export chain too long');
  const m = moduleOf(path);
  if ('from' in target) {
    const other = moduleOf(target.from);
    const there = other.exports.get(target.name);
    if (there !== undefined) return resolve(target.from, there, moduleOf, depth + 1);
    for (const star of other.stars) {
      const found = exportedDeclarations(star, moduleOf).get(target.name);
      if (found !== undefined) return found;
    }
    throw new Unsupported(`${target.from} does not export ${target.name}`);
  }
  const locals = m.locals.get(target.local);
  if (locals !== undefined) return locals.map((l) => ({ node: l.node, start: l.start, src: m.src }));
  throw new Unsupported(`${path}: no declaration of ${target.local}`);
}

/** `./x.js` from `dist/a/b.d.ts` → `dist/a/x.d.ts`. */
function specifierPath(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) throw new Unsupported(`a package import (${specifier})`);
  const parts = from.split('/').slice(0, -1);
  for (const p of specifier.split('/')) {
    if (p === '.' || p === '') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  const joined = parts.join('/');
  if (joined.endsWith('.js')) return `${joined.slice(0, -3)}.d.ts`;
  if (joined.endsWith('.d.ts')) return joined;
  throw new Unsupported(`an import without .js (${specifier})`);
}

function nameOf(node: any): string {
  if (node?.type === 'Identifier') return node.name;
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  throw new Unsupported(`a name of type ${node?.type}`);
}

function parseModule(path: string, src: string): Module {
  const result = parseSync(path, src, { lang: 'dts' });
  if (result.errors.length > 0) throw new Unsupported(`${path} does not parse`);
  const locals = new Map<string, LocalDecl[]>();
  const exports = new Map<string, Target>();
  const stars: string[] = [];
  const imports = new Map<string, Imported>();
  const declare = (name: string, decl: LocalDecl) => {
    const list = locals.get(name) ?? [];
    list.push(decl);
    locals.set(name, list);
  };
  const declared = (node: any, start: number, exported: boolean): void => {
    const names: string[] = [];
    switch (node.type) {
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'ClassDeclaration':
      case 'TSDeclareFunction':
      case 'FunctionDeclaration':
      case 'TSEnumDeclaration':
        names.push(nameOf(node.id));
        declare(names[0]!, { node, start });
        break;
      case 'VariableDeclaration':
        for (const d of node.declarations) {
          if (d.id?.type !== 'Identifier') throw new Unsupported('a destructuring declaration');
          names.push(d.id.name);
          // TypeScript's VariableDeclaration is the declarator: its text is `x: T`.
          declare(d.id.name, { node: d, start: d.start });
        }
        break;
      default:
        throw new Unsupported(`a ${node.type}`);
    }
    if (exported) for (const n of names) exports.set(n, { local: n });
  };
  for (const st of result.program.body) {
    switch (st.type) {
      case 'ImportDeclaration': {
        const from = specifierPath(path, st.source.value);
        for (const s of st.specifiers ?? []) {
          if (s.type === 'ImportSpecifier') imports.set(s.local.name, { from, name: nameOf(s.imported) });
          else if (s.type === 'ImportNamespaceSpecifier') imports.set(s.local.name, { from, name: '*' });
          else throw new Unsupported('a default import');
        }
        break;
      }
      case 'ExportNamedDeclaration':
        if (st.declaration) declared(st.declaration, st.start, true);
        else {
          const from = st.source ? specifierPath(path, st.source.value) : undefined;
          for (const s of st.specifiers) {
            const local = nameOf(s.local);
            const exported = nameOf(s.exported);
            exports.set(exported, from !== undefined ? { from, name: local } : { local });
          }
        }
        break;
      case 'ExportAllDeclaration':
        if (st.exported) throw new Unsupported('export * as');
        stars.push(specifierPath(path, st.source.value));
        break;
      case 'EmptyStatement':
        break;
      default:
        // A declaration not exported where it is made (an export list may name it); anything
        // else (`export =`, `export default`, a namespace) is beyond this reader.
        declared(st, st.start, false);
    }
  }
  // A local export list naming an import re-exports it.
  for (const [name, target] of exports) {
    if ('local' in target && !locals.has(target.local)) {
      const imported = imports.get(target.local);
      if (imported === undefined || imported.name === '*') throw new Unsupported(`${path}: ${target.local} is neither declared nor imported`);
      exports.set(name, imported);
    }
  }
  return { src, locals, exports, stars };
}

const KIND: Record<string, string> = {
  TSInterfaceDeclaration: 'InterfaceDeclaration',
  TSTypeAliasDeclaration: 'TypeAliasDeclaration',
  ClassDeclaration: 'ClassDeclaration',
  TSDeclareFunction: 'FunctionDeclaration',
  FunctionDeclaration: 'FunctionDeclaration',
  TSEnumDeclaration: 'EnumDeclaration',
  VariableDeclarator: 'VariableDeclaration',
};

/** surface.ts describe(), on syntax: the same texts, members and references. */
function describe(nodes: readonly Found[]): Decl | undefined {
  const members = new Map<string, Member>();
  const texts: string[] = [];
  let kind = '';
  let type: string | undefined;
  const refs: string[] = [];
  for (const { node, start, src } of nodes) {
    const text = (n: any): string => src.slice(n.start, n.end);
    kind = KIND[node.type] ?? (() => { throw new Unsupported(`a ${node.type}`); })();
    if (node.type === 'TSInterfaceDeclaration') {
      texts.push(norm((node.extends ?? []).map(text).join(', ')));
      for (const m of node.body.body) {
        const named = m.type === 'TSPropertySignature' || m.type === 'TSMethodSignature';
        const name = named ? keyText(m, text) : MEMBER_KIND[m.type] ?? (() => { throw new Unsupported(`a member ${m.type}`); })();
        const t = m.type === 'TSPropertySignature' ? norm(m.typeAnnotation ? text(m.typeAnnotation.typeAnnotation) : 'any') : undefined;
        const optional = named ? m.optional === true : false;
        const own = norm(text(m));
        addMember(members, name, { optional, text: own, type: t });
        refs.push(...typeRefs(t ?? own));
      }
    } else if (node.type === 'ClassDeclaration') {
      const heritage = node.superClass ? src.slice(node.superClass.start, (node.superTypeArguments ?? node.superClass).end) : '';
      texts.push(norm(`${heritage} ${(node.implements ?? []).map(text).join(', ')}`));
      for (const m of node.body.body) {
        // ts-morph's getMembers() of a class leaves out its index signatures.
        if (m.type === 'TSIndexSignature' || m.accessibility === 'private' || m.accessibility === 'protected') continue;
        let name: string;
        if (m.type === 'MethodDefinition' && m.kind === 'constructor') name = 'Constructor';
        else if (m.type === 'MethodDefinition' || m.type === 'PropertyDefinition' || m.type === 'AccessorProperty' || m.type === 'TSAbstractMethodDefinition' || m.type === 'TSAbstractPropertyDefinition') {
          if (m.key.type === 'PrivateIdentifier') continue;
          name = keyText(m, text);
        } else name = MEMBER_KIND[m.type] ?? (() => { throw new Unsupported(`a class member ${m.type}`); })();
        addMember(members, name, { optional: false, text: norm(text(m)) });
      }
    } else if (node.type === 'TSTypeAliasDeclaration') {
      type = norm(text(node.typeAnnotation));
      texts.push(norm(`${(node.typeParameters?.params ?? []).map(text).join(', ')} = ${type}`));
      refs.push(...typeRefs(type));
    } else if (node.type === 'VariableDeclarator') {
      type = norm(node.id.typeAnnotation ? text(node.id.typeAnnotation.typeAnnotation) : '');
      texts.push(type);
    } else if (node.type === 'TSEnumDeclaration') {
      for (const m of node.body?.members ?? node.members ?? []) addMember(members, keyText({ key: m.id, computed: false }, text), { optional: false, text: norm(text(m)) });
    } else {
      texts.push(norm(src.slice(start, node.end)).replace(/\{[\s\S]*$/, ''));
    }
  }
  if (!kind) return undefined;
  return { kind, text: texts.join(' ; '), members, type, refs };
}

/** ts-morph's getName() of a member: its name node's text, brackets of a computed name included. */
function keyText(m: any, text: (n: any) => string): string {
  return m.computed ? `[${text(m.key)}]` : text(m.key);
}

/** ts-morph's getKindName() of the members that have no name. */
const MEMBER_KIND: Record<string, string> = {
  TSIndexSignature: 'IndexSignature',
  TSCallSignatureDeclaration: 'CallSignature',
  TSConstructSignatureDeclaration: 'ConstructSignature',
  StaticBlock: 'ClassStaticBlockDeclaration',
};

