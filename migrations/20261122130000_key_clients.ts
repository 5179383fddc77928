/**
 * API keys belong to a client (an integrator; rotation issues a new key to the same client), may
 * expire, and a regulator's key names its authority and jurisdiction. Sellers remember the client
 * that onboarded them: a frontend key acts only for its own client's sellers.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('api_keys', (t) => {
    t.string('client_id');
    t.timestamp('expires_at', { useTz: true });
    t.string('authority');
    t.string('jurisdiction');
  });
  await knex('api_keys').update({ client_id: knex.ref('id') });
  await knex.schema.alterTable('api_keys', (t) => {
    t.string('client_id').notNullable().alter();
    t.index(['client_id']);
  });
  // The marketplace's own seller reference is unique within a client, not across clients.
  await knex.schema.alterTable('sellers', (t) => {
    t.string('client_id').index();
    t.dropUnique(['external_ref']);
    t.unique(['client_id', 'external_ref']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sellers', (t) => {
    t.dropUnique(['client_id', 'external_ref']);
    t.dropColumn('client_id');
    t.unique(['external_ref']);
  });
  await knex.schema.alterTable('api_keys', (t) => t.dropColumns('client_id', 'expires_at', 'authority', 'jurisdiction'));
}
