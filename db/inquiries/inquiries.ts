/**
 * Regulator inquiries: the order as received, the response package assembled within its legal
 * basis (only the categories asked for and allowed), the approvals, and the answer.
 */
import type { Knex } from 'knex';
import type { InquiryCategory } from '../../domain/inquiries/codes';
import { RESPONSE_RETENTION_DAYS, sellerNoticeOf, type InquiryRequest } from '../../domain/inquiries/inquiries';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { openRecord, sealRecord, unseal } from '../field-keyring';
import { listPersons } from '../onboarding/applications';
import { listEnforcements } from '../enforcement/enforcements';

export interface InquiryRow {
  id: string;
  authority: string;
  jurisdiction: string;
  reference: string;
  legal_basis: string;
  legal_basis_detail: string | null;
  seller_ids: string[];
  categories: InquiryCategory[];
  due_at: Date;
  status: 'received' | 'awaiting_approval' | 'answered' | 'declined';
  response: Record<string, unknown> | null;
  approvals: Array<{ id: string; name: string; at: string }>;
  note: string | null;
  received_by: string;
  acknowledged_at: Date;
  escalated_at: Date | null;
  acted_on_at: Date | null;
  received_via: 'api' | 'email' | 'post' | 'in_person';
  received_at: Date | null;
  seller_notice: { withhold: boolean; until?: string } | null;
  seller_notified_at: Date | null;
  response_erase_after: Date | null;
  response_erased_at: Date | null;
}

/** The package is sealed whole at rest (it gathers personal data of several kinds); opened on read. */
const opened = (row: InquiryRow | undefined): InquiryRow | undefined => row && { ...row, response: openRecord(row.response) };

export const findInquiry = async (db: Knex, id: string): Promise<InquiryRow | undefined> => opened(await db('inquiries').where({ id }).first());

/** Inquiries by deadline, the most urgent first, keyset-paged on (due_at, id); a regulator's own only. */
export async function listInquiries(db: Knex, filter: { authority?: string; status?: InquiryRow['status']; after?: { dueAt: string; id: string }; limit: number }): Promise<InquiryRow[]> {
  const q = db('inquiries').select('*');
  if (filter.authority) q.where('authority', filter.authority);
  if (filter.status) q.where('status', filter.status);
  if (filter.after) q.whereRaw('(due_at, id) > (?::timestamptz, ?)', [filter.after.dueAt, filter.after.id]);
  // A list shows no package: it is left sealed (and out of the rows) rather than opened for each inquiry.
  return (await q.orderBy([{ column: 'due_at' }, { column: 'id' }]).limit(filter.limit)).map((r: InquiryRow) => ({ ...r, response: null }));
}

/** Recorded once: a repeated call (an activity's retry) finds the row and adds no second audit event. */
export async function recordInquiry(
  db: Knex,
  id: string,
  q: InquiryRequest,
  actor: Actor & { authority: string; jurisdiction: string },
  requestId?: string,
  acknowledgedAt?: string,
): Promise<InquiryRow> {
  return db.transaction(async (trx) => {
    const [row] = await trx('inquiries')
      .insert({
        id,
        authority: actor.authority,
        jurisdiction: actor.jurisdiction,
        reference: q.reference,
        legal_basis: q.legalBasis,
        legal_basis_detail: q.legalBasisDetail ?? null,
        seller_ids: JSON.stringify(q.sellers.map((s) => s.sellerId)),
        categories: JSON.stringify(q.categories),
        due_at: q.dueAt,
        status: 'received',
        approvals: JSON.stringify([]),
        received_by: actor.id,
        received_via: q.receivedFrom?.via ?? 'api',
        received_at: q.receivedFrom?.receivedAt ?? acknowledgedAt ?? trx.fn.now(),
        seller_notice: q.sellerNotice ? JSON.stringify(q.sellerNotice) : null,
        ...(acknowledgedAt ? { acknowledged_at: acknowledgedAt } : {}),
      })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (!row) return opened(await trx('inquiries').where({ id }).first())!;
    await appendAudit(trx, {
      actor,
      action: 'inquiry.received',
      subjectType: 'inquiry',
      subjectId: id,
      data: {
        authority: actor.authority,
        reference: q.reference,
        legalBasis: q.legalBasis,
        sellers: q.sellers.length,
        categories: q.categories,
        dueAt: q.dueAt,
        receivedVia: q.receivedFrom?.via ?? 'api',
      },
      requestId,
    });
    return row as InquiryRow;
  });
}

