/**
 * The Transparency Database's statements, one per restriction (migrations/20261203000000): queued
 * with the restriction, in the same transaction, so none is ever missed, and moved by the
 * submission activity as the database answers. Each answer is audited.
 */
import type { Knex } from 'knex';
import { EEA_COUNTRIES, type EnforcementType, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import { transparencyDatabaseStatement, type TdbStatement } from '../../domain/enforcement/transparency-statement';
import type { TdbErrors } from '../../domain/enforcement/transparency-validation';
import { systemActor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export type SubmissionStatus = 'queued' | 'sent' | 'accepted' | 'refused';

export interface TransparencyStatementRow {
  puid: string;
  status: SubmissionStatus;
  statement: TdbStatement;
  attempts: number;
  errors: TdbErrors | null;
  tdb_uuid: string | null;
  queued_at: Date;
  sent_at: Date | null;
  resolved_at: Date | null;
}

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** What the statement is made from: an enforcement action's row (db/enforcement/enforcements.ts). */
interface ActionRow {
  id: string;
  seller_id: string;
  type: EnforcementType;
  statement: StatementOfReasons;
  effective_at: Date | null;
  ends_at: Date | null;
  decided_at: Date | null;
  created_at: Date;
}

/** The statement for an action as it stands: undefined for one that restricts nothing. */
async function composeStatement(db: Knex, action: ActionRow): Promise<TdbStatement | undefined> {
  const seller = await db('sellers').where({ id: action.seller_id }).first('created_at');
  return transparencyDatabaseStatement({
    id: action.id,
    type: action.type,
    statement: action.statement,
    effectiveAt: isoOrNull(action.effective_at),
    endsAt: isoOrNull(action.ends_at),
    decidedAt: isoOrNull(action.decided_at),
    // The restricted content is the trader's account: on the service since the seller was created.
    contentDate: (seller?.created_at ?? action.created_at).toISOString(),
    territorialScope: EEA_COUNTRIES,
  });
}

/** Queues the statement of a restriction that has just taken effect; once per action. */
export async function queueTransparencyStatement(trx: Knex, action: ActionRow): Promise<void> {
  const statement = await composeStatement(trx, action);
  if (!statement) return;
  await trx('transparency_statements')
    .insert({ puid: action.id, status: 'queued', statement: JSON.stringify(statement) })
    .onConflict('puid')
    .ignore();
}

export const findTransparencyStatement = (db: Knex, puid: string): Promise<TransparencyStatementRow | undefined> => db('transparency_statements').where({ puid }).first();

/** The statement as it was queued (what is sent), or, for an action not in effect yet, the one it will have. */
export async function findTransparencyExport(db: Knex, action: ActionRow): Promise<TdbStatement | undefined> {
  return (await findTransparencyStatement(db, action.id))?.statement ?? (await composeStatement(db, action));
}

/** The oldest statements still owed: never sent, or sent without a known answer. */
export const pendingTransparencyStatements = (db: Knex, limit: number): Promise<TransparencyStatementRow[]> =>
  db('transparency_statements')
    .whereIn('status', ['queued', 'sent'])
    .orderBy([{ column: 'queued_at' }, { column: 'puid' }])
    .limit(limit);

export const countPendingTransparencyStatements = async (db: Knex): Promise<number> =>
  Number((await db('transparency_statements').whereIn('status', ['queued', 'sent']).count({ n: '*' }).first())?.n ?? 0);

/** About to be sent: from now on an answer that is lost is looked up by puid before a resend. */
export async function markSent(db: Knex, puids: string[]): Promise<void> {
  if (puids.length === 0) return;
  await db('transparency_statements')
    .whereIn('puid', puids)
    .whereIn('status', ['queued', 'sent'])
    .update({ status: 'sent', attempts: db.raw('attempts + 1'), sent_at: db.fn.now() });
}

/** Not created, through no fault of its own (another statement of the batch was refused): back in the queue. */
export async function requeue(db: Knex, puids: string[]): Promise<void> {
  if (puids.length === 0) return;
  await db('transparency_statements').whereIn('puid', puids).where({ status: 'sent' }).update({ status: 'queued' });
}

async function resolve(db: Knex, puid: string, status: 'accepted' | 'refused', changes: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  await db.transaction(async (trx) => {
    const [row] = await trx('transparency_statements')
      .where({ puid })
      .whereIn('status', ['queued', 'sent'])
      .update({ status, ...changes, resolved_at: trx.fn.now() })
      .returning('puid');
    if (!row) return;
    const action = await trx('enforcement_actions').where({ id: puid }).first('seller_id');
    await appendAudit(trx, { actor: systemActor, action: `transparency_statement.${status}`, subjectType: 'seller', subjectId: action.seller_id, data: { enforcementId: puid, ...data } });
  });
}

export const markAccepted = (db: Knex, puid: string, uuid: string | null) => resolve(db, puid, 'accepted', { tdb_uuid: uuid, errors: null }, { uuid });

export const markRefused = (db: Knex, puid: string, errors: TdbErrors, by: 'database' | 'local validation') =>
  resolve(db, puid, 'refused', { errors: JSON.stringify(errors) }, { by, fields: Object.keys(errors) });
