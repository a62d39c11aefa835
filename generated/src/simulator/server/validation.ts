// Generated from asyncapi.yaml and templates/simulator/server/validation.ts by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/** Validation issues → the API's errors (-1104 unread parameters, -1128 missing or not fitting together, -1100 illegal). */

import type { SimulatorValidationIssue } from '../deps.js';
import { unescapePointerToken } from '../../runtime/pointer.js';
import { ApiErrors, type ApiError } from '../errors.js';

/** The top-level parameter an issue is about ('' if it cannot be told). */
export function issueField(issue: SimulatorValidationIssue): string {
  const segments = issue.path.split('/').filter((s) => s !== '').map(unescapePointerToken);
  const quoted = /'([^']+)'|"([^"]+)"/.exec(issue.message);
  const named = quoted ? (quoted[1] ?? quoted[2] ?? '') : '';
  if (/required|missing|additional|unknown|unevaluated/i.test(issue.rule) && named !== '' && segments.length === 0) return named;
  return segments[0] ?? named;
}

export function isUnread(rule: string): boolean {
  return /additional|unknown|unevaluated/i.test(rule);
}

export function isMissing(rule: string): boolean {
  return /required|missing/i.test(rule);
}

/**
 * The error the API gives for failed validation, or undefined when only `ignored` fields are
 * concerned. Unknown parameters → -1104; a missing one → -1128; any other failure → -1100.
 */
export function validationError(
  issues: readonly SimulatorValidationIssue[],
  payload: Readonly<Record<string, unknown>>,
  ignored: ReadonlySet<string> = new Set(),
): ApiError | undefined {
  const relevant = issues.filter((i) => !ignored.has(issueField(i)));
  if (relevant.length === 0) return undefined;
  const unread = relevant.filter((i) => isUnread(i.rule));
  if (unread.length > 0) {
    const names = [...new Set(unread.map(issueField).filter((n) => n !== ''))];
    const sent = Object.keys(payload).length;
    const count = names.length > 0 ? names.length : unread.length;
    return ApiErrors.unreadParams(Math.max(0, sent - count), sent, names);
  }
  const first = relevant[0] as SimulatorValidationIssue;
  const field = issueField(first) || 'payload';
  if (isMissing(first.rule)) return ApiErrors.mandatoryParam(field);
  // Two parameters that do not fit together (a time window too long): the API's -1128.
  if (first.rule === 'max-window') return ApiErrors.invalidCombination(`${field} ${first.message}`);
  return ApiErrors.illegalParam(field, first.message);
}
