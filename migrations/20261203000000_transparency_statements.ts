/**
 * The statements of reasons owed to the EU DSA Transparency Database (Art. 24(5)), one per
 * restriction: queued in the transaction that puts the restriction into effect, then sent in
 * batches, and kept with what the database answered (accepted with its UUID, or refused with its
 * errors). The body holds no personal data; the puid is the enforcement action's ID.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('transparency_statements', (t) => {
    t.string('puid').primary().references('enforcement_actions.id');
    /** queued -> sent -> accepted | refused; a sent statement whose answer was lost is looked up by puid before it is sent again. */
    t.string('status').notNullable();
    t.jsonb('statement').notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.jsonb('errors');
    t.string('tdb_uuid');
    t.timestamp('queued_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('resolved_at', { useTz: true });
    t.index(['status', 'queued_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('transparency_statements');
}
