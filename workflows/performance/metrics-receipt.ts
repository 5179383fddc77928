/**
 * One batch of daily metrics from the order systems, recorded by its activity (one writer per
 * fact). Its workflow ID derives from the seller and the batch, so a batch sent again is stored once.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { MetricsBatch } from '../../activities/performance/metrics-receipt';
import { recordPolicy } from '../shared/activity-policies';

const records = proxyActivities<Activities>(recordPolicy);

export async function metricsReceipt(batch: MetricsBatch): Promise<{ stored: number; replaced: number }> {
  return records.storeSellerMetrics(batch);
}
