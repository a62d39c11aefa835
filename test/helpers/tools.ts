/**
 * External tools some tests need (Chromium, openssl). Outside CI a missing tool skips those tests,
 * saying so in the test's name; under CI=true it is a failure: CI installs them (.ci/run), so a
 * missing one means the check did not run, and that must not pass unnoticed.
 */
export const TOOLS_REQUIRED = /^(true|1)$/i.test(process.env.CI ?? '');

/** Whether to skip a test that needs `found`: only outside CI. */
export const skipWithout = (found: boolean): boolean => !found && !TOOLS_REQUIRED;

/** Throws the one line that says what is missing and how to install it. */
export function requireTool(name: string, found: boolean, debianPackage: string): void {
  if (!found) throw new Error(`${name} is not installed and CI=true needs it: apt-get update && apt-get install -y ${debianPackage}`);
}
