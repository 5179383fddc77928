/** All activities of the worker, built from their dependencies. */
import { createApplicationActivities } from './onboarding/applications';
import { createAdjudicationActivities } from './screening/adjudications';
import { createMetricsActivities } from './performance/metrics-receipt';
import { createDocumentActivities } from './onboarding/documents';
import { createRetentionRequestActivities } from './retention/requests';
import { createCaseActivities } from './enforcement/cases';
import { createTransparencyActivities } from './enforcement/transparency';
import { createCheckActivities } from './onboarding/checks';
import { createBusinessRegistryActivities } from './onboarding/business-registry';
import { createDiscrepancyReportActivities } from './onboarding/discrepancy-reports';
import { createRegistryMonitoringActivities } from './onboarding/registry-monitoring';
import type { ActivityDeps } from './shared/deps';
import { createIdentityActivities } from './onboarding/identity';
import { createInformActivities } from './inform/inform';
import { createInformVerificationActivities } from './inform/verification';
import { createInquiryActivities } from './inquiries/inquiries';
import { createInformationActivities } from './onboarding/information';
import { createMonitoringActivities } from './screening/monitoring';
import { createListDownloadActivities } from './screening/list-downloads';
import { createBlockingReportActivities } from './screening/blocking-reports';
import { createNotificationActivities } from './notifications/notifications';
import { createPerformanceActivities } from './performance/performance';
import { createRetentionActivities } from './retention/retention';
import { createReviewActivities } from './review/review';
import { createAuditActivities } from './operations/audit';
import { createNoticeActivities } from './notices/notices';
import { createDisputeActivities } from './disputes/disputes';
import { createAccountGroupActivities } from './account-groups/account-groups';
import { createInvestigatorActivities } from './operations/investigators';

export function createActivities(deps: ActivityDeps) {
  return {
    ...createApplicationActivities(deps),
    ...createCheckActivities(deps),
    ...createBusinessRegistryActivities(deps),
    ...createDiscrepancyReportActivities(deps),
    ...createRegistryMonitoringActivities(deps),
    ...createIdentityActivities(deps),
    ...createReviewActivities(deps),
    ...createInformationActivities(deps),
    ...createNotificationActivities(deps),
    ...createPerformanceActivities(deps),
    ...createCaseActivities(deps),
    ...createTransparencyActivities(deps),
    ...createMonitoringActivities(deps),
    ...createListDownloadActivities(deps),
    ...createBlockingReportActivities(deps),
    ...createInformActivities(deps),
    ...createInformVerificationActivities(deps),
    ...createInquiryActivities(deps),
    ...createRetentionActivities(deps),
    ...createAdjudicationActivities(deps),
    ...createMetricsActivities(deps),
    ...createDocumentActivities(deps),
    ...createRetentionRequestActivities(deps),
    ...createAuditActivities(deps),
    ...createNoticeActivities(deps),
    ...createDisputeActivities(deps),
    ...createAccountGroupActivities(deps),
    ...createInvestigatorActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type { ActivityDeps };
