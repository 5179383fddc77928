/**
 * New enforcement actions, written once each (their IDs derive from what decided them): proposed,
 * for the enforcement workflow to run through its notice period, or, for an action on one listing,
 * in effect at once. Art. 17(1) wants the statement "at the latest from the date that the
 * restriction is imposed", so a listing action's statement is queued for the Transparency
 * Database in the same transaction that imposes it.
 */
import type { Knex } from 'knex';
import { APPEAL_WINDOW_DAYS, type EnforcementType, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import type { EnforcementRow } from './enforcements';
import { queueTransparencyStatement } from './transparency-statements';

export interface Proposal {
  id: string;
  sellerId: string;
  type: EnforcementType;
  statement: StatementOfReasons;
  /** The person who decided it (an investigator, a notice's reviewer); absent: the policy's step decides whether one must. */
  decidedBy?: Actor;
  source: string;
  sourceId: string;
}

const columns = (p: Proposal) => ({
  id: p.id,
  seller_id: p.sellerId,
  type: p.type,
  statement: JSON.stringify(p.statement),
  restrictions: JSON.stringify(p.statement.scope.restrictions),
  automated_detection: p.statement.automatedDetection,
  automated_decision: p.statement.automatedDecision === 'fully',
  decided_by: p.decidedBy?.id ?? null,
  decided_by_name: p.decidedBy?.name ?? null,
  source: p.source,
  source_id: p.sourceId,
  listing_id: p.statement.listing?.id ?? null,
});

export async function proposeEnforcement(db: Knex, p: Proposal): Promise<void> {
  await db('enforcement_actions')
    .insert({ ...columns(p), status: 'proposed' })
    .onConflict('id')
    .ignore();
}

/** In effect from now, with its statement queued; answers whether this call imposed it. */
export async function imposeAtOnce(db: Knex, p: Proposal & { decidedBy: Actor }): Promise<boolean> {
  return db.transaction(async (trx) => {
    const now = new Date();
    const days = p.statement.duration.durationDays;
    const inserted = await trx('enforcement_actions')
      .insert({
        ...columns(p),
        status: 'active',
        decided_at: now,
        effective_at: now,
        ends_at: days ? new Date(now.getTime() + days * 86_400_000) : null,
        appealable_until: new Date(now.getTime() + APPEAL_WINDOW_DAYS * 86_400_000),
      })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (inserted.length === 0) return false;
    await queueTransparencyStatement(trx, inserted[0] as EnforcementRow);
    await appendAudit(trx, {
      actor: p.decidedBy,
      action: 'enforcement.active',
      subjectType: 'seller',
      subjectId: p.sellerId,
      data: { enforcementId: p.id, type: p.type, source: p.source, sourceId: p.sourceId, listingId: p.statement.listing?.id ?? null },
    });
    return true;
  });
}
