/** Daily metrics as the order systems send them: a day sent again replaces that day. */
import { storeMetrics } from '../../db/performance/metrics';
import type { MetricsDay } from '../../domain/performance/metrics';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export interface MetricsBatch {
  sellerId: string;
  days: MetricsDay[];
  actor: Actor;
  requestId?: string;
}

export function createMetricsActivities({ db }: ActivityDeps) {
  return {
    async storeSellerMetrics({ sellerId, days, actor, requestId }: MetricsBatch): Promise<{ stored: number; replaced: number }> {
      return storeMetrics(db, sellerId, days, actor, requestId);
    },
  };
}
