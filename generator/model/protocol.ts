/** info.x-protocol: the version parameter, the envelope, the heartbeat, rate limits and error codes. */
import type { ModelContext } from './context.js';
import { messageModel } from './messages.js';
import type { EnvelopeModel, ErrorCodeModel, HeartbeatModel, RateLimitModel, ToleranceModel } from './types.js';

export interface ProtocolFragment {
  readonly versionParameter: string;
  /** As written; servers.ts checks it against the versions. */
  readonly defaultVersion: string | undefined;
  readonly envelope: EnvelopeModel;
  readonly heartbeat: HeartbeatModel;
  readonly rateLimits: readonly RateLimitModel[];
  readonly errorCodes: readonly ErrorCodeModel[];
  readonly tolerance: ToleranceModel;
}

const AT = ['info', 'x-protocol'];

export function protocolOf(ctx: ModelContext): ProtocolFragment {
  const protocol = ctx.raw.info?.['x-protocol'] ?? ctx.fail(['info'], 'missing x-protocol (versionParameter, envelope, heartbeat, rateLimits, errorCodes)');
  const versionParameter: string = protocol.versionParameter ?? ctx.fail(AT, 'missing versionParameter');
  const envelopeRaw = protocol.envelope ?? ctx.fail(AT, 'missing envelope');
  const errorMessageRef = ctx.raw.components?.messages?.[envelopeRaw.errorMessage];
  if (!errorMessageRef) ctx.fail([...AT, 'envelope', 'errorMessage'], `no components.messages.${envelopeRaw.errorMessage}`);
  const req = (field: string): string => {
    const v = envelopeRaw?.[field];
    if (typeof v !== 'string' || v.length === 0) ctx.fail([...AT, 'envelope', field], `missing ${field}`);
    return v;
  };
  const envelope: EnvelopeModel = {
    destinationField: req('destinationField'),
    correlationIdField: req('correlationIdField'),
    payloadField: req('payloadField'),
    statusField: req('statusField'),
    okStatus: req('okStatus'),
    errorCodeField: req('errorCodeField'),
    errorTextField: req('errorTextField'),
    errorNameField: req('errorNameField'),
    errorMessage: messageModel(ctx, errorMessageRef, ['components', 'messages', envelopeRaw.errorMessage], false),
    ...failureFieldsOf(ctx, envelopeRaw.failureFields),
  };
  const toleranceRaw = protocol.tolerance ?? {};
  const tolerance: ToleranceModel = { openEnums: toleranceRaw.openEnums === true, description: String(toleranceRaw.description ?? '').trim() };

  const hb = protocol.heartbeat ?? ctx.fail(AT, 'missing heartbeat');
  const heartbeat: HeartbeatModel = {
    operation: String(hb.operation),
    serverTimeoutMs: Number(hb.serverTimeoutMs),
    clientIntervalMs: Number(hb.clientIntervalMs),
    deadAfterMs: Number(hb.deadAfterMs),
    description: String(hb.description ?? '').trim(),
  };
  if (!(heartbeat.clientIntervalMs < heartbeat.serverTimeoutMs)) {
    ctx.fail([...AT, 'heartbeat'], 'clientIntervalMs must be below serverTimeoutMs, or the server closes the connection');
  }

  const rateLimits: RateLimitModel[] = (protocol.rateLimits ?? []).map((r: any, i: number) => {
    if (!(Number(r.limit) > 0 && Number(r.intervalMs) > 0)) ctx.fail([...AT, 'rateLimits', i], 'limit and intervalMs must be positive');
    return {
      id: String(r.id),
      appliesTo: r.appliesTo === 'all' ? 'all' : 'listed',
      limit: Number(r.limit),
      intervalMs: Number(r.intervalMs),
      description: String(r.description ?? ''),
      unconfirmed: r['x-unconfirmed'],
    };
  });
  const errorCodes: ErrorCodeModel[] = (protocol.errorCodes ?? []).map((e: any) => ({
    code: Number(e.code),
    name: String(e.name),
    meaning: String(e.meaning ?? ''),
  }));
  return {
    versionParameter,
    defaultVersion: protocol.defaultVersion === undefined ? undefined : String(protocol.defaultVersion),
    envelope,
    heartbeat,
    rateLimits,
    errorCodes,
    tolerance,
  };
}

/** x-protocol.envelope.failureFields: payload field sets that make an OK reply a failure. */
function failureFieldsOf(ctx: ModelContext, raw: any): Pick<EnvelopeModel, 'failureFields' | 'failureDescription' | 'failureUnconfirmed'> {
  if (raw === undefined) return { failureFields: [], failureDescription: '' };
  const sets = raw?.anyOf;
  if (!Array.isArray(sets) || sets.length === 0 || !sets.every((f: unknown) => Array.isArray(f) && f.length > 0 && f.every((x) => typeof x === 'string'))) {
    ctx.fail([...AT, 'envelope', 'failureFields', 'anyOf'], 'anyOf must list sets of payload field names, e.g. [[errorCode], [code, msg]]');
  }
  return {
    failureFields: sets.map((f: string[]) => [...f]),
    failureDescription: String(raw.description ?? '').trim(),
    ...(typeof raw['x-unconfirmed'] === 'string' ? { failureUnconfirmed: raw['x-unconfirmed'] } : {}),
  };
}
