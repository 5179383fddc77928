/**
 * Re-screening of every approved seller and person, when a sanctions list changes (one run per list
 * version: its workflow ID) and on a weekly schedule. New potential matches open investigations.
 */
import { proxyActivities } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import type { Activities } from '../../activities';

const monitoring = proxyActivities<Activities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

export async function rescreening(input: { trigger?: 'list_change' | 'schedule' | 'admin'; runId?: string } = {}) {
  const runId = input.runId ?? newWorkflowId('screeningRun');
  return { runId, ...(await monitoring.rescreenSellers({ runId, trigger: input.trigger ?? 'schedule' })) };
}
