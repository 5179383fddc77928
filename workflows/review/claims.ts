/**
 * The one claim rule of every review task (onboarding, case and inquiry tasks): the claimReviewTask
 * Update, refused by the caller's rule, moves an open task (or one awaiting its second review) to
 * claimed by the caller and records the claim; the same reviewer claiming again changes nothing.
 * The state changes before the activity's await, so a concurrent claim meets the validator's refusal.
 */
import { setHandler } from '@temporalio/workflow';
import type { ReviewTaskState } from '../../domain/review/review';
import type { Actor } from '../../domain/shared/actor';
import type { Refusal } from '../../domain/shared/refusals';
import { claimReviewTaskUpdate } from './messages';
import { records } from '../shared/activities';
import { refuse } from '../shared/refusals';

export interface LiveTask {
  get(): ReviewTaskState | undefined;
  set(task: ReviewTaskState): void;
}

export function acceptClaims(live: LiveTask, refusal: (task: ReviewTaskState | undefined, taskId: string, actor: Actor) => Refusal | undefined): void {
  setHandler(
    claimReviewTaskUpdate,
    async ({ taskId, actor }): Promise<ReviewTaskState> => {
      const task = live.get()!;
      if (task.status === 'claimed') return task; // the same reviewer claiming again
      const claimed: ReviewTaskState = { taskId, status: 'claimed', assignee: actor, ...(task.firstReview ? { firstReview: task.firstReview } : {}) };
      live.set(claimed);
      await records.claimReviewTask({ taskId, actor });
      return claimed;
    },
    { validator: ({ taskId, actor }) => refuse(refusal(live.get(), taskId, actor)) },
  );
}
