/**
 * Reference docs: Markdown generated from the model, modelled on ws's doc/ws.md — one section per
 * operation and stream with a heading shaped like the typed call, tables of params and reply
 * fields, the call in both forms, example frames (signed ones signed here with the example key
 * pair) and the errors that can come back; pages for connecting, signing, errors and enums.
 *
 * Every decision and every table row is made here; the page layouts are the templates in
 * templates/hbs/docs/. Every string from the document goes through the Markdown quoting helpers.
 * What the docs say about the client itself (options, events, its own error codes) is the
 * runtime's manifest (templates/runtime/manifest.ts), imported as data.
 */
import type { Model } from '../model.js';
import { render } from '../render.js';
import { renderChangesPage } from './docs/changes.js';
import type { ChangelogEntry } from '../diff/release.js';
import { cliDocsContext } from './cli.js';
import { renderHtml } from './docs/html.js';
import { Anchors, tidy } from './docs/markdown.js';
import { readRuntime, type RuntimeApi } from './docs/runtime.js';
import { SchemaDocs } from './docs/schema.js';
import { exampleCredentials, type ExampleCredentials } from './docs/signing.js';
import { connectingContext } from './docs/pages/connecting.js';
import { enumsContext } from './docs/pages/enums.js';
import { errorsContext } from './docs/pages/errors.js';
import { indexContext } from './docs/pages/index.js';
import { operationsContext } from './docs/pages/operations.js';
import { signingContext } from './docs/pages/signing.js';

/** The pages, in the order of the navigation line. */
export const DOC_PAGES = [
  { file: 'README.md', title: 'Index' },
  { file: 'connecting.md', title: 'Connecting' },
  { file: 'operations.md', title: 'Operations and streams' },
  { file: 'command-line.md', title: 'Command line' },
  { file: 'signing.md', title: 'Signing' },
  { file: 'errors.md', title: 'Errors' },
  { file: 'enums.md', title: 'Enums' },
  { file: 'changes.md', title: 'Changes' },
] as const;

/** The page that holds the operation and event sections (code.ts `docsLink` points here). */
export const OPERATIONS_PAGE = 'operations.md';

/** Marker before every example frame: `<!-- example: <kind> <destination> -->` (destination percent-encoded where needed). */
export type ExampleKind = 'request' | 'reply' | 'event' | 'error';

export async function emitDocs(model: Model, banner: (origin?: string) => string, templatesDir: string, changes: readonly ChangelogEntry[] = []): Promise<Map<string, string>> {
  const runtime = readRuntime();
  const docs = new DocsBuilder(model, runtime);
  const bannerComment = `<!-- ${banner().split('\n').map((l) => l.replace(/^\/\/ ?/, '')).join(' ').replace(/--/g, '- -')} -->`;
  const common = { bannerComment, nav: docs.nav() };
  const pages = new Map<string, string>();
  pages.set('docs/README.md', tidy(await render(templatesDir, 'docs/README.md.hbs', { ...common, ...indexContext(docs) })));
  pages.set('docs/connecting.md', tidy(await render(templatesDir, 'docs/connecting.md.hbs', { ...common, ...connectingContext(docs) })));
  pages.set('docs/operations.md', tidy(await render(templatesDir, 'docs/operations.md.hbs', { ...common, ...operationsContext(docs) })));
  pages.set('docs/command-line.md', tidy(await render(templatesDir, 'docs/command-line.md.hbs', { ...common, ...cliDocsContext(model) })));
  pages.set('docs/signing.md', tidy(await render(templatesDir, 'docs/signing.md.hbs', { ...common, ...signingContext(docs) })));
  pages.set('docs/errors.md', tidy(await render(templatesDir, 'docs/errors.md.hbs', { ...common, ...errorsContext(docs) })));
  pages.set('docs/enums.md', tidy(await render(templatesDir, 'docs/enums.md.hbs', { ...common, ...enumsContext(docs) })));
  pages.set('docs/changes.md', tidy(await renderChangesPage(templatesDir, common, changes)));
  const titles = new Map<string, string>(DOC_PAGES.map((p) => [p.file, p.title]));
  pages.set('docs/index.html', renderHtml(model, [...pages].map(([path, markdown]) => ({ file: path.slice('docs/'.length), title: titles.get(path.slice('docs/'.length)) ?? path, markdown }))));
  return pages;
}