/** The package: per seller, only the categories the inquiry asked for (which its basis allows). */
export async function assembleResponse(db: Knex, inquiryId: string): Promise<{ sellers: number; categories: InquiryCategory[] }> {
  const inquiry = (await findInquiry(db, inquiryId))!;
  const asked = new Set(inquiry.categories);
  const sellers = [];
  for (const sellerId of inquiry.seller_ids) {
    const app = unseal(await db('applications').where({ seller_id: sellerId }).orderByRaw("status = 'approved' desc, submitted_at desc").first());
    const entry: Record<string, unknown> = { sellerId };
    // Read once for both categories that need them.
    const persons = app && (asked.has('trader_traceability') || asked.has('identity_documents')) ? await listPersons(db, app.id) : [];
    if (app && asked.has('trader_traceability')) {
      const b = app.business;
      const representative = persons.find((p) => p.roles.includes('representative'))?.details;
      const bank = await db('bank_accounts').where({ application_id: app.id }).first('scheme', 'last4', 'country');
      entry.traderTraceability = {
        legalName: b.legalName,
        tradingName: b.tradingName ?? null,
        address: b.address,
        email: b.email,
        phone: b.phone,
        tradeRegister: b.registrationNumber ?? null,
        vatNumber: b.vatNumber ?? null,
        taxId: b.taxId ?? null,
        representative: representative ? { firstName: representative.firstName, lastName: representative.lastName } : null,
        paymentAccount: bank ? { scheme: bank.scheme, country: bank.country, last4: bank.last4 } : null,
        selfCertification: app.declarations ?? null,
      };
    }
    if (app && asked.has('verification_summary')) {
      const checks = await db('checks').where({ application_id: app.id }).orderBy('kind');
      entry.verificationSummary = {
        applicationStatus: app.status,
        checks: checks.map((c) => ({ kind: c.kind, subjectType: c.subject_type, status: c.status, code: c.code, provider: c.provider, completedAt: c.completed_at })),
      };
    }
    if (asked.has('enforcement_actions')) {
      entry.enforcementActions = (await listEnforcements(db, sellerId)).map((e) => ({
        id: e.id,
        type: e.type,
        status: e.status,
        statementOfReasons: e.statement,
        effectiveAt: e.effective_at,
        endedAt: e.ended_at,
      }));
    }
    if (asked.has('audit_trail')) {
      const applications = await db('applications').where({ seller_id: sellerId }).pluck('id');
      const events = await db('audit_events')
        .whereIn('subject_id', [sellerId, ...applications])
        .orderBy('seq');
      entry.auditTrail = events.map((e) => ({ seq: String(e.seq), occurredAt: e.occurred_at, action: e.action, actorRole: e.actor_role, data: e.data, hash: e.hash }));
    }
    if (app && asked.has('identity_documents')) {
      entry.identityDocuments = persons.map((p) => ({ firstName: p.details.firstName, lastName: p.details.lastName, roles: p.roles, idDocument: p.details.idDocument ?? null }));
    }
    sellers.push(entry);
  }
  const response = { inquiryId, legalBasis: inquiry.legal_basis, categories: inquiry.categories, sellers, assembledAt: new Date().toISOString() };
  await db.transaction(async (trx) => {
    await trx('inquiries')
      .where({ id: inquiryId })
      .whereIn('status', ['received', 'awaiting_approval'])
      .update({ response: JSON.stringify(sealRecord(response)), status: 'awaiting_approval' });
    await appendAudit(trx, { actor: systemActor, action: 'inquiry.assembled', subjectType: 'inquiry', subjectId: inquiryId, data: { sellers: sellers.length, categories: inquiry.categories } });
  });
  return { sellers: sellers.length, categories: inquiry.categories };
}

