/**
 * A content-addressed cache of results that depend only on their inputs' text (never on time or
 * on anything outside the key), so that a run computes — and loads the modules for — only what
 * changed since an earlier run. Used by the CLI for the TypeScript compiler's per-file work and
 * for what is read from the hand-written templates; the library default is no cache.
 *
 * Every key starts with the `build` id given by the caller (the CLI passes the hash of the
 * generator's own code and of the lock file), so a change to the generator or to a dependency
 * never sees results of an older one. Entries are JSON files, written atomically.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';

export interface Cache {
  get<T>(kind: string, parts: readonly string[]): T | undefined;
  set(kind: string, parts: readonly string[], value: unknown): void;
}

/** A cache that never hits (the default). */
export const NO_CACHE: Cache = {
  get: () => undefined,
  set: () => undefined,
};

export function fileCache(dir: string, build: string): Cache {
  const file = (kind: string, parts: readonly string[]): string => {
    const h = createHash('sha256').update(build);
    for (const p of parts) h.update('\0').update(p);
    return join(dir, `${kind}-${h.digest('hex').slice(0, 40)}.json`);
  };
  let made = false;
  return {
    get<T>(kind: string, parts: readonly string[]): T | undefined {
      try {
        return JSON.parse(readFileSync(file(kind, parts), 'utf8')) as T;
      } catch {
        return undefined;
      }
    },
    set(kind: string, parts: readonly string[], value: unknown): void {
      try {
        if (!made) mkdirSync(dir, { recursive: true });
        made = true;
        const target = file(kind, parts);
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(value));
        renameSync(tmp, target);
      } catch {
        // a cache that cannot be written only makes the next run slower
      }
    },
  };
}

/**
 * The exports of a CommonJS module kept as text in the cache (ajv's standalone code), run with
 * `require` resolving as from where it was made; undefined when it does not run.
 */
export function runCachedModule(code: string, require: NodeJS.Require, filename: string): unknown {
  try {
    const module = { exports: {} as unknown };
    const run = runInThisContext(`(function (exports, require, module) {${code}\n})`, { filename }) as (e: unknown, r: NodeJS.Require, m: unknown) => void;
    run(module.exports, require, module);
    return module.exports;
  } catch {
    return undefined;
  }
}
