/** The one security scheme that carries x-signing: how a signed request is signed. */
import type { ModelContext } from './context.js';
import type { SigningModel } from './types.js';

export interface SigningFragment {
  readonly signing: SigningModel;
  /** The raw scheme, to tell which operations reference it. */
  readonly scheme: unknown;
}

export function signingOf(ctx: ModelContext): SigningFragment {
  const schemes: Record<string, any> = ctx.raw.components?.securitySchemes ?? {};
  const signingEntries = Object.entries(schemes).filter(([, s]) => s?.['x-signing']);
  if (signingEntries.length !== 1) ctx.fail(['components', 'securitySchemes'], 'exactly one security scheme must carry x-signing');
  const [schemeName, scheme] = signingEntries[0]!;
  const xs = scheme['x-signing'];
  const at = ['components', 'securitySchemes', schemeName, 'x-signing'];
  if (xs.algorithm !== 'sha256' || xs.digest !== 'hex') ctx.fail(at, 'only HMAC sha256 with hex digest is supported');
  if (xs.canonical?.order !== 'utf16') ctx.fail([...at, 'canonical'], 'canonical.order must be utf16 (JavaScript default sort)');
  if (!(xs.fieldsSchema in ctx.schemas)) ctx.fail([...at, 'fieldsSchema'], `no components.schemas.${xs.fieldsSchema}`);
  const signing: SigningModel = {
    schemeName,
    description: String(scheme.description ?? '').trim(),
    algorithm: 'sha256',
    digest: 'hex',
    keyField: String(xs.keyField),
    timestampField: String(xs.timestampField),
    recvWindowField: String(xs.recvWindowField),
    signatureField: String(xs.signatureField),
    fieldsSchema: String(xs.fieldsSchema),
    canonical: {
      order: 'utf16',
      assign: String(xs.canonical.assign),
      separator: String(xs.canonical.separator),
      exclude: (xs.canonical.exclude ?? []).map(String),
    },
    ...(xs.example && typeof xs.example === 'object'
      ? {
          example: {
            ...(xs.example.apiKey !== undefined ? { apiKey: String(xs.example.apiKey) } : {}),
            ...(xs.example.apiSecret !== undefined ? { apiSecret: String(xs.example.apiSecret) } : {}),
            ...(xs.example.timestamp !== undefined ? { timestamp: Number(xs.example.timestamp) } : {}),
          },
        }
      : {}),
  };
  return { signing, scheme };
}
