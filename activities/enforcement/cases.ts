/**
 * Side effects of enforcement actions and appeals: their moves through their states, their review
 * tasks, and the review cycle's hand-over to the enforcement workflows.
 */
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { recordAppeal, recordAppealDecision } from '../../db/appeals/appeals';
import { openBlockingReportFor } from '../screening/blocking-reports';
import { startReconsideration } from '../onboarding/reconsideration';
import {
  activateEnforcement,
  beginEnforcement,
  cancelEnforcement,
  confirmEnforcement,
  declineEnforcement,
  endEnforcement,
  enforcementDispatch,
  findEnforcement,
  liftEnforcement,
  placeSanctionsHold,
  reverseEnforcement,
  type EnforcementRow,
} from '../../db/enforcement/enforcements';
import { proposeEnforcement } from '../../db/enforcement/proposals';
import { findGroupLinks, findGroupMembers, linkKindsBetween } from '../../db/account-groups/groups';
import { groupMemberStatement } from '../../domain/account-groups/group-statement';
import { sanctionsHoldStatement } from '../../domain/screening/sanctions-hold';
import { addSignal, caseSource, closeInvestigation, openInvestigation, recordReport } from '../../db/investigations/investigations';
import { closeReviewTask, openCaseTask, type NewCaseTask, type TaskDecision } from '../../db/review/review-tasks';
import { routeToInvestigator, sampleForQuality } from '../operations/assignment';
import { REDRESS, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import type { InvestigationDecision, InvestigationSignal, ReportFiling } from '../../domain/investigations/investigations';
import type { AppealDecision } from '../../domain/appeals/appeals';
import { derivedId } from '../../domain/shared/ids';
import type { Actor } from '../../domain/shared/actor';
import { ladderStep } from '../../domain/performance/policy';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { cancelEnforcementSignal } from '../../workflows/enforcement/messages';
import type { ActivityDeps } from '../shared/deps';
import { findAnomalies } from '../../db/performance/performance';
import { signalInvestigation } from '../../temporal/investigations';

/** What the workflows need of an action: plain values (dates as ISO strings). */
export interface EnforcementView {
  enforcementId: string;
  sellerId: string;
  type: EnforcementRow['type'];
  status: EnforcementRow['status'];
  effectiveAt: string | null;
  endsAt: string | null;
  appealableUntil: string | null;
  facts: string[];
  grounds: string[];
}

const view = (row: EnforcementRow): EnforcementView => ({
  enforcementId: row.id,
  sellerId: row.seller_id,
  type: row.type,
  status: row.status,
  effectiveAt: row.effective_at ? new Date(row.effective_at).toISOString() : null,
  endsAt: row.ends_at ? new Date(row.ends_at).toISOString() : null,
  appealableUntil: row.appealable_until ? new Date(row.appealable_until).toISOString() : null,
  facts: row.statement.facts,
  grounds: row.statement.ground.references,
});

export function createCaseActivities({ db, reviewSlaHours, temporal, enforcementNoticeHours, qaSampleRate }: ActivityDeps) {
  const current = async (id: string) => view((await findEnforcement(db, id))!);
  return {
    async beginEnforcement({ enforcementId }: { enforcementId: string }): Promise<EnforcementView> {
      return view(await beginEnforcement(db, enforcementId, enforcementNoticeHours));
    },
    async confirmEnforcement({ enforcementId, actor, note }: { enforcementId: string; actor: Actor; note?: string }): Promise<EnforcementView> {
      await confirmEnforcement(db, enforcementId, actor, note, enforcementNoticeHours);
      return current(enforcementId);
    },
    async declineEnforcement({ enforcementId, actor, note }: { enforcementId: string; actor: Actor; note?: string }): Promise<void> {
      await declineEnforcement(db, enforcementId, actor, note);
    },
    async cancelEnforcement({ enforcementId, reason }: { enforcementId: string; reason: string }): Promise<void> {
      await cancelEnforcement(db, enforcementId, reason);
    },
    /** Undefined when the action was called off in the meantime (its state says so). */
    async activateEnforcement({ enforcementId }: { enforcementId: string }): Promise<EnforcementView | undefined> {
      const row = await activateEnforcement(db, enforcementId);
      return row ? view(row) : undefined;
    },
    async endEnforcement({ enforcementId }: { enforcementId: string }): Promise<boolean> {
      return (await endEnforcement(db, enforcementId)) !== undefined;
    },
    /** Opens the task and, for the investigators' kinds, routes it to one on shift with the skills (activities/operations/assignment.ts). */
    async openCaseTask(task: Omit<NewCaseTask, 'slaHours'> & { slaHours?: number }): Promise<{ slaDueAt: string }> {
      const slaDueAt = await openCaseTask(db, { ...task, slaHours: task.slaHours ?? reviewSlaHours });
      await routeToInvestigator(db, task.taskId);
      return { slaDueAt };
    },
    /** Closes the task; with the decision, keeps it on the task and may sample it for a second review. */
    async closeReviewTask({ taskId, status, decision }: { taskId: string; status?: 'decided' | 'cancelled'; decision?: TaskDecision }): Promise<void> {
      await closeReviewTask(db, taskId, status, decision);
      if (decision && (status ?? 'decided') === 'decided') await sampleForQuality(db, temporal, qaSampleRate ?? 0, { taskId, outcome: decision.outcome, reasons: decision.reasons });
    },

    /**
     * An appeal's decision and what it changes. Overturn: the action is reversed (the seller
     * reinstated), or the rejected application approved. Modify: reversed and replaced by the
     * lighter action named, returned so the workflow starts it.
     */
    /** The appeal as filed, written by its own workflow so that a filing the API could not start leaves nothing behind. */
    async recordAppeal(input: {
      appealId: string;
      sellerId: string;
      subject: { type: 'enforcement' | 'application'; id: string };
      statement: string;
      evidence: string[];
      slaDueAt: string;
      filedBy: Actor;
      requestId?: string;
    }): Promise<void> {
      const { appealId, sellerId, subject, statement, evidence, slaDueAt, filedBy, requestId } = input;
      await recordAppeal(db, { id: appealId, seller_id: sellerId, subject_type: subject.type, subject_id: subject.id, statement, evidence, sla_due_at: new Date(slaDueAt) }, filedBy, requestId);
    },
    async decideAppeal(input: {
      appealId: string;
      sellerId: string;
      subject: { type: 'enforcement' | 'application'; id: string };
      decision: AppealDecision;
      actor: Actor;
    }): Promise<{ replacementId?: string; reconsiderationId?: string }> {
      const { appealId, subject, decision, actor } = input;
      await recordAppealDecision(db, appealId, decision, actor);
      if (decision.outcome === 'uphold') return {};
      if (subject.type === 'application') {
        // An application has no lighter form: modify and overturn both reconsider it, as a new application
        // with the same data, checked afresh and decided by a reviewer under the four-eyes rules.
        return { reconsiderationId: await startReconsideration({ db, temporal }, appealId, subject.id, actor) };
      }
      const original = await reverseEnforcement(db, subject.id, actor, appealId);
      if (decision.outcome === 'overturn' || !original || !decision.replaceWith) return {};
      const step = ladderStep(decision.replaceWith)!;
      const replacementId = derivedId('enforcement', appealId, decision.replaceWith);
      await db('enforcement_actions')
        .insert({
          id: replacementId,
          seller_id: original.seller_id,
          type: decision.replaceWith,
          status: 'proposed',
          statement: JSON.stringify({
            ...original.statement,
            scope: { type: step.level, restrictions: step.restrictions },
            duration: { noticeHours: step.noticeHours, durationDays: step.durationDays ?? null },
            automatedDecision: 'not_automated',
            facts: [...original.statement.facts, `Replaced on appeal ${appealId}: ${decision.note}`],
          }),
          restrictions: JSON.stringify(step.restrictions),
          automated_detection: original.automated_detection,
          automated_decision: false,
          source: 'appeal',
          source_id: appealId,
        })
        .onConflict('id')
        .ignore();
      return { replacementId };
    },

    /** Payouts held and sales paused at once on a screening hit; the hold's ID derives from the investigation. */
    async placeSanctionsHold({
      investigationId,
      sellerId,
      listVersion,
      entryIds,
    }: {
      investigationId: string;
      sellerId: string;
      listVersion?: string;
      entryIds: string[];
    }): Promise<{ holdId: string; placed: boolean }> {
      const holdId = derivedId('enforcement', investigationId, 'sanctions_hold');
      const placed = await placeSanctionsHold(db, { id: holdId, sellerId, investigationId, statement: sanctionsHoldStatement({ listVersion, entryIds }), entryIds });
      return { holdId, placed };
    },
    /** The match was cleared: the hold ends, by the reviewer's decision. */
    async liftSanctionsHold({ holdId, actor }: { holdId: string; actor: Actor }): Promise<void> {
      await liftEnforcement(db, holdId, actor, 'the potential sanctions match was cleared');
    },
    async openInvestigation({ investigationId, sellerId }: { investigationId: string; sellerId: string }): Promise<void> {
      await openInvestigation(db, investigationId, sellerId);
    },
    /** A report as filed, written by the investigation it joins: once, however often it is sent. */
    async recordReport({ reportId, report, receivedBy, requestId }: ReportFiling): Promise<void> {
      await recordReport(db, reportId, report, receivedBy, requestId);
    },
    async addInvestigationSignal({ investigationId, signal }: { investigationId: string; signal: InvestigationSignal }): Promise<void> {
      await addSignal(db, investigationId, signal);
    },
    /** Closes the case; with enforce, records the action the investigator decided, for its workflow to run. */
    async decideInvestigation(input: {
      investigationId: string;
      sellerId: string;
      decision: InvestigationDecision;
      actor: Actor;
      signals: InvestigationSignal[];
    }): Promise<{ enforcementId?: string; group?: { enforcementId: string; sellerId: string }[] }> {
      const { investigationId, sellerId, decision, actor } = input;
      const action = decision.action;
      if (!action) {
        await closeInvestigation(db, investigationId, decision, actor);
        return {};
      }
      const step = ladderStep(action.type as EnforcementRow['type'])!;
      const enforcementId = derivedId('enforcement', investigationId, action.type);
      const statement: StatementOfReasons = {
        facts: action.facts,
        ground: { type: action.ground.type, references: [action.ground.reference], explanation: action.ground.explanation },
        // Reports come from people; anomalies and screening hits from our own automated monitoring.
        automatedDetection: input.signals.some((s) => s.source !== 'report'),
        automatedDecision: 'not_automated',
        scope: { type: step.level, restrictions: step.restrictions },
        duration: { noticeHours: step.noticeHours, durationDays: step.durationDays ?? null },
        redress: REDRESS,
        policyVersion: 'investigation',
        reasons: [...decision.reasons],
        source: {
          type: await caseSource(
            db,
            input.signals.flatMap((s) => (s.source === 'report' ? [s.reportId] : [])),
          ),
        },
      };
      const type = action.type as EnforcementRow['type'];
      await proposeEnforcement(db, { id: enforcementId, sellerId, type, statement, decidedBy: actor, source: 'investigation', sourceId: investigationId });
      // The whole account group: each linked seller still trading gets the action, with its own statement.
      const group: { enforcementId: string; sellerId: string }[] = [];
      if (action.scope === 'group') {
        const members = await findGroupMembers(db, sellerId);
        const links = await findGroupLinks(db, members);
        const open = await db('sellers').whereIn('id', members).whereNot({ id: sellerId }).whereIn('status', ['active', 'onboarding', 'suspended']).orderBy('id').select('id');
        for (const member of open) {
          const memberId = derivedId('enforcement', investigationId, action.type, member.id);
          await proposeEnforcement(db, {
            id: memberId,
            sellerId: member.id,
            type,
            statement: groupMemberStatement(statement, linkKindsBetween(links, sellerId, member.id)),
            decidedBy: actor,
            source: 'investigation',
            sourceId: investigationId,
          });
          group.push({ enforcementId: memberId, sellerId: member.id });
        }
      }
      await closeInvestigation(db, investigationId, decision, actor, enforcementId);
      // A confirmed match: the held payouts are blocked property, to be reported within 10 business days.
      if ((decision.reasons as readonly string[]).includes('sanctions_match_confirmed') && input.signals.some((s) => s.source === 'screening_hit'))
        await openBlockingReportFor({ db, temporal }, { investigationId, sellerId, holdId: derivedId('enforcement', investigationId, 'sanctions_hold') });
      return group.length > 0 ? { enforcementId, group } : { enforcementId };
    },

    /**
     * Hands a review cycle's proposals to enforcement workflows, and calls off the actions it marked:
     * safe to repeat, since a workflow ID is started once and a called-off action is cancelled once.
     */
    async dispatchEnforcement({ reviewId }: { reviewId: string }): Promise<{ started: number; cancelled: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to start enforcement workflows');
      const { toStart, toCancel } = await enforcementDispatch(db, reviewId);
      for (const action of toStart) {
        try {
          await temporal.client.workflow.start('enforcementAction', {
            workflowId: enforcementWorkflowId(action.id),
            taskQueue: temporal.taskQueue,
            args: [{ enforcementId: action.id, sellerId: action.seller_id }],
            workflowIdConflictPolicy: 'USE_EXISTING',
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }
      for (const action of toCancel) {
        try {
          await temporal.client.workflow.getHandle(enforcementWorkflowId(action.id)).signal(cancelEnforcementSignal, { reason: 'standing_improved' });
        } catch (err) {
          if (!(err instanceof WorkflowNotFoundError)) throw err;
          // No workflow runs it (never started, or finished): the record is all there is.
          await cancelEnforcement(db, action.id, 'standing_improved');
        }
      }
      return { started: toStart.length, cancelled: toCancel.length };
    },

    /** Early warnings: each anomalous seller's open investigation gets the anomaly (or one starts). */
    async raiseAnomalies({ asOf }: { asOf: string }): Promise<{ anomalies: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to start investigations');
      const anomalies = await findAnomalies(db, asOf);
      for (const a of anomalies) {
        await signalInvestigation(temporal, a.sellerId, { source: 'anomaly', rule: a.rule, recentRate: a.recentRate, baselineRate: a.baselineRate });
      }
      return { anomalies: anomalies.length };
    },
  };
}
