/**
 * Review tasks that belong to a case (an enforcement action to decide, an appeal) rather than to an
 * application. The same claim rules as onboarding, plus the reviewers a case excludes: whoever took
 * the decision an appeal contests may not decide the appeal.
 */
import type { Actor } from '../shared/actor';
import type { Refusal } from '../shared/refusals';
import { claimRefusal, type ReviewTaskState } from './review';

export function caseClaimRefusal(task: ReviewTaskState | undefined, taskId: string, actor: Actor, excluded: readonly string[]): Refusal | undefined {
  if (excluded.includes(actor.id)) return 'reviewer_took_original_decision';
  return claimRefusal(task, taskId, actor);
}

export function caseDecisionRefusal(task: ReviewTaskState | undefined, taskId: string, actor: Actor, excluded: readonly string[]): Refusal | undefined {
  if (!task || task.taskId !== taskId || task.status === 'decided' || task.status === 'cancelled') return 'review_task_not_open';
  if (excluded.includes(actor.id)) return 'reviewer_took_original_decision';
  if (task.status !== 'claimed' || task.assignee?.id !== actor.id) return 'review_task_not_claimed_by_caller';
  return undefined;
}

export type { EnforcementDecision } from '../enforcement/schemas';
