/**
 * A checkpoint of the audit trail's chains (db/shared/audit-checkpoints.ts), on its schedule every
 * AUDIT_CHECKPOINT_MINUTES: one short activity, none when nothing was appended since the last.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

const audit = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes', maximumAttempts: 5 },
});

export async function auditCheckpoint() {
  return audit.recordAuditCheckpoint();
}
