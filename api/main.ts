/** The API alone (production): needs DATABASE_URL and TEMPORAL_ADDRESS. */
import { assertStandalone, loadConfig } from '../config';
import { createDb } from '../db/knex';
import { createLogger } from '../logger';
import { createTemporalClient } from '../temporal/connection';
import { configuredCluster } from '../temporal/cluster-connection';
import { createApp } from './app';
import { screeningFor } from '../providers/sanctions/lists';

async function main(): Promise<void> {
  const config = loadConfig();
  assertStandalone(config, 'API');
  const logger = createLogger(config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL!);
  const temporal = createTemporalClient({ ...configuredCluster(config), namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
  const server = createApp({ config, db, temporal, logger, screening: screeningFor(config) }).listen(config.PORT, () => logger.info({ port: config.PORT }, 'api listening'));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(async () => {
      await temporal.connection.close();
      await db.destroy();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
