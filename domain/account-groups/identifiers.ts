/**
 * What links one seller to another (an account group): a shared bank account, tax ID, person,
 * business address, phone number or email domain from their applications, or a device or IP address
 * the marketplace reports. Each is kept as a keyed fingerprint (domain/shared/fingerprints.ts), never
 * as the value, so the links can be followed without reading anyone's details.
 *
 * Values are normalised before they are fingerprinted, so "1 High St." and "1 HIGH ST" are one
 * address. A free email provider's domain links nobody (millions of people share gmail.com); a value
 * shared by very many sellers is a hub (a carrier's depot, a shared office), not a link, and the
 * group query leaves it out (db/account-groups/groups.ts).
 */
import type { BankAccountDetails } from '../onboarding/bank';
import type { LinkKind, ReportedKind } from './link-kinds';
import { bankAccountFingerprint, identifierFingerprint, personFingerprint } from '../shared/fingerprints';

export interface SellerIdentifier {
  kind: LinkKind;
  fingerprint: string;
}

const FREE_EMAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export const addressValue = (a: Address) => [squash(a.line1), squash(a.line2 ?? ''), squash(a.postalCode).replace(/ /g, ''), a.country.toUpperCase()].join('|');
/** Digits only: E.164 numbers come validated (domain/onboarding/application.ts). */
export const phoneValue = (p: string) => p.replace(/\D/g, '');
export function emailDomainValue(email: string): string | undefined {
  const domain = email.split('@')[1]?.toLowerCase().trim();
  return domain && !FREE_EMAIL_DOMAINS.has(domain) ? domain : undefined;
}
/** A device ID as the marketplace sends it; an IP address without an IPv6 zone and in lower case. */
export const reportedValue = (kind: ReportedKind, value: string) => (kind === 'ip' ? value.trim().toLowerCase().replace(/%.*$/, '') : value.trim());

interface Business {
  address: Address;
  phone?: string;
  email?: string;
  taxId?: string;
}

/** The business's own identifiers (tax ID fingerprint computed by the caller, from the checked number). */
export function businessIdentifiers(key: string, business: Business, taxIdFingerprint?: string | null): SellerIdentifier[] {
  const ids: SellerIdentifier[] = [{ kind: 'address', fingerprint: identifierFingerprint(key, 'address', addressValue(business.address)) }];
  if (business.phone) ids.push({ kind: 'phone', fingerprint: identifierFingerprint(key, 'phone', phoneValue(business.phone)) });
  const domain = business.email ? emailDomainValue(business.email) : undefined;
  if (domain) ids.push({ kind: 'email_domain', fingerprint: identifierFingerprint(key, 'email_domain', domain) });
  if (taxIdFingerprint) ids.push({ kind: 'tax_id', fingerprint: taxIdFingerprint });
  return ids;
}

/** Everything an application links by: the business's identifiers, each person and the bank account. */
export function applicationIdentifiers(
  key: string,
  input: { business: Business; persons: { firstName: string; lastName: string; dateOfBirth: string }[]; bankAccount: BankAccountDetails; taxIdFingerprint?: string | null },
): SellerIdentifier[] {
  return [
    ...businessIdentifiers(key, input.business, input.taxIdFingerprint),
    ...input.persons.map((p) => ({ kind: 'person' as const, fingerprint: personFingerprint(key, p.firstName, p.lastName, p.dateOfBirth) })),
    { kind: 'bank_account', fingerprint: bankAccountFingerprint(key, input.bankAccount) },
  ];
}
