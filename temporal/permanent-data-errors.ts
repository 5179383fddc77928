/**
 * An activity whose write the database refuses for the data itself (SQLSTATE class 22, "data
 * exception": a NUL byte, an invalid byte sequence, a value out of range; 23502 and 23514, a
 * missing value or a check it fails) would fail the same way on every retry. The interceptor turns
 * such an error into a non-retryable failure, so the workflow sees it at once and ends visibly
 * instead of retrying forever. The message names the SQLSTATE only: the database's own text may
 * quote the value, which may be personal data.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

const permanent = (code: unknown) => typeof code === 'string' && (code.startsWith('22') || code === '23502' || code === '23514');

export function asPermanentDataError(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (!permanent(code)) return err;
  return ApplicationFailure.create({ nonRetryable: true, type: 'PermanentDataError', message: `the database refused the data (SQLSTATE ${String(code)}); retrying would not help` });
}

export const permanentDataErrors: ActivityInterceptorsFactory = () => ({
  inbound: {
    async execute(input, next) {
      try {
        return await next(input);
      } catch (err) {
        throw asPermanentDataError(err);
      }
    },
  },
});
