/**
 * Ongoing monitoring: every approved seller and person screened again against the lists as they
 * are now. A match that was not there before, and that no reviewer cleared for that subject and
 * entry, marks the sanctions check for review and joins the seller's investigation.
 */
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  answerEventuallyDue,
  answerRenewal,
  createEventuallyDueRequests,
  createRenewalRequests,
  expireSellerRequest,
  findSellerRequest,
  type SellerRequestRow,
} from '../../db/onboarding/seller-requests';
import type { Actor } from '../../domain/shared/actor';
import type { InvestigationSignal } from '../../domain/investigations/investigations';
import { documentRenewalWorkflowId, eventuallyDueWorkflowId } from '../../temporal/workflow-ids';
import { finishScreeningRun, startScreeningRun, subjectsPage } from '../../db/screening/rescreening';
import { recordListVersion } from '../../db/screening/list-versions';
import { screeningSubjectFingerprint } from '../../domain/shared/fingerprints';
import { derivedId } from '../../domain/shared/ids';
import { signalInvestigation } from '../../temporal/investigations';
import { freshMatches, raiseMonitoringHit } from './monitoring-hit';
import type { ActivityDeps } from '../shared/deps';
import { screeningTimer } from '../shared/screening-latency';

const PAGE = 500;

export function createMonitoringActivities({ db, screening, fingerprintKey, temporal, sanctionsHitSlaHours }: ActivityDeps) {
  return {
    /** Documents expiring within the notice: a request and a renewal workflow each, once per document. */
    async requestDocumentRenewals({ asOf }: { asOf: string }): Promise<{ renewalsRequested: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to start renewals');
      const client = temporal.client;
      // Every open request has its workflow: starting again is a no-op, and a retry after a failed start catches up.
      const startEach = async (kind: SellerRequestRow['kind'], workflowType: string, workflowId: (id: string) => string, args: (r: SellerRequestRow) => unknown) => {
        for (const r of (await db('seller_requests').where({ kind, status: 'open' })) as SellerRequestRow[]) {
          await client.workflow.start(workflowType, { workflowId: workflowId(r.id), taskQueue: temporal.taskQueue, args: [args(r)], workflowIdConflictPolicy: 'USE_EXISTING' }).catch((err) => {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          });
        }
      };
      const created = await createRenewalRequests(db, asOf);
      await startEach('document_renewal', 'documentRenewal', documentRenewalWorkflowId, (r) => ({
        requestId: r.id,
        sellerId: r.seller_id,
        applicationId: r.application_id,
        personId: r.person_id!,
        dueAt: new Date(r.due_at).toISOString(),
      }));
      // What was eventually due at approval: asked for with its deadline, once per application.
      const owed = await createEventuallyDueRequests(db, new Date().toISOString());
      await startEach('eventually_due', 'eventuallyDueRequest', eventuallyDueWorkflowId, (r) => ({ requestId: r.id, sellerId: r.seller_id, items: r.items, dueAt: new Date(r.due_at).toISOString() }));
      return { renewalsRequested: created.length + owed.length };
    },
    /** The seller's answer to what was eventually due, written by the workflow that asked for it. */
    async answerEventuallyDue(input: {
      requestId: string;
      business?: Record<string, unknown>;
      persons?: Array<{ id: string } & Record<string, unknown>>;
      actor: Actor;
      apiRequestId?: string;
    }): Promise<void> {
      const request = await findSellerRequest(db, input.requestId);
      if (request) await answerEventuallyDue(db, request, { business: input.business, persons: input.persons }, input.actor, fingerprintKey, input.apiRequestId);
    },
    /** The seller's new document, written by the renewal workflow it answers: the person's record and the request. */
    async answerSellerRequest({ requestId, idDocument, actor, apiRequestId }: { requestId: string; idDocument: Record<string, unknown>; actor: Actor; apiRequestId?: string }): Promise<void> {
      const request = await findSellerRequest(db, requestId);
      if (request) await answerRenewal(db, request, idDocument, actor, apiRequestId);
    },
    async expireSellerRequest({ requestId }: { requestId: string }): Promise<boolean> {
      return expireSellerRequest(db, requestId);
    },
    async signalInvestigationFor({ sellerId, signal }: { sellerId: string; signal: InvestigationSignal }): Promise<void> {
      if (!temporal) throw new Error('the worker has no Temporal client to open investigations');
      await signalInvestigation(temporal, sellerId, signal);
    },

    async rescreenSellers({ runId, trigger }: { runId: string; trigger: string }): Promise<{ listVersion: string; subjectsScreened: number; newMatches: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to open investigations');
      const full = await screening.index();
      // A list change screens everyone against what the change added or changed only; the weekly run against everything.
      const delta = await recordListVersion(db, full.version, full.entryDigests(), full.sources);
      const scoped = trigger === 'list_change' && delta.previousVersion !== null;
      const index = scoped ? full.only(new Set([...delta.added, ...delta.changed])) : full;
      await startScreeningRun(db, runId, full.version, trigger, { scope: scoped ? 'delta' : 'full', entriesScreened: index.entries.length });
      // A retried attempt resumes after the last page it finished.
      const progress = (Context.current().info.heartbeatDetails as { after: string; screened: number; hits: number } | undefined) ?? { after: '', screened: 0, hits: 0 };
      const timed = screeningTimer('rescreening');
      for (;;) {
        const { subjects, last } = await subjectsPage(db, progress.after, PAGE);
        if (!last) break;
        for (const s of subjects) {
          const hits = timed(() => index.screen(s.query, screening.threshold));
          if (hits.length === 0) continue;
          // The evidence lists every match as the whole list has it, not only the changed entries'.
          const found = scoped ? full.screen(s.query, screening.threshold) : hits;
          const fresh = await freshMatches(db, screeningSubjectFingerprint(fingerprintKey, s.query), hits, s.check?.evidence);
          if (fresh.length === 0) continue;
          const checkId = s.check?.id ?? derivedId('check', s.applicationId, 'sanctions', s.subject.id);
          await raiseMonitoringHit(
            { db, temporal, sanctionsHitSlaHours, threshold: screening.threshold },
            { applicationId: s.applicationId, sellerId: s.sellerId, checkId, subject: s.subject, index: full, matches: found, fresh, evidence: { rescreeningRun: runId } },
          );
          progress.hits++;
        }
        progress.screened += subjects.length;
        progress.after = last;
        Context.current().heartbeat(progress);
      }
      await finishScreeningRun(db, runId, { subjectsScreened: progress.screened, newMatches: progress.hits });
      return { listVersion: full.version, subjectsScreened: progress.screened, newMatches: progress.hits };
    },
  };
}
