/**
 * One performance-review cycle over many sellers with 90 days of metrics each, set-based in
 * Postgres; the repeat (nothing new to record) and the anomaly query beside it.
 */
import type { Db } from '../db/knex';
import { evaluatePerformance, findAnomalies } from '../db/performance/performance';
import { addReviewCounts } from '../domain/performance/review-counts';
import { sellerRanges } from '../domain/performance/seller-ranges';
import { ID_ALPHABET } from '../domain/shared/ids';
import { round, timed, type Figure } from './lib';

export async function benchPerformanceCycle(db: Db, figures: Figure[], sellers: number): Promise<void> {
  const asOf = '2026-11-21';
  const { ms: loadMs } = await timed(async () => {
    // IDs spread over the ID alphabet as real ones are (the cycle's ranges cut by ID): 20 characters from md5 bytes.
    await db.raw(
      `insert into sellers (id, external_ref, status)
       select 'sel_' || (select string_agg(substr(:alphabet, get_byte(decode(md5(g || ':' || i), 'hex'), 0) % 32 + 1, 1), '') from generate_series(1, 20) i), 'ext-' || g, 'active'
       from generate_series(1, :sellers) g`,
      { alphabet: ID_ALPHABET, sellers },
    );
    // One seller in 100 cancels too much, one in 250 ships late, one in 500 has defects.
    await db.raw(
      `insert into seller_metrics (seller_id, day, orders, pre_fulfilment_cancellations, late_shipments, order_defects, shipments, shipments_with_valid_tracking, sales_amount, sales_currency)
       select s.id, ?::date - d, 20,
         case when g % 100 = 0 and d < 7 then 2 else 0 end, case when g % 250 = 0 then 2 else 0 end, case when g % 500 = 0 then 1 else 0 end,
         20, 20, 500.00, 'GBP'
       from (select id, substr(external_ref, 5)::int as g from sellers where external_ref like 'ext-%') s, generate_series(0, 89) d`,
      [asOf],
    );
    await db.raw('analyze seller_metrics');
  });
  figures.push({ bench: 'performance cycle', metric: 'sellers x 90 days loaded', value: sellers, note: `${sellers * 90} metric rows in ${round(loadMs / 1000, 0)} s` });
  const first = await timed(() => evaluatePerformance(db, 'prv_bench000000000000001', asOf));
  figures.push({
    bench: 'performance cycle',
    metric: 'one cycle (s)',
    value: round(first.ms / 1000, 1),
    note: `${first.value.candidates} candidates, ${first.value.standingChanges} standing changes`,
  });
  const again = await timed(() => evaluatePerformance(db, 'prv_bench000000000000002', asOf));
  figures.push({ bench: 'performance cycle', metric: 'the same cycle again (s)', value: round(again.ms / 1000, 1), note: `${again.value.violationsRecorded} new violations` });
  // The same cycle split into ranges of sellers, one per activity as PERFORMANCE_RANGES makes it, run side by side.
  const ranges = sellerRanges(4);
  const split = await timed(() => Promise.all(ranges.map((range) => evaluatePerformance(db, 'prv_bench000000000000003', asOf, range))));
  const splitCounts = addReviewCounts(split.value);
  figures.push({
    bench: 'performance cycle',
    metric: `the same cycle again in ${ranges.length} ranges, in parallel (s)`,
    value: round(split.ms / 1000, 1),
    baseline: round(again.ms / 1000, 1),
    ratio: round(again.ms / split.ms, 2),
    note: `${splitCounts.sellersEvaluated} sellers evaluated (${again.value.sellersEvaluated} in one range)`,
  });
  const anomalies = await timed(() => findAnomalies(db, asOf));
  figures.push({ bench: 'performance cycle', metric: 'anomaly query (s)', value: round(anomalies.ms / 1000, 1) });
}
