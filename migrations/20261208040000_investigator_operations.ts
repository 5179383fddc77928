/**
 * The investigators' operations: who works which cases and when (skills, shift, cap), the
 * decision each case task ended in (for QA and root causes), the sampled second reviews, and the
 * mitigations leads record against root causes.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('investigators', (t) => {
    // The API key the investigator works with (the reviewer's actor ID).
    t.string('id').primary();
    t.string('name').notNullable();
    t.jsonb('categories').notNullable();
    t.jsonb('languages').notNullable();
    t.jsonb('markets').notNullable();
    t.jsonb('shift').notNullable();
    t.integer('max_open_cases').notNullable();
    t.boolean('senior').notNullable().defaultTo(false);
    t.text('email');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('last_assigned_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('review_tasks', (t) => {
    t.string('routed_to');
    t.string('paged_to');
    t.timestamp('paged_at', { useTz: true });
    t.string('decision_outcome');
    t.jsonb('decision_reasons');
    t.string('root_cause');
    t.index(['routed_to', 'status']);
    t.index(['root_cause', 'decided_at']);
  });
  await knex.schema.createTable('quality_reviews', (t) => {
    t.string('task_id').primary().references('review_tasks.id');
    t.string('kind').notNullable();
    t.string('subject_id').notNullable();
    t.string('original_decided_by').notNullable();
    t.string('original_decided_by_name');
    t.string('original_outcome').notNullable();
    t.jsonb('original_reasons').notNullable();
    t.string('qa_task_id');
    t.string('reviewer_id');
    t.string('outcome');
    t.jsonb('reasons');
    t.text('note');
    t.boolean('agreed');
    t.timestamp('sampled_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('reviewed_at', { useTz: true });
  });
  await knex.schema.createTable('root_cause_mitigations', (t) => {
    t.string('id').primary();
    t.string('root_cause').notNullable();
    t.string('period', 7).notNullable();
    t.text('mitigation').notNullable();
    t.string('recorded_by').notNullable();
    t.string('recorded_by_name');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['root_cause', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('root_cause_mitigations');
  await knex.schema.dropTable('quality_reviews');
  await knex.schema.alterTable('review_tasks', (t) => {
    t.dropIndex(['root_cause', 'decided_at']);
    t.dropIndex(['routed_to', 'status']);
    t.dropColumns('routed_to', 'paged_to', 'paged_at', 'decision_outcome', 'decision_reasons', 'root_cause');
  });
  await knex.schema.dropTable('investigators');
}
