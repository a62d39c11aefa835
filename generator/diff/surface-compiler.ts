/**
 * The exported surface of a generated package read with the TypeScript compiler (ts-morph): what
 * `getExportedDeclarations()` finds behind every entry point. It reads any declaration file; the
 * syntax reader (surface-syntax.ts) gives the same for the forms generated packages take, far
 * faster, and leaves the rest to this one.
 */
import { Node, Project, ts, type ExportedDeclarations } from 'ts-morph';
import { addMember, directions, entryPoints, norm, typeRefs, type Decl, type Member, type Surface } from './surface.js';

/** Reads the exported surface of a generated package (its files map: path → text). */
export function readSurface(files: ReadonlyMap<string, string>, project = new Project({ useInMemoryFileSystem: true, compilerOptions: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noLib: true } }), root = '/pkg'): Surface {
  for (const [path, text] of files) if (path.startsWith('dist/') && path.endsWith('.d.ts')) project.createSourceFile(`${root}/${path}`, text, { overwrite: true });
  const decls = new Map<string, Decl>();
  for (const entry of entryPoints(files)) {
    const sf = project.getSourceFile(`${root}/${entry}`);
    if (!sf) continue;
    const prefix = entry === 'dist/index.d.ts' ? '' : `${entry.replace(/^dist\//, '').replace(/\.d\.ts$/, '')}:`;
    for (const [name, nodes] of sf.getExportedDeclarations()) {
      const d = describe(nodes);
      if (d) decls.set(prefix + name, d);
    }
  }
  const { passed, read } = directions(decls);
  return { decls, passed, read };
}

function textOf(node: Node): string {
  return norm(node.getText(false));
}

function describe(nodes: readonly ExportedDeclarations[]): Decl | undefined {
  const members = new Map<string, Member>();
  const texts: string[] = [];
  let kind = '';
  let type: string | undefined;
  const refs: string[] = [];
  for (const node of nodes) {
    kind = node.getKindName();
    if (Node.isInterfaceDeclaration(node)) {
      texts.push(norm(node.getExtends().map((e) => e.getText()).join(', ')));
      for (const m of node.getMembers()) {
        const name = Node.isPropertySignature(m) || Node.isMethodSignature(m) ? m.getName() : m.getKindName();
        const t = Node.isPropertySignature(m) ? norm(m.getTypeNode()?.getText() ?? 'any') : undefined;
        const optional = Node.isPropertySignature(m) || Node.isMethodSignature(m) ? m.hasQuestionToken() : false;
        addMember(members, name, { optional, text: textOf(m), type: t });
        refs.push(...typeRefs(t ?? textOf(m)));
      }
    } else if (Node.isClassDeclaration(node)) {
      texts.push(norm(`${node.getExtends()?.getText() ?? ''} ${node.getImplements().map((i) => i.getText()).join(', ')}`));
      for (const m of node.getMembers()) {
        if (Node.isModifierable(m) && (m.hasModifier(ts.SyntaxKind.PrivateKeyword) || m.hasModifier(ts.SyntaxKind.ProtectedKeyword))) continue;
        const name = 'getName' in m && typeof (m as any).getName === 'function' ? String((m as any).getName()) : m.getKindName();
        if (name.startsWith('#')) continue;
        addMember(members, name, { optional: false, text: textOf(m) });
      }
    } else if (Node.isTypeAliasDeclaration(node)) {
      type = norm(node.getTypeNode()?.getText() ?? '');
      texts.push(norm(`${node.getTypeParameters().map((p) => p.getText()).join(', ')} = ${type}`));
      refs.push(...typeRefs(type));
    } else if (Node.isVariableDeclaration(node)) {
      type = norm(node.getTypeNode()?.getText() ?? '');
      texts.push(type);
    } else if (Node.isEnumDeclaration(node)) {
      for (const m of node.getMembers()) addMember(members, m.getName(), { optional: false, text: textOf(m) });
    } else {
      texts.push(textOf(node).replace(/\{[\s\S]*$/, ''));
    }
  }
  if (!kind) return undefined;
  return { kind, text: texts.join(' ; '), members, type, refs };
}
