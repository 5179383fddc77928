/**
 * The submission of an application as it was stored, to be decided again: when an appeal overturns
 * a rejection, the application is reconsidered as a new application of the same seller with the
 * same data (domain/onboarding/onboarding.ts OnboardingInput.reconsideration), so its checks run
 * afresh and a reviewer decides it under the four-eyes rules, rather than the appeal approving it.
 */
import type { Knex } from 'knex';
import type { ApplicationSubmission, BankAccountInput } from '../../domain/onboarding/application';
import type { BankAccountDetails } from '../../domain/onboarding/bank';
import { findApplication, findBankAccount, listPersons } from './applications';

function bankAccountInput(details: BankAccountDetails & { accountHolderName: string }): BankAccountInput {
  const { accountHolderName } = details;
  if (details.scheme === 'iban') return { accountHolderName, iban: details.iban };
  if (details.scheme === 'gb_sort_code') return { accountHolderName, sortCode: details.sortCode, accountNumber: details.accountNumber };
  return { accountHolderName, routingNumber: details.routingNumber, accountNumber: details.accountNumber };
}

export async function storedSubmission(db: Knex, applicationId: string): Promise<{ submission: ApplicationSubmission; sellerId: string; clientId?: string } | undefined> {
  const app = await findApplication(db, applicationId);
  if (!app) return undefined;
  const [persons, account, seller] = await Promise.all([
    listPersons(db, applicationId),
    findBankAccount(db, applicationId),
    db('sellers').where({ id: app.seller_id }).first('external_ref', 'client_id'),
  ]);
  if (!account || (app.business as { erased?: boolean }).erased) return undefined;
  const submission = {
    externalRef: seller.external_ref,
    country: app.country,
    ...(app.selling_regions ? { sellingRegions: app.selling_regions } : {}),
    businessType: app.business_type,
    business: app.business,
    persons: persons.map((p) => p.details),
    bankAccount: bankAccountInput(account.details as BankAccountDetails & { accountHolderName: string }),
    declarations: app.declarations,
  } as unknown as ApplicationSubmission;
  return { submission, sellerId: app.seller_id, clientId: seller.client_id ?? undefined };
}
