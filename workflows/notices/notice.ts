/**
 * One notice of illegal content (DSA Art. 16) from receipt to decision. The notice is recorded and
 * its receipt confirmed (Art. 16(4)); a notifier whose notices are suspended (Art. 23(2)) has it set
 * aside; otherwise it waits in the notices queue, a trusted flagger's first and with its own SLA
 * (Art. 22(1)). The reviewer's decision acts on the listing at once (and the marketplace is told
 * which, through the signed webhook) or on the seller (through its enforcement workflow), the
 * notifier is told the outcome and the redress (Art. 16(5)), and the misuse policy of Art. 23 looks
 * at the seller and the notifier.
 */
import { ParentClosePolicy, condition, setHandler, startChild } from '@temporalio/workflow';
import { misuseStep, notifierThreshold, sellerThreshold } from '../../domain/notices/misuse-policy';
import { noticePriority, type NoticeDecision, type NoticeProcessInput } from '../../domain/notices/notices';
import { caseDecisionRefusal } from '../../domain/review/case-claims';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { enforcementAction } from '../enforcement/enforcement';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { caseTask } from '../review/case-review';
import { newWorkflowId } from '../shared/ids';
import { recordedUpdate } from '../shared/messages';
import { notifications, records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { decideNoticeUpdate } from './messages';

const DAY = 86_400_000;

export async function notice(input: NoticeProcessInput): Promise<{ status: 'decided' | 'set_aside'; outcome?: NoticeDecision['outcome']; enforcementId?: string; measures: string[] }> {
  const { noticeId, sellerId, filing, policy } = input;
  const trusted = filing.trustedFlaggerId !== undefined;
  const state: CaseState = { status: 'received' };
  let recorded = false;
  let decided: { actor: Actor; decision: NoticeDecision } | undefined;
  const measures: string[] = [];
  setHandler(recordedUpdate, () => condition(() => recorded));
  const task = caseTask({
    kind: 'notice',
    sellerId,
    subjectId: noticeId,
    queue: 'notices',
    priority: noticePriority(trusted),
    reasons: [`notice_${filing.notice.category}`, ...(trusted ? ['trusted_flagger'] : [])],
    slaHours: trusted ? input.slaHours.trustedFlagger : input.slaHours.notice,
    excludedReviewers: [],
  });
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task.live.task }));
  setHandler(
    decideNoticeUpdate,
    async ({ actor, decision }) => {
      task.decided(actor);
      decided = { actor, decision };
      return { status: 'decided' };
    },
    {
      validator: ({ taskId, actor, decision }) =>
        refuse(
          caseDecisionRefusal(task.live.task, taskId, actor, []) ??
            (decision.action?.type.startsWith('listing_') && filing.notice.target.type !== 'listing' ? 'listing_action_needs_listing' : undefined),
        ),
    },
  );

  const { notifierKey, setAsideUntil } = await records.recordNotice(filing);
  recorded = true;
  await notifications.sendNotifierMessage({ noticeId, kind: 'receipt' });
  if (setAsideUntil) {
    await records.setNoticeAside({ noticeId, actor: systemActor, until: setAsideUntil });
    await notifications.sendNotifierMessage({ noticeId, kind: 'set_aside', until: setAsideUntil });
    state.status = 'set_aside';
    return { status: 'set_aside', measures };
  }
  await records.markNoticeInReview({ noticeId });
  state.status = 'in_review';
  const taskId = await task.openAndAwait(() => decided !== undefined);
  const { actor, decision } = decided!;
  const { enforcementId, listing } = await records.decideNotice({ noticeId, decision, actor });
  await records.closeReviewTask({ taskId, decision: { outcome: decision.outcome, reasons: [...decision.reasons], rootCause: decision.rootCause } });
  state.status = 'decided';
  if (listing) {
    // The marketplace acts on the listing: the webhook names it and carries the action's statement ID.
    await notifications.publishEvent({ eventId: newWorkflowId('event'), type: 'listing.action', sellerId, data: { noticeId, enforcementId, listingId: listing.id, action: listing.action } });
  } else if (enforcementId) {
    await startChild(enforcementAction, { workflowId: enforcementWorkflowId(enforcementId), args: [{ enforcementId, sellerId }], parentClosePolicy: ParentClosePolicy.ABANDON });
  }
  await notifications.sendNotifierMessage({ noticeId, kind: 'decision', outcome: decision.outcome, reasons: [...decision.reasons] });

  // Art. 23(1): a seller who frequently provides manifestly illegal content is warned, then suspended.
  if (decision.manifestlyIllegal) {
    const counts = await records.sellerMisuseCounts({ sellerId, windowDays: policy.windowDays });
    const step = misuseStep(counts, sellerThreshold(policy), policy.suspensionDays);
    if (step.step !== 'none') {
      const measure = await records.proposeMisuseMeasure({ noticeId, sellerId, step: step.step, policy, counts, reasons: [...decision.reasons] });
      measures.push(`seller_${step.step}`);
      await startChild(enforcementAction, {
        workflowId: enforcementWorkflowId(measure.enforcementId),
        args: [{ enforcementId: measure.enforcementId, sellerId }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
  }
  // Art. 23(2): a notifier who frequently sends manifestly unfounded notices is warned, then their notices set aside.
  if (decision.manifestlyUnfounded && notifierKey) {
    const counts = await records.notifierMisuseCounts({ notifierKey, windowDays: policy.windowDays });
    const step = misuseStep(counts, notifierThreshold(policy), policy.suspensionDays);
    if (step.step !== 'none') {
      const until = step.step === 'suspension' ? new Date(Date.now() + step.days * DAY).toISOString() : undefined;
      await records.recordNotifierMeasure({ noticeId, notifierKey, step: step.step, until, actor: systemActor });
      measures.push(`notifier_${step.step}`);
      await notifications.sendNotifierMessage({ noticeId, kind: step.step === 'warning' ? 'misuse_warning' : 'misuse_suspension', until });
    }
  }
  return { status: 'decided', outcome: decision.outcome, enforcementId, measures };
}
