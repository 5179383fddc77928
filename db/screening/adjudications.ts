/**
 * Reviewers' adjudications of screening matches. A false positive is remembered for the subject
 * (by fingerprint) and the list entry as it was then, so the same pair is not raised again until
 * the entry changes on the list.
 */
import type { Knex } from 'knex';
import { derivedId } from '../../domain/shared/ids';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

import type { Verdict } from '../../domain/screening/adjudication';

export interface Adjudication {
  subjectKey: string;
  entryId: string;
  entryDigest: string;
  verdict: Verdict;
  applicationId: string;
  checkId: string;
  reviewTaskId: string;
  listVersion: string;
  actor: Actor;
  note?: string;
}

export interface AdjudicationRow {
  id: string;
  entry_id: string;
  entry_digest: string;
  verdict: Verdict;
  check_id: string;
  review_task_id: string;
  list_version: string;
  actor_id: string;
  actor_name: string;
  note: string | null;
  created_at: Date;
}

/** One adjudication per review task, subject and entry: a repeated call updates it. */
export async function recordAdjudication(db: Knex, a: Adjudication): Promise<AdjudicationRow> {
  const id = derivedId('adjudication', a.reviewTaskId, a.subjectKey, a.entryId, a.entryDigest);
  return db.transaction(async (trx) => {
    const [row] = await trx('screening_adjudications')
      .insert({
        id,
        subject_key: a.subjectKey,
        entry_id: a.entryId,
        entry_digest: a.entryDigest,
        verdict: a.verdict,
        application_id: a.applicationId,
        check_id: a.checkId,
        review_task_id: a.reviewTaskId,
        list_version: a.listVersion,
        actor_id: a.actor.id,
        actor_name: a.actor.name,
        note: a.note ?? null,
        created_at: trx.fn.now(),
      })
      .onConflict('id')
      .merge(['verdict', 'actor_id', 'actor_name', 'note', 'created_at'])
      .returning('*');
    await appendAudit(trx, {
      actor: a.actor,
      action: 'screening.adjudicated',
      subjectType: 'application',
      subjectId: a.applicationId,
      data: { adjudicationId: id, checkId: a.checkId, entryId: a.entryId, verdict: a.verdict, reviewTaskId: a.reviewTaskId },
    });
    return row;
  });
}

/** The entries a reviewer has cleared for this subject, each with its latest verdict. */
export async function latestVerdicts(db: Knex, subjectKey: string): Promise<AdjudicationRow[]> {
  return db('screening_adjudications')
    .distinctOn('entry_id', 'entry_digest')
    .where({ subject_key: subjectKey })
    .orderBy([{ column: 'entry_id' }, { column: 'entry_digest' }, { column: 'created_at', order: 'desc' }]);
}
