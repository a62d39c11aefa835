/**
 * `npm run api-diff -- OLD NEW [--json]`: paths or git revisions in, one JSON object (or a
 * readable report) out, exit 0; an argument that cannot be read is named, exit 1. Run with
 * --no-declarations here (the declaration side generates two packages; release.test.ts runs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { OUT, ROOT, SPEC } from '../helpers/paths.js';

const dir = join(OUT, 'api-diff-cli');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'generator', 'diff', 'cli.ts'), ...args, '--no-declarations'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

beforeAll(() => {
  // A repository of its own, so a revision spec means the same wherever the test runs.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'asyncapi.yaml'), readFileSync(SPEC, 'utf8'));
  git('init', '-q');
  git('add', 'asyncapi.yaml');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'document');
  const doc = parseDocument(readFileSync(SPEC, 'utf8'));
  doc.setIn(['components', 'schemas', 'DepthParams', 'required'], doc.createNode(['symbol', 'limit']));
  doc.setIn(['components', 'schemas', 'Account', 'properties', 'marginCall'], doc.createNode({ type: 'boolean' }));
  writeFileSync(join(dir, 'asyncapi.yaml'), doc.toString({ lineWidth: 0 }));
});

describe('npm run api-diff', () => {
  it('--json: one object with the bump and every change, from a git revision to a path; exit 0', () => {
    const r = run('HEAD:asyncapi.yaml', 'asyncapi.yaml', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['bump', 'changes']);
    expect(out.bump).toBe('major');
    expect(out.changes).toEqual([
      { level: 'breaking', operation: 'depth', where: '/operations/depth/messages/0/payload/properties/limit', message: 'request parameter limit made required' },
      { level: 'non-breaking', operation: 'account', where: '/operations/account/reply/messages/0/payload/properties/marginCall', message: 'reply field marginCall added' },
    ]);
  });

  it('without --json: a report to paste into release notes', () => {
    const r = run('HEAD:asyncapi.yaml', 'asyncapi.yaml');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('## API changes from HEAD:asyncapi.yaml to asyncapi.yaml');
    expect(r.stdout).toContain('**major**');
    expect(r.stdout).toMatch(/### Breaking changes\n\n- `depth`: request parameter limit made required \(at `[^`]+`\)\n/);
    expect(r.stdout).toMatch(/### Non-breaking changes\n\n- `account`: reply field marginCall added/);
  });

  it('the same document: bump none, no changes', () => {
    const r = run('HEAD:asyncapi.yaml', 'HEAD:asyncapi.yaml', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ bump: 'none', changes: [] });
  });

  it('an argument that is neither a file nor a revision is named; exit 1', () => {
    const r = run('HEAD:nothing.yaml', 'asyncapi.yaml', '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: HEAD:nothing\.yaml: neither a file nor a git revision/);
    const missing = run('missing.yaml', 'asyncapi.yaml');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/missing\.yaml: no such file/);
  });
});
