/**
 * `npm start`: the whole system in one process on embedded defaults. The database is PGlite under
 * DATA_DIR unless DATABASE_URL is set; Temporal is a local dev server persisted under DATA_DIR
 * unless TEMPORAL_ADDRESS is set. Then migrations, dev keys, the worker and the API.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { ApiLifecycle, shutDownGracefully } from '../api/shutdown';
import { createApp } from '../api/app';
import { listen } from '../api/listen';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrate } from '../db/knex';
import { ensureDevKeys } from '../dev-keys';
import { createLogger } from '../logger';
import { temporalLoggerFor } from '../temporal/runtime-logger';
import { sanctionsIndex, screeningFor } from '../providers/sanctions/lists';
import { keepSanctionsListCopies } from '../providers/sanctions/list-downloads';
import { createTemporalClient } from '../temporal/connection';
import { configuredCluster, devServerConnection } from '../temporal/cluster-connection';
import { ensureSchedules, scheduleOptions } from '../temporal/schedules';
import { watchSanctionsLists } from '../temporal/list-changes';
import { startDevServer, type DevServer } from '../temporal/dev-server';
import { createWorker, registerSearchAttributes } from '../worker';
import { promoteBuild } from '../temporal/versioning';
import { workerTelemetry } from '../temporal/metrics-exporter';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  mkdirSync(config.dataDir, { recursive: true });
  const cleanups: Array<{ step: string; run: () => Promise<unknown> }> = [];
  const onStop = (step: string, run: () => Promise<unknown>) => cleanups.push({ step, run });
  // Each step gets a bounded time: a stuck step is reported and the rest still run.
  const stopAll = async () => {
    for (const { step, run } of cleanups.reverse()) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 20 s')), 20_000)));
      await Promise.race([run(), timeout])
        .catch((err) => logger.warn({ step, err: String(err) }, 'shutdown step failed'))
        .finally(() => clearTimeout(timer));
    }
  };

  try {
    const database = await connectDatabase(config);
    onStop('database', () => database.close());
    await migrate(database.db);
    const keysFile = database.embedded ? await ensureDevKeys(database.db, config.dataDir) : undefined;

    let devServer: DevServer | undefined;
    let cluster = config.TEMPORAL_ADDRESS ? configuredCluster(config) : undefined;
    if (!cluster) {
      logger.info('starting the local Temporal dev server');
      devServer = await startDevServer({ port: config.TEMPORAL_DEV_PORT, uiPort: config.TEMPORAL_DEV_UI_PORT, dbFilename: join(config.dataDir, 'temporal.db'), namespace: config.TEMPORAL_NAMESPACE });
      onStop('temporal dev server', () => devServer!.stop());
      cluster = devServerConnection(devServer.address);
    }
    const address = cluster.address;
    await registerSearchAttributes(cluster, config.TEMPORAL_NAMESPACE);

    // What can fail at start-up fails before the worker exists (a worker holds its connection until it has
    // run and stopped): the lists load, the schedules are there, the port is ours.
    const stopFollowing = await keepSanctionsListCopies(database.db, config, (err) => logger.warn({ err: (err as Error).message }, 'sanctions list copy failed'));
    onStop('sanctions list copies', async () => stopFollowing());
    await sanctionsIndex(config.sanctionsListFiles);
    const temporal = createTemporalClient({ ...cluster, namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
    onStop('temporal client', () => temporal.connection.close());
    await ensureSchedules(temporal, config.TEMPORAL_TASK_QUEUE, scheduleOptions(config));
    const lifecycle = new ApiLifecycle();
    const app = createApp({ config, db: database.db, temporal, logger, screening: screeningFor(config), lifecycle });
    const server = await listen(app, config.PORT, '0.0.0.0');
    // Closed first when stopping (the steps run in reverse): no new requests while the worker drains.
    const closeServer = () => shutDownGracefully(server, lifecycle, { drainMs: config.shutdownDrainSeconds * 1000, graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000, logger });

    // This process owns Ctrl-C: the SDK's own signal handling would stop the worker behind our back.
    Runtime.install({ shutdownSignals: [], logger: temporalLoggerFor(logger), telemetryOptions: workerTelemetry(config.TEMPORAL_METRICS_ADDRESS) });
    const connection = await NativeConnection.connect(cluster);
    onStop('worker connection', () => connection.close());
    const worker = await createWorker({ config, db: database.db, connection, temporal });
    const running = worker.run();
    onStop('worker', async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    });
    // With TEMPORAL_WORKER_VERSIONING=on, this build takes work once it is the deployment's current one.
    await promoteBuild(temporal, config);
    const stopWatching = watchSanctionsLists({
      db: database.db,
      temporal,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      index: () => sanctionsIndex(config.sanctionsListFiles),
      intervalMs: config.SANCTIONS_LIST_CHECK_SECONDS * 1000,
      onError: (err) => logger.warn({ err: (err as Error).message }, 'sanctions list watch failed'),
    });
    onStop('sanctions list watch', async () => stopWatching());
    onStop('http server', closeServer);

    const base = `http://localhost:${config.PORT}`;
    console.log(`
Sellergate is running.
  API           ${base}/v1
  Console       ${base}/console/ (sign in with the reviewer key from the API keys file)
  OpenAPI       ${base}/openapi.json
  Health        ${base}/readyz
  Temporal UI   ${devServer?.uiUrl ?? `(the cluster at ${address})`}
  Database      ${database.embedded ? `embedded PGlite in ${join(config.dataDir, 'pglite')}` : 'DATABASE_URL'}
  Sanctions     ${config.SANCTIONS_LIST_FILES ? config.sanctionsListFiles.join(', ') : 'the synthetic test fixture (set SANCTIONS_LIST_FILES for real lists)'}
${keysFile ? `  API keys      ${keysFile} (one per role)\n` : ''}Press Ctrl-C to stop.`);

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      await stopAll();
      console.log('Sellergate stopped.');
      process.exit(0);
    };
    // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal's process group and
    // relayed by tsx), and a second SIGINT without a handler would kill it halfway through stopping.
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    running.catch(async (err) => {
      logger.error({ err: String(err) }, 'worker stopped');
      await stop('worker-failure');
    });
  } catch (err) {
    await stopAll();
    throw err;
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `start-up failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
