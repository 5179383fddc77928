/** The workflows the worker registers. */
export { onboarding } from './onboarding/onboarding';
export { identityVerification } from './onboarding/identity-verification';
export { performanceReview } from './performance/performance-review';
export { enforcementAction } from './enforcement/enforcement';
export { transparencySubmission } from './enforcement/transparency-submission';
export { appeal } from './appeals/appeal';
export { investigation } from './investigations/investigation';
export { rescreening } from './screening/rescreening';
export { sanctionsListDownload } from './screening/list-download';
export { auditCheckpoint } from './operations/audit-checkpoint';
export { blockingReport } from './screening/blocking-report';
export { informCompliance } from './inform/inform';
export { documentRenewal } from './onboarding/document-renewal';
export { eventuallyDueRequest } from './onboarding/eventually-due';
export { inquiry } from './inquiries/inquiry';
export { retention } from './retention/retention';
export { legalHoldPlacement, legalHoldRelease, erasureRequest } from './retention/requests';
export { metricsReceipt } from './performance/metrics-receipt';
export { documentReceipt } from './onboarding/document-receipt';
export { discrepancyReportStep } from './onboarding/discrepancy-report';
export { registryMonitoring } from './onboarding/registry-monitoring';
export { notice } from './notices/notice';
export { trustedFlaggerRegistration } from './notices/trusted-flagger';
export { dispute } from './disputes/dispute';
export { identifierReport } from './account-groups/identifier-report';
export { qualityReview } from './operations/quality-review';
export { investigatorProfile, rootCauseMitigation } from './operations/requests';

// Each type's versioning behaviour, set as the bundle loads.
import './versioning-behaviors';
