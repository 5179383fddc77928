/** Retention clocks per seller, legal holds that stop them, and erasure requests with their answers. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('retention_records', (t) => {
    t.string('seller_id').primary().references('sellers.id');
    t.timestamp('relationship_ended_at', { useTz: true }).notNullable();
    t.string('stage').notNullable();
    t.string('policy_version').notNullable();
    t.timestamp('trader_data_erased_at', { useTz: true });
    t.timestamp('erased_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('legal_holds', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.text('reason').notNullable();
    t.string('placed_by').notNullable();
    t.timestamp('placed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.string('released_by');
    t.timestamp('released_at', { useTz: true });
  });
  await knex.schema.createTable('erasure_requests', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('requested_by').notNullable();
    t.jsonb('answer').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('documents', (t) => {
    t.timestamp('erased_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('documents', (t) => t.dropColumn('erased_at'));
  for (const table of ['erasure_requests', 'legal_holds', 'retention_records']) await knex.schema.dropTable(table);
}
