/**
 * Versions and the changelog from the document: the changelog's rules (given/want), the release
 * the package on disk and the document call for, and the whole flow through `npm run generate`:
 * an edited document bumps the version and adds a dated entry, `--check` then passes on another
 * day, and fails when the version no longer matches the changelog.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bumpVersion, parseChangelog, renderChangelog, resolveRelease, ReleaseError, type ChangelogEntry } from '../../generator/diff/release.js';
import type { DiffReport } from '../../generator/diff/types.js';
import { GENERATED, OUT, ROOT, SPEC } from '../helpers/paths.js';

const first: ChangelogEntry = { version: '1.0.0', bump: null, date: null, body: 'The first version generated from the document.' };
const second: ChangelogEntry = { version: '1.1.0', bump: 'minor', date: '2026-11-30', body: '### Non-breaking changes\n\n- `account`: reply field marginCall added' };

describe('changelog', () => {
  it('renders and reads back the same entries, newest first', () => {
    const text = renderChangelog([second, first]);
    expect(text).toMatch(/^# Changelog\n/);
    expect(text).toContain('## 1.1.0 (minor) — 2026-11-30\n\n### Non-breaking changes');
    expect(parseChangelog(text)).toEqual([second, first]);
  });

  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'none', '1.2.3'],
  ] as const)('%s bumped %s is %s', (v, b, want) => expect(bumpVersion(v, b)).toBe(want));

  it('refuses a history whose versions do not follow from their bumps, naming both', () => {
    const bad = renderChangelog([{ ...second, version: '1.2.0' }, first]);
    expect(() => parseChangelog(bad, 'CHANGELOG.md')).toThrow(ReleaseError);
    expect(() => parseChangelog(bad, 'CHANGELOG.md')).toThrow(/1\.2\.0 does not follow 1\.0\.0 by a minor bump \(that gives 1\.1\.0\)/);
  });

  it('refuses a heading it cannot read, with its line', () => {
    expect(() => parseChangelog('# Changelog\n\n## next version\n', 'CHANGELOG.md')).toThrow(/CHANGELOG\.md:3: a version heading must read/);
  });
});

describe('the release the package on disk and the document call for', () => {
  const dir = join(OUT, 'release-unit');
  const seed = (files: Record<string, string>) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };
  const report = (bump: DiffReport['bump']): DiffReport => ({
    bump,
    changes: bump === 'none' ? [] : [{ level: bump === 'major' ? 'breaking' : bump === 'minor' ? 'non-breaking' : 'docs', operation: 'account', where: '/operations/account', message: 'something' }],
  });
  let compared = 0;
  const compare = (bump: DiffReport['bump']) => async () => {
    compared++;
    return report(bump);
  };

  it('a package without history starts at the initial version', async () => {
    seed({});
    const r = await resolveRelease({ outDir: dir, specText: 'doc', initialVersion: '1.0.0', compare: compare('major') });
    expect(r.version).toBe('1.0.0');
    expect(r.entries).toEqual([first]);
  });

  it('the same document carries the history as it is, without comparing', async () => {
    seed({ 'asyncapi.yaml': 'doc', 'CHANGELOG.md': renderChangelog([second, first]) });
    compared = 0;
    const r = await resolveRelease({ outDir: dir, specText: 'doc', initialVersion: '1.0.0', compare: compare('major'), date: '2027-01-01' });
    expect(compared).toBe(0);
    expect(r).toEqual({ version: '1.1.0', entries: [second, first] });
  });

  it.each([
    ['major', '2.0.0'],
    ['minor', '1.2.0'],
    ['patch', '1.1.1'],
  ] as const)('a changed document needing %s gives %s and a new entry dated the day it is generated', async (bump, version) => {
    seed({ 'asyncapi.yaml': 'doc', 'CHANGELOG.md': renderChangelog([second, first]) });
    const r = await resolveRelease({ outDir: dir, specText: 'doc, edited', initialVersion: '1.0.0', compare: compare(bump), date: '2026-12-24' });
    expect(r.version).toBe(version);
    expect(r.entries.slice(1)).toEqual([second, first]);
    expect(r.entries[0]).toMatchObject({ version, bump, date: '2026-12-24' });
    expect(r.entries[0]!.body).toContain('`account`: something');
  });

  it('a changed document that changes nothing for consumers keeps the version', async () => {
    seed({ 'asyncapi.yaml': 'doc', 'CHANGELOG.md': renderChangelog([second, first]) });
    const r = await resolveRelease({ outDir: dir, specText: 'doc # comment', initialVersion: '1.0.0', compare: compare('none') });
    expect(r.version).toBe('1.1.0');
    expect(r.entries).toEqual([second, first]);
    expect(r.report?.bump).toBe('none');
  });
});

describe('npm run generate after an edit of the document', () => {
  const out = join(OUT, 'release-flow', 'package');
  const spec = join(OUT, 'release-flow', 'asyncapi.yaml');
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'generator', 'cli.ts'), '--spec', spec, '--out', out, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });

  it('bumps the version, adds a dated changelog entry and docs/changes.md; --check then passes on another day', { timeout: 600_000 }, () => {
    rmSync(join(OUT, 'release-flow'), { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The committed package's release state, and the document with one reply field added.
    for (const f of ['asyncapi.yaml', 'CHANGELOG.md', 'package.json']) cpSync(join(GENERATED, f), join(out, f));
    const doc = parseDocument(readFileSync(SPEC, 'utf8'));
    doc.setIn(['components', 'schemas', 'Account', 'properties', 'marginCall'], doc.createNode({ type: 'boolean', description: 'Whether the account is in margin call.' }));
    writeFileSync(spec, doc.toString({ lineWidth: 0 }));
    const before = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8')).version as string;
    const want = bumpVersion(before, 'minor');

    const gen = cli([], { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 1) / 1000) });
    expect(gen.status, gen.stderr).toBe(0);
    expect(gen.stderr).toContain(`minor (1 non-breaking); the package version is ${want}`);
    expect(gen.stderr).toContain('- `account`: reply field marginCall added');
    expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).version).toBe(want);
    const changelog = readFileSync(join(out, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${want} (minor) — 2026-12-01\n\n### Non-breaking changes\n\n- \`account\`: reply field marginCall added\n`);
    expect(parseChangelog(changelog).map((e) => e.version)).toEqual([want, ...parseChangelog(readFileSync(join(GENERATED, 'CHANGELOG.md'), 'utf8')).map((e) => e.version)]);
    expect(readFileSync(join(out, 'asyncapi.yaml'), 'utf8')).toBe(readFileSync(spec, 'utf8'));
    const page = readFileSync(join(out, 'docs', 'changes.md'), 'utf8');
    expect(page).toContain(`## ${want} — minor, 2026-12-01`);
    expect(page).toContain('- `account`: reply field marginCall added');

    const check = cli(['--check'], { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 5, 30) / 1000) });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toBe('');

    // A version that no longer matches the changelog is stale.
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
    writeFileSync(join(out, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }, null, 2) + '\n');
    const stale = cli(['--check']);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/stale: .*package\.json/);
  });
});

describe('the committed package', () => {
  it('ships its document, a changelog whose newest version is the package version, and docs/changes.md with every entry', () => {
    expect(readFileSync(join(GENERATED, 'asyncapi.yaml'), 'utf8')).toBe(readFileSync(SPEC, 'utf8'));
    const entries = parseChangelog(readFileSync(join(GENERATED, 'CHANGELOG.md'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(GENERATED, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(entries[0]!.version);
    expect(pkg.files).toEqual(expect.arrayContaining(['CHANGELOG.md', 'asyncapi.yaml']));
    const page = readFileSync(join(GENERATED, 'docs', 'changes.md'), 'utf8');
    for (const e of entries) expect(page).toContain(`<a id="v${e.version.replace(/\./g, '-')}"></a>\n\n## ${e.version}`);
  });
});
