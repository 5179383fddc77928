/**
 * How each version of the dispute rules decided (domain/disputes/rules.ts): per version and rule,
 * the disputes it decided, how many were overturned (on appeal, by a reviewer), and the median
 * hours to the first resolution. A policy owner compares a rule's versions by it.
 */
import type { Knex } from 'knex';

export interface RuleFigures {
  rulesVersion: string;
  ruleId: string;
  decided: number;
  automatic: number;
  byDeadline: number;
  byReviewer: number;
  appealed: number;
  overturned: number;
  overturnRate: number | null;
  buyerFavour: number;
  sellerFault: number;
  medianHoursToResolution: number | null;
}

export async function listDisputeRuleFigures(db: Knex, from?: string, to?: string): Promise<RuleFigures[]> {
  const q = db('disputes').whereNotNull('resolved_at').whereNot({ outcome: 'withdrawn' });
  if (from) q.where('created_at', '>=', from);
  if (to) q.where('created_at', '<', to);
  const rows = await q
    .groupBy('rules_version', 'rule_id')
    .orderBy([{ column: 'rules_version' }, { column: 'rule_id' }])
    .select(
      'rules_version',
      'rule_id',
      db.raw('count(*)::int as decided'),
      db.raw("count(*) filter (where decided_by_kind = 'rule')::int as automatic"),
      db.raw("count(*) filter (where decided_by_kind = 'deadline')::int as by_deadline"),
      db.raw("count(*) filter (where decided_by_kind = 'reviewer')::int as by_reviewer"),
      db.raw('count(*) filter (where appealed_at is not null)::int as appealed'),
      db.raw('count(*) filter (where overturned)::int as overturned'),
      db.raw("count(*) filter (where final_outcome in ('buyer_favour', 'partial_refund'))::int as buyer_favour"),
      db.raw('count(*) filter (where seller_fault)::int as seller_fault'),
      db.raw('percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 3600) as median_hours'),
    );
  return rows.map((r) => ({
    rulesVersion: r.rules_version,
    ruleId: r.rule_id,
    decided: r.decided,
    automatic: r.automatic,
    byDeadline: r.by_deadline,
    byReviewer: r.by_reviewer,
    appealed: r.appealed,
    overturned: r.overturned,
    overturnRate: r.decided > 0 ? r.overturned / r.decided : null,
    buyerFavour: r.buyer_favour,
    sellerFault: r.seller_fault,
    medianHoursToResolution: r.median_hours === null ? null : Number(r.median_hours),
  }));
}
