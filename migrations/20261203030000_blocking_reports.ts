/**
 * Reports of blocked property (31 C.F.R. § 501.603): one per confirmed sanctions match, due 10
 * business days after the hold blocked the seller's payouts, with the package the report needs
 * (sealed: it names the seller and the listed party) and who filed it, when, under which reference.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('blocking_reports', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('investigation_id').notNullable();
    t.string('hold_id').notNullable();
    t.string('authority').notNullable();
    t.date('blocked_on').notNullable();
    t.date('warn_on').notNullable();
    t.date('due_on').notNullable();
    /** due -> filed; escalated_at / overdue_at as the deadline nears and passes. */
    t.string('status').notNullable();
    t.text('package').notNullable();
    t.timestamp('escalated_at', { useTz: true });
    t.timestamp('overdue_at', { useTz: true });
    t.string('filed_by');
    t.timestamp('filed_at', { useTz: true });
    t.string('reference');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'due_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('blocking_reports');
}
