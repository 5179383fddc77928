/**
 * The worker's Prometheus exporter (TEMPORAL_METRICS_ADDRESS): the Temporal SDK's own figures
 * (workflow and activity task latencies, schedule-to-start, poller and slot use, sticky cache) and
 * the ones our activities emit through the activity's metric meter (screening latency), served at
 * `/metrics` on that address by the SDK's core. In seconds, counters with `_total`, as Prometheus
 * conventions have them.
 */
import type { TelemetryOptions } from '@temporalio/worker';

export function workerTelemetry(bindAddress: string | undefined): TelemetryOptions | undefined {
  if (!bindAddress) return undefined;
  return {
    metrics: {
      prometheus: {
        bindAddress,
        countersTotalSuffix: true,
        useSecondsForDurations: true,
        // A screening takes milliseconds: the SDK's default buckets start at 50 ms.
        histogramBucketOverrides: { sellergate_screening_duration: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1] },
      },
      globalTags: { service: 'sellergate-worker' },
    },
  };
}
