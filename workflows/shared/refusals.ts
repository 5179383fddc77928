/** An Update validator's refusal: a non-retryable failure whose type is the refusal code the API turns into a 409. */
import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '../../domain/shared/refusals';

export function refuse(refusal: Refusal | undefined): void {
  if (refusal) throw ApplicationFailure.nonRetryable(refusal, refusal);
}
