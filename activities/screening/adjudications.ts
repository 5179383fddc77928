/** Reviewers' verdicts on screening matches, written by the workflow that owns the review task. */
import { recordAdjudication } from '../../db/screening/adjudications';
import { screeningSubject } from '../../db/screening/subjects';
import type { MatchAdjudication, RecordedAdjudication } from '../../domain/screening/adjudication';
import { screeningSubjectFingerprint } from '../../domain/shared/fingerprints';
import type { ActivityDeps } from '../shared/deps';

export function createAdjudicationActivities({ db, fingerprintKey }: ActivityDeps) {
  // A register person's check is named by the fingerprint of what was screened (activities/onboarding/register-screening.ts).
  const subjectKeyOf = async (a: MatchAdjudication) => {
    if (a.subject.type === 'register_person') return a.subject.id;
    // The subject as screened, read here so that personal data never travels in the workflow's messages.
    const subject = await screeningSubject(db, a.applicationId, a.subject);
    if (!subject) throw new Error(`screening subject ${a.subject.type} ${a.subject.id} of ${a.applicationId} not found`);
    return screeningSubjectFingerprint(fingerprintKey, subject);
  };
  return {
    async recordMatchAdjudication(a: MatchAdjudication): Promise<RecordedAdjudication> {
      const row = await recordAdjudication(db, {
        subjectKey: await subjectKeyOf(a),
        entryId: a.entryId,
        entryDigest: a.entryDigest,
        verdict: a.verdict,
        applicationId: a.applicationId,
        checkId: a.checkId,
        reviewTaskId: a.taskId,
        listVersion: a.listVersion,
        actor: a.actor,
        note: a.note,
      });
      return {
        id: row.id,
        entryId: row.entry_id,
        verdict: row.verdict,
        listVersion: row.list_version,
        note: row.note,
        adjudicatedBy: { id: row.actor_id, name: row.actor_name },
        createdAt: new Date(row.created_at).toISOString(),
      };
    },
  };
}
