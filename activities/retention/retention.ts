/** Retention: the clocks, and the erasures with the documents removed from storage. */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { eraseAmlRecords, eraseTraderData, startRetentionClocks, type ErasureOutcome } from '../../db/retention/retention';
import { retentionWorkflowId } from '../../temporal/workflow-ids';
import { eraseExpiredInquiryResponses } from '../../db/inquiries/inquiries';
import type { ActivityDeps } from '../shared/deps';

export function createRetentionActivities({ db, temporal, documents }: ActivityDeps) {
  return {
    /**
     * The daily retention step: a retention workflow per seller whose relationship ended (starting one
     * that runs is a no-op), and the regulators' response packages past their own period erased.
     */
    async startRetentionClocks(): Promise<{ clocks: number }> {
      if (!temporal) throw new Error('the worker has no Temporal client to start retention clocks');
      await eraseExpiredInquiryResponses(db);
      const running = await startRetentionClocks(db);
      for (const r of running) {
        await temporal.client.workflow
          .start('retention', {
            workflowId: retentionWorkflowId(r.seller_id),
            taskQueue: temporal.taskQueue,
            args: [{ sellerId: r.seller_id, relationshipEndedAt: new Date(r.relationship_ended_at).toISOString() }],
            workflowIdConflictPolicy: 'USE_EXISTING',
          })
          .catch((err) => {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          });
      }
      return { clocks: running.length };
    },
    async eraseTraderData({ sellerId }: { sellerId: string }): Promise<ErasureOutcome> {
      return eraseTraderData(db, sellerId);
    },
    async eraseAmlRecords({ sellerId }: { sellerId: string }): Promise<ErasureOutcome> {
      const { outcome, documentKeys } = await eraseAmlRecords(db, sellerId);
      // After the commit: a retried activity finds the rows erased and deletes the files again, harmlessly.
      for (const key of documentKeys) await documents?.delete(key);
      return outcome;
    },
  };
}
