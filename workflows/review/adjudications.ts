/**
 * Adjudications of screening matches inside the workflow that owns the review task: only the
 * reviewer holding the claim may record one, and the workflow's activity writes it. Registering the
 * handler issues no command, so running workflows take it without a patch.
 */
import { setHandler } from '@temporalio/workflow';
import { adjudicationRefusal, type ReviewTaskState } from '../../domain/review/review';
import { records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { adjudicateMatchUpdate } from '../screening/messages';

export function acceptAdjudications(task: () => ReviewTaskState | undefined): void {
  setHandler(adjudicateMatchUpdate, (a) => records.recordMatchAdjudication(a), {
    validator: ({ taskId, actor }) => refuse(adjudicationRefusal(task(), taskId, actor)),
  });
}
