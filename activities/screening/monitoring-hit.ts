/**
 * A potential match found after approval (a re-screening, or a person the register names now): the
 * matches no one raised before for this subject and that no reviewer cleared for that entry version,
 * and, when there are any, the sanctions check recorded for review and the seller's investigation told,
 * which holds the seller's money at once (workflows/investigations/investigation.ts).
 */
import type { Knex } from 'knex';
import { recordCheck } from '../../db/onboarding/checks';
import { latestVerdicts } from '../../db/screening/adjudications';
import type { CheckSubject } from '../../domain/onboarding/onboarding';
import type { ScreeningIndex, ScreeningMatch } from '../../domain/screening/screening-index';
import { signalInvestigation } from '../../temporal/investigations';
import type { ActivityDeps } from '../shared/deps';

/** The hits not in the check's evidence already and not cleared as false positives for this subject. */
export async function freshMatches(db: Knex, subjectKey: string, hits: ScreeningMatch[], previousEvidence: unknown): Promise<ScreeningMatch[]> {
  const before = new Set(((previousEvidence as { matches?: ScreeningMatch[] } | null)?.matches ?? []).map((m) => m.entryId));
  const verdicts = await latestVerdicts(db, subjectKey);
  return hits.filter((m) => !before.has(m.entryId) && !verdicts.some((v) => v.verdict === 'false_positive' && v.entry_id === m.entryId && v.entry_digest === m.entryDigest));
}

export async function raiseMonitoringHit(
  deps: Pick<ActivityDeps, 'db' | 'temporal' | 'sanctionsHitSlaHours'> & { threshold: number },
  hit: {
    applicationId: string;
    sellerId: string;
    checkId: string;
    subject: CheckSubject;
    index: ScreeningIndex;
    matches: ScreeningMatch[];
    fresh: ScreeningMatch[];
    evidence: Record<string, unknown>;
  },
): Promise<void> {
  if (!deps.temporal) throw new Error('the worker has no Temporal client to open investigations');
  await recordCheck(deps.db, hit.applicationId, {
    checkId: hit.checkId,
    kind: 'sanctions',
    subject: hit.subject,
    status: 'needs_review',
    code: 'sanctions_potential_match',
    provider: 'sellergate-screening',
    evidence: {
      listVersion: hit.index.version,
      ...(hit.index.synthetic ? { syntheticList: true } : {}),
      threshold: deps.threshold,
      matches: hit.matches.slice(0, 10),
      newMatches: hit.fresh.map((m) => m.entryId),
      ...hit.evidence,
    },
  });
  await signalInvestigation(deps.temporal, hit.sellerId, {
    source: 'screening_hit',
    applicationId: hit.applicationId,
    checkId: hit.checkId,
    entryIds: hit.fresh.map((m) => m.entryId),
    listVersion: hit.index.version,
    slaHours: deps.sanctionsHitSlaHours,
  });
}
