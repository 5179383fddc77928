/**
 * The audit trail as one hash chain per shard of subjects (domain/shared/audit-checkpoint.ts), so
 * appends about different subjects no longer take turns on one lock, and signed checkpoints over
 * every chain's head. The events so far form chain 0, which goes on from the last of them.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A constant default is metadata only: no row is rewritten, so the append-only trigger is not woken.
  await knex.raw('alter table audit_events add column chain smallint not null default 0');
  await knex.raw('create index audit_events_chain_seq on audit_events (chain, seq)');
  await knex.schema.createTable('audit_checkpoints', (t) => {
    t.bigIncrements('seq');
    t.timestamp('taken_at', { useTz: true }).notNullable();
    t.jsonb('heads').notNullable();
    t.string('prev_root', 64).notNullable();
    t.string('root', 64).notNullable();
    t.string('signature', 64).notNullable();
  });
  await knex.raw(`
    create or replace function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
    end $$;
    create trigger audit_checkpoints_no_update_or_delete before update or delete on audit_checkpoints for each row execute function audit_events_append_only();
    create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints for each statement execute function audit_events_append_only();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_checkpoints');
  await knex.raw('drop index if exists audit_events_chain_seq');
  await knex.raw('alter table audit_events drop column chain');
}
