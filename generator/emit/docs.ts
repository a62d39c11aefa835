/**
 * Reference docs: Markdown generated from the model, modelled on ws's doc/ws.md — one section per
 * operation and stream with a heading shaped like the typed call, tables of params and reply
 * fields, the call in both forms, example frames (signed ones signed here with the example key
 * pair) and the errors that can come back; pages for connecting, signing, errors and enums.
 *
 * Every decision and every table row is made here; the page layouts are the templates in
 * templates/hbs/docs/. Every string from the document goes through the Markdown quoting helpers.
 * What the docs say about the client itself (options, events, its own error codes) is read from
 * the runtime sources in templates/.
 */
import type { EventModel, ExampleModel, Model, OperationModel } from '../model.js';
import { cell, str } from '../names.js';
import { render } from '../render.js';
import { Anchors, code, codeCell, commentValue, fence, jsonCode, prettyJson, prose, proseCell, tidy } from './docs/markdown.js';
import { readRuntime, type RuntimeApi, type RuntimeMember } from './docs/runtime.js';
import { SchemaDocs, type FieldRow } from './docs/schema.js';
import { exampleCredentials, shellQuote, signPayload, type ExampleCredentials } from './docs/signing.js';
import { renderHtml } from './docs/html.js';
import { operationGroups } from './docs/groups.js';
import { cliDocsContext } from './cli.js';
import { fromPointer, toPointer } from '../model/refs.js';
import {
  defaultVersionFor,
  REQUEST_ERRORS_AFTER_SENDING,
  REQUEST_ERRORS_BEFORE_SENDING,
  SUBSCRIBE_ERRORS_AT_ONCE,
  SUBSCRIPTION_ENDING_ERRORS,
  type ErrorOccasion,
} from '../../templates/runtime/manifest.js';

/** The pages, in the order of the navigation line. */
export const DOC_PAGES = [
  { file: 'README.md', title: 'Index' },
  { file: 'connecting.md', title: 'Connecting' },
  { file: 'operations.md', title: 'Operations and streams' },
  { file: 'command-line.md', title: 'Command line' },
  { file: 'signing.md', title: 'Signing' },
  { file: 'errors.md', title: 'Errors' },
  { file: 'enums.md', title: 'Enums' },
] as const;

/** The page that holds the operation and event sections (code.ts `docsLink` points here). */
export const OPERATIONS_PAGE = 'operations.md';

/** Marker before every example frame: `<!-- example: <kind> <destination> -->` (destination percent-encoded where needed). */
export type ExampleKind = 'request' | 'reply' | 'event' | 'error';

export async function emitDocs(model: Model, banner: (origin?: string) => string, templatesDir: string): Promise<Map<string, string>> {
  const runtime = await readRuntime(templatesDir);
  const docs = new DocsBuilder(model, runtime);
  const bannerComment = `<!-- ${banner().split('\n').map((l) => l.replace(/^\/\/ ?/, '')).join(' ').replace(/--/g, '- -')} -->`;
  const common = { bannerComment, nav: docs.nav() };
  const pages = new Map<string, string>();
  pages.set('docs/README.md', tidy(await render(templatesDir, 'docs/README.md.hbs', { ...common, ...docs.indexContext() })));
  pages.set('docs/connecting.md', tidy(await render(templatesDir, 'docs/connecting.md.hbs', { ...common, ...docs.connectingContext() })));
  pages.set('docs/operations.md', tidy(await render(templatesDir, 'docs/operations.md.hbs', { ...common, ...docs.operationsContext() })));
  pages.set('docs/command-line.md', tidy(await render(templatesDir, 'docs/command-line.md.hbs', { ...common, ...cliDocsContext(model) })));
  pages.set('docs/signing.md', tidy(await render(templatesDir, 'docs/signing.md.hbs', { ...common, ...docs.signingContext() })));
  pages.set('docs/errors.md', tidy(await render(templatesDir, 'docs/errors.md.hbs', { ...common, ...docs.errorsContext() })));
  pages.set('docs/enums.md', tidy(await render(templatesDir, 'docs/enums.md.hbs', { ...common, ...docs.enumsContext() })));
  const titles = new Map<string, string>(DOC_PAGES.map((p) => [p.file, p.title]));
  pages.set('docs/index.html', renderHtml(model, [...pages].map(([path, markdown]) => ({ file: path.slice('docs/'.length), title: titles.get(path.slice('docs/'.length)) ?? path, markdown }))));
  return pages;
}

// ------------------------------------------------------------------------------------------------

const MS = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1_000, 'second'],
] as const;

/** `1200 per minute`, `10 per second`, `5 per 2 seconds`, `7 per 1500 ms`. */
function perInterval(limit: number, intervalMs: number): string {
  for (const [unit, name] of MS) {
    if (intervalMs % unit === 0) {
      const n = intervalMs / unit;
      return `${limit} per ${n === 1 ? name : `${n} ${name}s`}`;
    }
  }
  return `${limit} per ${intervalMs} ms`;
}

/** Compact JSON as a JavaScript expression (U+2028/9 escaped). */
function js(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** `obj.field` or `obj["field"]`. */
function member(obj: string, field: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) ? `${obj}.${field}` : `${obj}[${str(field)}]`;
}

function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

interface ExampleBlock {
  readonly title: string;
  readonly marker: string;
  readonly block: string;
  /** For a signed request: the canonical string its signature signs, after a `<!-- canonical -->` marker; else empty. */
  readonly canonical: string;
}

class DocsBuilder {
  private readonly schemas: SchemaDocs;
  private readonly enumAnchors = new Map<string, string>();
  private readonly creds: ExampleCredentials;
  private readonly limitAnchors = new Map<string, string>();
  private readonly serverAnchors = new Map<string, string>();
  private readonly clientCodeAnchors = new Map<string, string>();
  private readonly errorCodeAnchors = new Map<number, string>();
  /** Component schema → anchors of the operations and events whose messages reach it. */
  private readonly schemaUsers = new Map<string, string[]>();

