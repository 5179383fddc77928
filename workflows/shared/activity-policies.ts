/** How the workflows call their activities: timeouts and retries per kind of side effect. */
import type { ActivityOptions } from '@temporalio/workflow';

/** Database writes retry until the database is back: an accepted application is never dropped. */
export const recordPolicy: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

/** Vendor calls retry a few times with backoff, then the check goes to a human. */
export const providerPolicy: ActivityOptions = {
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
};

/**
 * Telling the seller or a webhook receiver must not hold up or fail the process: retries for about
 * an hour, then the delivery log shows the failure.
 */
export const notificationPolicy: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
};
