/**
 * Idempotency keys (Stripe style): the first request with a key reserves a resource ID; a retry
 * with the same body gets the same resource (and, once stored, the same response); the same key
 * with a different body is refused.
 */
import type { Knex } from 'knex';

export interface IdempotencyRecord {
  requestHash: string;
  resourceId: string;
  response?: { status: number; body: unknown };
}

export async function reserveIdempotencyKey(db: Knex, apiKeyId: string, key: string, requestHash: string, resourceId: string): Promise<IdempotencyRecord> {
  await db('idempotency_keys').insert({ api_key_id: apiKeyId, key, request_hash: requestHash, resource_id: resourceId }).onConflict(['api_key_id', 'key']).ignore();
  const row = await db('idempotency_keys').where({ api_key_id: apiKeyId, key }).first();
  return {
    requestHash: row.request_hash,
    resourceId: row.resource_id,
    response: row.response_status ? { status: row.response_status, body: row.response_body } : undefined,
  };
}

export async function storeIdempotentResponse(db: Knex, apiKeyId: string, key: string, status: number, body: unknown): Promise<void> {
  await db('idempotency_keys')
    .where({ api_key_id: apiKeyId, key })
    .update({ response_status: status, response_body: JSON.stringify(body) });
}
