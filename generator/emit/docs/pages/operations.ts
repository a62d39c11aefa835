/** The operations page (operations.md): one section per operation and per event, shaped like ws's doc/ws.md. */

import { REQUEST_ERRORS_AFTER_SENDING, REQUEST_ERRORS_BEFORE_SENDING, SUBSCRIBE_ERRORS_AT_ONCE, SUBSCRIPTION_BUFFER_OPTIONS, SUBSCRIPTION_ENDING_ERRORS, type ErrorOccasion } from '../../../../templates/runtime/manifest.js';
import type { EventModel, OperationModel } from '../../../model.js';
import { cell, compactLiteral as js, memberAccess as member, str } from '../../../names.js';
import type { DocsBuilder } from '../../docs.js';
import { eventExamples, opExamples } from '../examples.js';
import { MS, callHeading, clientCode, destinationsText, errorCodeRow, errorShape, limitParts, opLink, preferredDestination, relevantErrorCodes, signingFieldNames, unconfirmedNote, versionsText } from '../facts.js';
import { operationGroups } from '../groups.js';
import { code, codeCell, fence, jsonCode, prose } from '../markdown.js';
import type { OptionTypeName } from '../runtime.js';

export function optionBullets(docs: DocsBuilder, typeName: OptionTypeName): string[] {
  return docs.runtime.options(typeName).map((m) => `  - ${code(m.name)} {${code(m.type)}} ${prose(m.doc)}${m.default ? ` Default: ${prose(m.default)}.` : ''}`.trimEnd());
}

