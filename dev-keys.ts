/**
 * The embedded dev mode's keys: one API key per role, written to dev-keys.json in the data
 * directory (mode 0600) so a developer can follow the README with curl. Never printed or logged.
 * A role added by a newer version gets its key on the next start; existing keys are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiKey, roles, type Role } from './db/access/api-keys';
import type { Db } from './db/knex';

/** The development regulator acts for a sandbox authority. */
const DEV_REGULATOR = { authority: 'Sandbox Digital Services Coordinator', jurisdiction: 'EU' };

export async function ensureDevKeys(db: Db, dataDir: string): Promise<string> {
  const file = join(dataDir, 'dev-keys.json');
  const keys: Partial<Record<Role, string>> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const missing = roles.filter((role) => !keys[role]);
  if (missing.length === 0) return file;
  for (const role of missing) keys[role] = (await createApiKey(db, role, `dev ${role}`, role === 'regulator' ? DEV_REGULATOR : {})).key;
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return file;
}
