/** Side effects of a report of blocked property: opened with its workflow, escalated, filed. */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { escalateBlockingReport, openBlockingReport, recordBlockingReportFiling } from '../../db/screening/blocking-reports';
import type { Actor } from '../../domain/shared/actor';
import { blockingReportWorkflowId } from '../../temporal/workflow-ids';
import type { ActivityDeps } from '../shared/deps';

/** Opens the report of a confirmed match (once) and starts the workflow that tracks its deadline. */
export async function openBlockingReportFor(deps: Pick<ActivityDeps, 'db' | 'temporal'>, input: { investigationId: string; sellerId: string; holdId: string }): Promise<string> {
  if (!deps.temporal) throw new Error('the worker has no Temporal client to track the blocking report');
  const report = await openBlockingReport(deps.db, input);
  const dayAfter = new Date(Date.parse(`${report.due_on}T00:00:00Z`) + 86_400_000).toISOString();
  await deps.temporal.client.workflow
    .start('blockingReport', {
      workflowId: blockingReportWorkflowId(report.id),
      taskQueue: deps.temporal.taskQueue,
      args: [{ reportId: report.id, sellerId: report.seller_id, warnAt: `${report.warn_on}T00:00:00.000Z`, overdueAt: dayAfter }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    })
    .catch((err) => {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    });
  return report.id;
}

export function createBlockingReportActivities({ db }: ActivityDeps) {
  return {
    async escalateBlockingReport({ reportId, stage }: { reportId: string; stage: 'due_soon' | 'overdue' }): Promise<boolean> {
      return escalateBlockingReport(db, reportId, stage);
    },
    async recordBlockingReportFiling(input: { reportId: string; reference: string; filedAt: string; actor: Actor; apiRequestId?: string }): Promise<void> {
      await recordBlockingReportFiling(db, input.reportId, { reference: input.reference, filedAt: input.filedAt }, input.actor, input.apiRequestId);
    },
  };
}
