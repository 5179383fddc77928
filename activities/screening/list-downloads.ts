/** The scheduled sanctions list download (workflows/screening/list-download.ts), then this worker's copy of what it published. */
import { ApplicationFailure } from '@temporalio/activity';
import { downloadSanctionsLists, syncSanctionsLists, type DownloadOutcome } from '../../providers/sanctions/list-downloads';
import type { ActivityDeps } from '../shared/deps';

export function createListDownloadActivities({ db, sanctionsListDownload }: ActivityDeps) {
  return {
    async downloadSanctionsLists(): Promise<DownloadOutcome> {
      if (!sanctionsListDownload) throw ApplicationFailure.nonRetryable('SANCTIONS_LIST_URLS is not set on this worker', 'not_configured');
      const outcome = await downloadSanctionsLists(db, sanctionsListDownload);
      if (outcome.outcome === 'published') await syncSanctionsLists(db, sanctionsListDownload.dir);
      return outcome;
    },
  };
}
