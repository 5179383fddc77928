/**
 * How each workflow type moves between builds under worker versioning (temporal/versioning.ts):
 * these short ones, which end within minutes of starting, are PINNED and finish on the build they
 * started on, so a change to them needs no patch. Every other type AUTO_UPGRADEs (the worker's
 * default) to the current build, so its changes go behind patched() (docs/workflow-versioning.md).
 */
import { setWorkflowOptions, workflowInfo } from '@temporalio/workflow';
import { discrepancyReportStep } from './onboarding/discrepancy-report';
import { registryMonitoring } from './onboarding/registry-monitoring';
import { documentReceipt } from './onboarding/document-receipt';
import { metricsReceipt } from './performance/metrics-receipt';
import { performanceReview } from './performance/performance-review';
import { erasureRequest, legalHoldPlacement, legalHoldRelease } from './retention/requests';
import { rescreening } from './screening/rescreening';
import { sanctionsListDownload } from './screening/list-download';
import { auditCheckpoint } from './operations/audit-checkpoint';
import { transparencySubmission } from './enforcement/transparency-submission';
import { trustedFlaggerRegistration } from './notices/trusted-flagger';
import { identifierReport } from './account-groups/identifier-report';
import { investigatorProfile, rootCauseMitigation } from './operations/requests';

export const pinnedWorkflows = {
  discrepancyReportStep,
  registryMonitoring,
  documentReceipt,
  metricsReceipt,
  legalHoldPlacement,
  legalHoldRelease,
  erasureRequest,
  performanceReview,
  rescreening,
  sanctionsListDownload,
  transparencySubmission,
  auditCheckpoint,
  trustedFlaggerRegistration,
  identifierReport,
  investigatorProfile,
  rootCauseMitigation,
};

// Only a versioned worker may state a behaviour (the server refuses it from an unversioned one, as
// in the embedded mode): the worker that runs the first task says which it is.
const pinnedWhenVersioned = () => (workflowInfo().currentDeploymentVersion?.deploymentName ? { versioningBehavior: 'PINNED' as const } : {});

for (const workflow of Object.values(pinnedWorkflows)) setWorkflowOptions(pinnedWhenVersioned, workflow as (...args: never[]) => Promise<unknown>);
