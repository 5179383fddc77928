/**
 * The review task of a case (an enforcement decision, an appeal) inside its workflow: opened in the
 * queue, claimed through the shared claim rule (claims.ts), escalated once when its SLA passes,
 * and waited on until a person decides or the case is called off.
 */
import { condition, workflowInfo } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { caseClaimRefusal } from '../../domain/review/case-claims';
import type { Actor } from '../../domain/shared/actor';
import type { ReviewTaskState } from '../../domain/review/review';
import { records } from '../shared/activities';
import { acceptClaims } from './claims';

export interface CaseTaskSpec {
  kind: 'enforcement' | 'appeal' | 'investigation' | 'notice' | 'dispute' | 'quality_review';
  sellerId?: string;
  subjectId: string;
  queue: string;
  priority: number;
  reasons: string[];
  slaHours?: number;
  excludedReviewers: string[];
}

/** Registers the claim handler and returns the task's live state; `open` puts it in the queue. */
export function caseTask(spec: CaseTaskSpec) {
  const live: { task?: ReviewTaskState } = {};
  acceptClaims({ get: () => live.task, set: (t) => (live.task = t) }, (task, taskId, actor) => caseClaimRefusal(task, taskId, actor, spec.excludedReviewers));

  return {
    live,
    /** Opens the task, escalates it once past its SLA, and resolves when `settled` holds. */
    async openAndAwait(settled: () => boolean): Promise<string> {
      const taskId = newWorkflowId('reviewTask');
      const { slaDueAt } = await records.openCaseTask({ taskId, workflowId: workflowInfo().workflowId, ...spec });
      live.task = { taskId, status: 'open' };
      if (!(await condition(settled, Math.max(1, Date.parse(slaDueAt) - Date.now())))) {
        await records.escalateReviewTask({ taskId });
        await condition(settled);
      }
      return taskId;
    },
    decided(actor: Actor) {
      live.task = { ...live.task!, status: 'decided', assignee: actor };
    },
  };
}
