/**
 * One after-sales dispute, on the rules version it was opened under (domain/disputes/rules.ts).
 * Below the rule's amount it is refunded at once. Otherwise the seller has the rule's window to
 * accept or contest: no answer refunds the buyer, acceptance refunds the buyer, a contest goes to a
 * platform decision by a reviewer within the rule's SLA. The marketplace is told at each step (its
 * webhooks reach the seller and the buyer). After the resolution either side may ask, once and
 * within the appeal window, for a review by another reviewer, whose outcome overturns the first
 * when it differs: what the rule report counts.
 */
import { condition, setHandler } from '@temporalio/workflow';
import { automaticReasons, faultlessReasons } from '../../domain/disputes/codes';
import type { DisputeAppeal, DisputeDecision, DisputeProcessInput, DisputeResolution, DisputeStatus, SellerResponse } from '../../domain/disputes/disputes';
import { DISPUTE_APPEAL_DAYS, disputePath, sellerAtFault } from '../../domain/disputes/rules';
import type { EventType } from '../../domain/notifications/notifications';
import { caseDecisionRefusal } from '../../domain/review/case-claims';
import type { Actor } from '../../domain/shared/actor';
import { caseTask, type CaseTaskSpec } from '../review/case-review';
import { notifications, records } from '../shared/activities';
import { newWorkflowId } from '../shared/ids';
import { recordedUpdate } from '../shared/messages';
import { refuse } from '../shared/refusals';
import { appealDisputeUpdate, decideDisputeUpdate, disputeStateQuery, respondToDisputeUpdate, withdrawDisputeSignal } from './messages';

const DAY = 86_400_000;