// ------------------------------------------------------------------------------------------------

export class DocsBuilder {
  readonly schemas: SchemaDocs;
  readonly enumAnchors = new Map<string, string>();
  readonly creds: ExampleCredentials;
  readonly limitAnchors = new Map<string, string>();
  readonly serverAnchors = new Map<string, string>();
  readonly clientCodeAnchors = new Map<string, string>();
  readonly errorCodeAnchors = new Map<number, string>();
  /** Component schema → anchors of the operations and events whose messages reach it. */
  readonly schemaUsers = new Map<string, string[]>();

  constructor(
    readonly model: Model,
    readonly runtime: RuntimeApi,
  ) {
    const enumPage = new Anchors();
    for (const name of Object.keys(model.schemas).filter((n) => Array.isArray(model.schemas[n]?.enum))) {
      this.enumAnchors.set(name, enumPage.make('enum', name));
    }
    this.schemas = new SchemaDocs(model.schemas, (name) => `enums.md#${this.enumAnchors.get(name) ?? ''}`);
    this.creds = exampleCredentials(model.signing);
    const connecting = new Anchors();
    for (const id of ['frames', 'servers', 'versions', 'heartbeat', 'reconnect', 'in-flight', 'rate-limits', 'client-options', 'requestoptions', 'subscribeoptions', 'client-events']) connecting.reserve(id);
    for (const s of model.servers) this.serverAnchors.set(s.name, connecting.make('server', s.name));
    for (const r of model.rateLimits) this.limitAnchors.set(r.id, connecting.make('rate-limit', r.id));
    const errors = new Anchors();
    for (const id of ['error-reply', 'error-codes', 'client-errors']) errors.reserve(id);
    for (const e of model.errorCodes) if (!this.errorCodeAnchors.has(e.code)) this.errorCodeAnchors.set(e.code, errors.make('code', String(e.code)));
    for (const c of runtime.codes) this.clientCodeAnchors.set(c, errors.make('client', c.replace(/^ERR_/, '')));
    const users = (schema: string, anchor: string) => {
      for (const name of this.reachable(schema)) this.schemaUsers.set(name, [...new Set([...(this.schemaUsers.get(name) ?? []), anchor])]);
    };
    for (const op of model.operations) {
      users(op.request.schema, op.anchor);
      users(op.reply.schema, op.anchor);
    }
    for (const ev of model.events) users(ev.message.schema, ev.anchor);
  }

  /** Component schemas reachable from one (itself included). */
  reachable(start: string): string[] {
    const seen = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      const name = this.schemas.refName(node);
      if (name !== undefined && !seen.has(name)) {
        seen.add(name);
        visit(this.model.schemas[name]);
      }
      for (const [k, v] of Object.entries(node)) if (k !== '$ref') visit(v);
    };
    if (start in this.model.schemas) {
      seen.add(start);
      visit(this.model.schemas[start]);
    }
    return [...seen];
  }

  nav(): string {
    return DOC_PAGES.map((p) => `[${p.title}](${p.file})`).join(' · ');
  }

  // --- shared facts --------------------------------------------------------------------------------
  // --- examples ------------------------------------------------------------------------------------
  // --- operations page -----------------------------------------------------------------------------
  // --- index ---------------------------------------------------------------------------------------
  // --- connecting ----------------------------------------------------------------------------------
  // --- signing -------------------------------------------------------------------------------------
  // --- errors --------------------------------------------------------------------------------------
  // --- enums ---------------------------------------------------------------------------------------
}
