/**
 * The daily cycle, as the schedule or an admin starts it: evaluate every seller's performance
 * set-based in Postgres and hand the standing changes to enforcement workflows (per-seller workflows
 * start only for sellers whose standing rose; pending actions of sellers who improved are called
 * off); raise early warnings on anomalies; start INFORM processes for new high-volume sellers; and
 * ask for identity documents that expire within 30 days; and start the retention clock of every
 * seller whose relationship has ended.
 */
import { proxyActivities } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import type { Activities } from '../../activities';
import { addReviewCounts, type ReviewCounts } from '../../domain/performance/review-counts';
import { records } from '../shared/activities';

// One cycle over every seller can take minutes at scale; it is safe to repeat, so it retries.
const evaluation = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

export interface PerformanceReviewInput {
  /** Given by the admin endpoint; the schedule's runs make their own. */
  reviewId?: string;
  /** The last day the cycle counts (YYYY-MM-DD); by default yesterday, the last complete day. */
  asOf?: string;
  trigger?: 'schedule' | 'admin' | 'cli';
}

export interface PerformanceReviewResult extends ReviewCounts {
  reviewId: string;
  asOf: string;
  enforcementsStarted: number;
  enforcementsCancelled: number;
  /** Sellers whose metrics jumped against their own baseline: an investigation each (early warning). */
  anomalies: number;
  /** Sellers who newly crossed the INFORM Act's high-volume threshold: an INFORM process each. */
  highVolumeSellers: number;
  /** Identity documents expiring within 30 days: the seller is asked for a new one. */
  renewalsRequested: number;
  /** Sellers whose relationship has ended, each with a retention clock running. */
  retentionClocks: number;
}

export async function performanceReview(input: PerformanceReviewInput = {}): Promise<PerformanceReviewResult> {
  const reviewId = input.reviewId ?? newWorkflowId('performanceReview');
  const asOf = input.asOf ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const plan = await records.startPerformanceReview({ reviewId, asOf, trigger: input.trigger ?? 'schedule' });
  // One activity per range of sellers, in parallel across the workers. A history recorded before the
  // plan existed has none: one activity for every seller, as it ran then (the same command).
  const ranges = plan?.ranges ?? [undefined];
  const counts = addReviewCounts(await Promise.all(ranges.map((range) => evaluation.evaluatePerformance({ reviewId, asOf, ...(range ? { range } : {}) }))));
  const dispatched = await evaluation.dispatchEnforcement({ reviewId });
  const { anomalies } = await evaluation.raiseAnomalies({ asOf });
  const { highVolumeSellers } = await evaluation.startInformCompliance({ asOf });
  const { renewalsRequested } = await evaluation.requestDocumentRenewals({ asOf });
  const { clocks } = await evaluation.startRetentionClocks();
  await records.finishPerformanceReview({ reviewId, counts });
  return { reviewId, asOf, ...counts, enforcementsStarted: dispatched.started, enforcementsCancelled: dispatched.cancelled, anomalies, highVolumeSellers, renewalsRequested, retentionClocks: clocks };
}
