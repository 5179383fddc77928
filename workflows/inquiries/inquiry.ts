/**
 * A regulator's inquiry: the response package is assembled within the legal basis, then a
 * compliance officer approves it (a second, different one when identity documents go out) or
 * declines it with the reason. Before the due time the task escalates. The regulator sees when it
 * was acted on, and reads the package once approved.
 */
import { condition, patched, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import type { InquiryFiling } from '../../activities/inquiries/inquiries';
import { ESCALATE_BEFORE_HOURS, needsSecondApprover, type InquiryDecision } from '../../domain/inquiries/inquiries';
import type { Actor } from '../../domain/shared/actor';
import { claimRefusal, type ReviewTaskState } from '../../domain/review/review';
import { notifications, records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { acceptClaims } from '../review/claims';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { decideInquiryUpdate } from './messages';
import { recordedUpdate } from '../shared/messages';

const HOUR = 3_600_000;

export interface InquiryInput {
  inquiryId: string;
  dueAt: string;
  categories: string[];
  /**
   * The order as received. The workflow records it (one writer per fact), so a regulator's retry
   * after a 503 files it once. Absent in workflows started before it, whose API wrote the row.
   */
  filing?: InquiryFiling;
}

export async function inquiry({ inquiryId, dueAt, categories, filing }: InquiryInput): Promise<{ status: 'answered' | 'declined' }> {
  const twoApprovers = needsSecondApprover(categories);
  const state: CaseState = { status: 'received' };
  let task: ReviewTaskState | undefined;
  const approvals: Array<{ actor: Actor; at: string }> = [];
  let outcome: { status: 'answered' | 'declined'; note: string; by: Actor } | undefined;

  const onlyComplianceOfficers = (actor: Actor) => (actor.role !== 'compliance_officer' ? ('compliance_officer_required' as const) : undefined);
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task }));
  acceptClaims({ get: () => task, set: (t) => (task = t) }, (current, taskId, actor) => onlyComplianceOfficers(actor) ?? claimRefusal(current, taskId, actor));
  setHandler(
    decideInquiryUpdate,
    async ({ taskId, actor, decision }: { taskId: string; actor: Actor; decision: InquiryDecision }) => {
      const at = new Date().toISOString();
      if (decision.outcome === 'decline') {
        outcome = { status: 'declined', note: decision.note, by: actor };
      } else {
        approvals.push({ actor, at });
        if (twoApprovers && approvals.length === 1) {
          // Four eyes: back to the queue for a second compliance officer.
          const firstReview = { actor, decision: { outcome: 'approve', reasons: ['inquiry_approved'], note: decision.note }, decidedAt: at } as NonNullable<ReviewTaskState['firstReview']>;
          task = { taskId, status: 'awaiting_second_review', firstReview };
          await records.recordFirstReview({ taskId, firstReview });
          return { status: 'awaiting_approval', awaitingSecondApproval: true };
        }
        outcome = { status: 'answered', note: decision.note, by: actor };
      }
      task = { ...task!, status: 'decided' };
      return { status: outcome.status };
    },
    {
      validator: ({ taskId, actor }) => {
        refuse(onlyComplianceOfficers(actor));
        if (!task || task.taskId !== taskId || task.status !== 'claimed' || task.assignee?.id !== actor.id) refuse('review_task_not_claimed_by_caller');
        if (task?.firstReview?.actor.id === actor.id) refuse('four_eyes_same_reviewer');
      },
    },
  );

  if (filing && patched('inquiry-recorded-by-workflow')) {
    let recorded = false;
    setHandler(recordedUpdate, () => condition(() => recorded));
    await records.recordInquiry({ inquiryId, ...filing });
    recorded = true;
  }
  await records.assembleInquiryResponse({ inquiryId });
  state.status = 'awaiting_approval';
  const taskId = newWorkflowId('reviewTask');
  const untilDue = Date.parse(dueAt) - Date.now();
  // Escalate 48 hours before the due time, or halfway for a deadline shorter than four days.
  const untilEscalation = Math.max(1, untilDue - Math.min(ESCALATE_BEFORE_HOURS * HOUR, untilDue / 2));
  await records.openCaseTask({
    taskId,
    kind: 'inquiry',
    workflowId: workflowInfo().workflowId,
    subjectId: inquiryId,
    queue: 'inquiries',
    priority: 1,
    reasons: categories,
    slaHours: untilEscalation / HOUR,
    excludedReviewers: [],
  });
  task = { taskId, status: 'open' };
  if (!(await condition(() => outcome !== undefined, untilEscalation))) {
    await records.escalateReviewTask({ taskId });
    await records.escalateInquiry({ inquiryId });
    await condition(() => outcome !== undefined);
  }
  await records.concludeInquiry({ inquiryId, status: outcome!.status, approvals, decidedBy: outcome!.by, note: outcome!.note });
  await records.closeReviewTask({ taskId });
  state.status = outcome!.status;
  // The seller is told of the order and the effect given to it, when the order allows (DSA Art. 9(5)/10(5)).
  if (patched('inquiry-seller-notice')) {
    const notice = await records.inquirySellerNotice({ inquiryId });
    if (notice.at) {
      const wait = Date.parse(notice.at) - Date.now();
      if (wait > 0) await sleep(wait);
      for (const sellerId of notice.sellerIds) {
        await notifications.publishEvent({
          eventId: newWorkflowId('event'),
          type: 'inquiry.order_received',
          sellerId,
          data: { inquiryId, authority: notice.authority, legalBasis: notice.legalBasis, effect: notice.effect, categories: notice.categories },
        });
      }
      await records.markSellersNotified({ inquiryId });
    }
  }
  return { status: outcome!.status };
}
