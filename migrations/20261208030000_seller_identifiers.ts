/**
 * The links between sellers as a graph in Postgres (db/account-groups/groups.ts walks it with a
 * recursive query): one row per seller and identifying fingerprint. Filled from here on as
 * applications are saved and the marketplace reports devices and IP addresses; the fingerprints the
 * applications already had (tax IDs, persons, bank accounts) are carried over now. Addresses, phones
 * and email domains of earlier applications are sealed and join when their seller's details next change.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('seller_identifiers', (t) => {
    t.string('seller_id').notNullable().references('sellers.id');
    t.string('kind').notNullable();
    t.string('fingerprint', 64).notNullable();
    t.string('source').notNullable();
    t.timestamp('first_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['seller_id', 'kind', 'fingerprint']);
    t.index(['kind', 'fingerprint']);
  });
  await knex.raw(`
    insert into seller_identifiers (seller_id, kind, fingerprint, source)
    select seller_id, 'tax_id', tax_id_fingerprint, 'application' from applications where tax_id_fingerprint is not null
    union select a.seller_id, 'person', p.fingerprint, 'application' from persons p join applications a on a.id = p.application_id where p.fingerprint is not null
    union select a.seller_id, 'bank_account', b.fingerprint, 'application' from bank_accounts b join applications a on a.id = b.application_id where b.fingerprint is not null
    on conflict do nothing`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('seller_identifiers');
}
