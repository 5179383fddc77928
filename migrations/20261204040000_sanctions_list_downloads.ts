/**
 * Sanctions lists downloaded from their publishers (SANCTIONS_LIST_URLS): each file's bytes once per
 * content, and every download attempt with its outcome, so that every process screens the same
 * published set (providers/sanctions/list-downloads.ts) and an officer can see when a download failed.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sanctions_list_files', (t) => {
    t.string('file').notNullable();
    t.string('sha256', 64).notNullable();
    t.binary('bytes').notNullable();
    t.text('source_url').notNullable();
    t.timestamp('first_fetched_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['file', 'sha256']);
  });
  await knex.schema.createTable('sanctions_list_downloads', (t) => {
    t.bigIncrements('id');
    t.timestamp('attempted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // published: a new set is in use; unchanged: the publishers serve what is in use; failed: the set in use stays.
    t.string('outcome').notNullable();
    t.string('version');
    t.integer('entries');
    // [{ file, sha256, url }] of the set this attempt published or found unchanged.
    t.jsonb('files');
    t.text('error');
    t.index(['outcome', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sanctions_list_downloads');
  await knex.schema.dropTable('sanctions_list_files');
}
