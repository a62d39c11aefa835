/**
 * The schemas the generator compiles into the package's validators, rebuilt with the generator's
 * own modules (as test/package/validation.test.ts does), for the ajv baselines. Written once per
 * run to bench/.out/schemas.json so that child processes can compile them too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../generator/load.js';
import { buildModel } from '../../generator/model.js';
import { generateTypeModels } from '../../generator/emit/types.js';
import { assembleSchemas } from '../../generator/schemas.js';
import { ajvOptions } from '../../generator/emit/validators.js';
import { BENCH, ROOT } from './peer.js';

export interface SchemaDump {
  readonly defs: Record<string, unknown>;
  /** Strict request schemas by operationId. */
  readonly requests: Record<string, Record<string, unknown>>;
  /** Inbound (coercing) schemas: replies by operationId, events by destination. */
  readonly replies: Record<string, Record<string, unknown>>;
  readonly events: Record<string, Record<string, unknown>>;
  /** ajv options per kind, exactly as the generator uses them. */
  readonly options: { readonly request: Record<string, unknown>; readonly inbound: Record<string, unknown> };
  /** destination → operationId. */
  readonly operationOf: Record<string, string>;
}

export const SCHEMA_FILE = join(BENCH, '.out', 'schemas.json');

export async function dumpSchemas(): Promise<SchemaDump> {
  const loaded = await loadDocument(join(ROOT, 'asyncapi.yaml'));
  const types = await generateTypeModels(loaded.document, loaded.raw.components?.schemas ?? {});
  const model = buildModel(loaded, types.names);
  const set = assembleSchemas(model);
  const operationOf: Record<string, string> = {};
  for (const op of model.operations) for (const d of Object.values(op.destinations)) operationOf[d as string] = op.id;
  const strip = (o: Record<string, unknown>): Record<string, unknown> => {
    const { code: _code, ...rest } = o;
    return rest;
  };
  const dump: SchemaDump = {
    defs: set.defs,
    requests: set.requests,
    replies: set.replies,
    events: set.events,
    options: { request: strip(ajvOptions('request') as Record<string, unknown>), inbound: strip(ajvOptions('inbound') as Record<string, unknown>) },
    operationOf,
  };
  mkdirSync(join(BENCH, '.out'), { recursive: true });
  writeFileSync(SCHEMA_FILE, JSON.stringify(dump));
  return dump;
}
