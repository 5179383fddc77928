/**
 * Where a seller offers to consumers (DSA Art. 30 and Art. 10 follow it, not the seller's home
 * country); inquiries logged by a compliance officer (received by email or post), whether the seller
 * may be told of the order (Art. 9(5)/10(5)) and when it was, and how long the response package is kept.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('applications', (t) => {
    t.jsonb('selling_regions');
    /** The onboarding rules it was submitted under (domain/onboarding/rulesets.ts); null: the first. */
    t.string('rules_version');
  });
  await knex.schema.alterTable('inquiries', (t) => {
    /** api: a regulator's key; email, post or in_person: logged by a compliance officer. */
    t.string('received_via').notNullable().defaultTo('api');
    t.timestamp('received_at', { useTz: true });
    /** { withhold: boolean, until?: ISO time }: the order's instruction on telling the seller. */
    t.jsonb('seller_notice');
    t.timestamp('seller_notified_at', { useTz: true });
    /** The package (sealed) is erased after this; its hash and the audit trail of what was sent stay. */
    t.timestamp('response_erase_after', { useTz: true });
    t.timestamp('response_erased_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inquiries', (t) => {
    for (const c of ['received_via', 'received_at', 'seller_notice', 'seller_notified_at', 'response_erase_after', 'response_erased_at']) t.dropColumn(c);
  });
  await knex.schema.alterTable('applications', (t) => {
    t.dropColumn('selling_regions');
    t.dropColumn('rules_version');
  });
}
