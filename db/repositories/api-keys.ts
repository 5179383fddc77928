/**
 * API keys: shown once, stored as a SHA-256 hash. The keys are 160 random bits, so a fast hash is
 * enough (a slow password hash protects guessable secrets, which these are not).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { newId } from '../../domain/ids';

export const roles = ['onboarding_frontend', 'order_system', 'reviewer', 'senior_reviewer', 'compliance_officer', 'regulator', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export async function createApiKey(db: Knex, role: Role, name: string): Promise<{ key: string; apiKey: ApiKey }> {
  const key = `sg_${randomBytes(24).toString('base64url')}`;
  const id = newId('apiKey');
  await db('api_keys').insert({ id, name, role, key_hash: hashKey(key), key_prefix: key.slice(0, 8) });
  return { key, apiKey: { id, name, role } };
}

export async function authenticate(db: Knex, key: string): Promise<ApiKey | undefined> {
  const row = await db('api_keys').where({ key_hash: hashKey(key) }).whereNull('revoked_at').first('id', 'name', 'role', 'last_used_at');
  if (!row) return undefined;
  // last_used_at at minute precision: one write a minute per key, not one per request.
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000) {
    await db('api_keys').where({ id: row.id }).update({ last_used_at: db.fn.now() });
  }
  return { id: row.id, name: row.name, role: row.role };
}
