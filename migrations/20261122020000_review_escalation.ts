/** A review task whose SLA passed is escalated: the time is kept and the task jumps the queue. */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('review_tasks', (t) => {
    t.timestamp('escalated_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('review_tasks', (t) => {
    t.dropColumn('escalated_at');
  });
}
