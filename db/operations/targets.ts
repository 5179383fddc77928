/** The figures behind the targets (domain/operations/targets.ts), per period: SLA attainment and the backlog's median age at its end. */
import type { Knex } from 'knex';
import { meetsBacklogAge, meetsSla, type TargetPeriod, type Targets } from '../../domain/operations/targets';

export async function listTargetFigures(db: Knex, periods: TargetPeriod[], targets: Targets, now = new Date()) {
  const figures = [];
  for (const p of periods) {
    const end = new Date(Math.min(Date.parse(p.to), now.getTime()));
    const decided = await db('review_tasks')
      .where({ status: 'decided' })
      .where('decided_at', '>=', p.from)
      .where('decided_at', '<', p.to)
      .first(db.raw('count(*)::int as decided'), db.raw('count(*) filter (where decided_at <= sla_due_at)::int as within_sla'));
    // Open at the end: created before it, and not decided or cancelled by then.
    const backlog = await db('review_tasks')
      .where('created_at', '<', end)
      .where((w) => w.whereNull('decided_at').orWhere('decided_at', '>=', end))
      .first(db.raw('count(*)::int as open'), db.raw('percentile_cont(0.5) within group (order by extract(epoch from ?::timestamptz - created_at) / 3600) as median_hours', [end]));
    const attainment = decided.decided > 0 ? decided.within_sla / decided.decided : null;
    const medianHours = backlog.median_hours === null ? null : Number(backlog.median_hours);
    figures.push({
      ...p,
      decided: decided.decided as number,
      withinSla: decided.within_sla as number,
      slaAttainment: attainment,
      meetsSlaTarget: meetsSla(attainment, targets),
      openAtEnd: backlog.open as number,
      medianBacklogAgeHours: medianHours,
      meetsBacklogTarget: meetsBacklogAge(medianHours, targets),
    });
  }
  return figures;
}
