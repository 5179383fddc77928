/**
 * The scheduled download of the sanctions lists from their publishers (SANCTIONS_LIST_URLS, every
 * SANCTIONS_LIST_DOWNLOAD_MINUTES): one activity fetches, validates and publishes the whole set
 * (providers/sanctions/list-downloads.ts). A failed download is an outcome, not a failed workflow: the
 * set in use stays, and the attempt is recorded for /readyz and /metrics to report.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

const download = proxyActivities<Activities>({
  startToCloseTimeout: '15 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 5 },
});

export async function sanctionsListDownload() {
  return download.downloadSanctionsLists();
}
