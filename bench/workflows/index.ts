/**
 * The baseline for onboarding throughput: the same shape of work as an auto-approved onboarding
 * (13 activities: 2 in a row, 5 in parallel beside 2 child workflows of 1 each, then 4 in a row)
 * with activities that do nothing. Same server, same worker settings.
 */
import { executeChild, proxyActivities } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '30 seconds' });

export async function bareChild(): Promise<void> {
  await noop();
}

export async function bareOnboarding(): Promise<void> {
  await noop();
  await noop();
  await Promise.all([noop(), noop(), noop(), noop(), noop(), executeChild(bareChild), executeChild(bareChild)]);
  for (let i = 0; i < 4; i++) await noop();
}
