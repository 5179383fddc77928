/**
 * One batch of daily metrics from the order systems, recorded by its activity (one writer per
 * fact). Its workflow ID derives from the seller and the batch, so a batch sent again is stored once.
 */
import type { MetricsBatch } from '../../activities/performance/metrics-receipt';
import { records } from '../shared/activities';

export async function metricsReceipt(batch: MetricsBatch): Promise<{ stored: number; replaced: number }> {
  return records.storeSellerMetrics(batch);
}
