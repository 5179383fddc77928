/**
 * Adjudications of screening matches inside the workflow that owns the review task: only the
 * reviewer holding the claim may record one, and the workflow's activity writes it. Registering the
 * handler issues no command, so running workflows take it without a patch.
 */
import { proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { adjudicationRefusal, type ReviewTaskState } from '../../domain/review/review';
import { recordPolicy } from '../shared/activity-policies';
import { refuse } from '../shared/refusals';
import { adjudicateMatchUpdate } from '../screening/messages';

const records = proxyActivities<Activities>(recordPolicy);

export function acceptAdjudications(task: () => ReviewTaskState | undefined): void {
  setHandler(adjudicateMatchUpdate, (a) => records.recordMatchAdjudication(a), {
    validator: ({ taskId, actor }) => refuse(adjudicationRefusal(task(), taskId, actor)),
  });
}
