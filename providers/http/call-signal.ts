/**
 * The abort signal of an outgoing vendor call: its own timeout, and, inside an activity, the
 * activity's cancellation. A worker that stops cancels its activities once SHUTDOWN_GRACE_SECONDS
 * are up; a call still waiting then is abandoned at once (its attempt fails and is retried on
 * another worker, under the same idempotency key), instead of holding the process past its grace.
 */
import { Context } from '@temporalio/activity';

export function callSignal(timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  let cancellation: AbortSignal | undefined;
  try {
    cancellation = Context.current().cancellationSignal;
  } catch {
    // Not in an activity (the command line, a test): the timeout alone.
  }
  return cancellation ? AbortSignal.any([timeout, cancellation]) : timeout;
}
