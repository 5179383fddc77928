/**
 * Review tasks and reviewer decisions. Reasons are fixed codes per outcome so that decisions can
 * be counted, audited and explained to the seller without free text.
 */
import type { Actor } from '../shared/actor';
import type { Refusal } from '../shared/refusals';
import type { ReviewDecisionInput } from './schemas';

export type { ReviewDecisionInput } from './schemas';

export const reviewTaskStatuses = ['open', 'claimed', 'awaiting_second_review', 'decided', 'cancelled'] as const;
export type ReviewTaskStatus = (typeof reviewTaskStatuses)[number];

export const reviewTaskKinds = ['application', 'enforcement', 'appeal', 'investigation', 'inquiry', 'notice', 'dispute', 'quality_review'] as const;
export type ReviewTaskKind = (typeof reviewTaskKinds)[number];

/** A decision that waits for a second reviewer (four eyes). */
export interface FirstReview {
  actor: Actor;
  decision: ReviewDecisionInput;
  decidedAt: string;
}

/** The live state of one review task inside its workflow. */
export interface ReviewTaskState {
  taskId: string;
  status: ReviewTaskStatus;
  assignee?: Actor;
  firstReview?: FirstReview;
}

/**
 * Four eyes: a high-risk approval and a final rejection are confirmed by a second reviewer who
 * is not the first. Everything else one reviewer decides.
 */
export function needsSecondReviewer(riskLevel: string | undefined, decision: ReviewDecisionInput): boolean {
  return (decision.outcome === 'approve' && riskLevel === 'high') || (decision.outcome === 'reject' && decision.rejectType === 'final');
}

/** The second reviewer confirms when they reach the same outcome (and, for rejections, the same type). */
export function confirms(first: ReviewDecisionInput, second: ReviewDecisionInput): boolean {
  return first.outcome === second.outcome && (first.rejectType ?? null) === (second.rejectType ?? null);
}

export const reviewerRoles = ['reviewer', 'senior_reviewer', 'compliance_officer'] as const;

/** Why a claim is refused, or undefined when it may go ahead. Re-claiming one's own task is a no-op. */
export function withdrawalRefusal(status: string, deciding: boolean): Refusal | undefined {
  if (deciding || ['approved', 'rejected', 'withdrawn', 'expired'].includes(status)) return 'application_already_decided';
  return undefined;
}

export function claimRefusal(task: ReviewTaskState | undefined, taskId: string, actor: Actor): Refusal | undefined {
  if (!task || task.taskId !== taskId) return 'review_task_not_open';
  if (task.status === 'claimed' && task.assignee?.id === actor.id) return undefined;
  if (task.status === 'claimed') return 'review_task_claimed_by_another';
  if (task.status === 'awaiting_second_review') {
    return task.firstReview?.actor.id === actor.id ? 'four_eyes_same_reviewer' : undefined;
  }
  if (task.status !== 'open') return 'review_task_not_open';
  return undefined;
}

/** Only the reviewer holding the task's claim may adjudicate its screening matches. */
export function adjudicationRefusal(task: ReviewTaskState | undefined, taskId: string, actor: Actor): Refusal | undefined {
  if (!task || task.taskId !== taskId || task.status !== 'claimed' || task.assignee?.id !== actor.id) return 'review_task_not_claimed_by_caller';
  return undefined;
}

export function decisionRefusal(task: ReviewTaskState | undefined, taskId: string, actor: Actor, _decision: ReviewDecisionInput): Refusal | undefined {
  if (!task || task.taskId !== taskId || task.status === 'decided' || task.status === 'cancelled') return 'review_task_not_open';
  if (task.status !== 'claimed' || task.assignee?.id !== actor.id) return 'review_task_not_claimed_by_caller';
  if (task.firstReview?.actor.id === actor.id) return 'four_eyes_same_reviewer';
  return undefined;
}
