/**
 * Marks that a reader's look at a record was audited, shared by every API process: one statement
 * claims the right to write the read event, and only when the last one is older than the window.
 * Run in the transaction that appends the event, so a mark never stands without its event.
 */
import type { Knex } from 'knex';

export interface ReadMark {
  readerId: string;
  subjectType: string;
  subjectId: string;
}

/**
 * Claimed (true) when there was no mark or one older than `windowSeconds`, which it now renews: the
 * caller audits the read. Otherwise the time of the standing mark, another process's claim.
 */
export async function claimReadAudit(trx: Knex.Transaction, mark: ReadMark, windowSeconds: number): Promise<true | Date> {
  const { rows } = await trx.raw(
    `insert into read_audit_marks as m (reader_id, subject_type, subject_id, audited_at) values (?, ?, ?, now())
     on conflict (reader_id, subject_type, subject_id) do update set audited_at = excluded.audited_at
     where m.audited_at < now() - make_interval(secs => ?)
     returning 1 as claimed`,
    [mark.readerId, mark.subjectType, mark.subjectId, windowSeconds],
  );
  if (rows.length === 1) return true;
  const standing = await trx('read_audit_marks').where({ reader_id: mark.readerId, subject_type: mark.subjectType, subject_id: mark.subjectId }).first('audited_at');
  return new Date(standing.audited_at);
}

/** Marks past their window say nothing any more. */
export async function forgetOldReadMarks(db: Knex, windowSeconds: number): Promise<number> {
  return db('read_audit_marks').whereRaw('audited_at < now() - make_interval(secs => ?)', [windowSeconds]).delete();
}
