/**
 * Sanctions list versions as the worker loaded them: each version with its files and what changed
 * since the one before (entries added, changed, removed), the entries of the current version with
 * their content digest, and the log of changes, so that what a version said of an entry can be shown
 * and a re-screening after a list change looks only at what changed.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sanctions_list_versions', (t) => {
    t.string('version').primary();
    t.string('previous_version');
    t.jsonb('sources').notNullable();
    t.integer('entries').notNullable();
    t.integer('added').notNullable();
    t.integer('changed').notNullable();
    t.integer('removed').notNullable();
    t.timestamp('loaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('sanctions_list_entries', (t) => {
    t.string('entry_id').primary();
    t.string('list_id').notNullable();
    t.string('digest').notNullable();
    /** The version that last added or changed it. */
    t.string('version').notNullable();
  });
  await knex.schema.createTable('sanctions_list_changes', (t) => {
    t.bigIncrements('id');
    t.string('version').notNullable().index();
    t.string('entry_id').notNullable().index();
    /** added, changed or removed; the digest of the entry as the version has it (null when removed). */
    t.string('change').notNullable();
    t.string('digest');
  });
  await knex.schema.alterTable('screening_runs', (t) => {
    /** full: every entry; delta: only the entries the list change added or changed. */
    t.string('scope');
    t.integer('entries_screened');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('screening_runs', (t) => {
    t.dropColumn('scope');
    t.dropColumn('entries_screened');
  });
  for (const table of ['sanctions_list_changes', 'sanctions_list_entries', 'sanctions_list_versions']) await knex.schema.dropTable(table);
}
