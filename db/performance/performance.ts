/**
 * One performance-review cycle, done set-based in Postgres: a single query sums every rule's window
 * for every seller with metrics and keeps only the sellers who break a rule or already stand below
 * "good". Only those few are looked at one by one: their violations recorded, points counted, and
 * their standing changed where the ladder says so, with the enforcement action that change proposes.
 */
import { addDays } from '../../domain/shared/calendar-days';
import type { Knex } from 'knex';
import { derivedId } from '../../domain/shared/ids';
import { enforcementTypes, performanceStatement } from '../../domain/enforcement/enforcement';
import { ANOMALY, ANOMALY_RULES, isAnomalous } from '../../domain/investigations/investigations';
import {
  ladderStep,
  LONGEST_WINDOW_DAYS,
  PERFORMANCE_POLICY_VERSION,
  performanceRules,
  severity,
  standingFor,
  VIOLATION_AGEING_DAYS,
  VIOLATION_REPEAT_DAYS,
  violatedRules,
  type StandingLevel,
  type WindowSums,
} from '../../domain/performance/policy';
import type { ReviewCounts } from '../../domain/performance/review-counts';
import type { SellerRange } from '../../domain/performance/seller-ranges';

export async function startPerformanceReview(db: Knex, id: string, asOf: string, trigger: string): Promise<void> {
  await db('performance_reviews').insert({ id, as_of: asOf, policy_version: PERFORMANCE_POLICY_VERSION, status: 'running', trigger }).onConflict('id').ignore();
}

export async function finishPerformanceReview(db: Knex, id: string, counts: ReviewCounts): Promise<void> {
  await db('performance_reviews')
    .where({ id })
    .update({ status: 'completed', sellers_evaluated: counts.sellersEvaluated, violations_recorded: counts.violationsRecorded, standing_changes: counts.standingChanges, finished_at: db.fn.now() });
}

const col = (rule: string, part: 'n' | 'd') => `"${rule}_${part}"`;

/** Every rule's sums for the sellers who break a rule or stand below good: one query over all sellers. */
async function candidates(db: Knex, asOf: string, range: SellerRange): Promise<{ evaluated: number; rows: Array<{ seller_id: string; level: StandingLevel | null; sums: WindowSums }> }> {
  // The policy's windows and thresholds are our own numbers, written into the SQL; the date is bound.
  const num = (x: number) => {
    if (!Number.isFinite(x)) throw new Error(`policy value ${x} is not a number`);
    return String(x);
  };
  const sums = performanceRules.flatMap((r) => [
    `coalesce(sum(${r.numerator}) filter (where day > :asOf::date - ${num(r.windowDays)}), 0)::float8 as ${col(r.id, 'n')}`,
    `coalesce(sum(${r.denominator}) filter (where day > :asOf::date - ${num(r.windowDays)}), 0)::float8 as ${col(r.id, 'd')}`,
  ]);
  const breaks = performanceRules.map(
    (r) => `(${col(r.id, 'd')} >= ${num(r.minimumVolume)} and ${col(r.id, 'n')} / nullif(${col(r.id, 'd')}, 0) ${r.bound === 'max' ? '>=' : '<'} ${num(r.threshold)})`,
  );
  // This part of the cycle's sellers only (domain/performance/seller-ranges.ts); every part when unsplit.
  const inRange = [range.from === undefined ? '' : 'and seller_id >= :from', range.to === undefined ? '' : 'and seller_id < :to'].join(' ');
  const sql = `
    with sums as (
      select seller_id, ${sums.join(', ')}
      from seller_metrics
      where day > :asOf::date - :longest::int and day <= :asOf::date ${inRange}
      group by seller_id
    ),
    counted as (select count(*)::int as evaluated from sums),
    flagged as (select * from sums where ${breaks.join(' or ')})
    select coalesce(f.seller_id, st.seller_id) as seller_id, st.level, (select evaluated from counted) as evaluated,
           ${performanceRules.map((r) => `f.${col(r.id, 'n')}, f.${col(r.id, 'd')}`).join(', ')}
    from flagged f
    full outer join (select seller_id, level from seller_standings where level <> 'good' ${inRange}) st on st.seller_id = f.seller_id`;
  const bounds = { ...(range.from === undefined ? {} : { from: range.from }), ...(range.to === undefined ? {} : { to: range.to }) };
  const result = await db.raw(sql, { asOf, longest: LONGEST_WINDOW_DAYS, ...bounds });
  const rows = result.rows as Array<Record<string, unknown>>;
  const evaluated =
    rows.length > 0
      ? Number(rows[0].evaluated ?? 0)
      : Number(
          (
            await db.raw(`select count(distinct seller_id)::int as n from seller_metrics where day > :asOf::date - :longest::int and day <= :asOf::date ${inRange}`, {
              asOf,
              longest: LONGEST_WINDOW_DAYS,
              ...bounds,
            })
          ).rows[0].n,
        );
  return {
    evaluated,
    rows: rows.map((row) => ({
      seller_id: String(row.seller_id),
      level: (row.level as StandingLevel | null) ?? null,
      sums: Object.fromEntries(performanceRules.map((r) => [r.id, { numerator: Number(row[`${r.id}_n`] ?? 0), denominator: Number(row[`${r.id}_d`] ?? 0) }])),
    })),
  };
}

/**
 * The cycle's database work for the sellers of one range (all when unsplit), in transactions of 500
 * candidates, and safe to repeat: violations and actions have IDs
 * derived from the seller, the rule or level, and the day, so a retried cycle records nothing twice.
 * A standing that rises proposes the action of the new step; one that falls marks the pending actions
 * above it for cancellation (the seller fixed the cause).
 */
