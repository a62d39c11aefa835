/**
 * What every part of the model reads while it is built: the raw document, its component schemas,
 * the type names, and the one way to report a problem to the spec author (file:line, pointer).
 */
import type { LoadedDocument, RawDocument } from '../load.js';
import { SpecError } from '../load.js';
import { deref as derefIn, RefError, toPointer, type Path } from './refs.js';

export interface ModelContext {
  readonly loaded: LoadedDocument;
  readonly raw: RawDocument;
  /** Raw component schemas (with derived titles), keyed by component name. */
  readonly schemas: Readonly<Record<string, any>>;
  /** Component schema name → generated type name. */
  readonly typeNames: Readonly<Record<string, string>>;
  /** Stops the build: `file:line: at <pointer>: message`. */
  fail(path: Path, message: string): never;
  /** Follows `$ref`s; a dangling or remote one fails at `path`. */
  deref(node: any, path: Path): any;
}

export function modelContext(loaded: LoadedDocument, typeNames: Readonly<Record<string, string>>): ModelContext {
  const raw = loaded.raw;
  const fail = (path: Path, message: string): never => {
    const line = loaded.lineOf(path);
    throw new SpecError(`${loaded.path}:${line ?? '?'}: at ${toPointer(path)}: ${message}`);
  };
  return {
    loaded,
    raw,
    schemas: raw.components?.schemas ?? {},
    typeNames,
    fail,
    deref(node, path) {
      try {
        return derefIn(raw, node);
      } catch (error) {
        if (error instanceof RefError) fail(path, error.message);
        throw error;
      }
    },
  };
}
