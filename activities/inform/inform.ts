/** INFORM Act compliance: detection in the daily cycle, the seller's record, and the suspension on the law's ground. */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { highVolumeSellers, informFacts, recordCertification, setDisclosureDue, setInformStatus } from '../../db/inform/inform';
import type { InformCertification } from '../../domain/inform/schemas';
import type { Actor } from '../../domain/shared/actor';
import { REDRESS, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import { derivedId } from '../../domain/shared/ids';
import { INFORM, type InformItem } from '../../domain/inform/inform';
import { ladderStep } from '../../domain/performance/policy';
import { informWorkflowId } from '../../temporal/workflow-ids';
import type { ActivityDeps } from '../shared/deps';

export function createInformActivities({ db, temporal }: ActivityDeps) {
  return {
    /**
     * Starts the INFORM process for each seller who crossed the threshold (once per seller), and keeps
     * every known one's peak revenue current, so a seller who reaches $20,000 is shown to buyers.
     */
    async startInformCompliance({ asOf }: { asOf: string }): Promise<{ highVolumeSellers: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to start INFORM processes');
      const sellers = await highVolumeSellers(db, asOf);
      for (const { sellerId, peakRevenueUsd, known } of sellers) {
        if (known) {
          await setDisclosureDue(db, sellerId, peakRevenueUsd);
          continue;
        }
        try {
          await temporal.client.workflow.start('informCompliance', {
            workflowId: informWorkflowId(sellerId),
            taskQueue: temporal.taskQueue,
            args: [{ sellerId, crossedOn: asOf, peakRevenueUsd }],
            workflowIdConflictPolicy: 'USE_EXISTING',
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }
      return { highVolumeSellers: sellers.filter((s) => !s.known).length };
    },
    /** The seller's certification and the data it adds, written by the INFORM workflow that asked for it. */
    async recordInformCertification({ sellerId, certification, actor, requestId }: { sellerId: string; certification: InformCertification; actor: Actor; requestId?: string }): Promise<void> {
      await recordCertification(db, sellerId, certification, actor, requestId);
    },
    async informMissing({ sellerId }: { sellerId: string }): Promise<InformItem[]> {
      return informFacts(db, sellerId);
    },
    async setInformStatus(input: { sellerId: string; status: string; crossedOn: string; missing: InformItem[]; dueAt: string | null; certifiedAt?: string; peakRevenueUsd?: number }): Promise<void> {
      await setInformStatus(db, input.sellerId, input.status, input);
    },
    /** A suspension on the law's ground, proposed for a reviewer to decide (suspensions always are). */
    async proposeInformSuspension({ sellerId, missing, round }: { sellerId: string; missing: InformItem[]; round: number }): Promise<{ enforcementId: string }> {
      const step = ladderStep('suspension')!;
      const enforcementId = derivedId('enforcement', 'inform', sellerId, String(round));
      const statement: StatementOfReasons = {
        facts: [
          `The seller reached at least ${INFORM.minimumSales} sales and $${INFORM.minimumRevenueUsd} in 12 months, which makes it a high-volume third-party seller.`,
          `It did not certify its information within ${INFORM.collectWithinDays} days of the request, nor within ${INFORM.suspendAfterNoticeDays} days of the notice.`,
          ...(missing.length ? [`Still missing: ${missing.join(', ')}.`] : []),
        ],
        ground: {
          type: 'law',
          references: [INFORM.ground],
          explanation: 'An online marketplace must suspend a high-volume third-party seller that does not provide and certify the required information within 10 days of notice.',
        },
        automatedDetection: true,
        automatedDecision: 'partially',
        scope: { type: 'suspension', restrictions: step.restrictions },
        duration: { noticeHours: step.noticeHours, durationDays: null },
        redress: REDRESS,
        policyVersion: 'inform-2026-11-v1',
        reasons: ['inform_certification_missing'],
        source: { type: 'own_initiative' },
      };
      await db('enforcement_actions')
        .insert({
          id: enforcementId,
          seller_id: sellerId,
          type: 'suspension',
          status: 'proposed',
          statement: JSON.stringify(statement),
          restrictions: JSON.stringify(step.restrictions),
          automated_detection: true,
          automated_decision: false,
          source: 'inform',
          source_id: sellerId,
        })
        .onConflict('id')
        .ignore();
      return { enforcementId };
    },
  };
}
