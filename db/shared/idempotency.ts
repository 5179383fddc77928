/**
 * Idempotency keys (Stripe style): the first request with a key reserves a resource ID; a retry
 * with the same body gets the same resource; the same key with a different body is refused.
 */
import type { Knex } from 'knex';

export interface IdempotencyRecord {
  requestHash: string;
  resourceId: string;
  /** True for the request that reserved the key, false for a retry. */
  reserved: boolean;
}

/**
 * One statement whether the key is new or not: the insert, or on conflict a no-op update that
 * returns the row already there (`xmax = 0` only for a row this statement inserted).
 */
export async function reserveIdempotencyKey(db: Knex, apiKeyId: string, key: string, requestHash: string, resourceId: string): Promise<IdempotencyRecord> {
  const { rows } = await db.raw(
    `insert into idempotency_keys (api_key_id, key, request_hash, resource_id) values (?, ?, ?, ?)
     on conflict (api_key_id, key) do update set key = excluded.key
     returning request_hash, resource_id, (xmax = 0) as reserved`,
    [apiKeyId, key, requestHash, resourceId],
  );
  return { requestHash: rows[0].request_hash, resourceId: rows[0].resource_id, reserved: rows[0].reserved === true };
}
