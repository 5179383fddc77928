/**
 * seller_metrics becomes a table partitioned by month of `day` (db/performance/metrics-partitions.ts),
 * with a default partition for days outside the months made: the last two months and the next three
 * now, later months by each daily performance cycle. The rows move over in this migration.
 */
import type { Knex } from 'knex';

const monthsFromNow = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1)).toISOString().slice(0, 10);
};
// The name the cycle's maintenance gives a month's partition (db/performance/metrics-partitions.ts).
const partitionName = (start: string) => `seller_metrics_${start.slice(0, 4)}${start.slice(5, 7)}`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table seller_metrics rename to seller_metrics_unpartitioned');
  await knex.raw('alter table seller_metrics_unpartitioned rename constraint seller_metrics_pkey to seller_metrics_unpartitioned_pkey');
  await knex.raw('alter table seller_metrics_unpartitioned rename constraint seller_metrics_seller_id_foreign to seller_metrics_unpartitioned_seller_id_foreign');
  await knex.raw('alter index seller_metrics_day_seller_id_index rename to seller_metrics_unpartitioned_day_seller_id_index');
  await knex.raw(`
    create table seller_metrics (
      seller_id varchar(255) not null constraint seller_metrics_seller_id_foreign references sellers(id),
      day date not null,
      orders integer not null,
      pre_fulfilment_cancellations integer not null,
      late_shipments integer not null,
      order_defects integer not null,
      shipments integer not null,
      shipments_with_valid_tracking integer not null,
      sales_amount numeric(14, 2) not null,
      sales_currency varchar(3) not null,
      received_at timestamptz not null default current_timestamp,
      constraint seller_metrics_pkey primary key (seller_id, day)
    ) partition by range (day)`);
  // The evaluation reads a window of days across all sellers.
  await knex.raw('create index seller_metrics_day_seller_id_index on seller_metrics (day, seller_id)');
  await knex.raw('create table seller_metrics_default partition of seller_metrics default');
  for (let n = -2; n <= 3; n++) {
    // DDL takes no bind parameters; the bounds are dates this code made.
    await knex.raw(`create table ?? partition of seller_metrics for values from ('${monthsFromNow(n)}') to ('${monthsFromNow(n + 1)}')`, [partitionName(monthsFromNow(n))]);
  }
  await knex.raw('insert into seller_metrics select * from seller_metrics_unpartitioned');
  await knex.raw('drop table seller_metrics_unpartitioned');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('create table seller_metrics_unpartitioned (like seller_metrics including defaults including constraints)');
  await knex.raw('insert into seller_metrics_unpartitioned select * from seller_metrics');
  await knex.raw('drop table seller_metrics');
  await knex.raw('alter table seller_metrics_unpartitioned rename to seller_metrics');
  await knex.raw('alter table seller_metrics add constraint seller_metrics_pkey primary key (seller_id, day)');
  await knex.raw('alter table seller_metrics add constraint seller_metrics_seller_id_foreign foreign key (seller_id) references sellers(id)');
  await knex.raw('create index seller_metrics_day_seller_id_index on seller_metrics (day, seller_id)');
}
