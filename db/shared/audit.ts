/**
 * Audit events: who did what to which record, and why. Appended in the same transaction as the
 * change they describe, so a change without its event cannot exist; chained by hash to the event
 * before in its chain, one chain per shard of subjects, so an event changed or removed afterwards
 * is found (verifyAuditChain), and the chains' heads are signed at intervals
 * (db/shared/audit-checkpoints.ts). The database refuses UPDATE and DELETE on the table.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { chainHash, firstBreak, GENESIS_HASH, type ChainBreak, type ChainedContent } from '../../domain/shared/audit-chain';
import { chainOf } from '../../domain/shared/audit-checkpoint';
import { verifyAuditCheckpoints, type CheckpointBreak } from './audit-checkpoints';
import type { Actor } from '../../domain/shared/actor';

export interface AuditEvent {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  requestId?: string;
}

/**
 * Appends within one chain take turns (a transaction-scoped advisory lock per chain), so each links
 * to the one before it; appends to different chains do not wait for each other. Chain 0 goes on from
 * the single chain of the builds before (their events are in it), under its lock.
 */
const CHAIN_LOCK = 7_370_011;
const chainLock = (chain: number) => (chain === 0 ? CHAIN_LOCK : CHAIN_LOCK_BASE + chain);
const CHAIN_LOCK_BASE = 7_370_100;

export async function appendAudit(db: Knex, event: AuditEvent): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction((trx) => appendAudit(trx, event));
    return;
  }
  const chain = chainOf(event.subjectType, event.subjectId);
  // Plain SQL, not the query builder: the trail is appended beside nearly every change, so its cost counts.
  await db.raw('select pg_advisory_xact_lock(?)', [chainLock(chain)]);
  const { rows } = await db.raw('select hash from audit_events where chain = ? order by seq desc limit 1', [chain]);
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
  const prevHash: string = rows[0]?.hash ?? GENESIS_HASH;
  await db.raw(
    `insert into audit_events (id, occurred_at, actor_id, actor_role, action, subject_type, subject_id, data, request_id, chain, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
    [
      content.id,
      content.occurredAt,
      content.actorId,
      content.actorRole,
      content.action,
      content.subjectType,
      content.subjectId,
      content.data === null ? null : JSON.stringify(content.data),
      content.requestId,
      chain,
      prevHash,
      chainHash(prevHash, content),
    ],
  );
}

export interface AuditVerification {
  verified: number;
  firstBrokenLink: ChainBreak | null;
  checkpoints: { verified: number; latestAt: string | null; firstBroken: CheckpointBreak | null };
}

/**
 * Walks every chain in order, a page at a time, and names the first event that does not hold in its
 * chain; then checks the checkpoints against the chains (`checkpointKey` verifies their signatures).
 */
export async function verifyAuditChain(db: Knex, checkpointKey: string): Promise<AuditVerification> {
  let verified = 0;
  const heads = new Map<number, string>();
  let firstBrokenLink: ChainBreak | null = null;
  for (let after = '0'; ;) {
    const rows = await db('audit_events').whereRaw('seq > ?::bigint', [after]).orderBy('seq').limit(2000);
    if (rows.length === 0) break;
    const result = firstBreak(
      rows.map((r) => ({
        chain: Number(r.chain),
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
      heads,
    );
    verified += result.checked;
    if (result.broken) {
      firstBrokenLink = result.broken;
      break;
    }
    after = String(rows[rows.length - 1].seq);
  }
  return { verified, firstBrokenLink, checkpoints: await verifyAuditCheckpoints(db, checkpointKey) };
}
