/**
 * Re-screening the seller base: the approved applications of sellers still on the marketplace, a
 * page at a time in key order (so a retried or resumed run picks up where it was), with each
 * subject's name and the sanctions check it had.
 */
import type { Knex } from 'knex';
import type { CheckRow } from '../onboarding/checks';
import { unseal } from '../field-keyring';
import type { ScreeningQuery } from '../../domain/screening/screening-index';
import type { CheckSubject } from '../../domain/onboarding/onboarding';

export interface RescreeningSubject {
  applicationId: string;
  sellerId: string;
  subject: CheckSubject;
  query: ScreeningQuery;
  check?: CheckRow;
}

export async function subjectsPage(db: Knex, after: string, limit: number): Promise<{ subjects: RescreeningSubject[]; last?: string }> {
  const apps = await db('applications as a')
    .join('sellers as s', 's.id', 'a.seller_id')
    .where('a.status', 'approved')
    .whereIn('s.status', ['active', 'suspended'])
    .where('a.id', '>', after)
    .orderBy('a.id')
    .limit(limit)
    .select('a.id', 'a.seller_id', 'a.country', 'a.business');
  if (apps.length === 0) return { subjects: [] };
  const ids = apps.map((a) => a.id);
  const [persons, checks] = await Promise.all([
    db('persons').whereIn('application_id', ids).select('id', 'application_id', 'details'),
    db('checks').whereIn('application_id', ids).where({ kind: 'sanctions' }),
  ]);
  const checkOf = (applicationId: string, subjectId: string) => checks.find((c) => c.application_id === applicationId && c.subject_id === subjectId);
  const subjects: RescreeningSubject[] = [];
  for (const a of apps) {
    subjects.push({
      applicationId: a.id,
      sellerId: a.seller_id,
      subject: { type: 'business', id: a.id },
      query: { name: a.business.legalName, type: 'organization', country: a.country },
      check: checkOf(a.id, a.id),
    });
    for (const p of persons.filter((x) => x.application_id === a.id)) {
      const d = unseal(p.details);
      subjects.push({
        applicationId: a.id,
        sellerId: a.seller_id,
        subject: { type: 'person', id: p.id },
        query: { name: `${d.firstName} ${d.lastName}`, type: 'person', dateOfBirth: d.dateOfBirth, country: d.nationality },
        check: checkOf(a.id, p.id),
      });
    }
  }
  return { subjects, last: apps[apps.length - 1].id };
}

export async function startScreeningRun(db: Knex, id: string, listVersion: string, trigger: string, scope?: { scope: 'full' | 'delta'; entriesScreened: number }): Promise<void> {
  await db('screening_runs')
    .insert({ id, list_version: listVersion, trigger, status: 'running', scope: scope?.scope ?? null, entries_screened: scope?.entriesScreened ?? null })
    .onConflict('id')
    .ignore();
}

export async function finishScreeningRun(db: Knex, id: string, counts: { subjectsScreened: number; newMatches: number }): Promise<void> {
  await db('screening_runs').where({ id }).update({ status: 'completed', subjects_screened: counts.subjectsScreened, new_matches: counts.newMatches, finished_at: db.fn.now() });
}

export async function lastScreenedListVersion(db: Knex): Promise<string | undefined> {
  return (await db('screening_runs').where({ status: 'completed' }).orderBy('finished_at', 'desc').first('list_version'))?.list_version;
}
