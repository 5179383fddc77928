/**
 * An appeal (DSA Art. 20): a reviewer who did not take the contested decision claims it within its
 * SLA and decides uphold, overturn or modify. Only a person ends an appeal; a breached SLA escalates.
 * An action still in its notice period waits for the appeal; an overturned one is reversed and the
 * seller reinstated; a modified one is replaced by the lighter action the reviewer names. An
 * overturned rejection is reconsidered: a new application with the same data, checked afresh and
 * decided by a reviewer under the four-eyes rules.
 */
import { ParentClosePolicy, getExternalWorkflowHandle, patched, setHandler, startChild } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { APPEAL_REDRESS, APPEAL_SLA_DAYS, type AppealDecision } from '../../domain/appeals/appeals';
import { caseDecisionRefusal } from '../../domain/review/case-claims';
import type { Actor } from '../../domain/shared/actor';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { notifications, records } from '../shared/activities';
import { appealDecidedSignal, appealFiledSignal } from '../enforcement/messages';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { appealIdQuery, decideAppealUpdate } from './messages';
import { caseTask } from '../review/case-review';
import { refuse } from '../shared/refusals';
import { enforcementAction } from '../enforcement/enforcement';

export interface AppealInput {
  appealId: string;
  sellerId: string;
  subject: { type: 'enforcement' | 'application'; id: string };
  /** Who took the contested decision: they may not decide the appeal. */
  excludedReviewers: string[];
  /**
   * The appeal as the seller filed it. The workflow records it (one writer per fact): an API that
   * could not reach Temporal wrote nothing, so the seller's retry files the same appeal again.
   * Absent in workflows started before this field existed, whose API wrote the row itself.
   */
  filing?: { statement: string; evidence: string[]; filedBy: Actor; requestId?: string };
}

export async function appeal(input: AppealInput): Promise<{ outcome: AppealDecision['outcome'] }> {
  const { appealId, sellerId, subject } = input;
  const state: CaseState = { status: 'open' };
  let decided: { actor: Actor; decision: AppealDecision } | undefined;
  const task = caseTask({
    kind: 'appeal',
    sellerId,
    subjectId: subject.id,
    queue: 'appeals',
    priority: 2,
    reasons: [`appeal_${subject.type}`],
    slaHours: APPEAL_SLA_DAYS * 24,
    excludedReviewers: input.excludedReviewers,
  });
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task.live.task }));
  setHandler(appealIdQuery, () => appealId);
  setHandler(
    decideAppealUpdate,
    async ({ actor, decision }) => {
      task.decided(actor);
      decided = { actor, decision };
      state.status = 'decided';
      return { status: 'decided', appealId };
    },
    { validator: ({ taskId, actor }) => refuse(caseDecisionRefusal(task.live.task, taskId, actor, input.excludedReviewers)) },
  );

  if (input.filing && patched('appeal-recorded-by-workflow')) {
    const slaDueAt = new Date(Date.now() + APPEAL_SLA_DAYS * 24 * 3600_000).toISOString();
    await records.recordAppeal({ appealId, sellerId, subject, ...input.filing, slaDueAt });
  }

  // An action still in notice holds until this appeal is decided.
  const contested = subject.type === 'enforcement' ? getExternalWorkflowHandle(enforcementWorkflowId(subject.id)) : undefined;
  await contested?.signal(appealFiledSignal, { appealId }).catch(() => undefined);

  const taskId = await task.openAndAwait(() => decided !== undefined);
  const { actor, decision } = decided!;
  const { replacementId, reconsiderationId } = await records.decideAppeal({ appealId, sellerId, subject, decision, actor });
  await records.closeReviewTask({ taskId });
  await contested?.signal(appealDecidedSignal, { appealId, outcome: decision.outcome }).catch(() => undefined);
  if (replacementId) {
    // The lighter action lives on its own, beyond this appeal.
    await startChild(enforcementAction, { workflowId: enforcementWorkflowId(replacementId), args: [{ enforcementId: replacementId, sellerId }], parentClosePolicy: ParentClosePolicy.ABANDON });
  }
  await notifications.publishEvent({
    eventId: newWorkflowId('event'),
    type: 'appeal.decided',
    sellerId,
    applicationId: subject.type === 'application' ? subject.id : undefined,
    // The decision comes with the redress still open: out-of-court settlement and the courts (DSA Art. 20(5)).
    data: {
      appealId,
      subject,
      outcome: decision.outcome,
      reasons: decision.reasons,
      note: decision.note,
      replacementId: replacementId ?? null,
      reconsiderationId: reconsiderationId ?? null,
      redress: APPEAL_REDRESS,
    },
  });
  return { outcome: decision.outcome };
}
