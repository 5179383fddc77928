/** The performance review's database work: one cycle, set-based (db/performance/performance.ts). */
import { evaluatePerformance, finishPerformanceReview, startPerformanceReview } from '../../db/performance/performance';
import { ensureMetricsPartitions } from '../../db/performance/metrics-partitions';
import { addDays } from '../../domain/shared/calendar-days';
import { type ReviewCounts } from '../../domain/performance/review-counts';
import { sellerRanges, type SellerRange } from '../../domain/performance/seller-ranges';
import type { ActivityDeps } from '../shared/deps';

export function createPerformanceActivities({ db, performanceRanges = 1 }: ActivityDeps) {
  return {
    /** Records the cycle and plans it: the ranges of sellers it is evaluated in (PERFORMANCE_RANGES), one activity each. */
    async startPerformanceReview({ reviewId, asOf, trigger }: { reviewId: string; asOf: string; trigger: string }): Promise<{ ranges: SellerRange[] }> {
      await startPerformanceReview(db, reviewId, asOf, trigger);
      // The metrics of the coming three months get their partitions before they arrive.
      await ensureMetricsPartitions(db, asOf, addDays(asOf, 92));
      return { ranges: sellerRanges(performanceRanges) };
    },
    async evaluatePerformance({ reviewId, asOf, range }: { reviewId: string; asOf: string; range?: SellerRange }): Promise<ReviewCounts> {
      return evaluatePerformance(db, reviewId, asOf, range);
    },
    async finishPerformanceReview({ reviewId, counts }: { reviewId: string; counts: ReviewCounts }): Promise<void> {
      await finishPerformanceReview(db, reviewId, counts);
    },
  };
}
