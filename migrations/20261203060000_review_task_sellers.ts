/**
 * Application review tasks carry their seller (db/review/review-tasks.ts writes it from the
 * application): the ones opened before get it from their application, once, so no read needs a fallback.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('update review_tasks set seller_id = applications.seller_id from applications where applications.id = review_tasks.application_id and review_tasks.seller_id is null');
}

export async function down(): Promise<void> {
  // Nothing to undo: the seller is the application's either way.
}
