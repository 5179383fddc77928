/**
 * A second, blind review of a sampled case decision (domain/operations/quality-sampling.ts): its
 * task waits in the quality queue for anyone but the person who decided the case, who reaches their
 * own outcome without being shown the first; the record says whether the two agree.
 */
import { condition, setHandler } from '@temporalio/workflow';
import type { QualityReview } from '../../domain/operations/schemas';
import { caseDecisionRefusal } from '../../domain/review/case-claims';
import type { Actor } from '../../domain/shared/actor';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { caseTask } from '../review/case-review';
import { records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { decideQualityReviewUpdate } from './messages';

export interface QualityReviewInput {
  originalTaskId: string;
  kind: string;
  /** The case: the investigation, notice or dispute. */
  subjectId: string;
  sellerId?: string;
  originalDecidedBy: string;
}

/** A week: QA is not urgent, but its figures must not lag a period behind. */
const QA_SLA_HOURS = 7 * 24;

export async function qualityReview(input: QualityReviewInput): Promise<{ agreed: boolean }> {
  const state: CaseState = { status: 'open' };
  let reviewed: { actor: Actor; review: QualityReview } | undefined;
  const outcome: { agreed?: boolean } = {};
  const excluded = [input.originalDecidedBy];
  const task = caseTask({
    kind: 'quality_review',
    sellerId: input.sellerId,
    subjectId: input.originalTaskId,
    queue: 'quality',
    priority: 3,
    reasons: [`qa_${input.kind}`],
    slaHours: QA_SLA_HOURS,
    excludedReviewers: excluded,
  });
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task.live.task }));
  setHandler(
    decideQualityReviewUpdate,
    async ({ actor, review }) => {
      task.decided(actor);
      reviewed = { actor, review };
      await condition(() => outcome.agreed !== undefined);
      return { agreed: outcome.agreed! };
    },
    { validator: ({ taskId, actor }) => refuse(caseDecisionRefusal(task.live.task, taskId, actor, excluded)) },
  );
  const taskId = await task.openAndAwait(() => reviewed !== undefined);
  const result = await records.recordQualityReview({ originalTaskId: input.originalTaskId, qaTaskId: taskId, ...reviewed! });
  outcome.agreed = result.agreed;
  await records.closeReviewTask({ taskId });
  state.status = 'closed';
  return result;
}
