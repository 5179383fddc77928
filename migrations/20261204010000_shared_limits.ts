/**
 * State that every API process must share, so N processes behave as one: the rate limit's token
 * buckets (api/access/rate-limit.ts) and the marks that say a reader's look at a record was audited
 * within the last minutes (api/shared/read-audit.ts). Neither is a business fact; both can be lost
 * without harm (a lost bucket is a full one, a lost mark one more read event).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limit_buckets', (t) => {
    // `key:<api key id>` or `auth:<keyed fingerprint of the source address>`: no address is stored.
    t.text('bucket').primary();
    t.double('tokens').notNullable();
    t.timestamp('refilled_at', { useTz: true }).notNullable();
    /** What the last reservation got: RETURNING sees only the new row, so it is kept here. */
    t.integer('granted').notNullable();
  });
  await knex.schema.createTable('read_audit_marks', (t) => {
    t.text('reader_id').notNullable();
    t.text('subject_type').notNullable();
    t.text('subject_id').notNullable();
    t.timestamp('audited_at', { useTz: true }).notNullable();
    t.primary(['reader_id', 'subject_type', 'subject_id']);
    t.index(['audited_at']);
  });
  // Both are rewritten on most requests: no autovacuum lag should let them bloat.
  await knex.raw('alter table rate_limit_buckets set (fillfactor = 70)');
  await knex.raw('alter table read_audit_marks set (fillfactor = 70)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('read_audit_marks');
  await knex.schema.dropTable('rate_limit_buckets');
}
