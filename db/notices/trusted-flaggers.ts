/** Trusted flaggers (DSA Art. 22): entities a Digital Services Coordinator awarded the status, by the API key client they file with. */
import type { Knex } from 'knex';
import type { TrustedFlaggerInput } from '../../domain/notices/schemas';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface TrustedFlaggerRow {
  id: string;
  name: string;
  member_state: string;
  expertise: string[];
  client_id: string;
  status: 'active' | 'revoked';
  created_at: Date;
}

export async function registerTrustedFlagger(db: Knex, id: string, input: TrustedFlaggerInput, actor: Actor): Promise<TrustedFlaggerRow> {
  return db.transaction(async (trx) => {
    const [row] = await trx('trusted_flaggers')
      .insert({ id, name: input.name, member_state: input.memberState, expertise: JSON.stringify(input.expertise), client_id: input.clientId })
      .onConflict('client_id')
      .ignore()
      .returning('*');
    if (!row) return trx('trusted_flaggers').where({ client_id: input.clientId }).first();
    await appendAudit(trx, { actor, action: 'trusted_flagger.registered', subjectType: 'trusted_flagger', subjectId: id, data: { memberState: input.memberState, expertise: input.expertise } });
    return row;
  });
}

export const findTrustedFlaggerByClient = (db: Knex, clientId: string): Promise<TrustedFlaggerRow | undefined> => db('trusted_flaggers').where({ client_id: clientId, status: 'active' }).first();

/**
 * Each flagger's accuracy (Art. 22(3) asks flaggers to report theirs; the platform sees it first): notices
 * decided, how many were acted on, how many were manifestly unfounded, and how fast they were decided.
 */
export async function listTrustedFlaggerAccuracy(db: Knex) {
  const rows = await db('trusted_flaggers as f')
    .leftJoin('notices as n', function () {
      this.on('n.trusted_flagger_id', 'f.id').andOnVal('n.status', 'decided');
    })
    .groupBy('f.id')
    .orderBy('f.name')
    .select(
      'f.id',
      'f.name',
      'f.member_state',
      'f.expertise',
      'f.status',
      db.raw('count(n.id)::int as decided'),
      db.raw("count(n.id) filter (where n.outcome = 'action')::int as actioned"),
      db.raw('count(n.id) filter (where n.manifestly_unfounded)::int as unfounded'),
      db.raw('percentile_cont(0.5) within group (order by extract(epoch from n.decided_at - n.created_at) / 3600) as median_hours'),
    );
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    memberState: r.member_state as string,
    expertise: r.expertise as string[],
    status: r.status as string,
    decided: r.decided as number,
    actioned: r.actioned as number,
    unfounded: r.unfounded as number,
    accuracy: r.decided > 0 ? r.actioned / r.decided : null,
    medianHoursToDecision: r.median_hours === null ? null : Number(r.median_hours),
  }));
}
