import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES = join(ROOT, 'templates');
export const SPEC = join(ROOT, 'asyncapi.yaml');
export const GENERATED = join(ROOT, 'generated');
/** Example frames collected from public sources; test/fixtures/README.md says where each comes from. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Scratch output of tests (git-ignored); inside the repo so node_modules resolves. */
export const OUT = join(ROOT, 'test', '.out');