export async function dispute({
  disputeId,
  filing,
  rulesVersion,
}: DisputeProcessInput): Promise<{ outcome: DisputeResolution['outcome']; finalOutcome: DisputeResolution['outcome']; decidedBy: string; overturned: boolean }> {
  const d = filing.dispute;
  const sellerId = d.sellerId;
  const path = disputePath(rulesVersion, d);
  const respondBy = path.path === 'seller_response' ? new Date(Date.now() + path.sellerResponseDays * DAY).toISOString() : null;
  const state: { status: DisputeStatus; appealableUntil?: string } = { status: path.path === 'auto_refund' ? 'resolved' : 'awaiting_seller' };
  let recorded = false;
  let response: { response: SellerResponse; actor: Actor } | undefined;
  let decided: { actor: Actor; decision: DisputeDecision } | undefined;
  let appeal: { appeal: DisputeAppeal; actor: Actor } | undefined;
  let withdrawn = false;
  // The answer and the appeal are recorded by the process before their Updates complete, so the API's reply reads them.
  let answerRecorded = false;
  let appealRecorded = false;
  const spec: CaseTaskSpec = {
    kind: 'dispute',
    sellerId,
    subjectId: disputeId,
    queue: 'disputes',
    priority: 2,
    reasons: [`dispute_${d.scenario}`],
    slaHours: path.path === 'seller_response' ? path.decisionSlaHours : 48,
    excludedReviewers: [],
  };
  const task = caseTask(spec);

  setHandler(recordedUpdate, () => condition(() => recorded));
  setHandler(disputeStateQuery, () => ({ ...state, respondBy, reviewTask: task.live.task }));
  setHandler(withdrawDisputeSignal, () => {
    if (state.status === 'awaiting_seller' || state.status === 'in_review') withdrawn = true;
  });
  setHandler(
    respondToDisputeUpdate,
    async (answer) => {
      response = answer;
      state.status = answer.response.answer === 'contest' ? 'in_review' : state.status;
      await condition(() => answerRecorded);
      return { status: state.status };
    },
    { validator: (_answer) => refuse(state.status === 'awaiting_seller' && !response && !withdrawn ? undefined : 'dispute_not_awaiting_seller') },
  );
  setHandler(
    decideDisputeUpdate,
    async ({ actor, decision }) => {
      task.decided(actor);
      decided = { actor, decision };
      return { status: state.status };
    },
    { validator: ({ taskId, actor }) => refuse(caseDecisionRefusal(task.live.task, taskId, actor, spec.excludedReviewers)) },
  );
  setHandler(
    appealDisputeUpdate,
    async (a) => {
      appeal = a;
      state.status = 'appealed';
      await condition(() => appealRecorded);
      return { status: state.status };
    },
    { validator: (_appeal) => refuse(state.status === 'resolved' && state.appealableUntil && !appeal ? undefined : 'dispute_not_appealable') },
  );

  const tell = (type: EventType, data: Record<string, unknown>) =>
    notifications.publishEvent({ eventId: newWorkflowId('event'), type, sellerId, data: { disputeId, orderId: d.orderId, audience: ['seller', 'buyer'], ...data } });
  const reviewerResolution = async (): Promise<DisputeResolution | undefined> => {
    decided = undefined;
    const taskId = await task.openAndAwait(() => decided !== undefined || withdrawn);
    // Set by the decision's handler while the task was open.
    const made = decided as { actor: Actor; decision: DisputeDecision } | undefined;
    const taken = made && { outcome: made.decision.outcome, reasons: [...made.decision.reasons], rootCause: made.decision.rootCause };
    await records.closeReviewTask({ taskId, status: made ? 'decided' : 'cancelled', ...(taken ? { decision: taken } : {}) });
    if (!made) return undefined;
    const { actor, decision } = made;
    return { outcome: decision.outcome, reasons: [...decision.reasons], decidedBy: 'reviewer', actor, note: decision.note, ...(decision.refund ? { refund: decision.refund } : {}) };
  };

  await records.recordDispute({ filing, rulesVersion, path, respondBy });
  recorded = true;
  await tell('dispute.opened', { scenario: d.scenario, path: path.path, ruleId: path.ruleId, rulesVersion, respondBy, explanation: path.explanation });

  let first: DisputeResolution;
  if (path.path === 'auto_refund') {
    first = { outcome: 'buyer_favour', reasons: [automaticReasons.rule], decidedBy: 'rule' };
  } else {
    const answered = await condition(() => response !== undefined || withdrawn, respondBy ? Date.parse(respondBy) - Date.now() : 0);
    if (response) await records.recordSellerResponse({ disputeId, ...response });
    answerRecorded = true;
    if (withdrawn) first = { outcome: 'withdrawn', reasons: [automaticReasons.buyer], decidedBy: 'buyer' };
    else if (!answered) first = { outcome: 'buyer_favour', reasons: [automaticReasons.deadline], decidedBy: 'deadline' };
    else if (response!.response.answer === 'accept') first = { outcome: 'buyer_favour', reasons: [automaticReasons.seller], decidedBy: 'seller', actor: response!.actor };
    else {
      state.status = 'in_review';
      await tell('dispute.escalated', { to: 'platform_decision', slaHours: spec.slaHours });
      first = (await reviewerResolution()) ?? { outcome: 'withdrawn', reasons: [automaticReasons.buyer], decidedBy: 'buyer' };
    }
  }
  const faultOf = (r: DisputeResolution) => (r.outcome === 'withdrawn' ? null : sellerAtFault(r.outcome, r.reasons, faultlessReasons));
  await records.resolveDispute({ disputeId, resolution: first, sellerFault: faultOf(first), stage: 'first' });
  state.status = 'resolved';
  const refundOf = (r: DisputeResolution) => (r.outcome === 'buyer_favour' ? d.amount : (r.refund ?? null));
  await tell('dispute.resolved', { outcome: first.outcome, reasons: first.reasons, decidedBy: first.decidedBy, refund: refundOf(first), final: first.outcome === 'withdrawn' });
  if (first.outcome === 'withdrawn') {
    await records.closeDispute({ disputeId });
    state.status = 'closed';
    return { outcome: first.outcome, finalOutcome: first.outcome, decidedBy: first.decidedBy, overturned: false };
  }
  const buyerWon = (r: DisputeResolution) => r.outcome === 'buyer_favour' || r.outcome === 'partial_refund';
  await records.raiseDisputeSignals({ disputeId, sellerId, scenario: d.scenario, investigate: path.path === 'seller_response' && path.investigateWhenBuyerWins && buyerWon(first) });

  // The appeal window: one review by another reviewer, on either side's request.
  state.appealableUntil = new Date(Date.now() + DISPUTE_APPEAL_DAYS * DAY).toISOString();
  if (!(await condition(() => appeal !== undefined, DISPUTE_APPEAL_DAYS * DAY))) {
    await records.closeDispute({ disputeId });
    state.status = 'closed';
    return { outcome: first.outcome, finalOutcome: first.outcome, decidedBy: first.decidedBy, overturned: false };
  }
  await records.appealDispute({ disputeId, ...appeal! });
  appealRecorded = true;
  await tell('dispute.appealed', { by: appeal!.appeal.by });
  if (first.actor && first.decidedBy === 'reviewer') spec.excludedReviewers.push(first.actor.id);
  spec.reasons = [`dispute_${d.scenario}`, `appeal_by_${appeal!.appeal.by}`];
  spec.slaHours = 48;
  const final = (await reviewerResolution())!;
  await records.resolveDispute({ disputeId, resolution: final, sellerFault: faultOf(final), stage: 'appeal' });
  state.status = 'closed';
  await tell('dispute.resolved', { outcome: final.outcome, reasons: final.reasons, decidedBy: final.decidedBy, refund: refundOf(final), final: true, overturned: final.outcome !== first.outcome });
  if (buyerWon(final) && !buyerWon(first))
    await records.raiseDisputeSignals({ disputeId, sellerId, scenario: d.scenario, investigate: path.path === 'seller_response' && path.investigateWhenBuyerWins });
  return { outcome: first.outcome, finalOutcome: final.outcome, decidedBy: first.decidedBy, overturned: final.outcome !== first.outcome };
}
