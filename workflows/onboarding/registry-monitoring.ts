/**
 * The company registers looked at again for every approved company (activities/onboarding/
 * registry-monitoring.ts), daily on its schedule or when an operator asks. A change that makes the
 * registry check fail or need review opens an investigation of the seller.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { newWorkflowId } from '../shared/ids';

// Long, heartbeating, and patient with a register's rate limit (the activity resumes where it was).
const monitoring = proxyActivities<Activities>({
  startToCloseTimeout: '4 hours',
  heartbeatTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export async function registryMonitoring(input: { trigger?: 'schedule' | 'admin'; runId?: string } = {}) {
  const runId = input.runId ?? newWorkflowId('screeningRun');
  return { runId, ...(await monitoring.monitorRegistryRecords({ runId })) };
}
