/**
 * The declared directors and beneficial owners against the register's officers and the beneficial
 * owners found in it (domain/onboarding/beneficial-ownership.ts), by name, birth month and year, and
 * nationality: the three facts the public register shows of a person.
 *
 * MLR 2017 reg. 30A: an obliged entity that finds a material discrepancy between what it learns of
 * its customer's beneficial owners and what the register holds reports it to the registrar. Only
 * discrepancies about beneficial owners are reportable; a director missing from one side is a
 * reviewer's matter, not the registrar's.
 */
import { getName as nationalityName } from 'i18n-nationality';
import { naturalOrder, tokens } from '../screening/normalise';
import type { UltimateOwner } from './beneficial-ownership';
import type { BirthMonth, RegisterOfficer } from './register';

export interface DeclaredPerson {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  nationality?: string;
  roles: readonly string[];
  ownershipPercent?: number;
}

export type DiscrepancyKind =
  'owner_not_in_register' | 'register_owner_not_declared' | 'director_not_in_register' | 'register_director_not_declared' | 'birth_month_differs' | 'nationality_differs' | 'ownership_differs';

export interface Discrepancy {
  kind: DiscrepancyKind;
  /** The declared person it concerns, by ID. */
  personId?: string;
  /** The register's person it concerns, by position in `registerOwners` or `registerDirectors`. */
  registerRef?: string;
  /** About a beneficial owner: reportable to the registrar (reg. 30A). */
  reportable: boolean;
}

/** A person as the register names them, for matching. */
interface RegisterPerson {
  ref: string;
  names: Set<string>;
  birth?: BirthMonth;
  nationality?: string;
}

/** The declared beneficial owners: owners at 25% or more and persons with control, else the senior managing officials. */
export function declaredBeneficialOwners(persons: readonly DeclaredPerson[]): DeclaredPerson[] {
  const owners = persons.filter((p) => (p.roles.includes('owner') && (p.ownershipPercent ?? 0) >= 25) || p.roles.includes('controller'));
  return owners.length > 0 ? owners : persons.filter((p) => p.roles.includes('senior_managing_official'));
}

const nameTokens = (name: string) => new Set(tokens(name, 'person'));

/** The declared first given name and every surname word appear in the register's name (middle names may be missing on either side). */
function sameName(p: DeclaredPerson, r: RegisterPerson): boolean {
  const first = tokens(p.firstName, 'person')[0];
  return Boolean(first) && r.names.has(first!) && tokens(p.lastName, 'person').every((t) => r.names.has(t));
}

const birthOf = (p: DeclaredPerson): BirthMonth => ({ year: Number(p.dateOfBirth.slice(0, 4)), month: Number(p.dateOfBirth.slice(5, 7)) });

/** The register writes nationality as a word ("British"); UK registers also accept the home nations. */
function sameNationality(code: string, registered: string): boolean | undefined {
  const word = registered.trim().toLowerCase();
  if (code === 'GB' && ['british', 'english', 'welsh', 'scottish', 'northern irish', 'united kingdom'].includes(word)) return true;
  const expected = nationalityName(code, 'en')?.toLowerCase();
  if (!expected) return undefined;
  return word === expected;
}

function details(p: DeclaredPerson, r: RegisterPerson, reportable: boolean): Discrepancy[] {
  const found: Discrepancy[] = [];
  const born = birthOf(p);
  if (r.birth && (r.birth.year !== born.year || r.birth.month !== born.month)) found.push({ kind: 'birth_month_differs', personId: p.id, registerRef: r.ref, reportable });
  if (p.nationality && r.nationality && sameNationality(p.nationality, r.nationality) === false) found.push({ kind: 'nationality_differs', personId: p.id, registerRef: r.ref, reportable });
  return found;
}

/** Pairs each declared person with a register person of the same name, preferring one born the same month. */
function pair(declared: readonly DeclaredPerson[], register: readonly RegisterPerson[]) {
  const free = new Set(register.map((r) => r.ref));
  const pairs: Array<[DeclaredPerson, RegisterPerson | undefined]> = [];
  for (const p of declared) {
    const born = birthOf(p);
    const candidates = register.filter((r) => free.has(r.ref) && sameName(p, r));
    const match = candidates.find((r) => r.birth?.year === born.year && r.birth?.month === born.month) ?? candidates[0];
    if (match) free.delete(match.ref);
    pairs.push([p, match]);
  }
  return { pairs, unmatched: register.filter((r) => free.has(r.ref)) };
}

export interface RegisterComparison {
  discrepancies: Discrepancy[];
  /** Which declared person each register owner or director was matched with: `{ "owner-1": "per_..." }`. */
  matched: Record<string, string>;
}

export function compareWithRegister(persons: readonly DeclaredPerson[], registerOwners: readonly UltimateOwner[], registerOfficers: readonly RegisterOfficer[]): RegisterComparison {
  const discrepancies: Discrepancy[] = [];
  const matched: Record<string, string> = {};

  // Beneficial owners: reportable. A senior managing official recorded for lack of owners is compared as an owner too.
  const owners = registerOwners.map((o, i) => ({
    ref: `owner-${i + 1}`,
    names: nameTokens(o.nameParts?.surname ? [o.nameParts.forename, o.nameParts.middleName, o.nameParts.surname].filter(Boolean).join(' ') : o.name),
    birth: o.birth,
    nationality: o.nationality,
    owner: o,
  }));
  const ownerPairs = pair(declaredBeneficialOwners(persons), owners);
  for (const [p, r] of ownerPairs.pairs) {
    if (!r) {
      discrepancies.push({ kind: 'owner_not_in_register', personId: p.id, reportable: true });
      continue;
    }
    matched[r.ref] = p.id;
    discrepancies.push(...details(p, r, true));
    const declared = p.ownershipPercent ?? 0;
    const { owner } = owners.find((o) => o.ref === r.ref)!;
    // Only a direct holding has a band to compare with; an indirect one is a product of bands.
    const direct = owner.chain.length === 1 && owner.basis === 'ownership';
    const band = /(\d+)-(\d+)%/.exec(owner.chain[0]!.interest);
    if (direct && band && p.roles.includes('owner') && (declared < Number(band[1]) || declared > Number(band[2]))) {
      discrepancies.push({ kind: 'ownership_differs', personId: p.id, registerRef: r.ref, reportable: true });
    }
  }
  for (const r of ownerPairs.unmatched) discrepancies.push({ kind: 'register_owner_not_declared', registerRef: r.ref, reportable: true });

  // Directors in office.
  const directors = registerOfficers
    .filter((o) => !o.resignedOn && /director/.test(o.role) && !/corporate/.test(o.role))
    .map((o, i) => ({ ref: `director-${i + 1}`, names: nameTokens(naturalOrder(o.name)), birth: o.birth, nationality: o.nationality }));
  const directorPairs = pair(
    persons.filter((p) => p.roles.includes('director')),
    directors,
  );
  for (const [p, r] of directorPairs.pairs) {
    if (!r) discrepancies.push({ kind: 'director_not_in_register', personId: p.id, reportable: false });
    else matched[r.ref] = p.id;
    if (r) discrepancies.push(...details(p, r, false).filter((d) => !discrepancies.some((e) => e.kind === d.kind && e.personId === d.personId)));
  }
  for (const r of directorPairs.unmatched) discrepancies.push({ kind: 'register_director_not_declared', registerRef: r.ref, reportable: false });
  return { discrepancies, matched };
}
