/** A compliance officer's decision on a register discrepancy report, and its filing: written here only. */
import { decideDiscrepancyReport, recordDiscrepancyReportFiling } from '../../db/onboarding/discrepancy-reports';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export type DiscrepancyReportAction =
  | { reportId: string; action: 'approve' | 'dismiss'; reason?: string; actor: Actor; requestId?: string }
  | { reportId: string; action: 'file'; reference: string; filedAt: string; actor: Actor; requestId?: string };

export function createDiscrepancyReportActivities({ db }: ActivityDeps) {
  return {
    /** `changed`: false when the report had moved on already (decided, or not approved for filing). */
    async actOnDiscrepancyReport(a: DiscrepancyReportAction): Promise<{ changed: boolean }> {
      const changed =
        a.action === 'file'
          ? await recordDiscrepancyReportFiling(db, { id: a.reportId, reference: a.reference, filedAt: a.filedAt, actor: a.actor, requestId: a.requestId })
          : await decideDiscrepancyReport(db, { id: a.reportId, decision: a.action, reason: a.reason, actor: a.actor, requestId: a.requestId });
      return { changed };
    },
  };
}
