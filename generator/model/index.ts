/**
 * Model: one typed view of the document, built once from one module per spec object (protocol,
 * signing, servers, channels, messages, events, operations, names; refs owns JSON pointers and
 * $refs). Every decision the emitters need is made here; templates only loop and print.
 */
import type { LoadedDocument, RawDocument } from '../load.js';
import { identifier } from '../names.js';
import { CLIENT_MEMBERS } from '../../templates/runtime/manifest.js';
import { modelContext } from './context.js';
import { eventsOf } from './events.js';
import { operationsOf } from './operations.js';
import { packageMetaOf } from './package.js';
import { protocolOf } from './protocol.js';
import { escapePointerToken } from './refs.js';
import { serversOf } from './servers.js';
import { signingOf } from './signing.js';
import type { Model, UnconfirmedFact } from './types.js';

export * from './types.js';
export { anchorOf } from './names.js';
export { packageMetaOf } from './package.js';

/**
 * Builds the view model; throws SpecError naming the place when the document breaks a convention.
 * @param typeNames component schema name → generated type name (typeNamesOf's names, for the components the types emitter made a type of)
 * @param inheritedMembers names the generated client class already has (the runtime manifest's
 *   CLIENT_MEMBERS); operation methods avoid them
 */
export function buildModel(loaded: LoadedDocument, typeNames: Readonly<Record<string, string>>, inheritedMembers: ReadonlySet<string> = new Set(CLIENT_MEMBERS)): Model {
  const ctx = modelContext(loaded, typeNames);
  const raw = ctx.raw;
  const info = raw.info ?? {};
  const codegen = info['x-codegen'] ?? ctx.fail(['info'], 'missing x-codegen (packageName, clientClassName, envPrefix, defaultServer)');
  const protocol = protocolOf(ctx);
  const { signing, scheme } = signingOf(ctx);
  const servers = serversOf(ctx, protocol.versionParameter, protocol.defaultVersion);
  const events = eventsOf(ctx);
  const operations = operationsOf(ctx, {
    versionParameter: protocol.versionParameter,
    versions: servers.versions,
    heartbeat: protocol.heartbeat,
    rateLimits: protocol.rateLimits,
    signingScheme: scheme,
    events,
    inheritedMembers,
  });
  const versionParameter = protocol.versionParameter;
  return {
    source: loaded.path,
    title: String(info.title ?? ''),
    description: String(info.description ?? '').trim(),
    apiVersion: String(info.version ?? ''),
    packageName: String(codegen.packageName),
    clientClassName: identifier(String(codegen.clientClassName), 'Client'),
    envPrefix: String(codegen.envPrefix ?? '').replace(/[^A-Z0-9_]/gi, '_').toUpperCase(),
    simulator: codegen.simulator !== false,
    packageMeta: packageMetaOf(codegen, (key, message) => ctx.fail(['info', 'x-codegen', key], message)),
    versionParameter,
    versions: servers.versions,
    defaultVersion: servers.defaultVersion,
    defaultServer: servers.defaultServer,
    servers: servers.servers,
    envelope: protocol.envelope,
    heartbeat: protocol.heartbeat,
    signing,
    rateLimits: protocol.rateLimits,
    errorCodes: protocol.errorCodes,
    operations,
    events,
    schemas: ctx.schemas,
    typeNames,
    unconfirmed: collectUnconfirmed(raw),
    versionDescription: String(ctx.deref(raw.components?.parameters?.[versionParameter], ['components', 'parameters', versionParameter])?.description ?? '').trim(),
    tolerance: protocol.tolerance,
  };
}

/** Every `x-unconfirmed` in the document with the JSON pointer where it stands. */
function collectUnconfirmed(raw: RawDocument): UnconfirmedFact[] {
  const out: UnconfirmedFact[] = [];
  const walk = (node: any, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node['x-unconfirmed'] === 'string') out.push({ where: '/' + path.join('/'), reason: node['x-unconfirmed'] });
    for (const [k, v] of Object.entries(node)) if (k !== 'x-unconfirmed') walk(v, [...path, escapePointerToken(k)]);
  };
  walk(raw, []);
  return out;
}
