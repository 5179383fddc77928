/** The audit trail's checkpoints, taken by the audit-checkpoint schedule (workflows/operations/audit-checkpoint.ts). */
import { recordAuditCheckpoint } from '../../db/shared/audit-checkpoints';
import type { ActivityDeps } from '../shared/deps';

export function createAuditActivities({ db, auditCheckpointKey }: ActivityDeps) {
  return {
    async recordAuditCheckpoint(): Promise<{ recorded: boolean; seq?: string; root?: string }> {
      return recordAuditCheckpoint(db, auditCheckpointKey);
    },
  };
}
