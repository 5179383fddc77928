/**
 * Field-level encryption at rest for the most sensitive personal data: dates of birth, identity
 * document numbers, tax IDs and VAT numbers, bank account numbers. Each value becomes
 * `enc:v1:<key id>:<base64>` inside its JSON record (AES-256-GCM, domain/shared/keyring.ts); reading
 * reveals any such value wherever it is, so old key IDs stay readable while a new key encrypts.
 * Matching across sellers never needs the value: it uses the keyed fingerprints.
 */
import { open, seal, type Keyring } from './keyring';

const PREFIX = 'enc:v1:';

export const sensitivePaths = {
  person: [['dateOfBirth'], ['idDocument', 'number']],
  business: [['taxId'], ['vatNumber']],
  bankAccount: [['iban'], ['accountNumber']],
} as const satisfies Record<string, ReadonlyArray<readonly string[]>>;

export const isSealed = (v: unknown): v is string => typeof v === 'string' && v.startsWith(PREFIX);

export function protect<T>(keyring: Keyring, record: T, paths: ReadonlyArray<readonly string[]>): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const path of paths) {
    let holder: Record<string, unknown> | undefined = copy;
    for (const step of path.slice(0, -1)) holder = holder?.[step] as Record<string, unknown> | undefined;
    const last = path[path.length - 1];
    const value = holder?.[last];
    if (holder && typeof value === 'string' && !isSealed(value)) {
      const { keyId, sealed } = seal(keyring, Buffer.from(value, 'utf8'));
      holder[last] = `${PREFIX}${keyId}:${sealed.toString('base64')}`;
    }
  }
  return copy as T;
}

export function reveal<T>(keyring: Keyring, record: T): T {
  if (isSealed(record)) {
    const rest = record.slice(PREFIX.length);
    const colon = rest.indexOf(':');
    return open(keyring, rest.slice(0, colon), Buffer.from(rest.slice(colon + 1), 'base64')).toString('utf8') as T;
  }
  if (Array.isArray(record)) return record.map((v) => reveal(keyring, v)) as T;
  if (record && typeof record === 'object' && !(record instanceof Date)) {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, reveal(keyring, v)])) as T;
  }
  return record;
}
