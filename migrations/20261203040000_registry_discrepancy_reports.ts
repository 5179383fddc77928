/**
 * Register discrepancy reports (MLR 2017 reg. 30A): one per registry check that found the declared
 * beneficial owners and the register's apart, with the package the registrar needs (sealed: it names
 * people), a compliance officer's decision to report or not, and the filing once made.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('registry_discrepancy_reports', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id').index();
    t.string('check_id').notNullable();
    t.string('registrar').notNullable();
    t.string('company_number').notNullable();
    /** awaiting_approval -> approved -> filed, or awaiting_approval -> dismissed. */
    t.string('status').notNullable();
    t.text('package').notNullable();
    t.string('decided_by');
    t.timestamp('decided_at', { useTz: true });
    t.text('decision_reason');
    t.string('filed_by');
    t.timestamp('filed_at', { useTz: true });
    t.string('reference');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('registry_discrepancy_reports');
}
