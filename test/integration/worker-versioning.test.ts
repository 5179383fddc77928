/**
 * Worker deployment versioning on the real Temporal server: the worker reports its deployment and
 * the workflow build, makes the build current on the first rollout, and each workflow runs with the
 * behaviour its type declares: a metrics batch (short) pinned to the build it started on, an
 * onboarding (long-running) moving with the current build.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { WORKFLOW_BUILD_ID } from '../../temporal/build-id';
import { currentBuild } from '../../temporal/versioning';
import { metricsReceiptWorkflowId, onboardingWorkflowId } from '../../temporal/workflow-ids';
import { waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';
import { temporal as proto } from '@temporalio/proto';

const deploymentName = `sellergate-test-${process.pid}-${Date.now()}`;
const test = useSystem({ env: { TEMPORAL_WORKER_VERSIONING: 'on', TEMPORAL_DEPLOYMENT_NAME: deploymentName } });
const keys = () => test.system.keys;

const Behavior = proto.api.enums.v1.VersioningBehavior;

async function versioningOf(workflowId: string) {
  const description = await test.system.temporal.workflow.getHandle(workflowId).describe();
  const info = description.raw.workflowExecutionInfo?.versioningInfo;
  return { behavior: info?.behavior, buildId: info?.deploymentVersion?.buildId, deploymentName: info?.deploymentVersion?.deploymentName };
}

it('makes the first build of a deployment its current version', async () => {
  expect(await currentBuild(test.system.temporal, test.system.config)).toBe(WORKFLOW_BUILD_ID);
});

it('runs an onboarding as auto-upgrade on the current build', async () => {
  const accepted = await test.post('/v1/applications', keys().onboarding_frontend, ukCompany());
  expect(accepted.status).toBe(202);
  await waitFor(
    () => test.get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
    (r) => r.body.status === 'approved',
  );
  expect(await versioningOf(onboardingWorkflowId(accepted.body.id))).toEqual({ behavior: Behavior.VERSIONING_BEHAVIOR_AUTO_UPGRADE, buildId: WORKFLOW_BUILD_ID, deploymentName });
});

it('pins a metrics batch to the build it started on', async () => {
  const accepted = await test.post('/v1/applications', keys().onboarding_frontend, ukCompany());
  const approved = await waitFor(
    () => test.get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
    (r) => r.body.status === 'approved',
  );
  const sellerId = approved.body.sellerId;
  const days = [
    { date: '2026-11-01', orders: 10, preFulfilmentCancellations: 0, lateShipments: 0, orderDefects: 0, shipments: 10, shipmentsWithValidTracking: 10, sales: { amount: '100.00', currency: 'GBP' } },
  ];
  const stored = await test.post(`/v1/sellers/${sellerId}/metrics`, keys().order_system, { days });
  expect(stored).toMatchObject({ status: 200, body: { days: 1 } });
  // The batch's workflow, found through visibility (which lags the start by a moment).
  const listed = async () => {
    const ids: string[] = [];
    for await (const w of test.system.temporal.workflow.list({ query: `WorkflowType = 'metricsReceipt' AND WorkflowId STARTS_WITH '${metricsReceiptWorkflowId(sellerId, '')}'` }))
      ids.push(w.workflowId);
    return ids;
  };
  const ids = await waitFor(listed, (found) => found.length > 0);
  expect(ids).toHaveLength(1);
  expect(await versioningOf(ids[0])).toEqual({ behavior: Behavior.VERSIONING_BEHAVIOR_PINNED, buildId: WORKFLOW_BUILD_ID, deploymentName });
});
