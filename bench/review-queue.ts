/**
 * The reviewers' first page of open tasks by SLA with many tasks in Postgres: p50/p99 over repeated
 * reads through the same repository function the API uses. The baseline is the same query with its
 * index unusable (a sequential scan), to show what the index buys.
 */
import type { Db } from '../db/knex';
import { listReviewTasks } from '../db/review/review-tasks';
import { percentile, round, timed, type Figure } from './lib';

export async function benchReviewQueue(db: Db, figures: Figure[], tasks: number): Promise<void> {
  const { ms: loadMs } = await timed(async () => {
    await db.raw(`insert into sellers (id, external_ref, status) values ('sel_bench0000000000000001', 'bench', 'onboarding') on conflict do nothing`);
    await db.raw(`insert into applications (id, seller_id, status, country, business_type, business, declarations, submitted_by, submitted_at)
      values ('app_bench0000000000000001', 'sel_bench0000000000000001', 'in_review', 'GB', 'company', '{}', '{}', 'bench', now()) on conflict do nothing`);
    await db.raw(
      `insert into review_tasks (id, application_id, queue, status, priority, reasons, sla_due_at)
       select 'rvt_' || lpad(g::text, 20, '0'), 'app_bench0000000000000001', case when g % 4 = 0 then 'sanctions' else 'verification' end,
              case when g % 10 < 7 then 'decided' when g % 10 < 9 then 'open' else 'claimed' end, 1 + g % 3, '[]',
              now() + (g % 100000) * interval '1 minute'
       from generate_series(1, ?) g`,
      [tasks],
    );
    await db.raw('analyze review_tasks');
  });
  figures.push({ bench: 'review queue', metric: 'tasks loaded', value: tasks, note: `${round(loadMs / 1000, 1)} s; 20% open` });
  const read = () => listReviewTasks(db, { status: 'open', limit: 51 });
  for (let i = 0; i < 20; i++) await read(); // warm
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) samples.push((await timed(read)).ms);
  // One queue's first page: the sanctions queue holds a quarter of the tasks (an eighth of the open
  // ones), so the page is full, not the empty one a queue with no open task would time.
  const oneQueue = () => listReviewTasks(db, { status: 'open', queue: 'sanctions', limit: 51 });
  const pageSize = (await oneQueue()).length;
  if (pageSize < 51) throw new Error(`the sanctions queue's first page has ${pageSize} tasks, not a full page: the bench would time the wrong thing`);
  const byQueue: number[] = [];
  for (let i = 0; i < 300; i++) byQueue.push((await timed(oneQueue)).ms);
  const baseline: number[] = [];
  await db.transaction(async (trx) => {
    await trx.raw('set local enable_indexscan = off; set local enable_bitmapscan = off');
    for (let i = 0; i < 5; i++) baseline.push((await timed(() => listReviewTasks(trx, { status: 'open', limit: 51 }))).ms);
  });
  figures.push({
    bench: 'review queue',
    metric: 'first page, open by SLA: p50 / p99 (ms)',
    value: `${round(percentile(samples, 50))} / ${round(percentile(samples, 99))}`,
    baseline: `${round(percentile(baseline, 50))} (no index)`,
    ratio: round(percentile(baseline, 50) / percentile(samples, 99), 0),
  });
  figures.push({
    bench: 'review queue',
    metric: 'first page, one queue: p50 / p99 (ms)',
    value: `${round(percentile(byQueue, 50))} / ${round(percentile(byQueue, 99))}`,
    note: `the sanctions queue, a full page of ${pageSize}`,
  });
}
