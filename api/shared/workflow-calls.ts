/**
 * Calls from the API into Temporal, with a deadline so a missing Temporal is a quick 503, and with
 * the workflow's refusals (Update validators) turned into 409 problems carrying the same code.
 */
import { Client, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { recordedUpdate } from '../../workflows/shared/messages';
import { Problem, temporalUnavailable } from './problem';

const DEADLINE_MS = 5_000;

const refusalMessages: Record<string, string> = {
  review_task_not_open: 'The review task is not open',
  review_task_claimed_by_another: 'Another reviewer has claimed this review task',
  review_task_not_claimed_by_caller: 'Claim the review task before deciding it',
  outcome_not_supported: 'Requests for information are not available yet',
  four_eyes_same_reviewer: 'A second reviewer must confirm this decision: it cannot be the first reviewer',
  application_already_decided: 'The application has been decided or withdrawn already',
  no_open_information_request: 'No request for information is waiting for an answer',
  unknown_person: 'A person in the answer is not on this application',
  compliance_officer_required: 'Only a compliance officer may take or decide an inquiry',
  reviewer_took_original_decision: 'A reviewer who took the contested decision cannot review the appeal',
  request_not_open: 'The request has been answered already or has lapsed',
};

/** `finishedCode` is the refusal to give when the process behind the resource has already ended. */
export async function callWorkflow<T>(client: Client, fn: () => Promise<T>, finishedCode = 'review_task_not_open'): Promise<T> {
  try {
    return await client.withDeadline(Date.now() + DEADLINE_MS, fn);
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type) {
      throw new Problem(409, err.cause.type, refusalMessages[err.cause.type] ?? err.cause.message);
    }
    if (err instanceof WorkflowNotFoundError || /already completed/i.test((err as Error)?.message ?? '')) {
      throw new Problem(409, finishedCode, refusalMessages[finishedCode] ?? 'The process behind this resource has finished');
    }
    if (err instanceof Problem) throw err;
    throw Object.assign(temporalUnavailable(), { cause: err });
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