export function args(docs: DocsBuilder, op: OperationModel): string[] {
  const stream = op.kind === 'subscribe';
  const optionsType = stream ? 'SubscribeOptions' : 'RequestOptions';
  const anchor = stream ? 'subscribeoptions' : 'requestoptions';
  const returns = stream ? `Subscription<${op.stream!.event.message.typeName}>` : `Promise<${op.reply.typeName}>`;
  return [
    `- ${code('params')} {${code(op.request.typeName)}} The parameters, in the [table below](#${op.anchor}-params).${op.paramsRequired ? '' : ` Optional: none is required (default ${code('{}')}).`}`,
    `- ${code('options')} {[${code(optionsType)}](connecting.md#${anchor})} Optional.`,
    ...optionBullets(docs, optionsType),
    `- Returns: {${code(returns)}}${stream ? ' — an async iterable of the events, with `on(\'data\' | \'error\' | \'close\', …)` and `close()`.' : ' — the reply payload, decoded into its documented types.'}`,
  ];
}

export function facts(docs: DocsBuilder, op: OperationModel): string[] {
  const out: string[] = [];
  out.push(`Destination: ${destinationsText(docs, op)}`);
  out.push(`Versions: ${versionsText(docs, op)}`);
  const s = docs.model.signing;
  out.push(
    op.signed
      ? `Signed: yes — the client adds ${code(s.keyField)}, ${code(s.timestampField)} (and ${code(s.recvWindowField)} when given) and ${code(s.signatureField)} to the payload ([signing](signing.md#rule))`
      : 'Signed: no',
  );
  out.push(
    op.idempotent
      ? 'Idempotent: yes — calling it again after an unknown outcome is safe'
      : `Idempotent: **no** — the client never sends it again; after ${clientCode(docs, 'ERR_CONNECTION_LOST') ?? 'a lost connection'} or a timeout its outcome is unknown: check before calling again ([in flight at a disconnect](connecting.md#in-flight))`,
  );
  const limits = limitParts(docs, op);
  out.push(`Rate limits: ${limits.length > 0 ? limits.join('; ') : 'none'}`);
  if (op.kind === 'heartbeat') {
    out.push(`Heartbeat: the client sends it by itself every ${docs.model.heartbeat.clientIntervalMs} ms ([heartbeat](connecting.md#heartbeat)); calling it is not needed`);
  }
  if (op.stream) {
    const ev = op.stream.event;
    out.push(`Events: [${code(ev.destination)}](#${ev.anchor}) {${code(ev.message.typeName)}}; the subscription reply is {${code(op.reply.typeName)}}`);
    out.push(
      op.stream.events === 'facts'
        ? `Each event is a fact (every one counts): a slow consumer's full buffer drops the oldest and reports it (${clientCode(docs, 'ERR_SLOW_CONSUMER') ?? code('ERR_SLOW_CONSUMER')}); ${code('lossless: true')} ends the subscription instead ([buffering](#stream-buffering))`
        : `Each event is state (it replaces the last of its key): a slow consumer is given the latest per key ([buffering](#stream-buffering))`,
    );
  }
  return out.map((f) => `- ${f}`);
}

export function routing(docs: DocsBuilder, op: OperationModel): { intro: string; rows: { param: string; field: string; default: string; aliases: string }[] } {
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

export function usage(docs: DocsBuilder, op: OperationModel): string {
  const params = op.request.examples[0]?.payload ?? {};
  const p = js(params);
  const dest = str(preferredDestination(docs, op));
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

export function errors(docs: DocsBuilder, op: OperationModel) {
  const relevant = relevantErrorCodes(docs, op);
  // When each error can occur is the runtime's to say (templates/runtime/manifest.ts).
  const applies = (o: ErrorOccasion): boolean =>
    o.only === undefined ||
    (o.only === 'signed' && op.signed) ||
    (o.only === 'some-versions' && op.versions.length > 0 && op.versions.length < docs.model.versions.length) ||
    (o.only === 'rate-limited' && (op.rateLimits.length > 0 || (op.weight > 0 && docs.model.rateLimits.some((r) => r.appliesTo === 'all')))) ||
    (o.only === 'subscription-status' && op.subscriptionStatus !== undefined);
  const codesOf = (list: readonly ErrorOccasion[]): string[] => list.filter(applies).map((o) => o.code);
  const before = codesOf(REQUEST_ERRORS_BEFORE_SENDING);
  const after = codesOf(REQUEST_ERRORS_AFTER_SENDING);
  const links = (codes: string[]) => codes.map((c) => clientCode(docs, c)).filter((x): x is string => x !== undefined).join(', ');
  const api = clientCode(docs, 'ERR_API');
  const invalid = clientCode(docs, 'ERR_INVALID_REPLY');
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
    reply: `A reply whose ${code(docs.model.envelope.statusField)} is not ${code(docs.model.envelope.okStatus)} is an [error reply](errors.md#error-reply): ${code(errorShape(docs))}.${api ? ` The ${op.kind === 'subscribe' ? 'subscription ends with' : 'call rejects with'} ${api} (${code('ApiError')}) carrying the code.` : ''
      }`,
    namedIntro:
      relevant.size > 0
        ? 'The codes of the [list](errors.md#error-codes) that concern this operation (any other may come back too):'
        : 'No code of the [list](errors.md#error-codes) concerns this operation in particular; any of them may come back.',
    named: [...relevant].map(([c, why]) => errorCodeRow(docs, c, why)),
    client,
  };
}

export function paramsView(docs: DocsBuilder, op: OperationModel) {
  const rows = docs.schemas.rows(op.request.schema);
  const strict = docs.model.schemas[op.request.schema]?.additionalProperties === false;
  const window = op.timeWindow;
  const windowNote =
    window === undefined
      ? ''
      : `When both ${code(window.from)} and ${code(window.to)} are given, ${code(window.to)} must be less than ${window.maxMs} ms${humanSpan(window.maxMs)} after ${code(window.from)}: the client refuses a longer window before sending (ERR_INVALID_REQUEST, rule ${code('max-window')}).`;
  return {
    paramsIntro: [rows.length === 0 ? 'No parameters.' : strict ? 'Other fields are refused (the request schema is strict).' : '', windowNote].filter(Boolean).join(' '),
    paramRows: rows,
  };
}

/** ` (1 hour)` for a span of whole days, hours, minutes or seconds (the units of facts.ts); '' otherwise. */
function humanSpan(ms: number): string {
  for (const [size, unit] of MS) {
    if (ms % size === 0) return ` (${ms / size} ${unit}${ms === size ? '' : 's'})`;
  }
  return '';
}

export function replyView(docs: DocsBuilder, op: OperationModel) {
  const rows = docs.schemas.rows(op.reply.schema);
  const schema = docs.model.schemas[op.reply.schema] ?? {};
  const notes = [
    prose(op.reply.summary),
    op.bareArrayField ? `The reply may also arrive as a bare array; it is read as ${code(`{ "${op.bareArrayField}": [ … ] }`)}.` : '',
    ...Object.entries(op.replyAliases).map(
      ([field, aliases]) =>
        `${code(field)} is also read in the spellings ${Object.entries(aliases)
          .map(([a, c]) => `${jsonCode(a)} → ${jsonCode(c)}`)
          .join(', ')}.`,
    ),
    unconfirmedNote(docs, op.reply.unconfirmed ?? schema['x-unconfirmed']),
  ].filter(Boolean);
  return { replyType: code(op.reply.typeName), replyNotes: notes, replyRows: rows.length > 0 ? rows : [], replyEmpty: rows.length === 0 ? 'The payload has no documented fields.' : '' };
}

export function opSection(docs: DocsBuilder, op: OperationModel) {
  return {
    anchor: op.anchor,
    heading: callHeading(docs, op),
    summary: prose(op.summary),
    description: prose(op.description),
    unconfirmed: unconfirmedNote(docs, op.unconfirmed ?? op.request.unconfirmed),
    facts: facts(docs, op),
    args: args(docs, op),
    ...paramsView(docs, op),
    signedNote: op.signed
      ? `Besides these, the client adds the [signing fields](signing.md#signed-fields) ${signingFieldNames(docs).map(code).join(', ')}; do not pass them.`
      : '',
    ...replyView(docs, op),
    routing: routing(docs, op),
    usage: usage(docs, op),
    examples: opExamples(docs, op),
    errors: errors(docs, op),
  };
}

export function eventSection(docs: DocsBuilder, ev: EventModel) {
  const subscribers = docs.model.operations.filter((o) => o.stream?.event.id === ev.id);
  const rows = docs.schemas.rows(ev.message.schema);
  const facts = [
    `Destination: ${code(ev.destination)}`,
    `Type: {${code(ev.message.typeName)}}`,
    subscribers.length > 0 ? `Started by: ${subscribers.map((o) => opLink(docs, o)).join(', ')}` : 'Started by: no subscription of the document',
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
    unconfirmed: unconfirmedNote(docs, ev.message.unconfirmed ?? docs.model.schemas[ev.message.schema]?.['x-unconfirmed']),
    facts,
    rows,
    empty: rows.length === 0 ? 'The payload has no documented fields.' : '',
    examples: eventExamples(docs, ev),
  };
}

/** The client's default buffer size, as its manifest states it. */
function bufferSizeDefault(): string {
  const d = SUBSCRIPTION_BUFFER_OPTIONS.bufferSize.default;
  return d === undefined ? 'none' : 'value' in d ? String(d.value) : d.rule;
}

/** How a slow consumer of a stream is buffered (state vs facts): told in the first group with a stream. */
function streamBuffering(docs: DocsBuilder): string {
  const streams = docs.model.operations.filter((o) => o.stream);
  if (streams.length === 0) return '';
  const list = (kind: 'state' | 'facts') => streams.filter((o) => o.stream!.events === kind).map((o) => opLink(docs, o)).join(', ') || 'none';
  const slow = clientCode(docs, 'ERR_SLOW_CONSUMER') ?? code('ERR_SLOW_CONSUMER');
  return [
    '<a id="stream-buffering"></a>',
    '',
    `**A slow consumer.** Events wait in a bounded buffer (${code('bufferSize')}, default ${bufferSizeDefault()}) while a ${code('for await')} loop has not asked for them or no ${code("'data'")} listener is attached. What happens when it is full depends on what the document says the stream's events are (${code('x-stream.events')}):`,
    '',
    `- **State** — each event replaces the state of its key (the instrument, and the interval of a candle): the default policy ${code("'latest-per-key'")} replaces the buffered event of the same key, so a slow consumer sees the newest state of every key. Conflation is not a loss; no warning. Streams: ${list('state')}.`,
    `- **Facts** — every event counts (a trade): the default policy ${code("'drop-oldest'")} drops the oldest buffered event, and no drop is silent: the client emits ${code("'warning'")} with a ${code('SlowConsumerError')} (${slow}) naming the stream (its event destination and operation) and the count (${code('dropped')} since the last warning, ${code('totalDropped')}) — at the first drop, then every ${code('bufferSize')} drops, and for the rest when the consumer reads again or the subscription ends. With ${code('lossless: true')} the first event that does not fit ends the subscription with that error instead (the buffered events are still read first). Streams: ${list('facts')}.`,
    '',
    `${code('bufferPolicy')} (${code("'latest-per-key'")}, ${code("'drop-oldest'")}, ${code("'drop-newest'")}) overrides the default per subscription or for the client (${code('subscriptionBuffer')}); ${code('subscription.dropped')} counts every dropped or replaced event.`,
  ].join('\n');
}

export function operationsContext(docs: DocsBuilder) {
  // The buffering of a slow consumer is told once, with the first group that has a stream.
  let buffering = streamBuffering(docs);
  const groups = operationGroups(docs.model).map((g) => {
    const intro = g.fromDocument ? prose(g.description) : g.description;
    const note = g.operations.some((o) => o.stream) ? buffering : '';
    if (note) buffering = '';
    return {
      id: g.id,
      title: g.fromDocument ? prose(g.title) : g.title,
      intro: note ? `${intro}\n\n${note}` : intro,
      ops: g.operations.map((o) => opSection(docs, o)),
    };
  });
  return {
    title: prose(docs.model.title),
    clientClassName: docs.model.clientClassName,
    packageName: docs.model.packageName,
    setup: fence('js', `import { ${docs.model.clientClassName} } from ${str(docs.model.packageName)};\n\nconst client = new ${docs.model.clientClassName}({ server: ${str(docs.model.defaultServer)}, apiKey, apiSecret });\nawait client.connect();`),
    toc: [
      ...groups.map((g) => ({ group: `[${g.title}](#${g.id})`, items: g.ops.map((o) => `[${code(o.heading)}](#${o.anchor})`).join(' · ') })),
      ...(docs.model.events.length > 0 ? [{ group: '[Events](#events)', items: docs.model.events.map((e) => `[${code(e.destination)}](#${e.anchor})`).join(' · ') }] : []),
    ],
    groups,
    events: docs.model.events.map((e) => eventSection(docs, e)),
    hasEvents: docs.model.events.length > 0,
  };
}
