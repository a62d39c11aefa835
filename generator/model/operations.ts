/** Send operations: request/reply, subscriptions and the heartbeat, each with its client method. */
import { channelOf, destinationsOf } from './channels.js';
import type { ModelContext } from './context.js';
import { aliasesOf, messageModel, topLevelAliases } from './messages.js';
import { anchorOf, methodName } from './names.js';
import type { EventModel, HeartbeatModel, OperationModel, RateLimitModel, StreamMatchModel, TagModel } from './types.js';

export interface OperationsInput {
  readonly versionParameter: string;
  readonly versions: readonly string[];
  readonly heartbeat: HeartbeatModel;
  readonly rateLimits: readonly RateLimitModel[];
  /** The security scheme that carries x-signing: operations that reference it are signed. */
  readonly signingScheme: unknown;
  readonly events: readonly EventModel[];
  /** Names the generated client class already answers to. */
  readonly inheritedMembers: ReadonlySet<string>;
}

export function operationsOf(ctx: ModelContext, input: OperationsInput): OperationModel[] {
  const rateLimitIds = new Set(input.rateLimits.map((r) => r.id));
  const eventsById = new Map(input.events.map((e) => [e.id, e]));
  const operations: OperationModel[] = [];
  const methods = new Set<string>();
  for (const [id, op] of Object.entries<any>(ctx.raw.operations ?? {})) {
    if (op.action !== 'send') continue;
    const at = ['operations', id];
    const { key, channel } = channelOf(ctx, op, id);
    const { versions, destinations } = destinationsOf(ctx, input.versionParameter, input.versions, key, channel);
    if (!op.reply?.messages?.[0]) ctx.fail(at, 'a send operation needs reply.messages');
    const request = messageModel(ctx, op.messages?.[0], [...at, 'messages', 0]);
    const reply = messageModel(ctx, op.reply.messages[0], [...at, 'reply', 'messages', 0]);
    const signed = (op.security ?? []).some((s: any) => ctx.deref(s, [...at, 'security']) === input.signingScheme);
    const limits: string[] = (op['x-rate-limits'] ?? []).map(String);
    for (const l of limits) if (!rateLimitIds.has(l)) ctx.fail([...at, 'x-rate-limits'], `unknown rate limit ${l}`);
    if (typeof op['x-idempotent'] !== 'boolean') ctx.fail(at, 'x-idempotent (true or false) is required: may the request be sent again when its outcome is unknown?');
    let stream: OperationModel['stream'];
    if (op['x-stream']) {
      const xs = op['x-stream'];
      const event = eventsById.get(String(xs.eventOperation)) ?? ctx.fail([...at, 'x-stream', 'eventOperation'], `no receive operation ${xs.eventOperation}`);
      const paramProps: Record<string, any> = ctx.schemas[request.schema]?.properties ?? {};
      const match: StreamMatchModel[] = (xs.match ?? []).map((m: any, i: number) => {
        const param = String(m.param);
        const prop = paramProps[param] ?? ctx.fail([...at, 'x-stream', 'match', i], `${request.schema} has no property ${param}`);
        const aliases = aliasesOf(ctx, prop, [...at, 'x-stream', 'match', i]);
        return { param, field: String(m.field), default: m.default, ...(aliases ? { aliases } : {}) };
      });
      if (match.length === 0) ctx.fail([...at, 'x-stream', 'match'], 'at least one match entry (the routing key) is required');
      // The vocabulary schema has checked the value; absent means facts: nothing is conflated
      // (and so lost) unless the document says its events are state.
      stream = { event, match, events: xs.events === 'state' ? 'state' : 'facts' };
    }
    // A method must not shadow what the client class already has (connect, on, emit, ...).
    const method = methodName(id, input.inheritedMembers);
    if (methods.has(method)) ctx.fail(at, `operationId ${id} gives the method name ${method} twice`);
    methods.add(method);
    const replySchema = ctx.schemas[reply.schema];
    const statusRaw = replySchema?.['x-subscription-status'];
    let subscriptionStatus: OperationModel['subscriptionStatus'];
    if (statusRaw !== undefined) {
      const where = ['components', 'schemas', reply.schema, 'x-subscription-status'];
      if (typeof statusRaw?.field !== 'string' || !(statusRaw.field in (replySchema.properties ?? {}))) ctx.fail(where, `field must name a property of ${reply.schema}`);
      subscriptionStatus = { field: statusRaw.field, accepted: (statusRaw.accepted ?? []).map(String), description: String(statusRaw.description ?? '').trim() };
    }
    const windowRaw = op['x-time-window'];
    let timeWindow: OperationModel['timeWindow'];
    if (windowRaw !== undefined) {
      const params = ctx.schemas[request.schema]?.properties ?? {};
      for (const end of ['from', 'to'] as const) {
        if (!(String(windowRaw?.[end]) in params)) ctx.fail([...at, 'x-time-window', end], `must name a parameter of ${request.schema}`);
      }
      timeWindow = { from: String(windowRaw.from), to: String(windowRaw.to), maxMs: Number(windowRaw.maxMs) };
    }
    const paramDefaults: Record<string, unknown> = {};
    for (const [field, prop] of Object.entries<any>(ctx.schemas[request.schema]?.properties ?? {})) {
      const target = prop?.default !== undefined ? prop : ctx.deref(prop, [...at, 'messages', 0]);
      if (target?.default !== undefined) paramDefaults[field] = target.default;
    }
    const rawTag = op.tags?.[0] === undefined ? undefined : ctx.deref(op.tags[0], [...at, 'tags', 0]);
    if (rawTag !== undefined && (typeof rawTag?.name !== 'string' || rawTag.name.trim() === '')) ctx.fail([...at, 'tags', 0], 'a tag needs a name');
    const tag: TagModel | undefined = rawTag === undefined ? undefined : { name: String(rawTag.name).replace(/\s+/g, ' ').trim(), description: String(rawTag.description ?? '').trim() };
    operations.push({
      id,
      method,
      kind: id === input.heartbeat.operation ? 'heartbeat' : stream ? 'subscribe' : 'request',
      summary: String(op.summary ?? ''),
      description: String(op.description ?? '').trim(),
      channelAddress: String(channel.address),
      versions,
      destinations,
      signed,
      idempotent: op['x-idempotent'],
      weight: Number(op['x-weight'] ?? 1),
      rateLimits: limits,
      unconfirmed: op['x-unconfirmed'],
      request,
      reply,
      paramsRequired: (ctx.schemas[request.schema]?.required ?? []).length > 0,
      bareArrayField: replySchema?.['x-bare-array-field'],
      replyAliases: topLevelAliases(ctx, reply.schema),
      stream,
      ...(subscriptionStatus ? { subscriptionStatus } : {}),
      paramDefaults,
      ...(timeWindow ? { timeWindow } : {}),
      ...(tag ? { tag } : {}),
      anchor: anchorOf(id),
    });
  }
  if (!operations.some((o) => o.id === input.heartbeat.operation)) {
    ctx.fail(['info', 'x-protocol', 'heartbeat', 'operation'], `no send operation ${input.heartbeat.operation}`);
  }
  return operations;
}
