/**
 * The audit trail becomes tamper-evident: a hash chain over every event (existing ones chained in
 * order here), and the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
import type { Knex } from 'knex';
import { chainHash, GENESIS_HASH } from '../domain/shared/audit-chain';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_events', (t) => {
    t.string('prev_hash', 64);
    t.string('hash', 64);
  });
  let prev = GENESIS_HASH;
  for (let after = 0; ;) {
    const rows = await knex('audit_events').where('seq', '>', after).orderBy('seq').limit(1000);
    if (rows.length === 0) break;
    for (const r of rows) {
      const hash = chainHash(prev, {
        id: r.id,
        occurredAt: new Date(r.occurred_at).toISOString(),
        actorId: r.actor_id,
        actorRole: r.actor_role,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        data: r.data ?? null,
        requestId: r.request_id ?? null,
      });
      await knex('audit_events')
        .where({ seq: r.seq })
        .update({ prev_hash: prev, hash, occurred_at: new Date(new Date(r.occurred_at).toISOString()) });
      prev = hash;
      after = Number(r.seq);
    }
  }
  await knex.schema.alterTable('audit_events', (t) => {
    t.string('prev_hash', 64).notNullable().alter();
    t.string('hash', 64).notNullable().alter();
  });
  await knex.raw(`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only: % refused', tg_op using errcode = '42501';
    end $$;
    create trigger audit_events_no_update_or_delete before update or delete on audit_events for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events for each statement execute function audit_events_append_only();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'drop trigger if exists audit_events_no_truncate on audit_events; drop trigger if exists audit_events_no_update_or_delete on audit_events; drop function if exists audit_events_append_only();',
  );
  await knex.schema.alterTable('audit_events', (t) => t.dropColumns('prev_hash', 'hash'));
}
