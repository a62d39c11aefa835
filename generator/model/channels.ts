/** Channels: which channel an operation uses, and its destination in every version. */
import type { ModelContext } from './context.js';
import { componentName } from './refs.js';
import { versionEnum } from './servers.js';

export function channelOf(ctx: ModelContext, op: any, id: string): { key: string; channel: any } {
  const key = componentName(op.channel?.$ref, 'channels');
  if (key === undefined) return ctx.fail(['operations', id, 'channel'], 'channel must be a $ref to #/channels/<name>');
  return { key, channel: ctx.raw.channels?.[key] ?? ctx.fail(['operations', id, 'channel'], `no channel ${key}`) };
}

export function destinationsOf(
  ctx: ModelContext,
  versionParameter: string,
  allVersions: readonly string[],
  channelKey: string,
  channel: any,
): { versions: string[]; destinations: Record<string, string> } {
  const address = String(channel.address);
  const params = [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  if (params.length === 0) return { versions: [], destinations: { '': address } };
  if (params.length > 1 || params[0] !== versionParameter) {
    ctx.fail(['channels', channelKey, 'address'], `only the {${versionParameter}} parameter is supported in addresses`);
  }
  const versions = versionEnum(ctx, versionParameter, channel.parameters?.[versionParameter], ['channels', channelKey, 'parameters', versionParameter]);
  for (const v of versions) if (!allVersions.includes(v)) ctx.fail(['channels', channelKey, 'parameters'], `version ${v} is not declared in components.parameters.${versionParameter}`);
  const destinations: Record<string, string> = {};
  for (const v of versions) destinations[v] = address.replace(`{${versionParameter}}`, v);
  return { versions, destinations };
}
