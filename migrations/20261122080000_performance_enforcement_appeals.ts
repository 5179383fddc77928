/**
 * After approval: daily performance metrics per seller, performance-review cycles, each seller's
 * standing and violations, enforcement actions with their statements of reasons, appeals, and
 * review tasks that belong to an enforcement action or an appeal rather than to an application.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('seller_metrics', (t) => {
    t.string('seller_id').notNullable().references('sellers.id');
    t.date('day').notNullable();
    t.integer('orders').notNullable();
    t.integer('pre_fulfilment_cancellations').notNullable();
    t.integer('late_shipments').notNullable();
    t.integer('order_defects').notNullable();
    t.integer('shipments').notNullable();
    t.integer('shipments_with_valid_tracking').notNullable();
    t.decimal('sales_amount', 14, 2).notNullable();
    t.string('sales_currency', 3).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['seller_id', 'day']);
    // The evaluation reads a window of days across all sellers.
    t.index(['day', 'seller_id']);
  });
  await knex.schema.createTable('performance_reviews', (t) => {
    t.string('id').primary();
    t.date('as_of').notNullable();
    t.string('policy_version').notNullable();
    t.string('status').notNullable();
    t.string('trigger').notNullable();
    t.integer('sellers_evaluated');
    t.integer('violations_recorded');
    t.integer('standing_changes');
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finished_at', { useTz: true });
  });
  await knex.schema.createTable('violations', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id');
    t.string('rule').notNullable();
    t.decimal('rate', 8, 5).notNullable();
    t.decimal('threshold', 8, 5).notNullable();
    t.integer('orders_in_window').notNullable();
    t.integer('points').notNullable();
    t.date('detected_on').notNullable();
    t.date('expires_on').notNullable();
    t.string('review_id').notNullable();
    t.string('policy_version').notNullable();
    t.index(['seller_id', 'expires_on']);
  });
  await knex.schema.createTable('seller_standings', (t) => {
    t.string('seller_id').primary().references('sellers.id');
    t.string('level').notNullable();
    t.integer('points').notNullable();
    t.string('policy_version').notNullable();
    t.date('as_of').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('enforcement_actions', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('type').notNullable();
    /** awaiting_decision -> notice -> active -> ended | cancelled | declined | reversed */
    t.string('status').notNullable();
    t.jsonb('statement').notNullable();
    t.jsonb('restrictions').notNullable();
    t.boolean('automated_detection').notNullable();
    t.boolean('automated_decision').notNullable();
    t.string('decided_by');
    t.string('decided_by_name');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('effective_at', { useTz: true });
    t.timestamp('ends_at', { useTz: true });
    t.timestamp('ended_at', { useTz: true });
    t.timestamp('appealable_until', { useTz: true });
    t.string('source').notNullable();
    t.string('source_id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('appeals', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id').index();
    t.string('subject_type').notNullable();
    t.string('subject_id').notNullable();
    t.text('statement').notNullable();
    t.jsonb('evidence').notNullable();
    t.string('status').notNullable();
    t.string('outcome');
    t.jsonb('reasons');
    t.text('note');
    t.string('decided_by');
    t.string('decided_by_name');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('sla_due_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['subject_type', 'subject_id']);
  });
  await knex.schema.alterTable('review_tasks', (t) => {
    t.string('kind').notNullable().defaultTo('application');
    t.string('workflow_id');
    t.string('seller_id');
    t.string('subject_id');
    /** Reviewers who may not take this task (e.g. who decided what is appealed). */
    t.jsonb('excluded_reviewers');
  });
  await knex.schema.alterTable('review_tasks', (t) => {
    t.string('application_id').nullable().alter();
  });
  // Events about a seller's standing belong to no application.
  await knex.schema.alterTable('events', (t) => {
    t.string('application_id').nullable().alter();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('review_tasks', (t) => {
    t.dropColumns('kind', 'workflow_id', 'seller_id', 'subject_id', 'excluded_reviewers');
  });
  for (const table of ['appeals', 'enforcement_actions', 'seller_standings', 'violations', 'performance_reviews', 'seller_metrics']) await knex.schema.dropTable(table);
}