export async function concludeInquiry(db: Knex, inquiryId: string, outcome: 'answered' | 'declined', approvals: Array<{ actor: Actor; at: string }>, decidedBy: Actor, note?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const keptFor = RESPONSE_RETENTION_DAYS[outcome];
    const updated = await trx('inquiries')
      .where({ id: inquiryId, status: 'awaiting_approval' })
      .update({
        status: outcome,
        approvals: JSON.stringify(approvals.map((a) => ({ id: a.actor.id, name: a.actor.name, at: a.at }))),
        note: note ?? null,
        acted_on_at: trx.fn.now(),
        response_erase_after: trx.raw(`now() + ?::interval`, [`${keptFor} days`]),
      });
    if (updated > 0) await appendAudit(trx, { actor: decidedBy, action: `inquiry.${outcome}`, subjectType: 'inquiry', subjectId: inquiryId, data: { approvers: approvals.map((a) => a.actor.id) } });
  });
}

export async function escalateInquiry(db: Knex, inquiryId: string): Promise<void> {
  await db.transaction(async (trx) => {
    const updated = await trx('inquiries').where({ id: inquiryId }).whereNull('escalated_at').update({ escalated_at: trx.fn.now() });
    if (updated > 0) await appendAudit(trx, { actor: systemActor, action: 'inquiry.deadline_escalated', subjectType: 'inquiry', subjectId: inquiryId });
  });
}

/** Whom to tell of an acted-on order, and when (DSA Art. 9(5)/10(5)); nothing when withheld or already told. */
export async function inquirySellerNotice(
  db: Knex,
  inquiryId: string,
): Promise<{ sellerIds: string[]; at: string | null; effect: 'information_provided' | 'not_given_effect'; authority: string; legalBasis: string; categories: string[] }> {
  const q = (await db('inquiries').where({ id: inquiryId }).first()) as InquiryRow;
  const notice = q.acted_on_at && !q.seller_notified_at ? sellerNoticeOf(q.legal_basis, q.seller_notice, q.acted_on_at.toISOString()) : { notify: false as const };
  return {
    sellerIds: notice.notify ? q.seller_ids : [],
    at: notice.notify ? notice.at : null,
    effect: q.status === 'answered' ? 'information_provided' : 'not_given_effect',
    authority: q.authority,
    legalBasis: q.legal_basis,
    categories: q.status === 'answered' ? q.categories : [],
  };
}

export async function markSellersNotified(db: Knex, inquiryId: string): Promise<void> {
  await db.transaction(async (trx) => {
    const updated = await trx('inquiries').where({ id: inquiryId }).whereNull('seller_notified_at').update({ seller_notified_at: trx.fn.now() });
    if (updated > 0) await appendAudit(trx, { actor: systemActor, action: 'inquiry.sellers_notified', subjectType: 'inquiry', subjectId: inquiryId });
  });
}

/** Packages past their retention period are erased; what was sent stays provable from the audit trail. */
export async function eraseExpiredInquiryResponses(db: Knex): Promise<number> {
  return db.transaction(async (trx) => {
    const ids: string[] = await trx('inquiries').where('response_erase_after', '<=', trx.fn.now()).whereNull('response_erased_at').whereNotNull('response').pluck('id');
    if (ids.length === 0) return 0;
    await trx('inquiries').whereIn('id', ids).update({ response: null, response_erased_at: trx.fn.now() });
    for (const id of ids) await appendAudit(trx, { actor: systemActor, action: 'inquiry.response_erased', subjectType: 'inquiry', subjectId: id, data: { policy: 'inquiry-responses-v1' } });
    return ids.length;
  });
}

/** Until when packages sent to authorities about this seller are kept (the latest of them), or null when none is. */
export async function regulatorResponsesKeptUntil(db: Knex, sellerId: string): Promise<string | null> {
  const row = await db('inquiries')
    .whereRaw('seller_ids @> ?::jsonb', [JSON.stringify([sellerId])])
    .whereNotNull('response')
    .whereNull('response_erased_at')
    .max({ until: 'response_erase_after' })
    .first();
  return row?.until ? new Date(row.until).toISOString() : null;
}
