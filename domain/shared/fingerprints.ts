/**
 * Keyed fingerprints of identifying values (HMAC-SHA256), so that "the same bank account on two
 * sellers" can be found by exact match without keeping or comparing the values themselves. Keyed,
 * because bank account and tax numbers are few enough to guess through a plain hash.
 */
import { createHmac } from 'node:crypto';
import type { BankAccountDetails } from '../onboarding/bank';
import { tokens } from '../screening/normalise';
import type { ScreeningQuery } from '../screening/screening-index';

const simple = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** Any identifying value by its kind (the account-group links of domain/account-groups/identifiers.ts). */
export function identifierFingerprint(key: string, kind: string, value: string): string {
  return fingerprint(key, `link:${kind}`, value);
}

function fingerprint(key: string, kind: string, value: string): string {
  return createHmac('sha256', key).update(`${kind}\u0000${value}`).digest('hex');
}

export function bankAccountFingerprint(key: string, account: BankAccountDetails): string {
  const value = account.scheme === 'iban' ? account.iban : account.scheme === 'gb_sort_code' ? `${account.sortCode}${account.accountNumber}` : `${account.routingNumber}${account.accountNumber}`;
  return fingerprint(key, `bank:${account.scheme}`, simple(value));
}

export function taxIdFingerprint(key: string, country: string, taxId: string): string {
  return fingerprint(key, `tax:${country}`, simple(taxId));
}

export function personFingerprint(key: string, firstName: string, lastName: string, dateOfBirth: string): string {
  return fingerprint(key, 'person', `${simple(firstName)}|${simple(lastName)}|${dateOfBirth}`);
}

/**
 * The screened subject as adjudications remember it: its name's tokens in any order, its type and
 * birth date. The same person on a later application is the same subject; a different birth date is not.
 */
export function screeningSubjectFingerprint(key: string, query: ScreeningQuery): string {
  return fingerprint(key, `screening:${query.type}`, `${[...tokens(query.name, query.type)].sort().join(' ')}|${query.dateOfBirth ?? ''}`);
}

/** A source address as the shared failed-authentication limit keys it: the address itself is personal data. */
export function addressFingerprint(key: string, address: string): string {
  return fingerprint(key, 'address', address);
}
