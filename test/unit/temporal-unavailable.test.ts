/**
 * Only a Temporal that cannot be reached, is overloaded or did not answer in time is a 503 (retry
 * later); any other failure of a workflow call is a bug or a failed process, a logged 500.
 */
import { ServiceError, WorkflowFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { isTemporalUnavailable } from '../../api/shared/workflow-calls';

/** An error as @grpc/grpc-js makes it: a code, details and metadata. */
const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });

describe('isTemporalUnavailable', () => {
  it.each([
    ['UNAVAILABLE (no server at the address)', grpcError(14, 'No connection established')],
    ['DEADLINE_EXCEEDED (withDeadline ran out)', grpcError(4, 'Deadline exceeded')],
    ['RESOURCE_EXHAUSTED (the server sheds load)', grpcError(8, 'namespace rate limit exceeded')],
    ['a ServiceError caused by UNAVAILABLE', new ServiceError('Failed to start workflow', { cause: grpcError(14, 'unavailable') })],
    ['an Update that did not answer in time', new WorkflowUpdateRPCTimeoutOrCancelledError('Timed out', { cause: grpcError(4, 'deadline') })],
  ])('is true for %s', (_name, err) => {
    expect(isTemporalUnavailable(err)).toBe(true);
  });

  it.each([
    ['INVALID_ARGUMENT (a request we built wrong)', grpcError(3, 'bad search attribute')],
    ['PERMISSION_DENIED', grpcError(7, 'namespace not allowed')],
    ['a workflow that failed', new WorkflowFailedError('Workflow execution failed', ApplicationFailure.nonRetryable('boom'), 'NON_RETRYABLE_FAILURE')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('is false for %s', (_name, err) => {
    expect(isTemporalUnavailable(err)).toBe(false);
  });
});
