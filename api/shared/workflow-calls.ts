/**
 * Calls from the API into Temporal, with a deadline so a missing Temporal is a quick 503, and with
 * the workflow's refusals (Update validators) turned into 409 problems carrying the same code.
 */
import { Client, isGrpcServiceError, WithStartWorkflowOperation, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { Refusal } from '../../domain/shared/refusals';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { recordedUpdate } from '../../workflows/shared/messages';
import { Problem, temporalUnavailable } from './problem';
import { isProblemCode } from './problem-types';

const DEADLINE_MS = 5_000;

// gRPC status codes (grpc/doc/statuscode.md): the service is down or overloaded, or it did not answer in time.
const UNREACHABLE = new Set([4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 14 /* UNAVAILABLE */]);

/** Temporal could not be reached or did not answer within the deadline: a retry may succeed (503). */
export function isTemporalUnavailable(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcServiceError(e) && UNREACHABLE.has(e.code)) return true;
  }
  return false;
}

/**
 * `finishedCode` is the refusal to give when the process behind the resource has already ended.
 * Anything that is neither a refusal nor an outage is thrown on, to become a logged 500.
 */
export async function callWorkflow<T>(client: Client, fn: () => Promise<T>, finishedCode: Refusal | 'verification_closed' | 'no_certification_due' = 'review_task_not_open'): Promise<T> {
  try {
    return await client.withDeadline(Date.now() + DEADLINE_MS, fn);
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type && isProblemCode(err.cause.type)) {
      throw new Problem(err.cause.type);
    }
    if (err instanceof WorkflowNotFoundError || /already completed/i.test((err as Error)?.message ?? '')) throw new Problem(finishedCode);
    if (err instanceof Problem) throw err;
    if (isTemporalUnavailable(err)) throw Object.assign(temporalUnavailable(), { cause: err });
    throw err;
  }
}

/**
 * Starts a process that records its own filing, and returns once it has (update-with-start): the
 * same workflow ID again reaches the running one, and a process already ended is `closed` (its
 * record exists). A worker too slow to record within the deadline is a 503 like a missing Temporal;
 * the retry lands on the same workflow.
 */
export async function startRecorded(client: Client, workflowType: string, options: { workflowId: string; taskQueue: string; args: unknown[] }): Promise<'recorded' | 'closed'> {
  return callWorkflow(client, async () => {
    try {
      const startWorkflowOperation = new WithStartWorkflowOperation(workflowType, { ...options, workflowIdConflictPolicy: 'USE_EXISTING', workflowIdReusePolicy: 'REJECT_DUPLICATE' });
      await client.workflow.executeUpdateWithStart(recordedUpdate, { startWorkflowOperation });
      return 'recorded' as const;
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return 'closed' as const;
      throw err;
    }
  });
}

/**
 * Runs a short process that writes one request's records and waits for its result: the workflow ID
 * derives from the request, so a retry joins the running process or, when it has ended, gets the
 * first run's result (`again`) instead of writing twice.
 */
export async function runToCompletion<R>(client: Client, workflowType: string, options: { workflowId: string; taskQueue: string; args: unknown[] }): Promise<{ result: R; again: boolean }> {
  return callWorkflow(client, async () => {
    try {
      const handle = await client.workflow.start(workflowType, { ...options, workflowIdConflictPolicy: 'USE_EXISTING', workflowIdReusePolicy: 'REJECT_DUPLICATE' });
      return { result: (await handle.result()) as R, again: false };
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      return { result: (await client.workflow.getHandle(options.workflowId).result()) as R, again: true };
    }
  });
}
