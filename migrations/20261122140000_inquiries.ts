/** Regulator inquiries and their approved response packages. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inquiries', (t) => {
    t.string('id').primary();
    t.string('authority').notNullable().index();
    t.string('jurisdiction').notNullable();
    t.string('reference').notNullable();
    t.string('legal_basis').notNullable();
    t.text('legal_basis_detail');
    t.jsonb('seller_ids').notNullable();
    t.jsonb('categories').notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    /** received -> awaiting_approval -> answered | declined */
    t.string('status').notNullable();
    t.jsonb('response');
    t.jsonb('approvals').notNullable();
    t.text('note');
    t.string('received_by').notNullable();
    t.timestamp('acknowledged_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('escalated_at', { useTz: true });
    t.timestamp('acted_on_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('inquiries');
}
