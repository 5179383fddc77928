/** The performance review's database work: one cycle, set-based (db/performance/performance.ts). */
import { evaluatePerformance, finishPerformanceReview, startPerformanceReview } from '../../db/performance/performance';
import { ensureMetricsPartitions } from '../../db/performance/metrics-partitions';
import { addDays } from '../../domain/shared/calendar-days';
import { type ReviewCounts } from '../../domain/performance/review-counts';
import type { ActivityDeps } from '../shared/deps';

export function createPerformanceActivities({ db }: ActivityDeps) {
  return {
    async startPerformanceReview({ reviewId, asOf, trigger }: { reviewId: string; asOf: string; trigger: string }): Promise<void> {
      await startPerformanceReview(db, reviewId, asOf, trigger);
      // The metrics of the coming three months get their partitions before they arrive.
      await ensureMetricsPartitions(db, asOf, addDays(asOf, 92));
    },
    async evaluatePerformance({ reviewId, asOf }: { reviewId: string; asOf: string }): Promise<ReviewCounts> {
      return evaluatePerformance(db, reviewId, asOf);
    },
    async finishPerformanceReview({ reviewId, counts }: { reviewId: string; counts: ReviewCounts }): Promise<void> {
      await finishPerformanceReview(db, reviewId, counts);
    },
  };
}
