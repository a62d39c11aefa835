import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from '../../templates/runtime/errors.js';

describe('runtime errors', () => {
  it('every error is a ClientError with a stable code and its own name', () => {
    const made: errors.ClientError[] = [
      new errors.InvalidParamsError('bad', { field: 'f', rule: 'required' }),
      new errors.ApiError({ apiCode: -1, apiMessage: 'm', errorName: 'n', status: 'ERROR', payload: {} }),
      new errors.TimeoutError({ timeoutMs: 5, idempotent: false }),
      new errors.AbortedError({ sent: false }),
      new errors.ConnectionLostError({ idempotent: false, reason: 'gone' }),
      new errors.NotConnectedError('x'),
      new errors.ClosedError('x'),
      new errors.RateLimitedError({ waitMs: 10, maxWaitMs: 5 }),
      new errors.QueueFullError('calls', 3),
      new errors.InvalidReplyError({ issues: [], payload: null }),
      new errors.BadFrameError({ reason: 'r', excerpt: '' }),
      new errors.UnknownOperationError('x'),
      new errors.UnsupportedVersionError('x', '9'),
      new errors.MissingCredentialsError({ operationId: 'op' }),
      new errors.UnknownValueWarning({ destination: 'd', field: '/f', value: 'X', known: ['A'] }),
      new errors.SubscriptionRejectedError({ destination: 'd', refused: { S: 'REJECTED' }, partial: false }),
    ];
    expect(made.map((e) => e.code)).toEqual([
      'ERR_INVALID_PARAMS',
      'ERR_API',
      'ERR_TIMEOUT',
      'ERR_ABORTED',
      'ERR_CONNECTION_LOST',
      'ERR_NOT_CONNECTED',
      'ERR_CLOSED',
      'ERR_RATE_LIMITED',
      'ERR_QUEUE_FULL',
      'ERR_INVALID_REPLY',
      'ERR_BAD_FRAME',
      'ERR_UNKNOWN_OPERATION',
      'ERR_UNSUPPORTED_VERSION',
      'ERR_MISSING_CREDENTIALS',
      'ERR_UNKNOWN_VALUE',
      'ERR_SUBSCRIPTION_REJECTED',
    ]);
    for (const e of made) {
      expect(e).toBeInstanceOf(errors.ClientError);
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe(e.constructor.name);
    }
  });

  it('a lost connection says the outcome is unknown and that nothing was re-sent', () => {
    const e = new errors.ConnectionLostError({ destination: 'x/order', correlationId: '7', idempotent: false, reason: 'socket closed' });
    expect(e.outcomeUnknown).toBe(true);
    expect(e.message).toMatch(/outcome is unknown/);
    expect(e.message).toMatch(/not re-sent/);
    expect(e.message).toMatch(/not idempotent/);
  });

  it('hasErrorCode recognises coded errors only', () => {
    expect(errors.hasErrorCode(Object.assign(new Error('x'), { code: 'ERR_INVALID_REQUEST' }))).toBe(true);
    expect(errors.hasErrorCode(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(false);
    expect(errors.hasErrorCode(new TypeError('x'))).toBe(false);
    expect(errors.hasErrorCode('ERR_X')).toBe(false);
  });
});

describe('the runtime knows no API fact', () => {
  it('has no API names in its string literals', () => {
    const dir = join(import.meta.dirname, '../../templates/runtime');
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'spec.ts')) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
        if (/\bv[12]\b|\/api\/|\bping\b|apiKey|\bsymbol\b|currency|dzengi/i.test(m[2]!)) offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
