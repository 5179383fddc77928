/**
 * Signed provider callbacks as they arrived (one row per vendor event, so a redelivery is seen as
 * one), and reviewers' adjudications of screening matches, so a false positive is not raised again
 * for the same subject and the same list entry.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_callbacks', (t) => {
    t.bigIncrements('id');
    t.string('provider').notNullable();
    t.string('event_id').notNullable();
    t.string('client_reference').notNullable();
    t.string('provider_reference').notNullable();
    /** signalled: handed to its verification; late: the verification had already ended. */
    t.string('outcome').notNullable();
    t.string('result_status').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['provider', 'event_id']);
  });
  await knex.schema.createTable('screening_adjudications', (t) => {
    t.string('id').primary();
    /** A keyed fingerprint of the screened name (and birth date), never the name itself. */
    t.string('subject_key', 64).notNullable();
    t.string('entry_id').notNullable();
    /** The list entry as it was judged: a changed entry is judged again. */
    t.string('entry_digest', 64).notNullable();
    t.string('verdict').notNullable();
    t.string('application_id').notNullable().references('applications.id');
    t.string('check_id').notNullable();
    t.string('review_task_id').notNullable();
    t.string('list_version').notNullable();
    t.string('actor_id').notNullable();
    t.string('actor_name').notNullable();
    t.text('note');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['subject_key', 'entry_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('screening_adjudications');
  await knex.schema.dropTable('provider_callbacks');
}
