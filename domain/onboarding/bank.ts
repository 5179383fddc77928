/**
 * Bank account formats: IBAN (ibantools checks country length and the mod-97 checksum), UK sort
 * code and account number, and US ABA routing numbers (3-7-1 weighted checksum).
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

export type BankAccountDetails =
  | { scheme: 'iban'; iban: string; country: string }
  | { scheme: 'gb_sort_code'; sortCode: string; accountNumber: string; country: 'GB' }
  | { scheme: 'us_aba'; routingNumber: string; accountNumber: string; country: 'US' };

export function normaliseIban(value: string): string {
  return electronicFormatIBAN(value) ?? value.replace(/\s+/g, '').toUpperCase();
}

export function isValidIban(value: string): boolean {
  return isValidIBAN(normaliseIban(value));
}

export function normaliseSortCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isValidSortCode(value: string): boolean {
  return /^\d{6}$/.test(normaliseSortCode(value));
}

/** UK account numbers are 8 digits; older 6- and 7-digit numbers are padded by the bank, not by us. */
export function isValidGbAccountNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}

export function isValidAbaRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}

export function isValidUsAccountNumber(value: string): boolean {
  return /^\d{4,17}$/.test(value);
}

/** The last four characters, for display: never the whole number. */
export function last4(details: BankAccountDetails): string {
  const number = details.scheme === 'iban' ? details.iban : details.accountNumber;
  return number.slice(-4);
}
