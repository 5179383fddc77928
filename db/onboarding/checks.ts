/** Verification checks: one row per application, kind and subject; a re-run replaces the outcome. */
import type { Knex } from 'knex';
import type { CheckResult, CheckStatus } from '../../domain/onboarding/onboarding';
import { appendAudit } from '../shared/audit';
import { systemActor } from '../../domain/shared/actor';

/** A check's outcome, or that it waits for a provider's later answer. */
export type CheckRecord = Omit<CheckResult, 'status'> & { status: CheckStatus };

export async function recordCheck(db: Knex, applicationId: string, result: CheckRecord): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('checks')
      .insert({
        id: result.checkId,
        application_id: applicationId,
        kind: result.kind,
        subject_type: result.subject.type,
        subject_id: result.subject.id,
        status: result.status,
        code: result.code ?? null,
        provider: result.provider,
        evidence: JSON.stringify(result.evidence),
        completed_at: result.status === 'pending' ? null : trx.fn.now(),
      })
      .onConflict(['application_id', 'kind', 'subject_id'])
      .merge(['status', 'code', 'provider', 'evidence', 'completed_at']);
    await appendAudit(trx, {
      actor: systemActor,
      action: result.status === 'pending' ? 'check.pending' : 'check.completed',
      subjectType: 'application',
      subjectId: applicationId,
      data: { checkId: result.checkId, kind: result.kind, subjectType: result.subject.type, status: result.status, code: result.code ?? null },
    });
  });
}

export interface CheckRow {
  id: string;
  application_id: string;
  kind: CheckResult['kind'];
  subject_type: CheckResult['subject']['type'];
  subject_id: string;
  status: CheckResult['status'];
  code: CheckResult['code'] | null;
  provider: string | null;
  evidence: Record<string, unknown> | null;
  started_at: Date;
  completed_at: Date | null;
}

export async function listChecks(db: Knex, applicationId: string): Promise<CheckRow[]> {
  return db('checks')
    .where({ application_id: applicationId })
    .orderBy([{ column: 'kind' }, { column: 'subject_type' }, { column: 'subject_id' }]);
}

export async function findCheck(db: Knex, applicationId: string, checkId: string): Promise<CheckRow | undefined> {
  return db('checks').where({ application_id: applicationId, id: checkId }).first();
}

export async function findCheckOfSeller(db: Knex, sellerId: string, checkId: string): Promise<CheckRow | undefined> {
  return db('checks as c').join('applications as a', 'a.id', 'c.application_id').where({ 'a.seller_id': sellerId, 'c.id': checkId }).first('c.*');
}