  constructor(
    private readonly model: Model,
    private readonly runtime: RuntimeApi,
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
  private reachable(start: string): string[] {
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

  private opLink(op: OperationModel | EventModel, text?: string): string {
    return `[${code(text ?? ('method' in op ? this.callHeading(op) : op.destination))}](${OPERATIONS_PAGE}#${op.anchor})`;
  }

  private callHeading(op: OperationModel): string {
    return `client.${op.method}(${op.paramsRequired ? 'params' : '[params]'}[, options])`;
  }

  /** The destination a generic call uses: the default version's, else the unversioned, else the newest. */
  private preferredDestination(op: OperationModel): string {
    const d = op.destinations;
    return d[this.model.defaultVersion] ?? d[''] ?? d[op.versions[op.versions.length - 1] ?? ''] ?? Object.values(d)[0] ?? op.channelAddress;
  }

  private destinationsText(op: OperationModel): string {
    return Object.entries(op.destinations)
      .map(([v, d]) => (v === '' ? code(d) : `${code(d)} (${code(v)})`))
      .join(', ');
  }

  private versionsText(op: OperationModel): string {
    return op.versions.length > 0 ? op.versions.map(code).join(', ') : 'every version';
  }

  private limitParts(op: OperationModel): string[] {
    const parts: string[] = [];
    for (const r of this.model.rateLimits.filter((x) => x.appliesTo === 'all')) {
      const w = op.weight === 0 ? 'weight 0 (not counted) against' : `weight ${op.weight} of`;
      parts.push(`${w} [${code(r.id)}](connecting.md#${this.limitAnchors.get(r.id)}) (${perInterval(r.limit, r.intervalMs)})${r.unconfirmed ? ' ⚠' : ''}`);
    }
    for (const id of op.rateLimits) {
      const r = this.model.rateLimits.find((x) => x.id === id)!;
      parts.push(`[${code(r.id)}](connecting.md#${this.limitAnchors.get(r.id)}) (${perInterval(r.limit, r.intervalMs)})${r.unconfirmed ? ' ⚠' : ''}`);
    }
    return parts;
  }

  /** The rate limits of an operation in a few words (the overview): the weight against each limit every request counts in, then the limits of its own. */
  private limitSummary(op: OperationModel): string {
    const parts: string[] = [];
    for (const r of this.model.rateLimits.filter((x) => x.appliesTo === 'all')) parts.push(`weight ${op.weight} of [${code(r.id)}](connecting.md#${this.limitAnchors.get(r.id)})`);
    const own = op.rateLimits.map((id) => `[${code(id)}](connecting.md#${this.limitAnchors.get(id)})`);
    if (own.length > 0) parts.push(own.join(', '));
    return parts.join('; ') || 'none';
  }

  private signingFieldNames(): string[] {
    const s = this.model.signing;
    return [s.keyField, s.timestampField, s.recvWindowField, s.signatureField];
  }

  private clientCode(codeName: string): string | undefined {
    const anchor = this.clientCodeAnchors.get(codeName);
    return anchor === undefined ? undefined : `[${code(codeName)}](errors.md#${anchor})`;
  }

  /**
   * The error codes relevant to an operation, with why: those its own text (summary, description,
   * params) names, and those whose meaning names one of its params or, when it is signed, one of
   * the signing fields.
   */
  private relevantErrorCodes(op: OperationModel): Map<number, string[]> {
    const out = new Map<number, string[]>();
    const add = (c: number, why: string) => out.set(c, [...new Set([...(out.get(c) ?? []), why])]);
    for (const c of this.namedErrorCodes(op)) add(c, 'named in its description');
    const fields = new Set(Object.keys(this.model.schemas[op.request.schema]?.properties ?? {}));
    const s = this.model.signing;
    if (op.signed) for (const f of [s.keyField, s.timestampField, s.recvWindowField, s.signatureField]) fields.add(f);
    for (const e of this.model.errorCodes) {
      const words = new Set(e.meaning.split(/[^\p{L}\p{N}_]+/u).filter(Boolean));
      for (const f of [...fields].filter((x) => words.has(x))) add(e.code, `about ${code(f)}`);
    }
    return new Map(this.model.errorCodes.filter((e) => out.has(e.code)).map((e) => [e.code, out.get(e.code)!]));
  }

  /** Error codes of the list that the operation's own text names. */
  private namedErrorCodes(op: OperationModel): number[] {
    const texts: string[] = [op.summary, op.description, op.request.summary, op.reply.summary];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'description' || k === 'x-unconfirmed') && typeof v === 'string') texts.push(v);
        else collect(v);
      }
    };
    for (const name of this.reachable(op.request.schema)) collect(this.model.schemas[name]);
    const text = texts.join('\n');
    const known = new Set(this.model.errorCodes.map((e) => e.code));
    const found = new Set<number>();
    for (const m of text.matchAll(/(?<![\w.-])(-?\d+)(?!\w|\.\d)/g)) {
      const n = Number(m[1]);
      if (known.has(n)) found.add(n);
    }
    return this.model.errorCodes.map((e) => e.code).filter((c, i, all) => found.has(c) && all.indexOf(c) === i);
  }

  private errorCodeRow(codeNumber: number, why: readonly string[]) {
    const e = this.model.errorCodes.find((x) => x.code === codeNumber)!;
    return {
      code: `[${code(String(e.code))}](errors.md#${this.errorCodeAnchors.get(e.code)})`,
      name: codeCell(e.name),
      meaning: proseCell(e.meaning),
      why: cell(why.join(', ')),
    };
  }

  /** The error reply frame as a shape: `{ "status": ≠ "OK", …, "payload": { "code": integer, … } }`. */
  private errorShape(): string {
    const env = this.model.envelope;
    const schema = this.model.schemas[env.errorMessage.schema] ?? {};
    const fields = Object.entries<any>(schema.properties ?? {}).map(([k, p]) => `${JSON.stringify(k)}: ${this.plainType(p)}`);
    return `{ ${JSON.stringify(env.statusField)}: ≠ ${JSON.stringify(env.okStatus)}, ${JSON.stringify(env.correlationIdField)}: string, ${JSON.stringify(env.payloadField)}: { ${fields.join(', ')} } }`;
  }

  private plainType(node: any): string {
    const t = this.schemas.target(node);
    const type = t?.type;
    return Array.isArray(type) ? type.join(' | ') : typeof type === 'string' ? type : 'any';
  }

  private unconfirmedNote(reason: string | undefined): string {
    return reason ? `> ⚠ **Unconfirmed:** ${prose(reason).replace(/\n/g, '\n> ')}` : '';
  }

  // --- examples ------------------------------------------------------------------------------------

  private marker(kind: ExampleKind, destination: string): string {
    return `<!-- example: ${kind} ${commentValue(destination)} -->`;
  }

  private exampleTitle(prefix: string, ex: ExampleModel, note = ''): string {
    const summary = ex.summary ? prose(ex.summary).replace(/\.?$/, '.') : '';
    return [`**${prefix}** ${code(ex.name)}${summary ? ` — ${summary}` : ''}`, note].filter(Boolean).join(' ');
  }

  /** The request frame of an example, signed with the example credentials when the operation is signed. */
  requestFrame(op: OperationModel, ex: ExampleModel): { destination: string; frame: Record<string, unknown>; canonical?: string; signature?: string } {
    const env = this.model.envelope;
    const headers = ex.headers ?? {};
    const destination = typeof headers[env.destinationField] === 'string' ? String(headers[env.destinationField]) : this.preferredDestination(op);
    const params = (ex.payload && typeof ex.payload === 'object' ? ex.payload : {}) as Record<string, unknown>;
    let payload: Record<string, unknown> = { ...params };
    let canonical: string | undefined;
    let signature: string | undefined;
    if (op.signed) {
      const signed = signPayload(this.model.signing, params, this.creds);
      payload = signed.payload;
      canonical = signed.canonical;
      signature = signed.signature;
    }
    const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== env.destinationField && k !== env.correlationIdField && k !== env.payloadField));
    const frame = {
      [env.destinationField]: destination,
      [env.correlationIdField]: headers[env.correlationIdField] ?? 1,
      ...rest,
      [env.payloadField]: payload,
    };
    return { destination, frame, ...(canonical !== undefined ? { canonical, signature } : {}) };
  }

  /** An inbound frame of an example: its headers (status filled in when absent) and payload. */
  private inboundFrame(ex: ExampleModel, fill: Record<string, unknown>): Record<string, unknown> {
    const env = this.model.envelope;
    const headers = Object.fromEntries(Object.entries(ex.headers ?? {}).filter(([k]) => k !== env.payloadField));
    return { ...fill, ...headers, [env.payloadField]: ex.payload ?? {} };
  }

  private opExamples(op: OperationModel): ExampleBlock[] {
    const env = this.model.envelope;
    const blocks: ExampleBlock[] = [];
    let requestDestination = this.preferredDestination(op);
    let correlationId: unknown = 1;
    op.request.examples.forEach((ex, i) => {
      const r = this.requestFrame(op, ex);
      if (i === 0) {
        requestDestination = r.destination;
        correlationId = r.frame[env.correlationIdField];
      }
      blocks.push({
        title: this.exampleTitle('Request', ex, op.signed ? 'Signed with the [example key pair](signing.md#worked-example).' : ''),
        marker: this.marker('request', r.destination),
        block: fence('json', prettyJson(r.frame)),
        canonical: r.canonical !== undefined ? `The [canonical string](signing.md#rule) its ${code(this.model.signing.signatureField)} signs:\n\n<!-- canonical -->\n${fence('text', r.canonical)}` : '',
      });
    });
    const own = new Set(Object.values(op.destinations));
    for (const ex of op.reply.examples) {
      const given = ex.headers?.[env.destinationField];
      let frame: Record<string, unknown>;
      let dest: string;
      if (typeof given === 'string' && own.has(given)) {
        dest = given;
        frame = this.inboundFrame(ex, { [env.statusField]: env.okStatus, [env.correlationIdField]: String(correlationId) });
      } else {
        // A reply message shared by several operations: its example is shown as this operation's reply.
        dest = requestDestination;
        const headers = { ...(ex.headers ?? {}) };
        if (typeof given === 'string') headers[env.destinationField] = requestDestination;
        headers[env.correlationIdField] = String(correlationId);
        frame = this.inboundFrame({ ...ex, headers }, { [env.statusField]: env.okStatus });
      }
      blocks.push({ title: this.exampleTitle('Reply', ex), marker: this.marker('reply', dest), block: fence('json', prettyJson(frame)), canonical: '' });
    }
    return blocks;
  }

  private eventExamples(ev: EventModel): ExampleBlock[] {
    const env = this.model.envelope;
    return ev.message.examples.map((ex) => {
      const dest = typeof ex.headers?.[env.destinationField] === 'string' ? String(ex.headers[env.destinationField]) : ev.destination;
      const frame = this.inboundFrame(ex, { [env.destinationField]: ev.destination });
      return { title: this.exampleTitle('Event', ex), marker: this.marker('event', dest), block: fence('json', prettyJson(frame)), canonical: '' };
    });
  }

  // --- operations page -----------------------------------------------------------------------------

  private optionBullets(typeName: string): string[] {
    return this.runtime.membersOf(typeName).map((m) => `  - ${code(m.name)} {${code(m.type)}} ${prose(m.doc || this.typeDoc(m.type))}${m.default ? ` Default: ${prose(m.default)}.` : ''}`.trimEnd());
  }

  private args(op: OperationModel): string[] {
    const stream = op.kind === 'subscribe';
    const optionsType = stream ? 'SubscribeOptions' : 'RequestOptions';
    const anchor = stream ? 'subscribeoptions' : 'requestoptions';
    const returns = stream ? `Subscription<${op.stream!.event.message.typeName}>` : `Promise<${op.reply.typeName}>`;
    return [
      `- ${code('params')} {${code(op.request.typeName)}} The parameters, in the [table below](#${op.anchor}-params).${op.paramsRequired ? '' : ` Optional: none is required (default ${code('{}')}).`}`,
      `- ${code('options')} {[${code(optionsType)}](connecting.md#${anchor})} Optional.`,
      ...this.optionBullets(optionsType),
      `- Returns: {${code(returns)}}${stream ? ' — an async iterable of the events, with `on(\'data\' | \'error\' | \'close\', …)` and `close()`.' : ' — the reply payload, decoded into its documented types.'}`,
    ];
  }

  private facts(op: OperationModel): string[] {
    const out: string[] = [];
    out.push(`Destination: ${this.destinationsText(op)}`);
    out.push(`Versions: ${this.versionsText(op)}`);
    const s = this.model.signing;
    out.push(
      op.signed
        ? `Signed: yes — the client adds ${code(s.keyField)}, ${code(s.timestampField)} (and ${code(s.recvWindowField)} when given) and ${code(s.signatureField)} to the payload ([signing](signing.md#rule))`
        : 'Signed: no',
    );
    out.push(
      op.idempotent
        ? 'Idempotent: yes — calling it again after an unknown outcome is safe'
        : `Idempotent: **no** — the client never sends it again; after ${this.clientCode('ERR_CONNECTION_LOST') ?? 'a lost connection'} or a timeout its outcome is unknown: check before calling again ([in flight at a disconnect](connecting.md#in-flight))`,
    );
    const limits = this.limitParts(op);
    out.push(`Rate limits: ${limits.length > 0 ? limits.join('; ') : 'none'}`);
    if (op.kind === 'heartbeat') {
      out.push(`Heartbeat: the client sends it by itself every ${this.model.heartbeat.clientIntervalMs} ms ([heartbeat](connecting.md#heartbeat)); calling it is not needed`);
    }
    if (op.stream) {
      const ev = op.stream.event;
      out.push(`Events: [${code(ev.destination)}](#${ev.anchor}) {${code(ev.message.typeName)}}; the subscription reply is {${code(op.reply.typeName)}}`);
      out.push(
        op.stream.events === 'facts'
          ? `Each event is a fact (every one counts): a slow consumer's full buffer drops the oldest and reports it (${this.clientCode('ERR_SLOW_CONSUMER') ?? code('ERR_SLOW_CONSUMER')}); ${code('lossless: true')} ends the subscription instead ([buffering](#stream-buffering))`
          : `Each event is state (it replaces the last of its key): a slow consumer is given the latest per key ([buffering](#stream-buffering))`,
      );
    }
    return out.map((f) => `- ${f}`);
  }

  private routing(op: OperationModel): { intro: string; rows: { param: string; field: string; default: string; aliases: string }[] } {
    if (!op.stream) return { intro: '', rows: [] };
    const rows = op.stream.match.map((m) => ({
      param: codeCell(m.param),
      field: codeCell(m.field),
      default: m.default === undefined ? '' : cell(jsonCode(m.default)),
      aliases: m.aliases
        ? cell(
            Object.entries(m.aliases)
              .map(([a, c]) => `${jsonCode(a)} → ${jsonCode(c)}`)
              .join(', '),
          )
        : '',
    }));
    return {
      intro:
        'An event goes to every subscription whose params match it: for each row, the event field’s value must be one of the values the subscription gave for the param (the default when the param was omitted; an event without the field counts as the default).',
      rows,
    };
  }

  private usage(op: OperationModel): string {
    const params = op.request.examples[0]?.payload ?? {};
    const p = js(params);
    const dest = str(this.preferredDestination(op));
    const typedArgs = op.paramsRequired || Object.keys(params as object).length > 0 ? p : '';
    if (op.kind === 'subscribe') {
      const field = op.stream!.match[0]!.field;
      return fence(
        'js',
        [
          `const subscription = client.${op.method}(${p});`,
          `for await (const event of subscription) {`,
          `  console.log(${member('event', field)});`,
          `  break; // leaving the loop closes the subscription`,
          `}`,
          ``,
          `// the same by destination, with callbacks`,
          `const same = client.subscribe(${dest}, ${p});`,
          `same.on('data', (event) => console.log(event));`,
          `same.on('error', (error) => console.error(error.code, error.message));`,
        ].join('\n'),
      );
    }
    return fence(
      'js',
      [`const reply = await client.${op.method}(${typedArgs});`, ``, `// the same by destination`, `const same = await client.request(${dest}, ${p});`].join('\n'),
    );
  }

  private errors(op: OperationModel) {
    const relevant = this.relevantErrorCodes(op);
    // When each error can occur is the runtime's to say (templates/runtime/manifest.ts).
    const applies = (o: ErrorOccasion): boolean =>
      o.only === undefined ||
      (o.only === 'signed' && op.signed) ||
      (o.only === 'some-versions' && op.versions.length > 0 && op.versions.length < this.model.versions.length) ||
      (o.only === 'rate-limited' && (op.rateLimits.length > 0 || (op.weight > 0 && this.model.rateLimits.some((r) => r.appliesTo === 'all')))) ||
      (o.only === 'subscription-status' && op.subscriptionStatus !== undefined);
    const codesOf = (list: readonly ErrorOccasion[]): string[] => list.filter(applies).map((o) => o.code);
    const before = codesOf(REQUEST_ERRORS_BEFORE_SENDING);
    const after = codesOf(REQUEST_ERRORS_AFTER_SENDING);
    const links = (codes: string[]) => codes.map((c) => this.clientCode(c)).filter((x): x is string => x !== undefined).join(', ');
    const api = this.clientCode('ERR_API');
    const invalid = this.clientCode('ERR_INVALID_REPLY');
    const client =
      op.kind === 'subscribe'
        ? [
            `Thrown at once, nothing sent: ${links(codesOf(SUBSCRIBE_ERRORS_AT_ONCE))}.`,
            `Ending the subscription (its ${code("'error'")} listeners, or the ${code('for await')} loop throws): ${links(codesOf(SUBSCRIPTION_ENDING_ERRORS))}.`,
            'A lost connection does not end it: the client subscribes again after reconnecting.',
          ]
        : [
            links(before) ? `Before anything is sent (nothing reached the server): ${links(before)}.` : '',
            links(after) ? `After it was sent (the outcome is unknown${op.idempotent ? '' : '; the client never re-sends it'}): ${links(after)}.` : '',
            invalid ? `A reply that does not match its schema: ${invalid}.` : '',
          ].filter(Boolean);
    return {
      reply: `A reply whose ${code(this.model.envelope.statusField)} is not ${code(this.model.envelope.okStatus)} is an [error reply](errors.md#error-reply): ${code(this.errorShape())}.${
        api ? ` The ${op.kind === 'subscribe' ? 'subscription ends with' : 'call rejects with'} ${api} (${code('ApiError')}) carrying the code.` : ''
      }`,
      namedIntro:
        relevant.size > 0
          ? 'The codes of the [list](errors.md#error-codes) that concern this operation (any other may come back too):'
          : 'No code of the [list](errors.md#error-codes) concerns this operation in particular; any of them may come back.',
      named: [...relevant].map(([c, why]) => this.errorCodeRow(c, why)),
      client,
    };
  }

  private paramsView(op: OperationModel) {
    const rows = this.schemas.rows(op.request.schema);
    const strict = this.model.schemas[op.request.schema]?.additionalProperties === false;
    return {
      paramsIntro: rows.length === 0 ? 'No parameters.' : strict ? 'Other fields are refused (the request schema is strict).' : '',
      paramRows: rows,
    };
  }

  private replyView(op: OperationModel) {
    const rows = this.schemas.rows(op.reply.schema);
    const schema = this.model.schemas[op.reply.schema] ?? {};
    const notes = [
      prose(op.reply.summary),
      op.bareArrayField ? `The reply may also arrive as a bare array; it is read as ${code(`{ "${op.bareArrayField}": [ … ] }`)}.` : '',
      ...Object.entries(op.replyAliases).map(
        ([field, aliases]) =>
          `${code(field)} is also read in the spellings ${Object.entries(aliases)
            .map(([a, c]) => `${jsonCode(a)} → ${jsonCode(c)}`)
            .join(', ')}.`,
      ),
      this.unconfirmedNote(op.reply.unconfirmed ?? schema['x-unconfirmed']),
    ].filter(Boolean);
    return { replyType: code(op.reply.typeName), replyNotes: notes, replyRows: rows.length > 0 ? rows : [], replyEmpty: rows.length === 0 ? 'The payload has no documented fields.' : '' };
  }

  private opSection(op: OperationModel) {
    return {
      anchor: op.anchor,
      heading: this.callHeading(op),
      summary: prose(op.summary),
      description: prose(op.description),
      unconfirmed: this.unconfirmedNote(op.unconfirmed ?? op.request.unconfirmed),
      facts: this.facts(op),
      args: this.args(op),
      ...this.paramsView(op),
      signedNote: op.signed
        ? `Besides these, the client adds the [signing fields](signing.md#signed-fields) ${this.signingFieldNames().map(code).join(', ')}; do not pass them.`
        : '',
      ...this.replyView(op),
      routing: this.routing(op),
      usage: this.usage(op),
      examples: this.opExamples(op),
      errors: this.errors(op),
    };
  }

  private eventSection(ev: EventModel) {
    const subscribers = this.model.operations.filter((o) => o.stream?.event.id === ev.id);
    const rows = this.schemas.rows(ev.message.schema);
    const facts = [
      `Destination: ${code(ev.destination)}`,
      `Type: {${code(ev.message.typeName)}}`,
      subscribers.length > 0 ? `Started by: ${subscribers.map((o) => this.opLink(o)).join(', ')}` : 'Started by: no subscription of the document',
      ev.jsonStringFields.length > 0 ? `May arrive JSON-encoded in a string (read as JSON): ${ev.jsonStringFields.map(code).join(', ')}` : '',
      ...Object.entries(ev.aliases).map(
        ([field, aliases]) =>
          `${code(field)} is also read in the spellings ${Object.entries(aliases)
            .map(([a, c]) => `${jsonCode(a)} → ${jsonCode(c)}`)
            .join(', ')}`,
      ),
    ]
      .filter(Boolean)
      .map((f) => `- ${f}`);
    return {
      anchor: ev.anchor,
      heading: `Event: ${code(ev.destination)}`,
      summary: prose(ev.summary || ev.message.summary),
      description: prose(ev.description),
      unconfirmed: this.unconfirmedNote(ev.message.unconfirmed ?? this.model.schemas[ev.message.schema]?.['x-unconfirmed']),
      facts,
      rows,
      empty: rows.length === 0 ? 'The payload has no documented fields.' : '',
      examples: this.eventExamples(ev),
    };
  }

  /** How a slow consumer of a stream is buffered (state vs facts): told in the first group with a stream. */
  private streamBuffering(): string {
    const streams = this.model.operations.filter((o) => o.stream);
    if (streams.length === 0) return '';
    const list = (kind: 'state' | 'facts') => streams.filter((o) => o.stream!.events === kind).map((o) => this.opLink(o)).join(', ') || 'none';
    const slow = this.clientCode('ERR_SLOW_CONSUMER') ?? code('ERR_SLOW_CONSUMER');
    return [
      '<a id="stream-buffering"></a>',
      '',
      `**A slow consumer.** Events wait in a bounded buffer (${code('bufferSize')}, default 1024) while a ${code('for await')} loop has not asked for them or no ${code("'data'")} listener is attached. What happens when it is full depends on what the document says the stream's events are (${code('x-stream.events')}):`,
      '',
      `- **State** — each event replaces the state of its key (the instrument, and the interval of a candle): the default policy ${code("'latest-per-key'")} replaces the buffered event of the same key, so a slow consumer sees the newest state of every key. Conflation is not a loss; no warning. Streams: ${list('state')}.`,
      `- **Facts** — every event counts (a trade): the default policy ${code("'drop-oldest'")} drops the oldest buffered event, and no drop is silent: the client emits ${code("'warning'")} with a ${code('SlowConsumerError')} (${slow}) naming the stream (${code('destination')}, ${code('operationId')}) and the count (${code('dropped')} since the last warning, ${code('totalDropped')}) — at the first drop, then every ${code('bufferSize')} drops, and for the rest when the consumer reads again or the subscription ends. With ${code('lossless: true')} the first event that does not fit ends the subscription with that error instead (the buffered events are still read first). Streams: ${list('facts')}.`,
      '',
      `${code('bufferPolicy')} (${code("'latest-per-key'")}, ${code("'drop-oldest'")}, ${code("'drop-newest'")}) overrides the default per subscription or for the client (${code('subscriptionBuffer')}); ${code('subscription.dropped')} counts every dropped or replaced event.`,
    ].join('\n');
  }

  operationsContext() {
    // The buffering of a slow consumer is told once, with the first group that has a stream.
    let buffering = this.streamBuffering();
    const groups = operationGroups(this.model).map((g) => {
      const intro = g.fromDocument ? prose(g.description) : g.description;
      const note = g.operations.some((o) => o.stream) ? buffering : '';
      if (note) buffering = '';
      return {
        id: g.id,
        title: g.fromDocument ? prose(g.title) : g.title,
        intro: note ? `${intro}\n\n${note}` : intro,
        ops: g.operations.map((o) => this.opSection(o)),
      };
    });
    return {
      title: prose(this.model.title),
      clientClassName: this.model.clientClassName,
      packageName: this.model.packageName,
      setup: fence('js', `import { ${this.model.clientClassName} } from ${str(this.model.packageName)};\n\nconst client = new ${this.model.clientClassName}({ server: ${str(this.model.defaultServer)}, apiKey, apiSecret });\nawait client.connect();`),
      toc: [
        ...groups.map((g) => ({ group: `[${g.title}](#${g.id})`, items: g.ops.map((o) => `[${code(o.heading)}](#${o.anchor})`).join(' · ') })),
        ...(this.model.events.length > 0 ? [{ group: '[Events](#events)', items: this.model.events.map((e) => `[${code(e.destination)}](#${e.anchor})`).join(' · ') }] : []),
      ],
      groups,
      events: this.model.events.map((e) => this.eventSection(e)),
      hasEvents: this.model.events.length > 0,
    };
  }

  // --- index ---------------------------------------------------------------------------------------

  indexContext() {
    const rows = this.model.operations.map((op) => ({
      operation: `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`,
      kind: op.kind,
      destination: cell(
        `${code(op.channelAddress)}${op.stream ? ` → [${code(op.stream.event.destination)}](${OPERATIONS_PAGE}#${op.stream.event.anchor})` : ''}`,
      ),
      versions: cell(this.versionsText(op)),
      signed: yesNo(op.signed),
      rateLimit: cell(this.limitSummary(op)),
      idempotent: op.idempotent ? 'yes' : '**no**',
      // the reason is in the operation's section and in the list below: the overview stays one line a row
      unconfirmed: op.unconfirmed ? '[⚠ yes](#unconfirmed)' : '',
    }));
    return {
      title: prose(this.model.title),
      description: prose(this.model.description),
      packageName: code(this.model.packageName),
      clientClassName: code(this.model.clientClassName),
      apiVersion: code(this.model.apiVersion),
      rows,
      events: this.model.events.map((e) => ({
        event: `[${code(e.destination)}](${OPERATIONS_PAGE}#${e.anchor})`,
        type: codeCell(e.message.typeName),
        startedBy: cell(this.model.operations.filter((o) => o.stream?.event.id === e.id).map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ')),
        summary: proseCell(e.summary),
      })),
      unconfirmed: this.model.unconfirmed.map((u) => ({ where: codeCell(u.where), see: cell(this.pointerLink(u.where)), why: proseCell(u.reason) })),
    };
  }

  /** A link to where the docs show the thing a JSON pointer of the document names. */
  private pointerLink(pointer: string): string {
    const parts = fromPointer(pointer);
    const [a, b, c, d] = parts;
    if (a === 'operations' && b !== undefined) {
      const op = this.model.operations.find((o) => o.id === b) ?? this.model.events.find((e) => e.id === b);
      if (op) return this.opLink(op, b);
    }
    if (a === 'servers' && b !== undefined && this.serverAnchors.has(b)) return `[${code(b)}](connecting.md#${this.serverAnchors.get(b)})`;
    if (a === 'info' && b === 'x-protocol') {
      if (c === 'rateLimits' && d !== undefined) {
        const r = this.model.rateLimits[Number(d)];
        if (r) return `[${code(r.id)}](connecting.md#${this.limitAnchors.get(r.id)})`;
      }
      if (c === 'heartbeat') return '[heartbeat](connecting.md#heartbeat)';
      if (c === 'errorCodes') return '[error codes](errors.md#error-codes)';
    }
    if (a === 'components' && b === 'securitySchemes') return '[signing](signing.md#rule)';
    if (a === 'components' && b === 'messages' && c !== undefined) {
      if (c === this.model.envelope.errorMessage.name) return '[error reply](errors.md#error-reply)';
      const op = this.model.operations.find((o) => o.request.name === c || o.reply.name === c) ?? this.model.events.find((e) => e.message.name === c);
      if (op) return this.opLink(op, 'method' in op ? op.id : op.destination);
    }
    if (a === 'components' && b === 'schemas' && c !== undefined) {
      if (this.headerSchemas().some((h) => h.schema === c)) return `[${code(c)}](connecting.md#frames)`;
      if (this.enumAnchors.has(c)) return `[${code(c)}](enums.md#${this.enumAnchors.get(c)})`;
      if (c === this.model.signing.fieldsSchema) return `[${code(c)}](signing.md#signed-fields)`;
      if (c === this.model.envelope.errorMessage.schema) return `[${code(c)}](errors.md#error-reply)`;
      const users = this.schemaUsers.get(c) ?? [];
      if (users.length > 0) {
        return users
          .map((anchor) => {
            const op = this.model.operations.find((o) => o.anchor === anchor) ?? this.model.events.find((e) => e.anchor === anchor)!;
            return this.opLink(op, 'method' in op ? op.id : op.destination);
          })
          .join(', ');
      }
    }
    return '';
  }

  // --- connecting ----------------------------------------------------------------------------------

  /** Component schemas of the frame headers: request, reply and event envelopes. */
  private headerSchemas(): { kind: string; schema: string; payload: string }[] {
    const m = this.model;
    const first = (names: (string | undefined)[]) => names.find((n): n is string => n !== undefined && n in m.schemas);
    return [
      { kind: 'Request', schema: first(m.operations.map((o) => o.request.headersSchema)), payload: 'The params (signed requests: with the signing fields).' },
      { kind: 'Reply', schema: first([...m.operations.map((o) => o.reply.headersSchema), m.envelope.errorMessage.headersSchema]), payload: 'The reply, or the error of an error reply.' },
      { kind: 'Event', schema: first(m.events.map((e) => e.message.headersSchema)), payload: 'The event.' },
    ].filter((f): f is { kind: string; schema: string; payload: string } => f.schema !== undefined);
  }

  private frames() {
    const payloadField = this.model.envelope.payloadField;
    return this.headerSchemas().map((f) => ({
      title: `${f.kind} frame`,
      description: proseCell(this.model.schemas[f.schema]?.description),
      rows: [
        ...this.schemas.rows(f.schema),
        { name: codeCell(payloadField), type: codeCell('object'), required: 'yes', description: proseCell(f.payload) },
      ],
    }));
  }

  private optionRows(typeName: string, documentDefaults: Record<string, string> = {}) {
    return this.runtime.membersOf(typeName).map((m: RuntimeMember) => ({
      name: codeCell(m.name),
      type: codeCell(m.type),
      default: cell([documentDefaults[m.name] ?? '', m.default ? prose(m.default) : ''].filter(Boolean).join(' — ')),
      description: cell(
        [prose(m.doc || this.typeDoc(m.type)), m.inline.length > 0 ? `Members: ${m.inline.map((i) => `${code(i.name)} {${code(i.type)}}${i.doc ? ` ${prose(i.doc)}` : ''}${i.default ? ` (default ${prose(i.default)})` : ''}`).join('; ')}.` : '']
          .filter(Boolean)
          .join(' '),
      ),
    }));
  }

  /** The first sentence of the JSDoc of the runtime type a member is typed with (for undocumented members). */
  private typeDoc(type: string): string {
    const name = /^[A-Za-z]+$/.test(type) ? type : undefined;
    const doc = name === undefined ? '' : (this.runtime.interfaces.get(name)?.doc ?? this.runtime.aliases.get(name)?.doc ?? '');
    return /^[^.]*\.?/.exec(doc.replace(/\s+/g, ' '))![0].trim();
  }

  /** The version a client uses on a server when given none (as the runtime decides). */
  private serverDefaultVersion(versions: readonly string[]): string {
    return defaultVersionFor(this.model.defaultVersion, versions);
  }

  connectingContext() {
    const m = this.model;
    const hb = m.heartbeat;
    const heartbeatOp = m.operations.find((o) => o.id === hb.operation)!;
    const partial = m.operations.filter((o) => o.versions.length > 0 && o.versions.length < m.versions.length);
    const unversioned = m.operations.filter((o) => o.versions.length === 0);
    const documentDefaults: Record<string, string> = {
      server: code(m.defaultServer),
      apiVersion: code(m.defaultVersion),
      heartbeatIntervalMs: code(String(hb.clientIntervalMs)),
      deadAfterMs: code(String(hb.deadAfterMs)),
    };
    const optionTypes = new Set(this.runtime.membersOf('ClientOptions').flatMap((o) => [...o.type.matchAll(/[A-Z][A-Za-z]+/g)].map((x) => x[0])));
    const nested = [...optionTypes].filter((t) => this.runtime.interfaces.has(t) && t !== 'ClientOptions').sort();
    const nonIdempotent = m.operations.filter((o) => !o.idempotent);
    const events = this.runtime.membersOf('ClientEvents');
    const stateAlias = this.runtime.aliases.get('ConnectionState');
    const jitter = this.runtime.aliases.get('Jitter');
    const lost = this.runtime.errors.find((e) => e.codes.includes('ERR_CONNECTION_LOST'));
    return {
      clientClassName: m.clientClassName,
      constructorHeading: `new ${m.clientClassName}([options])`,
      constructorCode: code(`new ${m.clientClassName}([options])`),
      servers: m.servers.map((s) => ({
        anchor: this.serverAnchors.get(s.name)!,
        name: codeCell(s.name) + (s.name === m.defaultServer ? ' (default)' : ''),
        url: codeCell(s.url),
        versions: cell(s.versions.map(code).join(', ')),
        defaultVersion: codeCell(this.serverDefaultVersion(s.versions)),
        description: cell([prose(s.title), prose(s.description), s.unconfirmed ? `⚠ **Unconfirmed:** ${prose(s.unconfirmed)}` : ''].filter(Boolean).join(' — ')),
      })),
      frames: this.frames(),
      payloadField: code(m.envelope.payloadField),
      defaultServer: code(m.defaultServer),
      versionParameter: code(`{${m.versionParameter}}`),
      versionDescription: prose(m.versionDescription ?? ''),
      versions: m.versions.map(code).join(', '),
      defaultVersion: code(m.defaultVersion),
      exampleAddress: code(m.operations.find((o) => o.versions.length > 0)?.channelAddress ?? ''),
      partial: partial.map((o) => ({ op: `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`, versions: cell(o.versions.map(code).join(', ')) })),
      unversioned: unversioned.map((o) => `[${code(Object.values(o.destinations)[0] ?? o.channelAddress)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', '),
      heartbeat: {
        description: prose(hb.description),
        operation: this.opLink(heartbeatOp),
        destination: code(Object.values(heartbeatOp.destinations)[0] ?? heartbeatOp.channelAddress),
        clientIntervalMs: hb.clientIntervalMs,
        serverTimeoutMs: hb.serverTimeoutMs,
        deadAfterMs: hb.deadAfterMs,
      },
      jitter: jitter ? { type: code(jitter.type), doc: prose(jitter.doc) } : { type: '', doc: '' },
      connectionLost: this.clientCode('ERR_CONNECTION_LOST') ?? code('ERR_CONNECTION_LOST'),
      connectionLostDoc: prose(lost?.doc ?? ''),
      nonIdempotent: nonIdempotent.map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ') || 'none',
      rateLimits: m.rateLimits.map((r) => ({
        anchor: this.limitAnchors.get(r.id)!,
        id: codeCell(r.id),
        counts: cell(
          r.appliesTo === 'all'
            ? 'every request, by its weight'
            : m.operations
                .filter((o) => o.rateLimits.includes(r.id))
                .map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`)
                .join(', ') || 'no operation',
        ),
        limit: cell(perInterval(r.limit, r.intervalMs)),
        description: cell([prose(r.description), r.unconfirmed ? `⚠ **Unconfirmed:** ${prose(r.unconfirmed)}` : ''].filter(Boolean).join(' ')),
      })),
      weights: m.operations
        .filter((o) => o.weight !== 1)
        .map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor}) ${o.weight}`)
        .join(', '),
      rateLimited: this.clientCode('ERR_RATE_LIMITED') ?? code('ERR_RATE_LIMITED'),
      optionRows: this.optionRows('ClientOptions', documentDefaults),
      nested: nested.map((t) => ({ name: t, anchor: t.toLowerCase(), rows: this.optionRows(t) })),
      requestOptionRows: this.optionRows('RequestOptions'),
      subscribeOptionRows: this.optionRows('SubscribeOptions'),
      events: events.map((e) => ({ name: codeCell(e.name), args: codeCell(e.type), doc: proseCell(e.doc || this.typeDoc(e.type.replace(/^\[(\w+)\]$/, '$1'))) })),
      states: stateAlias ? stateAlias.literals.map((l) => code(l)).join(', ') : '',
    };
  }

  // --- signing -------------------------------------------------------------------------------------

  signingContext() {
    const m = this.model;
    const s = m.signing;
    const signedOps = m.operations.filter((o) => o.signed);
    // The worked example: the signed operation whose first example has the most params.
    const pick = [...signedOps]
      .map((op, i) => ({ op, i, n: Object.keys((op.request.examples[0]?.payload as object) ?? {}).length }))
      .sort((a, b) => b.n - a.n || a.i - b.i)[0]?.op;
    const schemeUnconfirmed = m.unconfirmed.find((u) => u.where === toPointer(['components', 'securitySchemes', s.schemeName]))?.reason;
    let worked: Record<string, unknown> = { present: false };
    if (pick) {
      const ex = pick.request.examples[0] ?? { name: 'empty', headers: {}, payload: {} };
      const r = this.requestFrame(pick, ex);
      const payload = r.frame[m.envelope.payloadField] as Record<string, unknown>;
      const unsigned = Object.fromEntries(Object.entries(payload).filter(([k]) => k !== s.signatureField));
      const command = `printf '%s' ${shellQuote(r.canonical!)} | openssl dgst -sha256 -hmac ${shellQuote(this.creds.apiSecret)}`;
      worked = {
        present: true,
        operation: this.opLink(pick),
        params: fence('json', prettyJson(ex.payload ?? {})),
        unsigned: fence('json', prettyJson(unsigned)),
        sortedKeys: Object.keys(unsigned)
          .sort()
          .filter((k) => !s.canonical.exclude.includes(k))
          .map(code)
          .join(', '),
        canonical: fence('text', r.canonical!),
        command: fence('sh', command),
        output: fence('text', `SHA2-256(stdin)= ${r.signature}`),
        signature: code(r.signature!),
        marker: this.marker('request', r.destination),
        frame: fence('json', prettyJson(r.frame)),
        node: fence(
          'js',
          [
            `import { canonicalString, sign } from ${str(m.packageName)};`,
            ``,
            `const payload = ${js(unsigned)};`,
            `canonicalString(payload); // ${js(r.canonical)}`,
            `sign(payload, ${str(this.creds.apiSecret)}); // ${js(r.signature)}`,
          ].join('\n'),
        ),
      };
    }
    return {
      description: prose(s.description),
      unconfirmed: this.unconfirmedNote(schemeUnconfirmed),
      order: 'UTF-16 code units (JavaScript’s default `Array.prototype.sort()`)',
      assign: code(s.canonical.assign),
      separator: code(s.canonical.separator),
      exclude: s.canonical.exclude.map(code).join(', ') || 'nothing',
      keyField: code(s.keyField),
      timestampField: code(s.timestampField),
      recvWindowField: code(s.recvWindowField),
      signatureField: code(s.signatureField),
      fieldRows: this.schemas.rows(s.fieldsSchema),
      signedOps: signedOps.map((o) => `[${code(o.id)}](${OPERATIONS_PAGE}#${o.anchor})`).join(', ') || 'none',
      apiKey: code(this.creds.apiKey),
      apiSecret: code(this.creds.apiSecret),
      timestamp: code(String(this.creds.timestamp)),
      worked,
    };
  }

  // --- errors --------------------------------------------------------------------------------------

  /** Failures inside an OK reply, refused subscription statuses and open enums, as the document states them. */
  private failureContext() {
    const m = this.model;
    const env = m.envelope;
    const statuses = m.operations.filter((op) => op.subscriptionStatus);
    const first = statuses[0]?.subscriptionStatus;
    return {
      present: env.failureFields.length > 0 || first !== undefined || m.tolerance.openEnums,
      fields: env.failureFields.length > 0
        ? {
            sets: env.failureFields.map((set) => set.map((f) => code(f)).join(' and ')).join(', or '),
            description: prose(env.failureDescription),
            unconfirmed: this.unconfirmedNote(env.failureUnconfirmed),
            link: this.clientCode('ERR_API') ?? code('ERR_API'),
          }
        : undefined,
      statuses: first
        ? {
            operations: statuses.map((op) => `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`).join(', '),
            field: code(first.field),
            accepted: first.accepted.map((a) => code(a)).join(', '),
            description: prose(first.description),
            link: this.clientCode('ERR_SUBSCRIPTION_REJECTED') ?? code('ERR_SUBSCRIPTION_REJECTED'),
          }
        : undefined,
      openEnums: m.tolerance.openEnums
        ? { description: prose(m.tolerance.description), link: this.clientCode('ERR_UNKNOWN_VALUE') ?? code('ERR_UNKNOWN_VALUE') }
        : undefined,
    };
  }

  errorsContext() {
    const m = this.model;
    const env = m.envelope;
    const err = env.errorMessage;
    const examples = err.examples.map((ex) => {
      const dest = typeof ex.headers?.[env.destinationField] === 'string' ? String(ex.headers[env.destinationField]) : '';
      return {
        title: this.exampleTitle('Error reply', ex),
        marker: this.marker('error', dest),
        block: fence('json', prettyJson(this.inboundFrame(ex, {}))),
      };
    });
    const namedBy = new Map<number, string[]>();
    for (const op of m.operations) for (const c of this.relevantErrorCodes(op).keys()) namedBy.set(c, [...(namedBy.get(c) ?? []), `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`]);
    const apiError = this.runtime.errors.find((e) => e.codes.includes('ERR_API'));
    const base = this.runtime.errors.find((e) => e.extends === 'Error' && e.codes.length === 0);
    const baseFields = new Set((base?.fields ?? []).map((f) => f.name));
    // The base class's field typed by the union of codes is the `code` itself.
    const isCodeField = (type: string) => (this.runtime.aliases.get(type)?.literals ?? []).some((l) => /^ERR_/.test(l));
    const byCode = new Map<string, { classes: string[]; doc: string; fields: string[] }>();
    // The most specific class (fewest codes) describes a code first.
    const specific = [...this.runtime.errors].sort((a, b) => a.codes.length - b.codes.length);
    for (const e of specific) {
      for (const c of e.codes) {
        const entry = byCode.get(c) ?? { classes: [], doc: '', fields: [] };
        entry.classes.push(code(e.name));
        if (!entry.doc) entry.doc = e.doc;
        entry.fields.push(...e.fields.filter((f) => !baseFields.has(f.name)).map((f) => code(f.name)));
        byCode.set(c, entry);
      }
    }
    return {
      errorMessageTitle: prose(err.title),
      errorSummary: prose(err.summary),
      unconfirmed: this.unconfirmedNote(err.unconfirmed),
      statusField: code(env.statusField),
      okStatus: code(env.okStatus),
      correlationIdField: code(env.correlationIdField),
      payloadField: code(env.payloadField),
      shape: code(this.errorShape()),
      fieldRows: this.schemas.rows(err.schema),
      examples,
      apiError: apiError
        ? {
            present: true,
            link: this.clientCode('ERR_API')!,
            name: code(apiError.name),
            fields: apiError.fields.map((f) => ({ name: codeCell(f.name), type: codeCell(f.type), doc: proseCell(f.doc) })),
          }
        : { present: false, link: '', name: '', fields: [] },
      failure: this.failureContext(),
      mapping: [
        [env.errorCodeField, 'apiCode'],
        [env.errorTextField, 'apiMessage'],
        [env.errorNameField, 'errorName'],
      ].map(([from, to]) => `${code(from!)} → ${code(to!)}`).join(', '),
      codes: m.errorCodes.map((e) => ({
        anchor: this.errorCodeAnchors.get(e.code)!,
        code: codeCell(String(e.code)),
        name: codeCell(e.name),
        meaning: proseCell(e.meaning),
        namedBy: cell((namedBy.get(e.code) ?? []).join(', ')),
      })),
      baseClass: base ? code(base.name) : code('Error'),
      baseFields: base ? base.fields.filter((f) => !isCodeField(f.type)).map((f) => code(f.name)).join(', ') : '',
      clientCodes: this.runtime.codes.filter((c) => byCode.has(c)).map((c) => [c, byCode.get(c)!] as const).map(([c, v]) => ({
        anchor: this.clientCodeAnchors.get(c)!,
        code: codeCell(c),
        classes: cell(v.classes.join(', ')),
        doc: proseCell(v.doc),
        fields: cell([...new Set(v.fields)].join(', ')),
      })),
    };
  }

  // --- enums ---------------------------------------------------------------------------------------

  enumsContext() {
    const m = this.model;
    const usedBy = new Map<string, Set<string>>();
    const note = (rows: FieldRow[], label: string) => {
      for (const r of rows) for (const e of r.enums) usedBy.set(e, new Set([...(usedBy.get(e) ?? []), `${label} ${code(r.path)}`]));
    };
    for (const op of m.operations) {
      const link = `[${code(op.id)}](${OPERATIONS_PAGE}#${op.anchor})`;
      note(this.schemas.rows(op.request.schema), `${link} param`);
      note(this.schemas.rows(op.reply.schema), `${link} reply`);
    }
    for (const ev of m.events) note(this.schemas.rows(ev.message.schema), `[${code(ev.destination)}](${OPERATIONS_PAGE}#${ev.anchor}) event`);
    const enums = [...this.enumAnchors].map(([name, anchor]) => {
      const s = m.schemas[name];
      const aliases: Record<string, string> = s['x-aliases'] && typeof s['x-aliases'] === 'object' ? s['x-aliases'] : {};
      const values = (s.enum as unknown[]).map((v) => ({
        value: cell(jsonCode(v)),
        aliases: cell(
          Object.entries(aliases)
            .filter(([, c]) => c === v)
            .map(([a]) => jsonCode(a))
            .join(', '),
        ),
      }));
      const used = [...(usedBy.get(name) ?? [])];
      return {
        anchor,
        name: code(name),
        type: code(Array.isArray(s.type) ? s.type.join(' | ') : String(s.type ?? typeof s.enum[0])),
        description: prose(s.description),
        unconfirmed: this.unconfirmedNote(s['x-unconfirmed']),
        default: s.default === undefined ? '' : `Default: ${jsonCode(s.default)}.`,
        values,
        hasAliases: Object.keys(aliases).length > 0,
        aliasNote:
          Object.keys(aliases).length > 0 ? 'The alias spellings are accepted when reading replies and events and mapped to the value; send the value itself.' : '',
        usedBy: used.length > 0 ? used.map((u) => `- ${u}`) : ['- no operation of the document'],
        summaryValues: cell((s.enum as unknown[]).map((v) => jsonCode(v)).join(', ')),
        summaryDescription: proseCell(s.description),
      };
    });
    return { enums };
  }
}
