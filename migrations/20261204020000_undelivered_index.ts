/** /metrics counts the deliveries not yet made at every scrape: a partial index keeps that off the delivered millions. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index deliveries_undelivered on deliveries (channel) where status <> 'delivered'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index deliveries_undelivered');
}
