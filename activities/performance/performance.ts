/** The performance review's database work: one cycle, set-based (db/performance/performance.ts). */
import { evaluatePerformance, finishPerformanceReview, startPerformanceReview } from '../../db/performance/performance';
import { type ReviewCounts } from '../../domain/performance/review-counts';
import type { ActivityDeps } from '../shared/deps';

export function createPerformanceActivities({ db }: ActivityDeps) {
  return {
    async startPerformanceReview({ reviewId, asOf, trigger }: { reviewId: string; asOf: string; trigger: string }): Promise<void> {
      await startPerformanceReview(db, reviewId, asOf, trigger);
    },
    async evaluatePerformance({ reviewId, asOf }: { reviewId: string; asOf: string }): Promise<ReviewCounts> {
      return evaluatePerformance(db, reviewId, asOf);
    },
    async finishPerformanceReview({ reviewId, counts }: { reviewId: string; counts: ReviewCounts }): Promise<void> {
      await finishPerformanceReview(db, reviewId, counts);
    },
  };
}
