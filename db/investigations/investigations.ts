/** Investigation cases and the reports that feed them. */
import type { Knex } from 'knex';
import type { InvestigationDecision, InvestigationSignal, ReportInput } from '../../domain/investigations/investigations';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface InvestigationRow {
  id: string;
  seller_id: string;
  status: 'open' | 'closed';
  signals: InvestigationSignal[];
  outcome: InvestigationDecision['outcome'] | null;
  reasons: string[] | null;
  note: string | null;
  enforcement_id: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  created_at: Date;
}

export async function recordReport(db: Knex, id: string, report: ReportInput, actor: Actor, requestId?: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const inserted = await trx('reports')
      .insert({
        id,
        seller_id: report.sellerId,
        category: report.category,
        description: report.description,
        evidence: JSON.stringify(report.evidence),
        reporter_type: report.reporter.type,
        reporter_contact: report.reporter.contact ?? null,
        received_by: actor.id,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return false;
    // The reporter's contact stays out of the trail: only that there is one.
    await appendAudit(trx, {
      actor,
      action: 'report.received',
      subjectType: 'seller',
      subjectId: report.sellerId,
      data: { reportId: id, category: report.category, reporterType: report.reporter.type, hasContact: Boolean(report.reporter.contact) },
      requestId,
    });
    return true;
  });
}

export async function openInvestigation(db: Knex, id: string, sellerId: string): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('investigations')
      .insert({ id, seller_id: sellerId, status: 'open', signals: JSON.stringify([]) })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length > 0) await appendAudit(trx, { actor: systemActor, action: 'investigation.opened', subjectType: 'seller', subjectId: sellerId, data: { investigationId: id } });
  });
}

/** A signal joins the case once (the workflow repeats it on retries). */
export async function addSignal(db: Knex, id: string, signal: InvestigationSignal): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await trx('investigations').where({ id }).forUpdate().first('signals');
    const key = JSON.stringify(signal);
    if ((row.signals as InvestigationSignal[]).some((s) => JSON.stringify(s) === key)) return;
    await trx('investigations')
      .where({ id })
      .update({ signals: JSON.stringify([...row.signals, signal]) });
    if (signal.source === 'report') await trx('reports').where({ id: signal.reportId }).update({ investigation_id: id });
    // The case's open task shows everything that joined it, not only what opened it; a screening hit puts it first.
    const reason = signal.source === 'report' ? `report_${signal.category}` : signal.source;
    await trx.raw(
      `update review_tasks
          set reasons = case when jsonb_exists(reasons, ?) then reasons else reasons || to_jsonb(?::text) end,
              priority = case when ? then 0 else priority end
        where kind = 'investigation' and subject_id = ? and status not in ('decided', 'cancelled')`,
      [reason, reason, signal.source === 'screening_hit', id],
    );
  });
}

export async function closeInvestigation(db: Knex, id: string, decision: InvestigationDecision, actor: Actor, enforcementId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const [row] = await trx('investigations')
      .where({ id, status: 'open' })
      .update({
        status: 'closed',
        outcome: decision.outcome,
        reasons: JSON.stringify(decision.reasons),
        note: decision.note,
        enforcement_id: enforcementId ?? null,
        decided_by: actor.id,
        decided_by_name: actor.name,
        decided_at: trx.fn.now(),
      })
      .returning('seller_id');
    if (row)
      await appendAudit(trx, {
        actor,
        action: 'investigation.closed',
        subjectType: 'seller',
        subjectId: row.seller_id,
        data: { investigationId: id, outcome: decision.outcome, reasons: decision.reasons, enforcementId: enforcementId ?? null },
      });
  });
}

export const findInvestigation = (db: Knex, id: string): Promise<InvestigationRow | undefined> => db('investigations').where({ id }).first();

/**
 * What started a case, for its statement of reasons (DSA Art. 17(3)(b)): a report from outside the
 * marketplace is a notice (Art. 16); an internal one, like our own monitoring, is our own initiative.
 */
export async function caseSource(db: Knex, reportIds: string[]): Promise<'notice' | 'own_initiative'> {
  if (reportIds.length === 0) return 'own_initiative';
  const outside = await db('reports').whereIn('id', reportIds).whereNot({ reporter_type: 'internal' }).first('id');
  return outside ? 'notice' : 'own_initiative';
}

/** The actions a group enforcement put on the other members of the account group (beside the case's own). */
export async function listGroupEnforcementIds(db: Knex, investigationId: string, own: string): Promise<string[]> {
  const rows = await db('enforcement_actions').where({ source: 'investigation', source_id: investigationId }).whereNot({ id: own }).orderBy('id').select('id');
  return rows.map((r) => r.id);
}
