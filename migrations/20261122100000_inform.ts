/** INFORM Act compliance per high-volume seller: where the seller stands, and by when. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inform_compliance', (t) => {
    t.string('seller_id').primary().references('sellers.id');
    /** collecting -> verified -> (yearly) recertifying; noticed: told of suspension; suspended. */
    t.string('status').notNullable();
    t.date('crossed_on').notNullable();
    t.jsonb('missing').notNullable();
    t.timestamp('due_at', { useTz: true });
    t.timestamp('certified_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('inform_compliance');
}