export async function evaluatePerformance(db: Knex, reviewId: string, asOf: string, range: SellerRange = {}): Promise<ReviewCounts> {
  const { evaluated, rows } = await candidates(db, asOf, range);
  let violationsRecorded = 0;
  let standingChanges = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await db.transaction(async (trx) => {
      const sellerIds = chunk.map((c) => c.seller_id);
      const previous = await trx('violations').whereIn('seller_id', sellerIds).where('expires_on', '>', asOf).select('seller_id', 'rule', 'points', 'detected_on');
      for (const candidate of chunk) {
        const mine = previous.filter((v) => v.seller_id === candidate.seller_id);
        const broken = violatedRules(candidate.sums);
        const repeatFrom = addDays(asOf, -VIOLATION_REPEAT_DAYS);
        const fresh = broken.filter((b) => !mine.some((v) => v.rule === b.rule.id && toDay(v.detected_on) > repeatFrom));
        if (fresh.length > 0) {
          const inserted = await trx('violations')
            .insert(
              fresh.map((v) => ({
                id: derivedId('violation', candidate.seller_id, v.rule.id, asOf),
                seller_id: candidate.seller_id,
                rule: v.rule.id,
                rate: v.rate.toFixed(5),
                threshold: v.rule.threshold,
                orders_in_window: v.volume,
                points: v.rule.points,
                detected_on: asOf,
                expires_on: addDays(asOf, VIOLATION_AGEING_DAYS),
                review_id: reviewId,
                policy_version: PERFORMANCE_POLICY_VERSION,
              })),
            )
            .onConflict('id')
            .ignore()
            .returning('id');
          violationsRecorded += inserted.length;
        }
        const points = mine.reduce((s, v) => s + v.points, 0) + fresh.reduce((s, v) => s + v.rule.points, 0);
        const from = candidate.level ?? 'good';
        const to = standingFor(points);
        if (to === from) continue;
        standingChanges++;
        await trx('seller_standings')
          .insert({ seller_id: candidate.seller_id, level: to, points, policy_version: PERFORMANCE_POLICY_VERSION, as_of: asOf, updated_at: trx.fn.now() })
          .onConflict('seller_id')
          .merge();
        if (severity(to) > severity(from)) {
          const step = ladderStep(to)!;
          await trx('enforcement_actions')
            .insert({
              id: derivedId('enforcement', candidate.seller_id, to, asOf),
              seller_id: candidate.seller_id,
              type: to,
              status: 'proposed',
              statement: JSON.stringify(performanceStatement(step, broken.length > 0 ? broken : [], points, asOf, PERFORMANCE_POLICY_VERSION)),
              restrictions: JSON.stringify(step.restrictions),
              automated_detection: true,
              automated_decision: !step.humanDecision,
              source: 'performance_review',
              source_id: reviewId,
            })
            .onConflict('id')
            .ignore();
        } else {
          // Better standing: what has not taken effect yet above the new step is called off.
          await trx('enforcement_actions')
            .where({ seller_id: candidate.seller_id })
            .whereIn('status', ['proposed', 'awaiting_decision', 'notice'])
            .whereIn(
              'type',
              enforcementTypes.filter((t) => severity(t) > severity(to)),
            )
            .update({ status: 'cancelling', updated_at: trx.fn.now() });
        }
      }
    });
  }
  return { sellersEvaluated: evaluated, candidates: rows.length, violationsRecorded, standingChanges };
}

function toDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

export interface Anomaly {
  sellerId: string;
  rule: string;
  recentRate: number;
  baselineRate: number;
}

/**
 * Sellers whose last week jumped against their own baseline while still under the policy's
 * threshold: the early warning. One query over all sellers; isAnomalous is the same rule in code.
 */
export async function findAnomalies(db: Knex, asOf: string): Promise<Anomaly[]> {
  const found: Anomaly[] = [];
  for (const rule of ANOMALY_RULES) {
    const { rows } = await db.raw(
      `with sums as (
         select seller_id,
           coalesce(sum(${rule.numerator}) filter (where day > ?::date - ?::int), 0)::float8 as rn,
           coalesce(sum(${rule.denominator}) filter (where day > ?::date - ?::int), 0)::float8 as rd,
           coalesce(sum(${rule.numerator}) filter (where day <= ?::date - ?::int), 0)::float8 as bn,
           coalesce(sum(${rule.denominator}) filter (where day <= ?::date - ?::int), 0)::float8 as bd
         from seller_metrics
         where day > ?::date - ?::int and day <= ?::date
         group by seller_id)
       select seller_id, rn, rd, bn, bd from sums
       where rd >= ? and bd > 0 and rn / rd < ? and rn / rd >= ? * 0.5
         and rn / rd >= greatest(? * bn / bd, bn / bd + ?)`,
      [
        asOf,
        ANOMALY.recentDays,
        asOf,
        ANOMALY.recentDays,
        asOf,
        ANOMALY.recentDays,
        asOf,
        ANOMALY.recentDays,
        asOf,
        ANOMALY.recentDays + ANOMALY.baselineDays,
        asOf,
        ANOMALY.minimumRecentOrders,
        rule.threshold,
        rule.threshold,
        ANOMALY.factor,
        ANOMALY.minimumIncrease,
      ],
    );
    for (const r of rows as Array<{ seller_id: string; rn: number; rd: number; bn: number; bd: number }>) {
      if (!isAnomalous({ n: r.rn, d: r.rd }, { n: r.bn, d: r.bd }, rule.threshold)) continue;
      found.push({ sellerId: r.seller_id, rule: rule.id, recentRate: Math.round((r.rn / r.rd) * 10_000) / 10_000, baselineRate: Math.round((r.bn / r.bd) * 10_000) / 10_000 });
    }
  }
  return found;
}
