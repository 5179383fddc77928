/**
 * The keyring for field-level encryption in the repositories, set once per process by whatever
 * builds the API, the worker or the command line from the configuration. Repositories take it from
 * here rather than through every call: an unset keyring is an error, never a silent fallback.
 */
import { isSealed, protect, reveal, sensitivePaths } from '../domain/shared/field-crypto';
import type { Keyring } from '../domain/shared/keyring';

let current: Keyring | undefined;

export function useFieldKeyring(keyring: Keyring): void {
  current = keyring;
}

function keyring(): Keyring {
  if (!current) throw new Error('field encryption keyring not set (useFieldKeyring)');
  return current;
}

export const sealPerson = <T>(details: T) => protect(keyring(), details, sensitivePaths.person);
export const sealBusiness = <T>(business: T) => protect(keyring(), business, sensitivePaths.business);
export const sealBankAccount = <T>(details: T) => protect(keyring(), details, sensitivePaths.bankAccount);
/** Any sealed value in a record, opened. */
export const unseal = <T>(record: T): T => (record === undefined || record === null ? record : reveal(keyring(), record));

/** A whole record sealed as one value (an inquiry's response package); unsealed records from before stay readable. */
export const sealRecord = <T>(record: T): string => protect(keyring(), { record: JSON.stringify(record) }, [['record']]).record;
export const openRecord = <T>(stored: T | string | null): T | null => (stored === null ? null : typeof stored === 'string' && isSealed(stored) ? (JSON.parse(unseal(stored)) as T) : (stored as T));
