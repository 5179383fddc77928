/**
 * The activities as workflow code calls them: one proxy per kind of side effect, each with the one
 * policy of its kind (activity-policies.ts). The daily cycle and the re-screening keep their own,
 * longer ones beside them.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { notificationPolicy, providerPolicy, recordPolicy } from './activity-policies';

/** Database writes and reads: retried until the database is back. */
export const records = proxyActivities<Activities>(recordPolicy);
/** Vendor calls: a few attempts with backoff, then a person takes over. */
export const providers = proxyActivities<Activities>(providerPolicy);
/** Emails and webhooks: about an hour of retries, never holding up the process. */
export const notifications = proxyActivities<Activities>(notificationPolicy);
