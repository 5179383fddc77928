/**
 * Audit events: who did what to which record, and why. Appended in the same transaction as the
 * change they describe, so a change without its event cannot exist; chained by hash to the event
 * before, so an event changed or removed afterwards is found (verifyAuditChain). The database
 * refuses UPDATE and DELETE on the table.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { chainHash, firstBreak, GENESIS_HASH, type ChainBreak, type ChainedContent } from '../../domain/shared/audit-chain';
import type { Actor } from '../../domain/shared/actor';

export interface AuditEvent {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  requestId?: string;
}

/** One chain: appends take turns (a transaction-scoped advisory lock), so each links to the one before. */
const CHAIN_LOCK = 7_370_011;

export async function appendAudit(db: Knex, event: AuditEvent): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction((trx) => appendAudit(trx, event));
    return;
  }
  await db.raw('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const last = await db('audit_events').orderBy('seq', 'desc').first('hash');
  const content: ChainedContent = {
    id: `aud_${randomUUID().replace(/-/g, '')}`,
    occurredAt: new Date().toISOString(),
    actorId: event.actor.id,
    actorRole: event.actor.role,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    // As jsonb will give it back: what JSON drops (undefined) is not hashed either.
    data: event.data ? JSON.parse(JSON.stringify(event.data)) : null,
    requestId: event.requestId ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await db('audit_events').insert({
    id: content.id,
    occurred_at: content.occurredAt,
    actor_id: content.actorId,
    actor_role: content.actorRole,
    action: content.action,
    subject_type: content.subjectType,
    subject_id: content.subjectId,
    data: content.data === null ? null : JSON.stringify(content.data),
    request_id: content.requestId,
    prev_hash: prevHash,
    hash: chainHash(prevHash, content),
  });
}

/** Walks the whole chain in order, a page at a time; names the first event that does not hold. */
export async function verifyAuditChain(db: Knex): Promise<{ verified: number; firstBrokenLink: ChainBreak | null }> {
  let verified = 0;
  let previous = GENESIS_HASH;
  for (let after = '0'; ;) {
    const rows = await db('audit_events').whereRaw('seq > ?::bigint', [after]).orderBy('seq').limit(2000);
    if (rows.length === 0) return { verified, firstBrokenLink: null };
    const result = firstBreak(
      rows.map((r) => ({
        seq: String(r.seq),
        id: r.id,
        occurredAt: new Date(r.occurred_at).toISOString(),
        actorId: r.actor_id,
        actorRole: r.actor_role,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        data: r.data ?? null,
        requestId: r.request_id ?? null,
        prevHash: r.prev_hash,
        hash: r.hash,
      })),
      previous,
    );
    verified += result.checked;
    if (result.broken) return { verified, firstBrokenLink: result.broken };
    previous = result.lastHash;
    after = String(rows[rows.length - 1].seq);
  }
}
