/**
 * Reports of blocked property (domain/screening/blocking-report.ts): opened when a reviewer confirms a
 * sanctions match, with the package assembled from the records (sealed at rest), escalated as the
 * deadline nears, and filed by a compliance officer. Every move is conditional and audited.
 */
import type { Knex } from 'knex';
import { BLOCKING_REPORT_AUTHORITY, blockingReportDates } from '../../domain/screening/blocking-report';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { derivedId } from '../../domain/shared/ids';
import { appendAudit } from '../shared/audit';
import { openRecord, sealRecord } from '../field-keyring';
import { latestApplicationOfSeller } from '../onboarding/applications';

export interface BlockingReportRow {
  id: string;
  seller_id: string;
  investigation_id: string;
  hold_id: string;
  authority: string;
  blocked_on: string;
  warn_on: string;
  due_on: string;
  status: 'due' | 'filed';
  package: Record<string, unknown>;
  escalated_at: Date | null;
  overdue_at: Date | null;
  filed_by: string | null;
  filed_at: Date | null;
  reference: string | null;
  created_at: Date;
}

const opened = (row: (Omit<BlockingReportRow, 'package'> & { package: string }) | undefined): BlockingReportRow | undefined =>
  row && { ...row, package: openRecord<Record<string, unknown>>(row.package)! };

export const findBlockingReport = async (db: Knex, id: string): Promise<BlockingReportRow | undefined> => opened(await db('blocking_reports').where({ id }).first());

export async function listBlockingReports(db: Knex, status?: BlockingReportRow['status']): Promise<BlockingReportRow[]> {
  const q = db('blocking_reports').orderBy([{ column: 'due_on' }, { column: 'id' }]);
  if (status) q.where({ status });
  return (await q).map((r) => opened(r)!);
}

/** Opened once per investigation: the hold's day is the day the property became blocked. */
export async function openBlockingReport(db: Knex, input: { investigationId: string; sellerId: string; holdId: string }): Promise<BlockingReportRow> {
  const id = derivedId('blockingReport', input.investigationId);
  const existing = await findBlockingReport(db, id);
  if (existing) return existing;
  const hold = await db('enforcement_actions').where({ id: input.holdId }).first('effective_at', 'statement');
  const blockedOn = new Date(hold?.effective_at ?? Date.now()).toISOString().slice(0, 10);
  const { dueOn, warnOn } = blockingReportDates(blockedOn);
  const app = await latestApplicationOfSeller(db, input.sellerId);
  const account = app ? await db('bank_accounts').where({ application_id: app.id }).first('scheme', 'country', 'last4') : undefined;
  const business = (app?.business ?? {}) as { legalName?: string; registrationNumber?: string; address?: unknown };
  const reportPackage = {
    blockedParty: { legalName: business.legalName ?? null, registrationNumber: business.registrationNumber ?? null, address: business.address ?? null, country: app?.country ?? null },
    listedEntries: (hold?.statement?.listedEntries as string[] | undefined) ?? [],
    property: { kind: 'payouts held by the marketplace', account: account ?? null, blockedOn },
    sellerId: input.sellerId,
    investigationId: input.investigationId,
  };
  await db.transaction(async (trx) => {
    const inserted = await trx('blocking_reports')
      .insert({
        id,
        seller_id: input.sellerId,
        investigation_id: input.investigationId,
        hold_id: input.holdId,
        authority: BLOCKING_REPORT_AUTHORITY,
        blocked_on: blockedOn,
        warn_on: warnOn,
        due_on: dueOn,
        status: 'due',
        package: sealRecord(reportPackage),
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length > 0)
      await appendAudit(trx, { actor: systemActor, action: 'blocking_report.opened', subjectType: 'seller', subjectId: input.sellerId, data: { blockingReportId: id, blockedOn, dueOn } });
  });
  return (await findBlockingReport(db, id))!;
}

export async function escalateBlockingReport(db: Knex, id: string, stage: 'due_soon' | 'overdue'): Promise<boolean> {
  return db.transaction(async (trx) => {
    const column = stage === 'due_soon' ? 'escalated_at' : 'overdue_at';
    const [row] = await trx('blocking_reports')
      .where({ id, status: 'due' })
      .whereNull(column)
      .update({ [column]: trx.fn.now() })
      .returning('seller_id');
    if (row) await appendAudit(trx, { actor: systemActor, action: `blocking_report.${stage}`, subjectType: 'seller', subjectId: row.seller_id, data: { blockingReportId: id } });
    return Boolean(row);
  });
}

export async function recordBlockingReportFiling(db: Knex, id: string, filing: { reference: string; filedAt: string }, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const [row] = await trx('blocking_reports')
      .where({ id, status: 'due' })
      .update({ status: 'filed', reference: filing.reference, filed_at: filing.filedAt, filed_by: actor.id })
      .returning(['seller_id', 'due_on']);
    if (row)
      await appendAudit(trx, {
        actor,
        action: 'blocking_report.filed',
        subjectType: 'seller',
        subjectId: row.seller_id,
        data: { blockingReportId: id, reference: filing.reference, filedAt: filing.filedAt, onTime: filing.filedAt.slice(0, 10) <= String(row.due_on) },
        requestId,
      });
  });
}
