/**
 * The embedded dev mode's keys: one API key per role, written once to dev-keys.json in the data
 * directory (mode 0600) so a developer can follow the README with curl. Never printed or logged.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiKey, roles, type Role } from './db/repositories/api-keys';
import type { Db } from './db/knex';

export async function ensureDevKeys(db: Db, dataDir: string): Promise<string> {
  const file = join(dataDir, 'dev-keys.json');
  if (existsSync(file)) return file;
  const keys: Partial<Record<Role, string>> = {};
  for (const role of roles) keys[role] = (await createApiKey(db, role, `dev ${role}`)).key;
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return file;
}
