/** All activities of the worker, built from their dependencies. */
import { createApplicationActivities } from './applications';
import { createCaseActivities } from './cases';
import { createCheckActivities } from './checks';
import type { ActivityDeps } from './deps';
import { createIdentityActivities } from './identity';
import { createInformActivities } from './inform';
import { createInquiryActivities } from './inquiries';
import { createInformationActivities } from './information';
import { createMonitoringActivities } from './monitoring';
import { createNotificationActivities } from './notifications';
import { createPerformanceActivities } from './performance';
import { createRetentionActivities } from './retention';
import { createReviewActivities } from './review';

export function createActivities(deps: ActivityDeps) {
  return {
    ...createApplicationActivities(deps),
    ...createCheckActivities(deps),
    ...createIdentityActivities(deps),
    ...createReviewActivities(deps),
    ...createInformationActivities(deps),
    ...createNotificationActivities(deps),
    ...createPerformanceActivities(deps),
    ...createCaseActivities(deps),
    ...createMonitoringActivities(deps),
    ...createInformActivities(deps),
    ...createInquiryActivities(deps),
    ...createRetentionActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type { ActivityDeps };
