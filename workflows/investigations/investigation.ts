/**
 * An investigation of one seller: the first report, anomaly or screening hit starts it, later ones
 * join it while it is open. A reviewer ends it with no action or an enforcement action the reviewer
 * decides (and writes the statement of reasons for), which then runs its own course.
 *
 * A screening hit stops the money first (domain/screening/sanctions-hold.ts): payouts held and sales
 * paused before anything else, the task at the top of the queue with its own SLA; a decision of no
 * action (the match cleared) lifts the hold, an enforcement keeps the funds held under it.
 */
import { ParentClosePolicy, condition, patched, setHandler, startChild } from '@temporalio/workflow';
import { SANCTIONS_HIT_SLA_HOURS } from '../../domain/screening/sanctions-hold';
import { newWorkflowId } from '../shared/ids';
import { caseDecisionRefusal } from '../../domain/review/case-claims';
import { slaHoursFor, type InvestigationDecision, type InvestigationSignal, type ReportFiling } from '../../domain/investigations/investigations';
import type { Actor } from '../../domain/shared/actor';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { notifications, records } from '../shared/activities';
import { caseStateQuery, type CaseState } from '../review/case-messages';
import { decideInvestigationUpdate, investigationSignal } from './messages';
import { caseTask } from '../review/case-review';
import { acceptAdjudications } from '../review/adjudications';
import { refuse } from '../shared/refusals';
import { enforcementAction } from '../enforcement/enforcement';

export interface InvestigationInput {
  investigationId: string;
  sellerId: string;
}

export async function investigation({ investigationId, sellerId }: InvestigationInput): Promise<{ outcome: InvestigationDecision['outcome']; enforcementId?: string; groupEnforcementIds?: string[] }> {
  const state: CaseState = { status: 'open' };
  const arrived: InvestigationSignal[] = [];
  let absorbed = 0;
  let decided: { actor: Actor; decision: InvestigationDecision } | undefined;
  const filings = new Map<string, ReportFiling>();
  setHandler(investigationSignal, (signal, filing) => {
    arrived.push(signal);
    if (filing && signal.source === 'report') filings.set(signal.reportId, filing);
  });
  // The SLA follows the first signals: an urgent report category makes it a day.
  await condition(() => arrived.length > 0);
  const categories = arrived.flatMap((s) => (s.source === 'report' ? [s.category] : []));
  // Added after the first release: a screening hit holds payouts and sales at once.
  const holding = patched('sanctions-hold');
  const hitSignal = arrived.find((s) => s.source === 'screening_hit');
  const hit = hitSignal !== undefined;
  let holdId: string | undefined;
  const holdFor = async (signal: InvestigationSignal) => {
    if (!holding || holdId || signal.source !== 'screening_hit') return;
    const hold = await records.placeSanctionsHold({ investigationId, sellerId, listVersion: signal.listVersion, entryIds: signal.entryIds });
    holdId = hold.holdId;
    if (hold.placed) {
      await notifications.publishEvent({
        eventId: newWorkflowId('event'),
        type: 'enforcement.active',
        sellerId,
        data: { enforcementId: hold.holdId, type: 'sanctions_hold', status: 'active', restrictions: { payouts: false, selling: false }, reviewPending: true },
      });
    }
  };
  const task = caseTask({
    kind: 'investigation',
    sellerId,
    subjectId: investigationId,
    queue: 'investigations',
    priority: hit ? (holding ? 0 : 1) : 2,
    reasons: [...new Set(arrived.map((s) => (s.source === 'report' ? `report_${s.category}` : s.source)))],
    // A hit's SLA is configuration (SANCTIONS_HIT_SLA_HOURS), carried by the signal so the workflow stays deterministic.
    slaHours: hit && holding ? (hitSignal.source === 'screening_hit' && hitSignal.slaHours) || SANCTIONS_HIT_SLA_HOURS : slaHoursFor(categories),
    excludedReviewers: [],
  });
  setHandler(caseStateQuery, () => ({ ...state, reviewTask: task.live.task }));
  acceptAdjudications(() => task.live.task);
  setHandler(
    decideInvestigationUpdate,
    async ({ actor, decision }) => {
      task.decided(actor);
      decided = { actor, decision };
      return { status: 'decided' };
    },
    { validator: ({ taskId, actor }) => refuse(caseDecisionRefusal(task.live.task, taskId, actor, [])) },
  );

  // The hold comes first, before the case is even recorded (the handlers above are set already).
  for (const signal of arrived) await holdFor(signal);
  await records.openInvestigation({ investigationId, sellerId });
  // Everything that arrives until the decision joins the case record.
  const absorber = (async () => {
    for (;;) {
      await condition(() => absorbed < arrived.length || decided !== undefined);
      while (absorbed < arrived.length) {
        const signal = arrived[absorbed++];
        const filing = signal.source === 'report' ? filings.get(signal.reportId) : undefined;
        if (filing && patched('report-recorded-by-workflow')) await records.recordReport(filing);
        await records.addInvestigationSignal({ investigationId, signal });
        await holdFor(signal);
      }
      if (decided) return;
    }
  })();
  const taskId = await task.openAndAwait(() => decided !== undefined);
  await absorber;
  const { actor, decision } = decided!;
  const { enforcementId, group } = await records.decideInvestigation({ investigationId, sellerId, decision, actor, signals: arrived });
  await records.closeReviewTask({ taskId, decision: { outcome: decision.outcome, reasons: [...decision.reasons], rootCause: decision.rootCause } });
  state.status = 'closed';
  // Cleared: the hold ends by the reviewer's decision. Enforced: the funds stay held under it.
  if (holdId && decision.outcome === 'no_action') {
    await records.liftSanctionsHold({ holdId, actor });
    await notifications.publishEvent({ eventId: newWorkflowId('event'), type: 'enforcement.ended', sellerId, data: { enforcementId: holdId, type: 'sanctions_hold', status: 'ended' } });
  }
  if (enforcementId) {
    await startChild(enforcementAction, { workflowId: enforcementWorkflowId(enforcementId), args: [{ enforcementId, sellerId }], parentClosePolicy: ParentClosePolicy.ABANDON });
  }
  // An enforcement on the account group (added after the first release): each member's action runs in its own workflow.
  if (group && group.length > 0 && patched('group-enforcement')) {
    for (const member of group) {
      await startChild(enforcementAction, { workflowId: enforcementWorkflowId(member.enforcementId), args: [member], parentClosePolicy: ParentClosePolicy.ABANDON });
    }
  }
  return { outcome: decision.outcome, enforcementId, ...(group && group.length > 0 ? { groupEnforcementIds: group.map((m) => m.enforcementId) } : {}) };
}
