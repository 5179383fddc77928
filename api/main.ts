/** The API alone (production): needs DATABASE_URL and TEMPORAL_ADDRESS; API_PROCESSES of them on one port (api/processes.ts). */
import cluster from 'node:cluster';
import { assertStandalone, loadConfig } from '../config';
import { createDb } from '../db/knex';
import { createLogger } from '../logger';
import { createTemporalClient } from '../temporal/connection';
import { configuredCluster } from '../temporal/cluster-connection';
import { createApp } from './app';
import { ApiLifecycle, shutDownGracefully } from './shutdown';
import { announceListening, runApiProcesses } from './processes';
import { listen } from './listen';
import { screeningFor } from '../providers/sanctions/lists';
import { keepSanctionsListCopies } from '../providers/sanctions/list-downloads';

async function main(): Promise<void> {
  const config = loadConfig();
  assertStandalone(config, 'API');
  const logger = createLogger(config.LOG_LEVEL);
  if (config.API_PROCESSES > 1 && cluster.isPrimary) {
    const code = await runApiProcesses(config.API_PROCESSES, (message, fields) => logger.info(fields ?? {}, message));
    logger.info({ code }, 'api processes stopped');
    process.exit(code);
  }
  const db = createDb(config.DATABASE_URL!);
  const temporal = createTemporalClient({ ...configuredCluster(config), namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
  const lifecycle = new ApiLifecycle();
  // What can fail at start-up fails before the port is taken, with its own message: the lists that
  // ad-hoc screening needs load, and the port is free.
  const screening = screeningFor(config);
  const stopFollowing = await keepSanctionsListCopies(db, config, (err) => logger.warn({ err: (err as Error).message }, 'sanctions list copy failed'));
  await screening.index();
  const app = createApp({ config, db, temporal, logger, screening, lifecycle });
  const server = await listen(app, config.PORT);
  logger.info({ port: config.PORT }, 'api listening');
  announceListening();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'api stopping');
    stopFollowing();
    const outcome = await shutDownGracefully(server, lifecycle, { drainMs: config.shutdownDrainSeconds * 1000, graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000, logger });
    await temporal.connection.close();
    await db.destroy();
    logger.info({ outcome }, 'api stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
