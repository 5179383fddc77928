/**
 * A report of blocked property, from the confirmed match to its filing (domain/screening/blocking-report.ts):
 * the compliance officers are warned two business days before the deadline and again when it passes;
 * the filing is recorded by this workflow's activity, once.
 */
import { condition, setHandler } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { notifications, records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { fileBlockingReportUpdate } from './blocking-report-messages';

export interface BlockingReportInput {
  reportId: string;
  sellerId: string;
  /** The start of the warning day and of the day after the deadline (UTC). */
  warnAt: string;
  overdueAt: string;
}

export async function blockingReport({ reportId, sellerId, warnAt, overdueAt }: BlockingReportInput): Promise<{ outcome: 'filed' }> {
  let filed = false;
  let filing = false;
  setHandler(
    fileBlockingReportUpdate,
    async (f) => {
      filing = true;
      await records.recordBlockingReportFiling({ reportId, reference: f.reference, filedAt: f.filedAt, actor: f.actor, apiRequestId: f.apiRequestId });
      filed = true;
      return { status: 'filed' as const };
    },
    { validator: (f) => refuse(f.reportId !== reportId || filing || filed ? 'request_not_open' : undefined) },
  );
  const warn = async (stage: 'due_soon' | 'overdue', at: string) => {
    if (await condition(() => filed, Math.max(1, Date.parse(at) - Date.now()))) return;
    if (await records.escalateBlockingReport({ reportId, stage })) {
      await notifications.publishEvent({
        eventId: newWorkflowId('event'),
        type: stage === 'due_soon' ? 'blocking_report.due_soon' : 'blocking_report.overdue',
        sellerId,
        data: { blockingReportId: reportId },
      });
    }
  };
  await warn('due_soon', warnAt);
  await warn('overdue', overdueAt);
  await condition(() => filed);
  return { outcome: 'filed' };
}
