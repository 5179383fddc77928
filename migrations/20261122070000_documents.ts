/** Uploaded documents: the file lives in document storage; the row keeps its digest, type and owner. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('documents', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id').index();
    t.string('person_id').references('persons.id');
    t.string('type').notNullable();
    t.string('content_type').notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.string('storage').notNullable();
    t.string('storage_key').notNullable();
    t.string('uploaded_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('documents');
}
