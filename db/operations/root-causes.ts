/**
 * The root causes of closed cases (review_tasks.root_cause, set as each case task closes), their
 * trend by month, and the mitigation a lead recorded last for each.
 */
import type { Knex } from 'knex';
import type { MitigationInput } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export async function recordMitigation(db: Knex, id: string, rootCause: string, input: MitigationInput, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('root_cause_mitigations')
      .insert({ id, root_cause: rootCause, period: input.period, mitigation: input.mitigation, recorded_by: actor.id, recorded_by_name: actor.name })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length > 0)
      await appendAudit(trx, { actor, action: 'root_cause.mitigation_recorded', subjectType: 'root_cause', subjectId: rootCause, data: { mitigationId: id, period: input.period } });
  });
}

export async function listRootCauseFigures(db: Knex, from?: string, to?: string) {
  const q = db('review_tasks').whereNotNull('root_cause').where({ status: 'decided' });
  if (from) q.where('decided_at', '>=', from);
  if (to) q.where('decided_at', '<', to);
  const rows = await q
    .clone()
    .groupBy('root_cause', db.raw("to_char(decided_at at time zone 'UTC', 'YYYY-MM')"))
    .select('root_cause', db.raw("to_char(decided_at at time zone 'UTC', 'YYYY-MM') as month"), db.raw('count(*)::int as n'));
  const mitigations = await db('root_cause_mitigations')
    .distinctOn('root_cause')
    .orderBy([{ column: 'root_cause' }, { column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
  const total = rows.reduce((s, r) => s + r.n, 0);
  const months = [...new Set(rows.map((r) => r.month as string))].sort();
  const causes = [...new Set(rows.map((r) => r.root_cause as string))].map((code) => {
    const mine = rows.filter((r) => r.root_cause === code);
    const count = mine.reduce((s, r) => s + r.n, 0);
    const m = mitigations.find((x) => x.root_cause === code);
    return {
      rootCause: code,
      count,
      share: total > 0 ? count / total : 0,
      trend: months.map((month) => ({ month, count: mine.find((r) => r.month === month)?.n ?? 0 })),
      mitigation: m
        ? {
            period: m.period as string,
            text: m.mitigation as string,
            recordedBy: { id: m.recorded_by as string, name: m.recorded_by_name as string | null },
            recordedAt: (m.created_at as Date).toISOString(),
          }
        : null,
    };
  });
  causes.sort((a, b) => b.count - a.count || a.rootCause.localeCompare(b.rootCause));
  return { total, months, causes };
}
