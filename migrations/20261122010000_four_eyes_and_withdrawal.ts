/**
 * Four eyes: a review task remembers the first reviewer's decision while it waits for the second,
 * and a decision records who confirmed it.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('review_tasks', (t) => {
    t.jsonb('first_review');
  });
  await knex.schema.alterTable('decisions', (t) => {
    t.string('confirmed_by_id');
    t.string('confirmed_by_name');
    t.string('confirmed_by_role');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('decisions', (t) => {
    t.dropColumn('confirmed_by_id');
    t.dropColumn('confirmed_by_name');
    t.dropColumn('confirmed_by_role');
  });
  await knex.schema.alterTable('review_tasks', (t) => {
    t.dropColumn('first_review');
  });
}
