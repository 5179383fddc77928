/** Events told to the outside, and each delivery of them (webhook, email) with attempts and outcome. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('events', (t) => {
    t.string('id').primary();
    t.string('type').notNullable();
    t.string('application_id').notNullable();
    t.string('seller_id').notNullable();
    t.jsonb('data').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['application_id', 'created_at']);
  });
  await knex.schema.createTable('deliveries', (t) => {
    t.string('event_id').notNullable().references('events.id');
    t.string('channel').notNullable(); // webhook | email
    t.string('status').notNullable(); // pending | delivered | failed
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('last_error', 500);
    t.timestamp('delivered_at', { useTz: true });
    t.primary(['event_id', 'channel']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('deliveries');
  await knex.schema.dropTableIfExists('events');
}
