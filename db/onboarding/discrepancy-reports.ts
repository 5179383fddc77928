/**
 * Register discrepancy reports (MLR 2017 reg. 30A): opened by the registry check when the declared
 * beneficial owners and the register's differ, decided by a compliance officer (report it, or not,
 * with the reason), then filed with the registrar under its reference. The package names people and
 * is sealed at rest; every move is conditional on the state before it, and audited.
 */
import type { Knex } from 'knex';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { derivedId } from '../../domain/shared/ids';
import { appendAudit } from '../shared/audit';
import { openRecord, sealRecord } from '../field-keyring';

export type DiscrepancyReportStatus = 'awaiting_approval' | 'approved' | 'dismissed' | 'filed';

export interface DiscrepancyReportRow {
  id: string;
  application_id: string;
  check_id: string;
  registrar: string;
  company_number: string;
  status: DiscrepancyReportStatus;
  package: Record<string, unknown>;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  filed_by: string | null;
  filed_at: Date | null;
  reference: string | null;
  created_at: Date;
}

const opened = (row: (Omit<DiscrepancyReportRow, 'package'> & { package: string }) | undefined): DiscrepancyReportRow | undefined =>
  row && { ...row, package: openRecord<Record<string, unknown>>(row.package)! };

/** One per check and round, or per check and monitoring run (`round`: the run's ID). */
export const discrepancyReportIdOf = (checkId: string, round: string) => derivedId('discrepancyReport', checkId, round);

export const findDiscrepancyReport = async (db: Knex, id: string): Promise<DiscrepancyReportRow | undefined> => opened(await db('registry_discrepancy_reports').where({ id }).first());

export async function listDiscrepancyReports(db: Knex, filter: { status?: DiscrepancyReportStatus; applicationId?: string } = {}): Promise<DiscrepancyReportRow[]> {
  const q = db('registry_discrepancy_reports').orderBy([{ column: 'created_at' }, { column: 'id' }]);
  if (filter.status) q.where({ status: filter.status });
  if (filter.applicationId) q.where({ application_id: filter.applicationId });
  return (await q).map((r) => opened(r)!);
}

/** Opened once per check and round: a retried activity finds the first. */
export async function openDiscrepancyReport(
  db: Knex,
  input: { id: string; applicationId: string; checkId: string; registrar: string; companyNumber: string; reportPackage: Record<string, unknown> },
): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('registry_discrepancy_reports')
      .insert({
        id: input.id,
        application_id: input.applicationId,
        check_id: input.checkId,
        registrar: input.registrar,
        company_number: input.companyNumber,
        status: 'awaiting_approval',
        package: sealRecord(input.reportPackage),
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length > 0) {
      await appendAudit(trx, {
        actor: systemActor,
        action: 'discrepancy_report.opened',
        subjectType: 'application',
        subjectId: input.applicationId,
        data: { discrepancyReportId: input.id, registrar: input.registrar, companyNumber: input.companyNumber },
      });
    }
  });
}

/** A compliance officer's decision; `false` when the report was decided already. */
export async function decideDiscrepancyReport(db: Knex, input: { id: string; decision: 'approve' | 'dismiss'; reason?: string; actor: Actor; requestId?: string }): Promise<boolean> {
  return db.transaction(async (trx) => {
    const [row] = await trx('registry_discrepancy_reports')
      .where({ id: input.id, status: 'awaiting_approval' })
      .update({ status: input.decision === 'approve' ? 'approved' : 'dismissed', decided_by: input.actor.id, decided_at: trx.fn.now(), decision_reason: input.reason ?? null })
      .returning('application_id');
    if (row) {
      await appendAudit(trx, {
        actor: input.actor,
        action: input.decision === 'approve' ? 'discrepancy_report.approved' : 'discrepancy_report.dismissed',
        subjectType: 'application',
        subjectId: row.application_id,
        data: { discrepancyReportId: input.id },
        requestId: input.requestId,
      });
    }
    return Boolean(row);
  });
}

/** The filing with the registrar, once approved; `false` when it was not awaiting one. */
export async function recordDiscrepancyReportFiling(db: Knex, input: { id: string; reference: string; filedAt: string; actor: Actor; requestId?: string }): Promise<boolean> {
  return db.transaction(async (trx) => {
    const [row] = await trx('registry_discrepancy_reports')
      .where({ id: input.id, status: 'approved' })
      .update({ status: 'filed', reference: input.reference, filed_at: input.filedAt, filed_by: input.actor.id })
      .returning('application_id');
    if (row) {
      await appendAudit(trx, {
        actor: input.actor,
        action: 'discrepancy_report.filed',
        subjectType: 'application',
        subjectId: row.application_id,
        data: { discrepancyReportId: input.id, reference: input.reference, filedAt: input.filedAt },
        requestId: input.requestId,
      });
    }
    return Boolean(row);
  });
}
