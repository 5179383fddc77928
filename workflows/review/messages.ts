/** Messages of every review task (onboarding, case and inquiry tasks), shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { ReviewTaskState } from '../../domain/review/review';
import type { Actor } from '../../domain/shared/actor';

export interface ClaimRequest {
  taskId: string;
  actor: Actor;
}

export const claimReviewTaskUpdate = defineUpdate<ReviewTaskState, [ClaimRequest]>('claimReviewTask');
