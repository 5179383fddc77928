/**
 * The US INFORM Consumers Act (15 U.S.C. § 45f) for high-volume third-party sellers: at least 200
 * sales and at least $5,000 of gross revenue in any continuous 12-month period during the previous
 * 24 months (§ 45f(f)(3)). Such a seller must give a bank account, a name, a tax ID, a working email
 * and phone within 10 days of becoming one; the marketplace verifies them within 10 days of receipt
 * (§ 45f(a)(1)(B)), asks for certification every year, and suspends a seller who does not comply
 * 10 days after notice (§ 45f(a)(1)(C)). A seller with $20,000 or more of annual gross revenue on the
 * marketplace must also be identified to buyers (§ 45f(b)).
 */

export const INFORM = {
  minimumSales: 200,
  minimumRevenueUsd: 5000,
  /** The 12-month window and the 24 months it may lie in, as Postgres intervals. */
  window: '12 months',
  lookback: '24 months',
  collectWithinDays: 10,
  verifyWithinDays: 10,
  suspendAfterNoticeDays: 10,
  recertifyEveryDays: 365,
  disclosureRevenueUsd: 20_000,
  ground: 'INFORM Consumers Act, 15 U.S.C. § 45f',
} as const;

export type InformItem = 'bankAccount' | 'business.legalName' | 'business.taxId' | 'business.email' | 'business.phone' | 'representative.idDocument';

/**
 * Who the seller is under § 45f(a)(1)(A): an individual gives a government-issued identification
 * of itself; a seller that is not an individual gives its business name, a tax ID and a working
 * email and phone, with the identification of an individual acting on its behalf or a government
 * record of the business. A sole proprietor is an individual; a company or partnership is not.
 */
export type InformSellerKind = 'individual' | 'business';
export const informSellerKind = (businessType: string): InformSellerKind => (businessType === 'sole_proprietor' ? 'individual' : 'business');

/** What the seller's records still lack for INFORM, for its kind. */
export function missingInformData(facts: {
  kind?: InformSellerKind;
  hasBankAccount: boolean;
  legalName?: string;
  taxId?: string;
  email?: string;
  phone?: string;
  /** The representative (the individual, or the person acting for the business) has an identity document on file. */
  hasIdentification?: boolean;
}): InformItem[] {
  const missing: InformItem[] = [];
  if (!facts.hasBankAccount) missing.push('bankAccount');
  if (!facts.legalName) missing.push('business.legalName');
  if (!facts.taxId) missing.push('business.taxId');
  if (!facts.email) missing.push('business.email');
  if (!facts.phone) missing.push('business.phone');
  // Either kind identifies an individual: the seller itself, or the person acting for the business.
  if (facts.hasIdentification === false) missing.push('representative.idDocument');
  return missing;
}

export type { InformCertification } from './schemas';
export { buyerDisclosure, disclosureExceptions, type BuyerDisclosure, type DisclosureException } from './disclosure';
