/**
 * The route table: every route of the API, in one list. The Express app mounts it and
 * /openapi.json is generated from it (api/openapi/document.ts). Not in it: /console (the built
 * reviewer console, static files) and /codec (Temporal's codec-server protocol for the Web UI).
 */
import { meRoutes } from './access/me';
import { appealFilingRoutes } from './appeals/filing';
import { appealRoutes } from './appeals/appeals';
import { enforcementRoutes } from './enforcement/enforcements';
import { governanceRoutes } from './governance/governance';
import { inquiryRoutes } from './inquiries/inquiries';
import { investigationRoutes } from './investigations/investigations';
import { reportRoutes } from './investigations/reports';
import { applicationRoutes } from './onboarding/applications';
import { discrepancyReportRoutes } from './onboarding/discrepancy-reports';
import { documentRoutes } from './onboarding/documents';
import { providerCallbackRoutes } from './onboarding/provider-callbacks';
import { adminRoutes } from './operations/admin';
import { healthRoutes } from './operations/health';
import { metricsRoutes } from './performance/metrics';
import { retentionRoutes } from './retention/retention';
import { reviewFileRoutes } from './review/review-files';
import { reviewTaskRoutes } from './review/review-tasks';
import { screeningRoutes } from './screening/screenings';
import { blockingReportRoutes } from './screening/blocking-reports';
import { listVersionRoutes } from './screening/list-versions';
import { sellerRoutes } from './sellers/sellers';
import { noticeRoutes } from './notices/notices';
import { trustedFlaggerRoutes } from './notices/trusted-flaggers';
import { disputeRoutes } from './disputes/disputes';
import { disputeRuleReportRoutes } from './disputes/rule-report';
import { accountGroupRoutes } from './account-groups/account-groups';
import { investigatorRoutes } from './operations/investigators';
import type { Route } from './shared/route';

export const routes: readonly Route[] = [
  ...healthRoutes,
  ...meRoutes,
  ...applicationRoutes,
  ...documentRoutes,
  ...reviewFileRoutes,
  ...providerCallbackRoutes,
  ...reviewTaskRoutes,
  ...screeningRoutes,
  ...blockingReportRoutes,
  ...listVersionRoutes,
  ...discrepancyReportRoutes,
  ...sellerRoutes,
  ...metricsRoutes,
  ...appealFilingRoutes,
  ...appealRoutes,
  ...enforcementRoutes,
  ...reportRoutes,
  ...investigationRoutes,
  ...noticeRoutes,
  ...trustedFlaggerRoutes,
  ...disputeRoutes,
  ...disputeRuleReportRoutes,
  ...accountGroupRoutes,
  ...investigatorRoutes,
  ...inquiryRoutes,
  ...retentionRoutes,
  ...governanceRoutes,
  ...adminRoutes,
];
