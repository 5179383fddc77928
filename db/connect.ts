/** Opens the database of either mode: DATABASE_URL, or the embedded PGlite under the data directory. */
import type { Config } from '../config';
import { openEmbeddedDatabase } from './embedded';
import { createDb, type Db } from './knex';

export interface DatabaseHandle {
  db: Db;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function connectDatabase(config: Pick<Config, 'DATABASE_URL' | 'dataDir' | 'EMBEDDED_DB_PORT'>): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    const db = createDb(config.DATABASE_URL);
    return { db, url: config.DATABASE_URL, embedded: false, close: () => db.destroy() };
  }
  const embedded = await openEmbeddedDatabase(config.dataDir, config.EMBEDDED_DB_PORT);
  const db = createDb(embedded.url);
  return {
    db,
    url: embedded.url,
    embedded: true,
    close: async () => {
      await db.destroy();
      await embedded.close();
    },
  };
}
