/**
 * The view model's types: one typed view of the document, built once by buildModel. Every
 * decision the emitters need (names, destinations per version, signing, limits, stream routing,
 * tolerance rules) is made when it is built; templates only loop and print.
 */

// The runtime's tables (templates/runtime/spec.ts) are what the generated code carries: the model
// extends their shapes with what only the docs and the emitters read, so the two cannot drift.
import type { EnvelopeSpec, HeartbeatSpec, RateLimitSpec, ServerSpec, SigningSpec } from '../../templates/runtime/spec.js';

export interface PackageMeta {
  /** SPDX identifier; the LICENSE file comes from templates/hbs/licenses/<id>.hbs. */
  readonly license?: string;
  /** The copyright line's holder (and year), e.g. `2026 the example-ws contributors`. */
  readonly copyright?: string;
  readonly keywords: readonly string[];
  readonly repository?: { readonly type: string; readonly url: string; readonly directory?: string };
  readonly homepage?: string;
}

export interface Model {
  readonly source: string;
  readonly title: string;
  readonly description: string;
  readonly apiVersion: string;
  readonly packageName: string;
  readonly clientClassName: string;
  readonly envPrefix: string;
  /** Whether the package includes the exchange simulator (x-codegen.simulator, default true). */
  readonly simulator: boolean;
  /** What package.json and LICENSE say about the package (x-codegen license, copyright, keywords, repository, homepage). */
  readonly packageMeta: PackageMeta;
  /** Name of the address parameter that carries the API version. */
  readonly versionParameter: string;
  readonly versions: readonly string[];
  readonly defaultVersion: string;
  readonly defaultServer: string;
  readonly servers: readonly ServerModel[];
  readonly envelope: EnvelopeModel;
  readonly heartbeat: HeartbeatModel;
  readonly signing: SigningModel;
  readonly rateLimits: readonly RateLimitModel[];
  readonly errorCodes: readonly ErrorCodeModel[];
  readonly operations: readonly OperationModel[];
  readonly events: readonly EventModel[];
  /** Raw component schemas (with derived titles), keyed by component name. */
  readonly schemas: Readonly<Record<string, any>>;
  /** Component name of every schema that names a generated type → that type's name. */
  readonly typeNames: Readonly<Record<string, string>>;
  readonly unconfirmed: readonly UnconfirmedFact[];
  /** Description of the version parameter (reference docs). */
  readonly versionDescription?: string;
  /** x-protocol.tolerance: enums in replies and events accept unlisted values (reported as warnings). */
  readonly tolerance: ToleranceModel;
}

export interface ToleranceModel {
  readonly openEnums: boolean;
  readonly description: string;
}

export interface ServerModel extends ServerSpec {
  readonly description: string;
  readonly unconfirmed?: string;
}

export interface EnvelopeModel extends EnvelopeSpec {
  /** The error reply message (payload schema name and examples). */
  readonly errorMessage: MessageModel;
  /** Sets of payload fields that make an OK reply a failure (x-protocol.envelope.failureFields.anyOf). */
  readonly failureFields: readonly (readonly string[])[];
  readonly failureDescription: string;
  readonly failureUnconfirmed?: string;
}

export interface HeartbeatModel extends HeartbeatSpec {
  readonly description: string;
}

export interface SigningModel extends SigningSpec {
  readonly schemeName: string;
  readonly description: string;
  readonly algorithm: string;
  readonly digest: 'hex';
  /** Component schema of the fields a signed request adds. */
  readonly fieldsSchema: string;
  readonly canonical: {
    readonly order: 'utf16';
    readonly assign: string;
    readonly separator: string;
    readonly exclude: readonly string[];
  };
  /**
   * Example credentials for the reference docs' signed examples (x-signing.example: apiKey,
   * apiSecret, timestamp); the docs use obvious placeholders when absent.
   */
  readonly example?: { readonly apiKey?: string; readonly apiSecret?: string; readonly timestamp?: number };
}

export interface RateLimitModel extends RateLimitSpec {
  readonly unconfirmed?: string;
}

export interface ErrorCodeModel {
  readonly code: number;
  readonly name: string;
  readonly meaning: string;
}

export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly headers: Record<string, unknown>;
  readonly payload: unknown;
}

export interface MessageModel {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** Component schema name of the payload. */
  readonly schema: string;
  /** Generated TypeScript type of the payload. */
  readonly typeName: string;
  readonly examples: readonly ExampleModel[];
  readonly unconfirmed?: string;
  /** Component schema of the message's headers (the envelope members besides the payload), when named. */
  readonly headersSchema?: string;
}

export interface StreamMatchModel {
  readonly param: string;
  readonly field: string;
  readonly default?: string | readonly string[];
  /** Alternative spellings of the param's values → canonical value. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface OperationModel {
  readonly id: string;
  /** The typed client method. */
  readonly method: string;
  readonly kind: 'request' | 'subscribe' | 'heartbeat';
  readonly summary: string;
  readonly description: string;
  readonly channelAddress: string;
  /** Versions the operation exists in; empty when it is not versioned. */
  readonly versions: readonly string[];
  /** Destination per version ('' → the unversioned destination). */
  readonly destinations: Readonly<Record<string, string>>;
  readonly signed: boolean;
  readonly idempotent: boolean;
  readonly weight: number;
  readonly rateLimits: readonly string[];
  readonly unconfirmed?: string;
  readonly request: MessageModel;
  readonly reply: MessageModel;
  /** Whether the caller must give params (the params schema has required fields). */
  readonly paramsRequired: boolean;
  /** A reply that may arrive as a bare array stands for `{ [field]: array }`. */
  readonly bareArrayField?: string;
  /** Top-level reply fields whose enum has alias spellings. */
  readonly replyAliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly stream?: {
    readonly event: EventModel;
    readonly match: readonly StreamMatchModel[];
    /**
     * `state`: each event replaces the state of its key (quotes, books, candles), so a slow
     * consumer may be given the latest per key; `facts`: every event counts (trades), so none is
     * dropped without a warning. From `x-stream.events`.
     */
    readonly events: 'state' | 'facts';
  };
  /** The reply's per-symbol statuses (x-subscription-status on the reply schema). */
  readonly subscriptionStatus?: { readonly field: string; readonly accepted: readonly string[]; readonly description: string };
  /** Defaults of the request's top-level parameters. */
  readonly paramDefaults: Readonly<Record<string, unknown>>;
  /** Two time parameters that, when both are given, must lie less than `maxMs` apart (x-time-window). */
  readonly timeWindow?: { readonly from: string; readonly to: string; readonly maxMs: number };
  /** The operation's first tag (AsyncAPI `tags`): the topic the reference docs file it under. */
  readonly tag?: TagModel;
  /** Anchor of the operation's section in the reference docs. */
  readonly anchor: string;
}

export interface TagModel {
  readonly name: string;
  readonly description: string;
}

export interface EventModel {
  readonly id: string;
  readonly destination: string;
  readonly summary: string;
  readonly description: string;
  readonly message: MessageModel;
  /** Top-level fields that may arrive JSON-encoded in a string. */
  readonly jsonStringFields: readonly string[];
  readonly aliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly anchor: string;
  /**
   * The payload's member names when each holds a JSON scalar (no object, no array): the
   * generated frame decoder reads such a payload straight from the frame's bytes.
   */
  readonly flatFields?: readonly string[];
}

export interface UnconfirmedFact {
  readonly where: string;
  readonly reason: string;
}
