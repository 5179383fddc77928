/** Requests to an approved seller for information (e.g. a new identity document before one expires). */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('seller_requests', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('application_id').notNullable().references('applications.id');
    t.string('person_id').references('persons.id');
    t.string('kind').notNullable();
    t.jsonb('items').notNullable();
    t.string('status').notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('answered_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('seller_requests');
}
