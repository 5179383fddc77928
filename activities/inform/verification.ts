/**
 * The INFORM Act asks the marketplace to verify what a high-volume seller certified within 10 days
 * of receiving it (15 U.S.C. § 45f(a)(1)(B)), and to lift a suspension once the seller complies.
 * The bank account and the tax ID go to the same providers as at onboarding (account-holder name
 * check; the tax authority's registration check); the email and the phone to the contact
 * verification provider (deliverability; number lookup).
 */
import { findBankAccount, latestApplicationOfSeller } from '../../db/onboarding/applications';
import { liftForCompliance } from '../../db/enforcement/enforcements';
import { recordVerification, type ItemVerification } from '../../db/inform/inform';
import type { InformItem } from '../../domain/inform/inform';
import type { BankAccountDetails } from '../../domain/onboarding/bank';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import type { ActivityDeps } from '../shared/deps';

export function createInformVerificationActivities({ db, providers }: ActivityDeps) {
  return {
    /** Verifies the certified data; `attempt` tells one certification's verification from the next (the providers' idempotency keys). */
    async verifyInformData({ sellerId, attempt }: { sellerId: string; attempt: string }): Promise<{ failed: InformItem[] }> {
      const app = await latestApplicationOfSeller(db, sellerId);
      const items: Partial<Record<InformItem, ItemVerification>> = {};
      const business = (app?.business ?? {}) as { legalName?: string; taxId?: string; email?: string; phone?: string };
      const account = app ? await findBankAccount(db, app.id) : undefined;
      if (!app || !account) items.bankAccount = { status: 'failed', provider: providers.bank.name, result: 'account_missing' };
      else {
        const { accountHolderName, ...details } = account.details as BankAccountDetails & { accountHolderName: string };
        const answer = await providers.bank.verify({
          account: details,
          accountHolderName,
          expectedName: business.legalName ?? accountHolderName,
          idempotencyKey: `inform:${sellerId}:${attempt}:bank`,
        });
        items.bankAccount = { status: answer.status === 'match' ? 'verified' : 'failed', provider: providers.bank.name, result: answer.status };
      }
      if (!app || !business.taxId) items['business.taxId'] = { status: 'failed', provider: providers.tax.name, result: 'missing' };
      else {
        const { valid, compact } = checkTaxId(app.country, 'tax_id', business.taxId);
        const answer = valid
          ? await providers.tax.verify({ country: app.country, kind: 'tax_id', number: compact, legalName: business.legalName ?? '', idempotencyKey: `inform:${sellerId}:${attempt}:tax` })
          : { status: 'invalid_format' as const };
        items['business.taxId'] = { status: answer.status === 'match' ? 'verified' : 'failed', provider: providers.tax.name, result: answer.status };
      }
      // "A working email address and phone number": the contact verification vendor says whether they work.
      for (const [item, kind] of [
        ['business.email', 'email'],
        ['business.phone', 'phone'],
      ] as const) {
        const value = business[kind];
        if (!value) {
          items[item] = { status: 'failed', provider: providers.contact.name, result: 'missing' };
          continue;
        }
        const answer = await providers.contact.verify({ kind, value, idempotencyKey: `inform:${sellerId}:${attempt}:${kind}` });
        items[item] =
          answer.status === 'working' ? { status: 'verified', provider: providers.contact.name, result: 'working' } : { status: 'failed', provider: providers.contact.name, result: answer.reason };
      }
      await recordVerification(db, sellerId, items);
      return { failed: (Object.entries(items) as Array<[InformItem, ItemVerification]>).filter(([, v]) => v.status === 'failed').map(([k]) => k) };
    },

    /** The seller complied after its suspension was proposed: lifted if in effect, called off if not. */
    async liftInformSuspension({ enforcementId }: { enforcementId: string }): Promise<{ outcome: 'lifted' | 'cancelled' | 'unchanged' }> {
      return { outcome: await liftForCompliance(db, enforcementId, 'INFORM certification received and verified') };
    },
  };
}
