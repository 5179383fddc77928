/**
 * Worker deployment versioning (Temporal Worker Versioning, server 1.29.1 or later): each worker
 * reports its deployment name and the workflow build (temporal/build-id.ts). Workflow types say how
 * they move between builds (workflows/versioning-behaviors.ts): the short ones are PINNED and finish
 * on the build they started on; the long-running ones AUTO_UPGRADE to the current build and keep
 * their histories replayable with patched() (docs/workflow-versioning.md).
 *
 * A new build takes work only once it is the deployment's current version: the first build becomes
 * current by itself, a later one when the operator promotes it after its workers poll
 * (`temporal worker deployment set-current-version`), or at once with TEMPORAL_PROMOTE_BUILD=always.
 */
import type { Client } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import type { Config } from '../config';
import { WORKFLOW_BUILD_ID } from './build-id';

type VersioningConfig = Pick<Config, 'workerVersioning' | 'TEMPORAL_DEPLOYMENT_NAME' | 'TEMPORAL_PROMOTE_BUILD' | 'TEMPORAL_NAMESPACE'>;

export function workerDeploymentOptions(config: VersioningConfig): WorkerOptions['workerDeploymentOptions'] {
  if (!config.workerVersioning) return undefined;
  return {
    version: { deploymentName: config.TEMPORAL_DEPLOYMENT_NAME, buildId: WORKFLOW_BUILD_ID },
    useWorkerVersioning: true,
    // Types that do not say otherwise move to the current build (and so must stay replayable).
    defaultVersioningBehavior: 'AUTO_UPGRADE',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes this build the deployment's current version as TEMPORAL_PROMOTE_BUILD says. Called once the
 * worker polls: the server knows a version only after its first poll, so it is retried until then.
 * Returns the build that is current afterwards.
 */
export async function promoteBuild(client: Client, config: VersioningConfig, options: { attempts?: number; delayMs?: number } = {}): Promise<string | undefined> {
  if (!config.workerVersioning) return undefined;
  const service = client.workflowService;
  const deploymentName = config.TEMPORAL_DEPLOYMENT_NAME;
  const namespace = config.TEMPORAL_NAMESPACE;
  const attempts = options.attempts ?? 60;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const current = await currentBuild(client, config);
      if (current === WORKFLOW_BUILD_ID || config.TEMPORAL_PROMOTE_BUILD === 'never' || (current && config.TEMPORAL_PROMOTE_BUILD === 'first')) return current;
      await service.setWorkerDeploymentCurrentVersion({ namespace, deploymentName, buildId: WORKFLOW_BUILD_ID, identity: `sellergate-worker ${WORKFLOW_BUILD_ID}`, ignoreMissingTaskQueues: true });
      return WORKFLOW_BUILD_ID;
    } catch (err) {
      // NOT_FOUND (5): the deployment or version is not known until the worker's first poll lands.
      // FAILED_PRECONDITION (9): the server is still registering the version's task queues.
      lastError = err;
      await sleep(options.delayMs ?? 500);
    }
  }
  throw new Error(`could not make build ${WORKFLOW_BUILD_ID} current in deployment ${deploymentName}: ${(lastError as Error)?.message}`);
}

/** The deployment's current build, or undefined before any is current (or before the deployment exists). */
export async function currentBuild(client: Client, config: VersioningConfig): Promise<string | undefined> {
  try {
    const { workerDeploymentInfo } = await client.workflowService.describeWorkerDeployment({ namespace: config.TEMPORAL_NAMESPACE, deploymentName: config.TEMPORAL_DEPLOYMENT_NAME });
    return workerDeploymentInfo?.routingConfig?.currentDeploymentVersion?.buildId || undefined;
  } catch (err) {
    if ((err as { code?: number }).code === 5) return undefined;
    throw err;
  }
}
