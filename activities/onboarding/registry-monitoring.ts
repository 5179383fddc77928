/**
 * Ongoing monitoring of the company registers (activities/onboarding/business-registry.ts for the
 * evaluation): run by the registryMonitoring workflow on its schedule.
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import { findApplication } from '../../db/onboarding/applications';
import { recordCheck } from '../../db/onboarding/checks';
import { registrySubjectsPage } from '../../db/onboarding/registry-monitoring';
import type { CheckOutcome } from '../../domain/onboarding/onboarding';
import { registerChanges, type RegisterDigest } from '../../domain/onboarding/register-digest';
import { signalInvestigation } from '../../temporal/investigations';
import type { ActivityDeps } from '../shared/deps';
import { createRegistryEvaluator } from './business-registry';
import { createRegisterScreening } from './register-screening';
import type { RegistryRecord } from '../../providers/registry/types';

const MONITORING_PAGE = 100;

export function createRegistryMonitoringActivities(deps: ActivityDeps) {
  const { db } = deps;
  const evaluate = createRegistryEvaluator(deps);
  const screenRegisterPeople = createRegisterScreening(deps);
  return {
    /**
     * Ongoing monitoring of the registers: every approved company looked up again. A change that
     * leaves the check passing updates its evidence; one that makes it fail or need review (dissolved,
     * in insolvency, new owners or officers that differ from those declared) records the check so and
     * opens an investigation of the seller, as a new sanctions match does. A company whose register
     * does not answer is counted and left for the next run.
     */
    async monitorRegistryRecords({ runId }: { runId: string }): Promise<{ companiesChecked: number; changed: number; newRisks: number; unavailable: number; sanctionsHits: number }> {
      if (!deps.temporal) throw new Error('the worker has no Temporal client to open investigations');
      const recorded = Context.current().info.heartbeatDetails as
        { after: string; companiesChecked: number; changed: number; newRisks: number; unavailable: number; sanctionsHits?: number } | undefined;
      const progress = { after: '', companiesChecked: 0, changed: 0, newRisks: 0, unavailable: 0, ...recorded, sanctionsHits: recorded?.sanctionsHits ?? 0 };
      for (;;) {
        const page = await registrySubjectsPage(db, progress.after, MONITORING_PAGE);
        if (page.length === 0) break;
        for (const { applicationId, sellerId, check } of page) {
          progress.after = applicationId;
          const app = await findApplication(db, applicationId);
          if (!app) continue;
          let outcome: CheckOutcome;
          let register: RegistryRecord | undefined;
          try {
            outcome = await evaluate(app, `${check.id}:monitor:${runId}`, { checkId: check.id, round: runId }, (record) => (register = record));
          } catch (err) {
            // The published rate limit: the run waits (Temporal retries after the delay) and resumes here.
            if (err instanceof ApplicationFailure && err.type === 'VendorRateLimited') throw err;
            progress.unavailable++;
            continue;
          }
          progress.companiesChecked++;
          // A new director or owner on a sanctions list: the same hold as a new list entry.
          if (register) progress.sanctionsHits += await screenRegisterPeople({ applicationId, sellerId, register, runId });
          const before = (check.evidence as { registerDigest?: RegisterDigest } | null)?.registerDigest;
          const after = outcome.evidence.registerDigest as RegisterDigest | undefined;
          const changes = after ? registerChanges(before, after) : [];
          const newRisk = outcome.status !== 'passed' && (check.status === 'passed' || changes.length > 0);
          if (changes.length === 0 && !newRisk) continue;
          progress.changed++;
          const subject = { type: check.subject_type, id: check.subject_id };
          await recordCheck(db, applicationId, {
            checkId: check.id,
            kind: 'business_registry',
            subject,
            ...outcome,
            evidence: { ...outcome.evidence, registerChanges: changes, monitoringRun: runId },
          });
          if (newRisk) {
            progress.newRisks++;
            await signalInvestigation(deps.temporal, sellerId, { source: 'registry_change', applicationId, checkId: check.id, code: outcome.code, changes });
          }
        }
        Context.current().heartbeat(progress);
      }
      return { companiesChecked: progress.companiesChecked, changed: progress.changed, newRisks: progress.newRisks, unavailable: progress.unavailable, sanctionsHits: progress.sanctionsHits };
    },
  };
}
