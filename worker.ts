/**
 * The Temporal worker: the onboarding workflows and the activities that do their side effects.
 * `npm run worker` runs it alone against TEMPORAL_ADDRESS and DATABASE_URL (production);
 * scripts/start.ts runs it in-process in the embedded mode.
 */
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createLogger } from './logger';
import { temporalLoggerFor } from './temporal/runtime-logger';
import { createTransport } from 'nodemailer';
import { createActivities } from './activities';
import { assertStandalone, loadConfig, type Config } from './config';
import { createDb, type Db } from './db/knex';
import { useFieldKeyring } from './db/field-keyring';
import { createProviders, type Providers } from './providers';
import { createDocumentStorage } from './providers/storage';
import { TransparencyDatabaseClient } from './providers/transparency-database/client';
import { sanctionsIndex, screeningFor } from './providers/sanctions/lists';
import { keepSanctionsListCopies } from './providers/sanctions/list-downloads';
import { ensureSearchAttributes } from './temporal/search-attribute-registration';
import { Connection, type Client } from '@temporalio/client';
import { createTemporalClient, dataConverterFor } from './temporal/connection';
import { configuredCluster, type ClusterConnection } from './temporal/cluster-connection';
import { ensureSchedules, scheduleOptions } from './temporal/schedules';
import { watchSanctionsLists } from './temporal/list-changes';
import { promoteBuild, workerDeploymentOptions } from './temporal/versioning';
import { WORKFLOW_BUILD_ID } from './temporal/build-id';
import { activityRequestContext, WORKFLOW_INTERCEPTORS_PATH } from './temporal/request-context';
import { permanentDataErrors } from './temporal/permanent-data-errors';
import { workerTelemetry } from './temporal/metrics-exporter';

export interface WorkerDeps {
  config: Config;
  db: Db;
  connection: NativeConnection;
  /** For activities that start or signal workflows (the performance review hands over to enforcement). */
  temporal: Client;
  providers?: Providers;
  /** A prebuilt workflow bundle (tests bundle once); otherwise the worker bundles workflows/ itself. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export async function createWorker(deps: WorkerDeps): Promise<Worker> {
  const { config } = deps;
  useFieldKeyring(config.keyring);
  const activities = createActivities({
    db: deps.db,
    providers: deps.providers ?? createProviders(config),
    screening: screeningFor(config),
    reviewSlaHours: config.REVIEW_SLA_HOURS,
    identityAnswerTimeoutHours: config.IDENTITY_ANSWER_TIMEOUT_HOURS,
    notifications: notificationDeps(config),
    fingerprintKey: config.fingerprintKey,
    auditCheckpointKey: config.auditCheckpointKey,
    temporal: { client: deps.temporal, taskQueue: config.TEMPORAL_TASK_QUEUE },
    enforcementNoticeHours: config.ENFORCEMENT_NOTICE_HOURS,
    performanceRanges: config.PERFORMANCE_RANGES,
    sanctionsListDownload: config.sanctionsListDownload,
    documents: createDocumentStorage(config),
    transparencyDatabase: transparencyDatabaseFor(config),
    sanctionsHitSlaHours: config.SANCTIONS_HIT_SLA_HOURS,
    qaSampleRate: config.QA_SAMPLE_RATE,
    registry: { ownershipDepth: config.REGISTRY_OWNERSHIP_DEPTH, obligedEntity: { name: config.OBLIGED_ENTITY_NAME, email: config.OBLIGED_ENTITY_EMAIL } },
  });
  return Worker.create({
    connection: deps.connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities,
    dataConverter: dataConverterFor(config.keyring),
    workerDeploymentOptions: workerDeploymentOptions(config),
    // Stopping (SIGTERM): no new tasks; those in flight get the grace time, then activities are
    // cancelled (their attempt fails and is retried on another worker); past the force time it gives up.
    shutdownGraceTime: config.SHUTDOWN_GRACE_SECONDS * 1000,
    shutdownForceTime: (config.SHUTDOWN_GRACE_SECONDS + 15) * 1000,
    // The API request behind each workflow joins its log lines and its activities' (a prebuilt bundle has the workflow side built in).
    interceptors: { ...(deps.workflowBundle ? {} : { workflowModules: [WORKFLOW_INTERCEPTORS_PATH] }), activity: [activityRequestContext, permanentDataErrors] },
    ...(deps.workflowBundle ? { workflowBundle: deps.workflowBundle } : { workflowsPath: require.resolve('./workflows') }),
  });
}

/** The Transparency Database's API when it is configured. */
export function transparencyDatabaseFor(config: Config): TransparencyDatabaseClient | undefined {
  if (!config.TRANSPARENCY_DATABASE_URL || !config.TRANSPARENCY_DATABASE_TOKEN) return undefined;
  return new TransparencyDatabaseClient({ baseUrl: config.TRANSPARENCY_DATABASE_URL, token: config.TRANSPARENCY_DATABASE_TOKEN, timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000 });
}

/** Email through SMTP_URL when set; webhooks to WEBHOOK_URL when set. Neither is required to run. */
export function notificationDeps(config: Config) {
  return {
    mailer: config.SMTP_URL ? createTransport(config.SMTP_URL) : undefined,
    emailFrom: config.EMAIL_FROM,
    reviewerEmails: (config.REVIEWER_NOTIFICATION_EMAILS ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
    webhook: config.WEBHOOK_URL && config.WEBHOOK_SECRET ? { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET } : undefined,
  };
}

export async function registerSearchAttributes(cluster: ClusterConnection, namespace: string): Promise<void> {
  const connection = await Connection.connect(cluster);
  try {
    await ensureSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  assertStandalone(config, 'worker');
  const logger = createLogger(config.LOG_LEVEL);
  Runtime.install({ logger: temporalLoggerFor(logger), telemetryOptions: workerTelemetry(config.TEMPORAL_METRICS_ADDRESS) });
  const cluster = configuredCluster(config);
  const db = createDb(config.DATABASE_URL!);
  await registerSearchAttributes(cluster, config.TEMPORAL_NAMESPACE);
  const connection = await NativeConnection.connect(cluster);
  const temporal = createTemporalClient({ ...cluster, namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
  await ensureSchedules(temporal, config.TEMPORAL_TASK_QUEUE, scheduleOptions(config));
  const worker = await createWorker({ config, db, connection, temporal, workflowBundle: config.WORKFLOW_BUNDLE_PATH ? { codePath: config.WORKFLOW_BUNDLE_PATH } : undefined });
  const stopFollowing = await keepSanctionsListCopies(db, config, (err) => logger.warn({ err: (err as Error).message }, 'sanctions list copy failed'));
  const stopWatching = watchSanctionsLists({
    db,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    index: () => sanctionsIndex(config.sanctionsListFiles),
    intervalMs: config.SANCTIONS_LIST_CHECK_SECONDS * 1000,
    onError: (err) => logger.warn({ err: (err as Error).message }, 'sanctions list watch failed'),
  });
  // Load the sanctions index before taking work, so the first screening is not the slow one.
  await sanctionsIndex(config.sanctionsListFiles);
  const running = worker.run();
  const current = await promoteBuild(temporal, config);
  if (config.workerVersioning)
    logger.info({ deployment: config.TEMPORAL_DEPLOYMENT_NAME, build: WORKFLOW_BUILD_ID, current }, current === WORKFLOW_BUILD_ID ? 'worker build is current' : 'worker build waits to be promoted');
  await running;
  stopWatching();
  stopFollowing();
  await temporal.connection.close();
  await connection.close();
  await db.destroy();
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
