/**
 * Requests for information: opened by a reviewer's decision, answered by the seller (which changes
 * the application's records), reminded and expired by the workflow's timers.
 */
import { refreshApplicationIdentifiers } from '../account-groups/identifiers';
import type { Knex } from 'knex';
import { bankAccountDetails } from '../../domain/onboarding/application';
import { last4 } from '../../domain/onboarding/bank';
import { bankAccountFingerprint, personFingerprint, taxIdFingerprint } from '../../domain/shared/fingerprints';
import { changedFields, INFORMATION_POLICY, type InformationAnswer } from '../../domain/onboarding/information-request';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { sealBankAccount, sealBusiness, sealPerson, unseal } from '../field-keyring';
import { checkTaxId } from '../../domain/onboarding/tax-id';

export interface NewInformationRequest {
  requestId: string;
  applicationId: string;
  reviewTaskId: string;
  items: string[];
  reasons: string[];
  message?: string;
  actor: Actor;
  requestedAt: string;
  dueAt: string;
}

export async function openInformationRequest(db: Knex, r: NewInformationRequest): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('information_requests')
      .insert({
        id: r.requestId,
        application_id: r.applicationId,
        review_task_id: r.reviewTaskId,
        status: 'open',
        items: JSON.stringify(r.items),
        reasons: JSON.stringify(r.reasons),
        message: r.message ?? null,
        requested_by_id: r.actor.id,
        policy_version: INFORMATION_POLICY.version,
        requested_at: r.requestedAt,
        due_at: r.dueAt,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return;
    await trx('review_tasks').where({ id: r.reviewTaskId }).update({ status: 'decided', decided_at: r.requestedAt });
    const app = await trx('applications').where({ id: r.applicationId }).forUpdate().first('status');
    await trx('applications').where({ id: r.applicationId }).update({ status: 'information_requested', updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: r.actor,
      action: 'application.information_requested',
      subjectType: 'application',
      subjectId: r.applicationId,
      data: { from: app.status, to: 'information_requested', requestId: r.requestId, items: r.items, reasons: r.reasons, dueAt: r.dueAt },
    });
  });
}

export async function recordReminder(db: Knex, requestId: string, day: number): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await trx('information_requests').where({ id: requestId }).forUpdate().first('reminders_sent', 'application_id');
    if (!row || (row.reminders_sent as number[]).includes(day)) return;
    await trx('information_requests')
      .where({ id: requestId })
      .update({ reminders_sent: JSON.stringify([...row.reminders_sent, day]) });
    await appendAudit(trx, { actor: systemActor, action: 'information_request.reminded', subjectType: 'application', subjectId: row.application_id, data: { requestId, day } });
  });
}

/** The seller's answer changes the records it names; the audit keeps the field names, not the values. */
export async function applyInformation(db: Knex, a: { applicationId: string; requestId: string; personIds: string[]; answer: InformationAnswer; actor: Actor }, fingerprintKey: string): Promise<void> {
  await db.transaction(async (trx) => {
    const request = await trx('information_requests').where({ id: a.requestId }).forUpdate().first('status');
    if (!request || request.status !== 'open') return;
    const app = await trx('applications').where({ id: a.applicationId }).forUpdate().first('business', 'country', 'status');
    if (a.answer.business) {
      const business = { ...unseal(app.business), ...a.answer.business };
      await trx('applications')
        .where({ id: a.applicationId })
        .update({
          business: JSON.stringify(sealBusiness(business)),
          tax_id_fingerprint: business.taxId ? taxIdFingerprint(fingerprintKey, app.country, checkTaxId(app.country, 'tax_id', business.taxId).compact) : null,
        });
    }
    for (const { id, ...changes } of a.answer.persons ?? []) {
      const person = await trx('persons').where({ id, application_id: a.applicationId }).first('details');
      if (!person) continue;
      const details = { ...unseal(person.details), ...changes };
      await trx('persons')
        .where({ id })
        .update({ details: JSON.stringify(sealPerson(details)), fingerprint: personFingerprint(fingerprintKey, details.firstName, details.lastName, details.dateOfBirth) });
    }
    if (a.answer.bankAccount) {
      const account = bankAccountDetails(a.answer.bankAccount, app.country);
      await trx('bank_accounts')
        .where({ application_id: a.applicationId })
        .update({
          scheme: account.scheme,
          country: account.country,
          last4: last4(account),
          details: JSON.stringify(sealBankAccount({ ...account, accountHolderName: a.answer.bankAccount.accountHolderName })),
          fingerprint: bankAccountFingerprint(fingerprintKey, account),
        });
    }
    // What the seller is linked to others by follows what it now says (domain/account-groups/identifiers.ts).
    await refreshApplicationIdentifiers(trx, a.applicationId, fingerprintKey);
    const fields = changedFields(a.answer);
    await trx('information_requests')
      .where({ id: a.requestId })
      .update({ status: 'answered', answered_at: trx.fn.now(), changed_fields: JSON.stringify(fields) });
    await trx('applications').where({ id: a.applicationId }).update({ status: 'verifying', updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: a.actor,
      action: 'application.information_provided',
      subjectType: 'application',
      subjectId: a.applicationId,
      data: { from: app.status, to: 'verifying', requestId: a.requestId, fields },
    });
  });
}

export async function expireApplication(db: Knex, e: { applicationId: string; requestId: string }): Promise<void> {
  await db.transaction(async (trx) => {
    const app = await trx('applications').where({ id: e.applicationId }).forUpdate().first('status', 'seller_id');
    if (!app || app.status === 'expired') return;
    await trx('information_requests').where({ id: e.requestId, status: 'open' }).update({ status: 'expired' });
    await trx('applications').where({ id: e.applicationId }).update({ status: 'expired', updated_at: trx.fn.now() });
    await trx('sellers').where({ id: app.seller_id, status: 'onboarding' }).update({ status: 'expired', updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: systemActor,
      action: 'application.expired',
      subjectType: 'application',
      subjectId: e.applicationId,
      data: { from: app.status, to: 'expired', requestId: e.requestId, reason: 'information_not_provided' },
    });
  });
}

export interface InformationRequestRow {
  id: string;
  status: string;
  items: string[];
  reasons: string[];
  message: string | null;
  requested_at: Date;
  due_at: Date;
  reminders_sent: number[];
  answered_at: Date | null;
}

export async function latestInformationRequest(db: Knex, applicationId: string): Promise<InformationRequestRow | undefined> {
  return db('information_requests').where({ application_id: applicationId }).orderBy('requested_at', 'desc').first();
}
