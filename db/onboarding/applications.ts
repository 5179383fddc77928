/**
 * Sellers and their applications, with persons and the bank account. Written only by the
 * onboarding activities; read by the API.
 */
import { HUB_SIZE, type LinkKind } from '../../domain/account-groups/link-kinds';
import { refreshApplicationIdentifiers } from '../account-groups/identifiers';
import type { Knex } from 'knex';
import { bankAccountDetails } from '../../domain/onboarding/application';
import { last4 } from '../../domain/onboarding/bank';
import { bankAccountFingerprint, personFingerprint, taxIdFingerprint } from '../../domain/shared/fingerprints';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import type { ApplicationStatus, OnboardingInput } from '../../domain/onboarding/onboarding';
import type { Actor } from '../../domain/shared/actor';
import type { RiskAssessment } from '../../domain/onboarding/risk';
import { appendAudit } from '../shared/audit';
import { sealBankAccount, sealBusiness, sealPerson, unseal } from '../field-keyring';

export interface ApplicationRow {
  id: string;
  seller_id: string;
  status: ApplicationStatus;
  country: string;
  /** Where it offers to consumers (domain/onboarding/selling-regions.ts); null: its own country. */
  selling_regions: string[] | null;
  rules_version: string | null;
  business_type: string;
  business: Record<string, unknown> & { legalName: string; registrationNumber?: string; taxId?: string; vatNumber?: string };
  declarations: Record<string, unknown>;
  risk: RiskAssessment | null;
  decision: Record<string, unknown> | null;
  submitted_by: string;
  submitted_at: Date;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Saves what the seller submitted, with keyed fingerprints for cross-seller matching. */
export async function saveSubmission(db: Knex, input: OnboardingInput, fingerprintKey: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const s = input.submission;
    await trx('sellers')
      .insert({ id: input.sellerId, external_ref: s.externalRef, client_id: input.clientId ?? null, status: 'onboarding' })
      .onConflict('id')
      .ignore();
    const inserted = await trx('applications')
      .insert({
        id: input.applicationId,
        seller_id: input.sellerId,
        status: 'submitted',
        country: s.country,
        selling_regions: s.sellingRegions ? JSON.stringify(s.sellingRegions) : null,
        rules_version: input.rulesVersion ?? null,
        business_type: s.businessType,
        business: JSON.stringify(sealBusiness(s.business)),
        declarations: JSON.stringify(s.declarations),
        submitted_by: input.submittedBy.id,
        submitted_at: input.submittedAt,
        tax_id_fingerprint: s.business.taxId ? taxIdFingerprint(fingerprintKey, s.country, checkTaxId(s.country, 'tax_id', s.business.taxId).compact) : null,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return false;
    await trx('persons').insert(
      s.persons.map((p, position) => ({
        id: input.personIds[position],
        application_id: input.applicationId,
        position,
        roles: p.roles,
        ownership_percent: p.ownershipPercent ?? null,
        details: JSON.stringify(sealPerson(p)),
        fingerprint: personFingerprint(fingerprintKey, p.firstName, p.lastName, p.dateOfBirth),
      })),
    );
    const account = bankAccountDetails(s.bankAccount, s.country);
    await trx('bank_accounts').insert({
      id: input.bankAccountId,
      application_id: input.applicationId,
      scheme: account.scheme,
      country: account.country,
      last4: last4(account),
      details: JSON.stringify(sealBankAccount({ ...account, accountHolderName: s.bankAccount.accountHolderName })),
      fingerprint: bankAccountFingerprint(fingerprintKey, account),
    });
    await refreshApplicationIdentifiers(trx, input.applicationId, fingerprintKey);
    await appendAudit(trx, {
      actor: input.submittedBy,
      action: 'application.submitted',
      subjectType: 'application',
      subjectId: input.applicationId,
      data: { sellerId: input.sellerId, persons: input.personIds.length },
      requestId: input.requestId,
    });
    return true;
  });
}

export async function setApplicationStatus(db: Knex, change: { applicationId: string; status: ApplicationStatus; actor: Actor; risk?: RiskAssessment; reason?: string }): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await trx('applications').where({ id: change.applicationId }).forUpdate().first('status');
    if (!row) throw new Error(`application ${change.applicationId} does not exist`);
    if (row.status === change.status && !change.risk) return;
    await trx('applications')
      .where({ id: change.applicationId })
      .update({ status: change.status, ...(change.risk ? { risk: JSON.stringify(change.risk) } : {}), updated_at: trx.fn.now() });
    if (row.status !== change.status) {
      await appendAudit(trx, {
        actor: change.actor,
        action: 'application.status_changed',
        subjectType: 'application',
        subjectId: change.applicationId,
        data: { from: row.status, to: change.status, ...(change.reason ? { reason: change.reason } : {}) },
      });
    }
  });
}

