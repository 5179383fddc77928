/**
 * Notice and action (DSA Art. 16, 22, 23): trusted flaggers, notices with their decisions, the
 * measures against misusing notifiers, the messages each notifier was sent (once each), and the
 * listing an enforcement action is about when it acts on one listing rather than the seller.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('trusted_flaggers', (t) => {
    t.string('id').primary();
    t.string('name').notNullable();
    t.string('member_state', 2).notNullable();
    t.jsonb('expertise').notNullable();
    t.string('client_id').notNullable().unique();
    t.string('status').notNullable().defaultTo('active');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('notices', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id');
    t.string('target_type').notNullable();
    t.string('listing_id');
    t.string('category').notNullable();
    t.string('trusted_flagger_id').references('trusted_flaggers.id');
    // A keyed fingerprint of the notifier (their email, or the flagger): Art. 23(2) counts by it without reading who it is.
    t.string('notifier_key');
    // The notifier's name and email and the notice's text, sealed (db/field-keyring.ts).
    t.text('details').notNullable();
    t.string('status').notNullable();
    t.string('outcome');
    t.jsonb('reasons');
    t.text('note');
    t.boolean('manifestly_illegal').notNullable().defaultTo(false);
    t.boolean('manifestly_unfounded').notNullable().defaultTo(false);
    t.string('enforcement_id');
    t.string('decided_by');
    t.string('decided_by_name');
    t.timestamp('decided_at', { useTz: true });
    t.string('received_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['seller_id', 'decided_at']);
    t.index(['notifier_key', 'created_at']);
    t.index(['trusted_flagger_id', 'decided_at']);
  });
  await knex.schema.createTable('notifier_measures', (t) => {
    t.string('id').primary();
    t.string('notifier_key').notNullable();
    t.string('kind').notNullable();
    t.string('notice_id').notNullable().references('notices.id');
    t.timestamp('until', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['notifier_key', 'created_at']);
  });
  await knex.schema.createTable('notifier_messages', (t) => {
    t.string('id').primary();
    t.string('notice_id').notNullable().references('notices.id');
    t.string('kind').notNullable();
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('enforcement_actions', (t) => {
    t.string('listing_id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('enforcement_actions', (t) => t.dropColumn('listing_id'));
  for (const table of ['notifier_messages', 'notifier_measures', 'notices', 'trusted_flaggers']) await knex.schema.dropTable(table);
}
