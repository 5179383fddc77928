/**
 * Enforcement actions through their life: proposed -> awaiting_decision (a person must decide) ->
 * notice (decided; takes effect at effective_at unless cancelled) -> active -> ended, or cancelled,
 * declined or reversed (on appeal). Every move is conditional on the state it leaves, so a repeated
 * activity changes nothing, and each is audited. Suspension and deactivation change the seller's status.
 */
import type { Knex } from 'knex';
import { APPEAL_WINDOW_DAYS, type EnforcementStatus, type EnforcementType, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { ladderStep, type LadderStep } from '../../domain/performance/policy';
import { appendAudit } from '../shared/audit';
import { queueTransparencyStatement } from './transparency-statements';

export interface EnforcementRow {
  id: string;
  seller_id: string;
  type: EnforcementType;
  status: EnforcementStatus | 'proposed' | 'cancelling';
  statement: StatementOfReasons;
  restrictions: LadderStep['restrictions'];
  automated_detection: boolean;
  automated_decision: boolean;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  effective_at: Date | null;
  ends_at: Date | null;
  ended_at: Date | null;
  appealable_until: Date | null;
  source: string;
  source_id: string | null;
  /** The listing an action on one listing is about. */
  listing_id?: string | null;
  created_at: Date;
  updated_at: Date;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

export const findEnforcement = (db: Knex, id: string): Promise<EnforcementRow | undefined> => db('enforcement_actions').where({ id }).first();

export const listEnforcements = (db: Knex, sellerId: string): Promise<EnforcementRow[]> =>
  db('enforcement_actions').where({ seller_id: sellerId }).whereNot({ status: 'proposed' }).orderBy('created_at', 'desc');

/** Moves the action from one of `from` to `to` with `changes`; audits the move; false when it was elsewhere. */
async function move(db: Knex, id: string, from: string[], to: string, changes: Record<string, unknown>, actor: Actor, data: Record<string, unknown> = {}): Promise<EnforcementRow | undefined> {
  return db.transaction(async (trx) => {
    const [row] = await trx('enforcement_actions')
      .where({ id })
      .whereIn('status', from)
      .update({ ...changes, status: to, updated_at: trx.fn.now() })
      .returning('*');
    if (!row) return undefined;
    await appendAudit(trx, { actor, action: `enforcement.${to}`, subjectType: 'seller', subjectId: row.seller_id, data: { enforcementId: id, type: row.type, ...data } });
    // In effect: its statement of reasons is owed to the Transparency Database (DSA Art. 24(5)), and queued with it.
    if (to === 'active') await queueTransparencyStatement(trx, row as EnforcementRow);
    return row as EnforcementRow;
  });
}

/** The notice period starts with the decision: when the action takes effect, and until when it can be appealed. */
function decided(step: LadderStep, actor: Actor | undefined, noticeHours = step.noticeHours) {
  const now = Date.now();
  return {
    decided_by: actor?.id ?? systemActor.id,
    decided_by_name: actor?.name ?? systemActor.name,
    decided_at: new Date(now),
    effective_at: new Date(now + noticeHours * HOUR),
    appealable_until: new Date(now + APPEAL_WINDOW_DAYS * DAY),
  };
}

/** The workflow's first step: a person decides, or the policy's decision starts the notice at once. */
export async function beginEnforcement(db: Knex, id: string, noticeHours?: number): Promise<EnforcementRow> {
  const row = await findEnforcement(db, id);
  if (!row) throw new Error(`enforcement ${id} is not stored`);
  if (row.status !== 'proposed') return row;
  const step = ladderStep(row.type)!;
  // A person who decided it already (an investigator) is its decider; otherwise a person must decide when the step says so.
  const decider = row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '', role: 'reviewer' } : undefined;
  const moved =
    step.humanDecision && !decider
      ? await move(db, id, ['proposed'], 'awaiting_decision', {}, systemActor)
      : await move(db, id, ['proposed'], 'notice', decided(step, decider, noticeHours), decider ?? systemActor);
  return moved ?? (await findEnforcement(db, id))!;
}

export async function confirmEnforcement(db: Knex, id: string, actor: Actor, note?: string, noticeHours?: number): Promise<EnforcementRow | undefined> {
  const row = await findEnforcement(db, id);
  return row && move(db, id, ['awaiting_decision'], 'notice', decided(ladderStep(row.type)!, actor, noticeHours), actor, { note });
}

export const declineEnforcement = (db: Knex, id: string, actor: Actor, note?: string) =>
  move(db, id, ['awaiting_decision'], 'declined', { decided_by: actor.id, decided_by_name: actor.name, decided_at: new Date() }, actor, { note });

export const cancelEnforcement = (db: Knex, id: string, reason: string) =>
  move(db, id, ['proposed', 'awaiting_decision', 'notice', 'cancelling'], 'cancelled', { ended_at: new Date() }, systemActor, { reason });

const sellerStatusFor: Partial<Record<EnforcementType, string>> = { suspension: 'suspended', deactivation: 'deactivated' };

export async function activateEnforcement(db: Knex, id: string): Promise<EnforcementRow | undefined> {
  const row = await findEnforcement(db, id);
  if (!row) return undefined;
  // The statement's duration when it sets one (an Art. 23 suspension lasts the misuse policy's period), else the step's.
  const days = row.statement.duration.durationDays ?? ladderStep(row.type)!.durationDays;
  const activated = await move(db, id, ['notice'], 'active', { effective_at: new Date(), ends_at: days ? new Date(Date.now() + days * DAY) : null }, systemActor);
  const status = sellerStatusFor[row.type];
  if (activated && status) await db('sellers').where({ id: row.seller_id }).update({ status, updated_at: db.fn.now() });
  return activated;
}

export const endEnforcement = (db: Knex, id: string) => move(db, id, ['active'], 'ended', { ended_at: new Date() }, systemActor);

/**
 * A sanctions hold, in effect from now (domain/screening/sanctions-hold.ts): one per investigation,
 * however often it is asked for. Answers whether this call placed it.
 */
export async function placeSanctionsHold(db: Knex, hold: { id: string; sellerId: string; investigationId: string; statement: StatementOfReasons; entryIds: string[] }): Promise<boolean> {
  return db.transaction(async (trx) => {
    const now = new Date();
    const inserted = await trx('enforcement_actions')
      .insert({
        id: hold.id,
        seller_id: hold.sellerId,
        type: 'sanctions_hold',
        status: 'active',
        statement: JSON.stringify(hold.statement),
        restrictions: JSON.stringify(hold.statement.scope.restrictions),
        automated_detection: true,
        automated_decision: true,
        decided_by: systemActor.id,
        decided_by_name: systemActor.name,
        decided_at: now,
        effective_at: now,
        appealable_until: new Date(now.getTime() + APPEAL_WINDOW_DAYS * DAY),
        source: 'screening',
        source_id: hold.investigationId,
      })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (inserted.length === 0) return false;
    await queueTransparencyStatement(trx, inserted[0] as EnforcementRow);
    await appendAudit(trx, {
      actor: systemActor,
      action: 'enforcement.active',
      subjectType: 'seller',
      subjectId: hold.sellerId,
      data: { enforcementId: hold.id, type: 'sanctions_hold', entryIds: hold.entryIds },
    });
    return true;
  });
}

/** A hold lifted by the reviewer who cleared the match: ended, with the reviewer and the reason in the audit trail. */
export const liftEnforcement = (db: Knex, id: string, actor: Actor, reason: string) => move(db, id, ['active'], 'ended', { ended_at: new Date() }, actor, { reason });

/** The seller trades again once no suspension or deactivation is left in effect. */
async function reinstateUnlessHeld(db: Knex, ended: EnforcementRow): Promise<void> {
  if (!sellerStatusFor[ended.type]) return;
  const stillHeld = await db('enforcement_actions').where({ seller_id: ended.seller_id, status: 'active' }).whereIn('type', ['suspension', 'deactivation']).first('id');
  if (!stillHeld) await db('sellers').where({ id: ended.seller_id }).whereIn('status', ['suspended', 'deactivated']).update({ status: 'active', updated_at: db.fn.now() });
}

/** An appeal overturned it: undone, and the seller reinstated unless another suspension still holds. */
export async function reverseEnforcement(db: Knex, id: string, actor: Actor, appealId: string): Promise<EnforcementRow | undefined> {
  const reversed = await move(db, id, ['awaiting_decision', 'notice', 'active', 'cancelling'], 'reversed', { ended_at: new Date() }, actor, { appealId });
  if (reversed) await reinstateUnlessHeld(db, reversed);
  return reversed;
}

/**
 * Its cause is gone (an INFORM seller certified late and was verified): in effect, it ends and the
 * seller is reinstated unless another suspension holds; not yet in effect, it is called off.
 */
export async function liftForCompliance(db: Knex, id: string, reason: string): Promise<'lifted' | 'cancelled' | 'unchanged'> {
  const ended = await move(db, id, ['active'], 'ended', { ended_at: new Date() }, systemActor, { reason });
  if (ended) {
    await reinstateUnlessHeld(db, ended);
    return 'lifted';
  }
  return (await cancelEnforcement(db, id, reason)) ? 'cancelled' : 'unchanged';
}

/** What the marketplace must hold back for this seller now. */
export async function activeRestrictions(db: Knex, sellerId: string): Promise<LadderStep['restrictions'][]> {
  const rows = await db('enforcement_actions').where({ seller_id: sellerId, status: 'active' }).select('restrictions');
  return rows.map((r) => r.restrictions);
}

/** What a review cycle left for the workflows: actions to start and pending actions to call off. */
export async function enforcementDispatch(db: Knex, reviewId: string): Promise<{ toStart: EnforcementRow[]; toCancel: EnforcementRow[] }> {
  const toStart = await db('enforcement_actions').where({ status: 'proposed', source_id: reviewId });
  const toCancel = await db('enforcement_actions').where({ status: 'cancelling' });
  return { toStart, toCancel };
}
