/** The API's versions, the servers (with the versions each serves) and the defaults. */
import type { ModelContext } from './context.js';
import type { Path } from './refs.js';
import type { ServerModel } from './types.js';

export interface ServersFragment {
  readonly versions: readonly string[];
  readonly servers: readonly ServerModel[];
  readonly defaultServer: string;
  readonly defaultVersion: string;
}

/** The enum of a version parameter (or a $ref to one); it must list at least one version. */
export function versionEnum(ctx: ModelContext, versionParameter: string, param: any, at: Path): string[] {
  const p = ctx.deref(param, at);
  const values = p?.enum;
  if (!Array.isArray(values) || values.length === 0) ctx.fail(at, `parameter ${versionParameter} needs an enum of versions`);
  return values.map(String);
}

export function serversOf(ctx: ModelContext, versionParameter: string, documentDefaultVersion: string | undefined): ServersFragment {
  const raw = ctx.raw;
  // The versions of the API: the shared version parameter's enum, else every channel's, in order.
  const versions: string[] = raw.components?.parameters?.[versionParameter]
    ? versionEnum(ctx, versionParameter, raw.components.parameters[versionParameter], ['components', 'parameters', versionParameter])
    : [
        ...new Set(
          Object.entries<any>(raw.channels ?? {})
            .filter(([, c]) => c?.parameters?.[versionParameter])
            .flatMap(([k, c]) => versionEnum(ctx, versionParameter, c.parameters[versionParameter], ['channels', k, 'parameters', versionParameter])),
        ),
      ];
  const servers: ServerModel[] = Object.entries<any>(raw.servers ?? {}).map(([name, s]) => {
    const served: string[] = (s['x-api-versions'] ?? versions).map(String);
    for (const v of served) if (!versions.includes(v)) ctx.fail(['servers', name, 'x-api-versions'], `unknown version ${v}`);
    return {
      name,
      url: `${s.protocol}://${s.host}${s.pathname ?? ''}`,
      title: String(s.title ?? name),
      description: String(s.description ?? ''),
      versions: served,
      unconfirmed: s['x-unconfirmed'],
    };
  });
  const codegen = raw.info?.['x-codegen'] ?? {};
  const defaultServer = String(codegen.defaultServer ?? servers[0]?.name);
  if (!servers.some((s) => s.name === defaultServer)) ctx.fail(['info', 'x-codegen', 'defaultServer'], `no server named ${defaultServer}`);
  const defaultVersion = String(documentDefaultVersion ?? versions[versions.length - 1]);
  if (!versions.includes(defaultVersion)) ctx.fail(['info', 'x-protocol', 'defaultVersion'], `not one of ${versions.join(', ')}`);
  return { versions, servers, defaultServer, defaultVersion };
}
