/**
 * Sampled second reviews (domain/operations/quality-sampling.ts): the first decision as it was, the
 * second reviewer's outcome, and whether they agree; the agreement report per investigator and per
 * reason code of the first decision.
 */
import type { Knex } from 'knex';
import { agrees } from '../../domain/operations/quality-sampling';
import type { QualityReview } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface SampledDecision {
  taskId: string;
  kind: string;
  subjectId: string;
  decidedBy: string;
  decidedByName: string | null;
  outcome: string;
  reasons: string[];
}

export async function recordSample(db: Knex, s: SampledDecision): Promise<void> {
  await db('quality_reviews')
    .insert({
      task_id: s.taskId,
      kind: s.kind,
      subject_id: s.subjectId,
      original_decided_by: s.decidedBy,
      original_decided_by_name: s.decidedByName,
      original_outcome: s.outcome,
      original_reasons: JSON.stringify(s.reasons),
    })
    .onConflict('task_id')
    .ignore();
}

export async function recordQualityReview(db: Knex, taskId: string, qaTaskId: string, review: QualityReview, actor: Actor): Promise<{ agreed: boolean }> {
  return db.transaction(async (trx) => {
    const sample = await trx('quality_reviews').where({ task_id: taskId }).forUpdate().first();
    if (sample.reviewed_at) return { agreed: sample.agreed };
    const agreed = agrees(sample.original_outcome, review.outcome);
    await trx('quality_reviews')
      .where({ task_id: taskId })
      .update({ qa_task_id: qaTaskId, reviewer_id: actor.id, outcome: review.outcome, reasons: JSON.stringify(review.reasons), note: review.note, agreed, reviewed_at: trx.fn.now() });
    await appendAudit(trx, { actor, action: 'quality_review.decided', subjectType: 'review_task', subjectId: taskId, data: { agreed, outcome: review.outcome } });
    return { agreed };
  });
}

export interface AgreementFigures {
  sampled: number;
  reviewed: number;
  agreed: number;
  agreementRate: number | null;
}

const figures = (r: { sampled: number; reviewed: number; agreed: number }): AgreementFigures => ({ ...r, agreementRate: r.reviewed > 0 ? r.agreed / r.reviewed : null });

/** Agreement per investigator (who took the first decision) and per reason code it gave, over the samples taken in the period. */
export async function listAgreement(db: Knex, from?: string, to?: string) {
  type Row = { sampled: number; reviewed: number; agreed: number } & Record<string, unknown>;
  const period = (q: Knex.QueryBuilder) => {
    if (from) q.where('sampled_at', '>=', from);
    if (to) q.where('sampled_at', '<', to);
    return q;
  };
  const counts = [db.raw('count(*)::int as sampled'), db.raw('count(*) filter (where reviewed_at is not null)::int as reviewed'), db.raw('count(*) filter (where agreed)::int as agreed')];
  const byInvestigator = await period(db('quality_reviews'))
    .groupBy('original_decided_by', 'original_decided_by_name')
    .orderBy('original_decided_by')
    .select('original_decided_by as id', 'original_decided_by_name as name', ...counts);
  const byReason = await period(db('quality_reviews').crossJoin(db.raw('jsonb_array_elements_text(original_reasons) as reason')))
    .groupBy('reason')
    .orderBy('reason')
    .select('reason', ...counts);
  return {
    byInvestigator: (byInvestigator as Row[]).map(({ id, name, sampled, reviewed, agreed }) => ({
      investigatorId: id as string,
      name: (name as string | null) ?? null,
      ...figures({ sampled, reviewed, agreed }),
    })),
    byReason: (byReason as Row[]).map(({ reason, sampled, reviewed, agreed }) => ({ reason: reason as string, ...figures({ sampled, reviewed, agreed }) })),
  };
}
