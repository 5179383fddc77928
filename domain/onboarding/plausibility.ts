/**
 * Identity data that cannot be true, refused at the door with the field named: a birth date in the
 * future or before 1900, a person too young for the role they are given, the same person listed
 * twice, a declaration dated in the future. `today` is the API's date (YYYY-MM-DD), passed in so the
 * rule stays a pure function.
 *
 * Ages: a company's representative, directors, executives, persons with control and senior managing
 * officials are adults (18; UK directors may be 16, Companies Act 2006 s.157, but a marketplace
 * representative contracts for the business); an owner of 25% or more is too, since a minor's share
 * is held and declared through their guardian here.
 */
import type { ApplicationSubmission } from './application';

export interface Implausibility {
  path: string;
  code: string;
  message: string;
}

const ADULT = 18;
const adultRoles = ['representative', 'director', 'executive', 'controller', 'senior_managing_official'] as const;

/** Whole years from `born` to `on`, both YYYY-MM-DD. */
export function ageOn(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

const simple = (s: string) => s.trim().toLowerCase().normalize('NFKC');

export function implausibilities(submission: Pick<ApplicationSubmission, 'persons' | 'declarations'>, today: string, nowIso: string): Implausibility[] {
  const found: Implausibility[] = [];
  const seen = new Map<string, number>();
  submission.persons.forEach((p, i) => {
    const path = `persons[${i}].dateOfBirth`;
    if (p.dateOfBirth > today) found.push({ path, code: 'implausible_date', message: 'is in the future' });
    else if (p.dateOfBirth < '1900-01-01') found.push({ path, code: 'implausible_date', message: 'is before 1900' });
    else {
      const age = ageOn(p.dateOfBirth, today);
      const role = adultRoles.find((r) => p.roles.includes(r)) ?? (p.roles.includes('owner') && (p.ownershipPercent ?? 0) >= 25 ? 'owner of 25% or more' : undefined);
      if (role && age < ADULT) found.push({ path, code: 'too_young_for_role', message: `gives an age of ${age}: the ${role.replace(/_/g, ' ')} must be at least ${ADULT}` });
    }
    const key = `${simple(p.firstName)}|${simple(p.lastName)}|${p.dateOfBirth}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else found.push({ path: `persons[${i}]`, code: 'duplicate_person', message: `is the same person as persons[${first}]: list each person once, with all their roles` });
  });
  // A minute's grace for clocks that differ.
  if (Date.parse(submission.declarations.acceptedAt) > Date.parse(nowIso) + 60_000) found.push({ path: 'declarations.acceptedAt', code: 'implausible_date', message: 'is in the future' });
  return found;
}
