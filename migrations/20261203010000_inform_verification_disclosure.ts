/**
 * INFORM Act: whether the seller must be identified to buyers ($20,000 or more, 15 U.S.C. § 45f(b))
 * and what is shown, and the verification of the certified data (§ 45f(a)(1)(B)) item by item.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inform_compliance', (t) => {
    t.boolean('disclosure_required').notNullable().defaultTo(false);
    /** The highest gross revenue (USD) of a 12-month window in the last 24 months, as of the last cycle. */
    t.decimal('peak_revenue_usd', 14, 2);
    /** What buyers are shown: domain/inform/inform.ts BuyerDisclosure. */
    t.jsonb('disclosure');
    /** The last verification: item -> { status, provider, at }. */
    t.jsonb('verification');
    t.timestamp('verified_at', { useTz: true });
    /** individual | business (15 U.S.C. § 45f(a)(1)(A)): what it must give depends on it. */
    t.string('seller_kind');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inform_compliance', (t) => {
    for (const c of ['disclosure_required', 'peak_revenue_usd', 'disclosure', 'verification', 'verified_at', 'seller_kind']) t.dropColumn(c);
  });
}
