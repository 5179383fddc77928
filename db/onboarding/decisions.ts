/**
 * Decisions on applications, automated or by a reviewer. Recording one closes the review task,
 * sets the application's status and the seller's, and audits it: all or nothing.
 */
import type { Knex } from 'knex';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface DecisionRecord {
  decisionId: string;
  applicationId: string;
  reviewTaskId?: string;
  outcome: 'approve' | 'reject';
  rejectType?: 'retry' | 'final';
  reasons: string[];
  note?: string;
  automated: boolean;
  actor: Actor;
  /** The second reviewer, when four eyes applied. */
  confirmedBy?: Actor;
  decidedAt: string;
}

export async function recordDecision(db: Knex, d: DecisionRecord): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('decisions')
      .insert({
        id: d.decisionId,
        application_id: d.applicationId,
        review_task_id: d.reviewTaskId ?? null,
        outcome: d.outcome,
        reject_type: d.rejectType ?? null,
        reasons: JSON.stringify(d.reasons),
        note: d.note ?? null,
        automated: d.automated,
        decided_by_id: d.actor.id,
        decided_by_name: d.actor.name,
        decided_by_role: d.actor.role,
        confirmed_by_id: d.confirmedBy?.id ?? null,
        confirmed_by_name: d.confirmedBy?.name ?? null,
        confirmed_by_role: d.confirmedBy?.role ?? null,
        decided_at: d.decidedAt,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return; // a retried activity: already recorded
    const status = d.outcome === 'approve' ? 'approved' : 'rejected';
    const app = await trx('applications').where({ id: d.applicationId }).forUpdate().first('status', 'seller_id');
    const summary = {
      id: d.decisionId,
      outcome: d.outcome,
      rejectType: d.rejectType ?? null,
      reasons: d.reasons,
      note: d.note ?? null,
      automated: d.automated,
      decidedBy: { id: d.actor.id, name: d.actor.name, role: d.actor.role },
      confirmedBy: d.confirmedBy ? { id: d.confirmedBy.id, name: d.confirmedBy.name, role: d.confirmedBy.role } : null,
      decidedAt: d.decidedAt,
    };
    await trx('applications')
      .where({ id: d.applicationId })
      .update({ status, decision: JSON.stringify(summary), decided_at: d.decidedAt, updated_at: trx.fn.now() });
    if (d.reviewTaskId) {
      await trx('review_tasks').where({ id: d.reviewTaskId }).update({ status: 'decided', decided_at: d.decidedAt });
    }
    await trx('sellers')
      .where({ id: app.seller_id })
      .update({ status: status === 'approved' ? 'active' : 'rejected', updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: d.actor,
      action: `application.${status}`,
      subjectType: 'application',
      subjectId: d.applicationId,
      data: { from: app.status, to: status, decisionId: d.decisionId, reasons: d.reasons, automated: d.automated, reviewTaskId: d.reviewTaskId ?? null, confirmedBy: d.confirmedBy?.id ?? null },
    });
  });
}
