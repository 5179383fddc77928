/**
 * How long each sanctions screening takes in an activity, as a histogram on the activity's metric
 * meter: the worker's exporter (temporal/metrics-exporter.ts) serves it as
 * `sellergate_screening_duration` (custom metrics take no `temporal_` prefix) with a `purpose` tag (onboarding, rescreening).
 * Made once per activity call (a rescreening run times thousands of screenings with one).
 * Outside a worker (an activity called directly) there is no meter, and nothing is recorded.
 */
import { Context } from '@temporalio/activity';
import type { MetricHistogram } from '@temporalio/common';

export function screeningTimer(purpose: 'onboarding' | 'rescreening'): <T>(screen: () => T) => T {
  let histogram: MetricHistogram | undefined;
  try {
    histogram = Context.current().metricMeter.createHistogram('sellergate_screening_duration', 'float', 's', 'Sanctions screening latency in an activity').withTags({ purpose });
  } catch {
    // Not in an activity: nothing to record to.
  }
  return (screen) => {
    const started = performance.now();
    const result = screen();
    histogram?.record((performance.now() - started) / 1000);
    return result;
  };
}
