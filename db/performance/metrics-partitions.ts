/**
 * seller_metrics is partitioned by month of `day` (at 10 million sellers it grows by 10 million rows a
 * day): the cycle's window reads touch only the months they cover, and old months can be detached or
 * dropped whole instead of deleted row by row. A default partition takes any day that has no month
 * yet, so no write ever fails for want of a partition; making a month's partition moves its rows out
 * of the default in the same transaction (Postgres refuses to attach a range the default still holds).
 */
import type { Knex } from 'knex';

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);

/** The month partitions that cover `from` to `to` (YYYY-MM-DD), each [start, next month's start). */
export function monthsCovering(from: string, to: string): Array<{ name: string; start: string; end: string }> {
  const months = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1];
  while (monthStart(year, month) <= to) {
    const start = monthStart(year, month);
    months.push({ name: `seller_metrics_${start.slice(0, 4)}${start.slice(5, 7)}`, start, end: monthStart(year, month + 1) });
    [year, month] = month === 11 ? [year + 1, 0] : [year, month + 1];
  }
  return months;
}

async function existingPartitions(db: Knex): Promise<Set<string>> {
  const { rows } = await db.raw(`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'seller_metrics'::regclass`);
  return new Set(rows.map((r: { name: string }) => r.name));
}

/** Makes the month partitions from `from`'s month through `to`'s that do not exist yet; returns the ones it made. */
export async function ensureMetricsPartitions(db: Knex, from: string, to: string): Promise<string[]> {
  const existing = await existingPartitions(db);
  const made: string[] = [];
  for (const m of monthsCovering(from, to).filter((p) => !existing.has(p.name))) {
    await db.transaction(async (trx) => {
      await trx.raw(`create table ?? (like seller_metrics including defaults including constraints)`, [m.name]);
      await trx.raw(`with moved as (delete from seller_metrics_default where day >= ? and day < ? returning *) insert into ?? select * from moved`, [m.start, m.end, m.name]);
      // DDL takes no bind parameters; the bounds are dates monthsCovering made.
      await trx.raw(`alter table seller_metrics attach partition ?? for values from ('${m.start}') to ('${m.end}')`, [m.name]);
    });
    made.push(m.name);
  }
  return made;
}
