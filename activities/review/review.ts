/** Side effects of manual review: the task in the queue, its claim, and decisions. */
import { recordDecision, type DecisionRecord } from '../../db/onboarding/decisions';
import { claimReviewTask, escalateReviewTask, openReviewTask, recordFirstReview } from '../../db/review/review-tasks';
import type { Actor } from '../../domain/shared/actor';
import type { FirstReview } from '../../domain/review/review';
import type { ActivityDeps } from '../shared/deps';
import { pageSeniorIfUrgent } from '../operations/assignment';

export function createReviewActivities({ db, reviewSlaHours, notifications }: ActivityDeps) {
  return {
    async openReviewTask(task: { taskId: string; applicationId: string; queue: string; priority: number; reasons: string[] }): Promise<{ slaDueAt: string }> {
      const slaDueAt = await openReviewTask(db, { ...task, slaHours: reviewSlaHours });
      return { slaDueAt };
    },
    async claimReviewTask(claim: { taskId: string; actor: Actor }): Promise<void> {
      await claimReviewTask(db, claim.taskId, claim.actor);
    },
    /** Past its SLA: first in the queue; an urgent one also pages the senior on shift. */
    async escalateReviewTask(task: { taskId: string }): Promise<void> {
      const before = await db('review_tasks').where({ id: task.taskId }).first('priority');
      if (await escalateReviewTask(db, task.taskId)) await pageSeniorIfUrgent(db, notifications, task.taskId, before?.priority ?? 2);
    },
    async recordFirstReview(review: { taskId: string; firstReview: FirstReview }): Promise<void> {
      await recordFirstReview(db, review.taskId, review.firstReview);
    },
    async recordDecision(decision: DecisionRecord): Promise<void> {
      await recordDecision(db, decision);
    },
  };
}
