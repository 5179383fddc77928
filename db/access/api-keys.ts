/**
 * API keys: shown once, stored as a SHA-256 hash. The keys are 160 random bits, so a fast hash is
 * enough (a slow password hash protects guessable secrets, which these are not). A key belongs to a
 * client; rotation gives the client a new key and lets the old one live for an overlap, so an
 * integrator can roll over without downtime. Revoked or expired keys are refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { newId } from '../../domain/shared/ids';
import { appendAudit } from '../shared/audit';

export const roles = ['onboarding_frontend', 'order_system', 'reviewer', 'senior_reviewer', 'compliance_officer', 'regulator', 'admin', 'trusted_flagger'] as const;
export type Role = (typeof roles)[number];

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** The integrator the key belongs to: keys of one client see the same sellers. */
  clientId: string;
  /** A regulator's key: the authority and jurisdiction it acts for. */
  authority?: string;
  jurisdiction?: string;
  /** When the key stops working, if it expires (a rotated key's overlap, --expires-in-days). */
  expiresAt?: string;
}

export interface KeyOptions {
  clientId?: string;
  authority?: string;
  jurisdiction?: string;
  expiresAt?: Date;
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

const operator = { id: 'operator', name: 'sellergate command line', role: 'admin' };

export async function createApiKey(db: Knex, role: Role, name: string, options: KeyOptions = {}): Promise<{ key: string; apiKey: ApiKey }> {
  const key = `sg_${randomBytes(24).toString('base64url')}`;
  const id = newId('apiKey');
  const clientId = options.clientId ?? id;
  await db.transaction(async (trx) => {
    await trx('api_keys').insert({
      id,
      name,
      role,
      key_hash: hashKey(key),
      key_prefix: key.slice(0, 8),
      client_id: clientId,
      authority: options.authority ?? null,
      jurisdiction: options.jurisdiction ?? null,
      expires_at: options.expiresAt ?? null,
    });
    await appendAudit(trx, {
      actor: operator,
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: id,
      data: { role, clientId, authority: options.authority ?? null, jurisdiction: options.jurisdiction ?? null },
    });
  });
  return { key, apiKey: { id, name, role, clientId, authority: options.authority, jurisdiction: options.jurisdiction } };
}

/** A new key for the same client and role; the old one keeps working for `overlapHours`, then expires. */
export async function rotateApiKey(db: Knex, id: string, overlapHours: number): Promise<{ key: string; apiKey: ApiKey; oldExpiresAt: Date }> {
  const old = await db('api_keys').where({ id }).whereNull('revoked_at').first();
  if (!old) throw new Error(`no active API key ${id}`);
  const created = await createApiKey(db, old.role, old.name, { clientId: old.client_id, authority: old.authority ?? undefined, jurisdiction: old.jurisdiction ?? undefined });
  const oldExpiresAt = new Date(Date.now() + overlapHours * 3_600_000);
  await db.transaction(async (trx) => {
    await trx('api_keys')
      .where({ id })
      .update({ expires_at: old.expires_at && new Date(old.expires_at) < oldExpiresAt ? old.expires_at : oldExpiresAt });
    await appendAudit(trx, { actor: operator, action: 'api_key.rotated', subjectType: 'api_key', subjectId: id, data: { successor: created.apiKey.id, oldExpiresAt: oldExpiresAt.toISOString() } });
  });
  return { ...created, oldExpiresAt };
}

export async function revokeApiKey(db: Knex, id: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const updated = await trx('api_keys').where({ id }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
    if (updated > 0) await appendAudit(trx, { actor: operator, action: 'api_key.revoked', subjectType: 'api_key', subjectId: id });
    return updated > 0;
  });
}

export async function listApiKeys(db: Knex) {
  return db('api_keys').orderBy('created_at').select('id', 'name', 'role', 'client_id', 'key_prefix', 'authority', 'jurisdiction', 'created_at', 'last_used_at', 'expires_at', 'revoked_at');
}

export async function authenticate(db: Knex, key: string): Promise<ApiKey | undefined> {
  const row = await db('api_keys')
    .where({ key_hash: hashKey(key) })
    .whereNull('revoked_at')
    .where((q) => q.whereNull('expires_at').orWhere('expires_at', '>', db.fn.now()))
    .first('id', 'name', 'role', 'client_id', 'authority', 'jurisdiction', 'last_used_at', 'expires_at');
  if (!row) return undefined;
  // last_used_at at minute precision: one write a minute per key, not one per request.
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000) {
    await db('api_keys').where({ id: row.id }).update({ last_used_at: db.fn.now() });
  }
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    clientId: row.client_id,
    authority: row.authority ?? undefined,
    jurisdiction: row.jurisdiction ?? undefined,
    ...(row.expires_at ? { expiresAt: new Date(row.expires_at).toISOString() } : {}),
  };
}
