/**
 * A keyed digest of what the register holds about a company (status, officers in office, current
 * persons with significant control), in three parts, so that monitoring sees that something changed,
 * and what, without keeping the register's names. Keyed (HMAC): the digest of a list of names is not
 * reversible by guessing names.
 */
import { createHmac } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json';
import type { RegisterController, RegisterOfficer } from './register';

export interface RegisterDigest {
  status: string;
  officers: string | null;
  controllers: string | null;
}

const mac = (key: string, part: string, value: unknown) =>
  createHmac('sha256', key)
    .update(`register:${part}\u0000${canonicalJson(value)}`)
    .digest('hex')
    .slice(0, 32);

export function registerDigest(key: string, record: { companyStatus: string; companyStatusDetail?: string; officers?: RegisterOfficer[]; controllers?: RegisterController[] }): RegisterDigest {
  const officers = record.officers
    ?.filter((o) => !o.resignedOn)
    .map((o) => [o.name.toLowerCase(), o.role, o.birth?.year ?? null, o.birth?.month ?? null])
    .sort();
  const controllers = record.controllers
    ?.filter((c) => !c.ceasedOn)
    .map((c) => [c.kind, c.name.toLowerCase(), c.birth?.year ?? null, c.birth?.month ?? null, [...c.naturesOfControl].sort(), c.registration?.number ?? null])
    .sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
  return {
    status: [record.companyStatus, record.companyStatusDetail ?? ''].join('/'),
    officers: officers ? mac(key, 'officers', officers) : null,
    controllers: controllers ? mac(key, 'controllers', controllers) : null,
  };
}

/** What changed between two digests: the parts that differ. */
export function registerChanges(before: RegisterDigest | undefined, after: RegisterDigest): Array<keyof RegisterDigest> {
  if (!before) return [];
  return (['status', 'officers', 'controllers'] as const).filter((part) => before[part] !== after[part]);
}
