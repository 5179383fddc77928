/** Keyed fingerprints for finding the same bank account, tax ID or person across sellers. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('bank_accounts', (t) => {
    t.string('fingerprint', 64).index();
  });
  await knex.schema.alterTable('applications', (t) => {
    t.string('tax_id_fingerprint', 64).index();
  });
  await knex.schema.alterTable('persons', (t) => {
    t.string('fingerprint', 64).index();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('persons', (t) => t.dropColumn('fingerprint'));
  await knex.schema.alterTable('applications', (t) => t.dropColumn('tax_id_fingerprint'));
  await knex.schema.alterTable('bank_accounts', (t) => t.dropColumn('fingerprint'));
}