export async function findApplication(db: Knex, id: string): Promise<ApplicationRow | undefined> {
  return unseal(await db('applications').where({ id }).first());
}

export interface PersonRow {
  id: string;
  application_id: string;
  position: number;
  roles: string[];
  ownership_percent: string | null;
  details: {
    address?: unknown;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    nationality?: string;
    idDocument?: { type: string; number: string; issuingCountry: string; expiresOn?: string };
  };
}

export async function listPersons(db: Knex, applicationId: string): Promise<PersonRow[]> {
  return unseal(await db('persons').where({ application_id: applicationId }).orderBy('position'));
}

export async function findPerson(db: Knex, id: string): Promise<PersonRow | undefined> {
  return unseal(await db('persons').where({ id }).first());
}

export async function findBankAccount(db: Knex, applicationId: string) {
  return unseal(await db('bank_accounts').where({ application_id: applicationId }).first());
}

/** The seller withdrew before a decision: the application closes and its open review task is cancelled. */
export async function recordWithdrawal(db: Knex, w: { applicationId: string; actor: Actor; reason?: string }): Promise<void> {
  await db.transaction(async (trx) => {
    const app = await trx('applications').where({ id: w.applicationId }).forUpdate().first('status', 'seller_id');
    if (!app || app.status === 'withdrawn') return;
    await trx('applications').where({ id: w.applicationId }).update({ status: 'withdrawn', updated_at: trx.fn.now() });
    await trx('review_tasks').where({ application_id: w.applicationId }).whereNotIn('status', ['decided', 'cancelled']).update({ status: 'cancelled' });
    await trx('sellers').where({ id: app.seller_id, status: 'onboarding' }).update({ status: 'withdrawn', updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: w.actor,
      action: 'application.withdrawn',
      subjectType: 'application',
      subjectId: w.applicationId,
      data: { from: app.status, to: 'withdrawn', ...(w.reason ? { reason: w.reason } : {}) },
    });
  });
}

export interface SellerLink {
  via: LinkKind;
  sellerId: string;
  sellerStatus: string;
}

/**
 * Other sellers that were turned away or stopped and share an identifier with this application's
 * seller (domain/account-groups/identifiers.ts): a bank account, tax ID, person, address, phone,
 * email domain, or a device or IP address the marketplace reported. Hubs link nobody.
 */
export async function findSellerLinks(db: Knex, applicationId: string): Promise<SellerLink[]> {
  const flagged = ['rejected', 'suspended', 'deactivated'];
  const { rows } = await db.raw(
    `select distinct other.kind as via, other.seller_id, s.status
       from applications me
       join seller_identifiers mine on mine.seller_id = me.seller_id
       join seller_identifiers other on other.kind = mine.kind and other.fingerprint = mine.fingerprint and other.seller_id <> me.seller_id
       join sellers s on s.id = other.seller_id
      where me.id = ? and s.status = any(?)
        and (select count(*) from seller_identifiers h where h.kind = mine.kind and h.fingerprint = mine.fingerprint) <= ?
      order by 1, 2`,
    [applicationId, flagged, HUB_SIZE],
  );
  return (rows as Array<{ via: LinkKind; seller_id: string; status: string }>).map((r) => ({ via: r.via, sellerId: r.seller_id, sellerStatus: r.status }));
}

/** The seller's most recent application: where its contact details are. */
export async function latestApplicationOfSeller(db: Knex, sellerId: string): Promise<ApplicationRow | undefined> {
  return unseal(await db('applications').where({ seller_id: sellerId }).orderBy('submitted_at', 'desc').first());
}
