/** Appeals against enforcement actions and rejected applications, and their decisions. */
import type { Knex } from 'knex';
import type { AppealDecision } from '../../domain/appeals/appeals';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface AppealRow {
  id: string;
  seller_id: string;
  subject_type: 'enforcement' | 'application';
  subject_id: string;
  statement: string;
  evidence: string[];
  status: 'open' | 'decided';
  outcome: AppealDecision['outcome'] | null;
  reasons: string[] | null;
  note: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  sla_due_at: Date;
  created_at: Date;
}

export const findAppeal = (db: Knex, id: string): Promise<AppealRow | undefined> => db('appeals').where({ id }).first();

export const openAppealOn = (db: Knex, subjectType: string, subjectId: string): Promise<AppealRow | undefined> =>
  db('appeals').where({ subject_type: subjectType, subject_id: subjectId, status: 'open' }).first();

export async function recordAppeal(
  db: Knex,
  a: Omit<AppealRow, 'status' | 'outcome' | 'reasons' | 'note' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'created_at'>,
  actor: Actor,
  requestId?: string,
): Promise<AppealRow> {
  return db.transaction(async (trx) => {
    const [row] = await trx('appeals')
      .insert({ ...a, evidence: JSON.stringify(a.evidence), status: 'open' })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (!row) return (await trx('appeals').where({ id: a.id }).first()) as AppealRow;
    await appendAudit(trx, {
      actor,
      action: 'appeal.received',
      subjectType: 'seller',
      subjectId: a.seller_id,
      data: { appealId: a.id, subjectType: a.subject_type, subjectId: a.subject_id },
      requestId,
    });
    return row as AppealRow;
  });
}

export async function recordAppealDecision(db: Knex, appealId: string, decision: AppealDecision, actor: Actor): Promise<boolean> {
  return db.transaction(async (trx) => {
    const updated = await trx('appeals')
      .where({ id: appealId, status: 'open' })
      .update({
        status: 'decided',
        outcome: decision.outcome,
        reasons: JSON.stringify(decision.reasons),
        note: decision.note,
        decided_by: actor.id,
        decided_by_name: actor.name,
        decided_at: trx.fn.now(),
      })
      .returning('seller_id');
    if (updated.length === 0) return false;
    await appendAudit(trx, {
      actor,
      action: 'appeal.decided',
      subjectType: 'seller',
      subjectId: updated[0].seller_id,
      data: { appealId, outcome: decision.outcome, reasons: decision.reasons, replaceWith: decision.replaceWith ?? null },
    });
    return true;
  });
}
