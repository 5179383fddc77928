/** Requests for information sent to sellers, with their deadline, reminders and outcome. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('information_requests', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id');
    t.string('review_task_id').references('review_tasks.id');
    t.string('status').notNullable();
    t.jsonb('items').notNullable();
    t.jsonb('reasons').notNullable();
    t.text('message');
    t.string('requested_by_id').notNullable();
    t.string('policy_version').notNullable();
    t.timestamp('requested_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.jsonb('reminders_sent').notNullable().defaultTo('[]');
    t.timestamp('answered_at', { useTz: true });
    t.jsonb('changed_fields');
    t.index(['application_id', 'requested_at']);
    t.index(['status', 'due_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('information_requests');
}
