/**
 * One enforcement action from proposal to its end. Warnings and lighter restrictions are decided by
 * the policy; suspension and deactivation wait for a person. The decision starts a notice period in
 * which the seller can fix the cause (a later review cancels the action) or appeal (the action then
 * waits for the appeal). Then it takes effect, with its statement of reasons sent to the seller, and
 * a time-limited action ends by itself.
 */
import { condition, setHandler, sleep } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import type { EnforcementView } from '../../activities/enforcement/cases';
import type { AppealOutcome } from '../../domain/appeals/codes';
import { caseDecisionRefusal, type EnforcementDecision } from '../../domain/review/case-claims';
import type { EventType } from '../../domain/notifications/notifications';
import type { Actor } from '../../domain/shared/actor';
import { notifications, records } from '../shared/activities';
import { appealDecidedSignal, appealFiledSignal, cancelEnforcementSignal, decideEnforcementUpdate } from './messages';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { caseTask } from '../review/case-review';
import { refuse } from '../shared/refusals';

export interface EnforcementInput {
  enforcementId: string;
  sellerId: string;
}

export async function enforcementAction({ enforcementId, sellerId }: EnforcementInput): Promise<{ status: string }> {
  const state: CaseState = { status: 'proposed' };
  let cancelled: string | undefined;
  let decision: { actor: Actor; decision: EnforcementDecision } | undefined;
  let appealOpen: string | undefined;
  let appealOutcome: AppealOutcome | undefined;

  const task = caseTask({ kind: 'enforcement', sellerId, subjectId: enforcementId, queue: 'enforcement', priority: 1, reasons: [], excludedReviewers: [] });
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task.live.task }));
  setHandler(cancelEnforcementSignal, ({ reason }) => {
    cancelled ??= reason;
  });
  setHandler(appealFiledSignal, ({ appealId }) => {
    appealOpen = appealId;
  });
  setHandler(appealDecidedSignal, ({ appealId, outcome }) => {
    if (appealOpen !== appealId) return;
    appealOpen = undefined;
    appealOutcome = outcome;
  });
  setHandler(
    decideEnforcementUpdate,
    async ({ actor, decision: d }) => {
      task.decided(actor);
      decision = { actor, decision: d };
      return { status: d.outcome === 'confirm' ? 'notice' : 'declined' };
    },
    { validator: ({ taskId, actor }) => refuse(caseDecisionRefusal(task.live.task, taskId, actor, [])) },
  );

  const notify = async (type: EventType, action: EnforcementView) => {
    await notifications.publishEvent({
      eventId: newWorkflowId('event'),
      type,
      sellerId,
      data: {
        enforcementId,
        type: action.type,
        status: action.status,
        effectiveAt: action.effectiveAt,
        endsAt: action.endsAt,
        appealableUntil: action.appealableUntil,
        facts: action.facts,
        grounds: action.grounds,
      },
    });
  };
  const callOff = async (reason: string) => {
    await records.cancelEnforcement({ enforcementId, reason });
    state.status = 'cancelled';
    return { status: 'cancelled' };
  };

  let action = await records.beginEnforcement({ enforcementId });
  state.status = action.status;
  if (action.status === 'awaiting_decision') {
    const taskId = await task.openAndAwait(() => decision !== undefined || cancelled !== undefined);
    if (!decision) {
      await records.closeReviewTask({ taskId, status: 'cancelled' });
      return callOff(cancelled!);
    }
    await records.closeReviewTask({ taskId });
    if (decision.decision.outcome === 'decline') {
      await records.declineEnforcement({ enforcementId, actor: decision.actor, note: decision.decision.note });
      state.status = 'declined';
      return { status: 'declined' };
    }
    action = await records.confirmEnforcement({ enforcementId, actor: decision.actor, note: decision.decision.note });
    state.status = action.status;
  }
  if (action.status !== 'notice') return { status: action.status }; // called off before it began

  await notify('enforcement.notice', action);
  const untilEffective = Date.parse(action.effectiveAt!) - Date.now();
  if (untilEffective > 0) await condition(() => cancelled !== undefined, untilEffective);
  // An appeal filed in the notice period holds the action until a person decides the appeal.
  if (appealOpen) await condition(() => appealOpen === undefined || cancelled !== undefined);
  if (cancelled) return callOff(cancelled);
  if (appealOutcome === 'overturn' || appealOutcome === 'modify') {
    state.status = 'reversed'; // the appeal's decision reversed it in the records
    return { status: 'reversed' };
  }

  const active = await records.activateEnforcement({ enforcementId });
  if (!active) return { status: 'cancelled' };
  state.status = 'active';
  await notify('enforcement.active', active);
  if (!active.endsAt) return { status: 'active' }; // until lifted on appeal
  await sleep(Math.max(1, Date.parse(active.endsAt) - Date.now()));
  if (await records.endEnforcement({ enforcementId })) {
    state.status = 'ended';
    await notify('enforcement.ended', { ...active, status: 'ended' });
  }
  return { status: state.status };
}
