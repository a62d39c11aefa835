/**
 * The validators are compiled side by side (emit/validators.ts): an edit to a request schema
 * compiles the request side again and takes the inbound side (replies, events) from the cache,
 * and the reverse; what comes out is what compiling everything afresh gives.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate.js';
import type { Model } from '../../generator/model.js';
import { emitValidators, type CompiledSide, type SideCache } from '../../generator/emit/validators.js';
import { ROOT, TEMPLATES } from '../helpers/paths.js';

async function modelOf(text: string): Promise<Model> {
  const dir = await mkdtemp(join(tmpdir(), 'validators-cache-'));
  try {
    await writeFile(join(dir, 'asyncapi.yaml'), text);
    return (await generatePackage({ spec: join(dir, 'asyncapi.yaml'), outDir: join(dir, 'out'), templatesDir: TEMPLATES, docs: false, release: { kind: 'initial' } })).model;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A cache that remembers every side and counts the sides it had to compile. */
function countingCache(): { cache: SideCache; compiled: string[] } {
  const stored = new Map<string, CompiledSide>();
  const compiled: string[] = [];
  const cache: SideCache = (key, compile) => {
    const hit = stored.get(key);
    if (hit !== undefined) return hit;
    compiled.push(JSON.parse(key).kind);
    const side = compile();
    stored.set(key, side);
    return side;
  };
  return { cache, compiled };
}

describe('validators compiled side by side', () => {
  it('an edit to a request schema compiles the requests only, an edit to a reply schema the replies and events only, each as a fresh compile would', async () => {
    const original = await readFile(join(ROOT, 'test', 'documents', 'other-exchange.yaml'), 'utf8');
    const requestEdit = original.replace('        coin: { type: string, description: One coin only. }\n', '        coin: { type: string, description: One coin only. }\n        dust: { type: boolean, description: Added by the test. }\n');
    const replyEdit = original.replace('      required: [coin, amount]\n', '      required: [coin]\n');
    expect(requestEdit).not.toBe(original);
    expect(replyEdit).not.toBe(original);
    const { cache, compiled } = countingCache();
    const models = await Promise.all([original, requestEdit, replyEdit].map(modelOf));
    const outputs = models.map((m) => emitValidators(m, undefined, cache));
    expect(compiled).toEqual(['request', 'inbound', 'request', 'inbound']);
    // The cached sides give exactly what compiling each document afresh gives.
    models.forEach((m, i) => expect(outputs[i]).toEqual(emitValidators(m)));
    // And the edits did change what they touched.
    expect(outputs[1]!.modules.find((v) => v.file.endsWith('.request') && v.code.includes('dust'))).toBeDefined();
    expect(JSON.stringify(outputs[2]!.modules.filter((v) => !v.file.endsWith('.request')))).not.toBe(JSON.stringify(outputs[0]!.modules.filter((v) => !v.file.endsWith('.request'))));
  }, 60_000);
});
