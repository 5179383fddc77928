/** One knex setup for both modes: a real Postgres, or the embedded PGlite served on the wire protocol. */
import { resolve } from 'node:path';
import knex, { type Knex } from 'knex';
import { types } from 'pg';

// A calendar date stays the string it is ('2026-11-21'): as a JS Date it would shift with the time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

export type Db = Knex;

export const MIGRATIONS_DIR = resolve(__dirname, '..', 'migrations');

export function createDb(connectionString: string, options: { poolMax?: number } = {}): Db {
  return knex({
    client: 'pg',
    connection: { connectionString, application_name: 'sellergate' },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Fail fast when the database is away so the API can answer 503 instead of hanging.
    acquireConnectionTimeout: 5000,
  });
}

export async function migrate(db: Db): Promise<string[]> {
  const [, applied] = await db.migrate.latest({ directory: MIGRATIONS_DIR, loadExtensions: ['.ts', '.js'] });
  return applied as string[];
}
