/**
 * Workflow IDs derived from business keys: starting the same process twice lands on the same
 * workflow, which with the conflict policy below makes every start idempotent.
 */
export const onboardingWorkflowId = (applicationId: string) => `onboarding:${applicationId}`;

/** One identity verification of one person in one round of an application's checks. */
export const identityVerificationWorkflowId = (applicationId: string, personId: string, round: number) => `identity:${applicationId}:${personId}:${round}`;

export const identityVerificationIdPattern = /^identity:app_[0-9a-z]{20}:per_[0-9a-z]{20}:\d{1,4}$/;

export const enforcementWorkflowId = (enforcementId: string) => `enforcement:${enforcementId}`;
/**
 * One open appeal per contested decision: the workflow ID is the decision's (an enforcement action's
 * or an application's ID), so two different appeals filed at once cannot both start. Appeals
 * started before 2026-12-03 run under `appeal:<appealId>`; their review tasks keep that ID.
 */
export const appealWorkflowId = (contestedId: string) => `appeal:${contestedId}`;
export const performanceReviewWorkflowId = (reviewId: string) => `performance-review:${reviewId}`;
/** The schedule that runs a performance review every day. */
export const PERFORMANCE_SCHEDULE_ID = 'performance-review-daily';
/** One open investigation per seller at a time: reports, anomalies and hits join it. */
export const investigationWorkflowId = (sellerId: string) => `investigation:${sellerId}`;
/** One re-screening per list version: a list change seen twice starts it once. */
export const rescreeningWorkflowId = (listVersion: string) => `rescreening:${listVersion}`;
export const RESCREENING_SCHEDULE_ID = 'rescreening-weekly';
/** The company registers looked at again, daily. */
export const REGISTRY_MONITORING_SCHEDULE_ID = 'registry-monitoring-daily';
/** The schedule that sends the queued statements of reasons to the Transparency Database, and its runs' workflow ID. */
export const TRANSPARENCY_SCHEDULE_ID = 'transparency-database-submission';
export const LIST_DOWNLOAD_SCHEDULE_ID = 'sanctions-list-download';
export const AUDIT_CHECKPOINT_SCHEDULE_ID = 'audit-checkpoint';
export const TRANSPARENCY_SUBMISSION_WORKFLOW_ID = 'transparency-submission:scheduled';
/** One INFORM compliance process per high-volume seller, year after year (continue-as-new). */
export const informWorkflowId = (sellerId: string) => `inform:${sellerId}`;
export const documentRenewalWorkflowId = (requestId: string) => `document-renewal:${requestId}`;
export const eventuallyDueWorkflowId = (requestId: string) => `eventually-due:${requestId}`;
export const blockingReportWorkflowId = (reportId: string) => `blocking-report:${reportId}`;
export const inquiryWorkflowId = (inquiryId: string) => `inquiry:${inquiryId}`;
export const retentionWorkflowId = (sellerId: string) => `retention:${sellerId}`;
/** One short process per legal hold placed (and one per release: `<id>:release`), and per erasure request. */
export const legalHoldWorkflowId = (holdId: string) => `legal-hold:${holdId}`;
export const erasureRequestWorkflowId = (erasureRequestId: string) => `erasure-request:${erasureRequestId}`;
/** One batch of a seller's daily metrics: the same batch sent again is the same process. */
export const metricsReceiptWorkflowId = (sellerId: string, batchDigest: string) => `metrics:${sellerId}:${batchDigest}`;
/** One uploaded document's record: the document ID already derives from the application and the bytes. */
export const documentReceiptWorkflowId = (documentId: string) => `document:${documentId}`;

/** One step of a register discrepancy report: the same step again is the same workflow. */
export const discrepancyReportStepWorkflowId = (reportId: string, step: 'approve' | 'dismiss' | 'file') => `discrepancyReport:${reportId}:${step}`;

/** A registry monitoring run an operator started. */
export const registryMonitoringWorkflowId = (runId: string) => `registry-monitoring:admin:${runId}`;

/** One process per notice; the notice ID derives from its filer and its content or Idempotency-Key. */
export const noticeWorkflowId = (noticeId: string) => `notice:${noticeId}`;
/** One registration per trusted flagger's API client. */
export const trustedFlaggerWorkflowId = (flaggerId: string) => `trusted-flagger:${flaggerId}`;
/** One process per dispute; the dispute ID derives from the order system, the order and the scenario. */
export const disputeWorkflowId = (disputeId: string) => `dispute:${disputeId}`;
/** One report of a seller's devices and addresses: the same report sent again is the same process. */
export const identifierReportWorkflowId = (sellerId: string, digest: string) => `identifiers:${sellerId}:${digest}`;
/** One second review per sampled case task. */
export const qualityReviewWorkflowId = (taskId: string) => `quality-review:${taskId}`;
/** An investigator's profile saved, and a mitigation recorded against a root cause: short processes whose IDs derive from the request. */
export const investigatorProfileWorkflowId = (investigatorId: string, digest: string) => `investigator:${investigatorId}:${digest}`;
export const mitigationWorkflowId = (mitigationId: string) => `mitigation:${mitigationId}`;
