/**
 * Investigation cases about an approved seller (reports of suspicious activity, metric anomalies,
 * new screening hits), the reports themselves, and the re-screening runs of the whole seller base.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('investigations', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('status').notNullable();
    /** What raised it and what joined since: report, anomaly, screening_hit (counts). */
    t.jsonb('signals').notNullable();
    t.string('outcome');
    t.jsonb('reasons');
    t.text('note');
    t.string('enforcement_id');
    t.string('decided_by');
    t.string('decided_by_name');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('reports', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('investigation_id').references('investigations.id');
    t.string('category').notNullable();
    t.text('description').notNullable();
    t.jsonb('evidence').notNullable();
    t.string('reporter_type').notNullable();
    /** Optional, personal: kept only to answer the reporter. */
    t.string('reporter_contact');
    t.string('received_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('screening_runs', (t) => {
    t.string('id').primary();
    t.string('list_version').notNullable();
    t.string('trigger').notNullable();
    t.string('status').notNullable();
    t.integer('subjects_screened');
    t.integer('new_matches');
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finished_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['screening_runs', 'reports', 'investigations']) await knex.schema.dropTable(table);
}
