/**
 * The US INFORM Consumers Act for high-volume third-party sellers: at least 200 sales and at least
 * $5,000 in a continuous 12 months within the last 24. Such a seller must give a bank account, a
 * name, a tax ID, an email and a phone within 10 days; the marketplace verifies within 10 days,
 * asks for certification every year, and suspends a seller who does not comply 10 days after notice.
 */

export const INFORM = {
  minimumSales: 200,
  minimumRevenueUsd: 5000,
  windowDays: 365,
  collectWithinDays: 10,
  suspendAfterNoticeDays: 10,
  recertifyEveryDays: 365,
  ground: 'INFORM Consumers Act, 15 U.S.C. § 45f',
} as const;

export type InformItem = 'bankAccount' | 'business.legalName' | 'business.taxId' | 'business.email' | 'business.phone';

/** What the seller's records still lack for INFORM. */
export function missingInformData(facts: { hasBankAccount: boolean; legalName?: string; taxId?: string; email?: string; phone?: string }): InformItem[] {
  const missing: InformItem[] = [];
  if (!facts.hasBankAccount) missing.push('bankAccount');
  if (!facts.legalName) missing.push('business.legalName');
  if (!facts.taxId) missing.push('business.taxId');
  if (!facts.email) missing.push('business.email');
  if (!facts.phone) missing.push('business.phone');
  return missing;
}

export type { InformCertification } from './schemas';
