/**
 * What is due, by when, and why: the `requirements` object of an application (Stripe style),
 * computed from the seller's country, business type and ownership, what was submitted, and how the
 * checks went. Versioned: a change of rules is a new version, and the version is returned.
 *
 * The rules follow DESIGN.md section 1: EU traders (DSA Art. 30) give a trade register number and
 * an identity document of the representative and certify compliance; US sellers give the INFORM
 * data (bank account, tax ID, email, phone); AML rules identify every owner at 25% or more and
 * every director, with a residential address for owners in the UK and the EU.
 */
import type { ApplicationSubmission } from './application';
import type { ApplicationStatus, CheckCode, CheckKind, CheckStatus, SubjectType } from './onboarding';
import { sellsInEea } from './selling-regions';

export const REQUIREMENTS_VERSION = 'requirements-2026-11-v1';
/**
 * Since 2026-12: DSA Art. 30 follows where the trader offers to consumers, not where it is
 * established, and asks for a copy of the representative's identification document (Art. 30(1)(b)),
 * not only its number, and the trade register (Art. 30(1)(d)).
 */
export const REQUIREMENTS_VERSION_SELLING_REGIONS = 'requirements-2026-12-v2';

/**
 * Since 2026-12 (v3): the beneficial owners are every owner at 25% or more and every person with
 * control; when there is none, the senior managing official is required in their place (MLR 2017
 * reg. 5(1) and 28(6)-(8)).
 */
export const REQUIREMENTS_VERSION_BENEFICIAL_OWNERS = 'requirements-2026-12-v3';

/** Which persons must be identified as the owners: owners at 25% or more (v1, v2), or the beneficial owners with their fallback (v3). */
export type OwnershipRules = 'significant_owners' | 'beneficial_owners';

export type BeneficialOwnerBasis = 'ownership' | 'control' | 'senior_managing_official';

/** Which facts bring the DSA's trader rules (Art. 30): being established in the EU (v1), or offering to consumers there (v2). */
export type TraderRules = 'established' | 'offering';

/** How long a seller has to provide what is currently due. */
export const REQUIREMENTS_DEADLINE_DAYS = 14;

export type Region = 'EU' | 'GB' | 'US' | 'MX' | 'OTHER';

const euCountries = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

export function regionOf(country: string): Region {
  if (euCountries.has(country)) return 'EU';
  if (country === 'GB' || country === 'US' || country === 'MX') return country;
  return 'OTHER';
}

export interface RequirementError {
  code: string;
  reason: string;
  requirement: string;
}

export interface Requirements {
  version: string;
  currentlyDue: string[];
  eventuallyDue: string[];
  pastDue: string[];
  pendingVerification: string[];
  errors: RequirementError[];
  currentDeadline: string | null;
  disabledReason: string | null;
  /** DSA Art. 30: whether it applies, and which of its items are due now (a reviewer cannot approve while any is). */
  traderTraceability: { applies: boolean; currentlyDue: string[] };
  /** The declared persons recorded as beneficial owners, and on what basis. */
  beneficialOwners: Array<{ personId: string; basis: BeneficialOwnerBasis }>;
}

/** The declared beneficial owners: owners at 25% or more and persons with control, else the senior managing officials. */
export function beneficialOwnersOf(persons: SubmittedFacts['persons'], rules: OwnershipRules = 'significant_owners'): Requirements['beneficialOwners'] {
  const owners = persons.flatMap((p): Requirements['beneficialOwners'] =>
    p.roles.includes('owner') && (p.ownershipPercent ?? 0) >= 25
      ? [{ personId: p.id, basis: 'ownership' as const }]
      : rules === 'beneficial_owners' && p.roles.includes('controller')
        ? [{ personId: p.id, basis: 'control' as const }]
        : [],
  );
  if (owners.length > 0 || rules === 'significant_owners') return owners;
  return persons.filter((p) => p.roles.includes('senior_managing_official')).map((p) => ({ personId: p.id, basis: 'senior_managing_official' as const }));
}

/** The parts of a submission the rules look at, with the person IDs the workflow assigned. */
export interface SubmittedFacts {
  country: string;
  /** Where it offers to consumers; unset: its own country. */
  sellingRegions?: readonly string[] | null;
  businessType: ApplicationSubmission['businessType'];
  business: Pick<ApplicationSubmission['business'], 'registrationNumber' | 'taxId' | 'vatNumber'> & { tradeRegister?: string };
  persons: Array<{ id: string } & Pick<ApplicationSubmission['persons'][number], 'roles' | 'ownershipPercent' | 'address' | 'idDocument' | 'nationality'>>;
  /** Persons with an identity document uploaded (a copy, DSA Art. 30(1)(b)); the workflow's facts have none. */
  identityDocumentCopies?: readonly string[];
}

export interface CheckView {
  kind: CheckKind;
  subjectType: SubjectType;
  subjectId: string;
  status: CheckStatus;
  code?: CheckCode | null;
}

interface Due {
  now: string[];
  later: string[];
  errors: RequirementError[];
}

/** What DSA Art. 30(1) asks of a trader, by requirement: collected and kept before it may sell to consumers in the Union. */
export function isTraderTraceabilityItem(requirement: string): boolean {
  return /^(business\.(registrationNumber|tradeRegister|address|email|phone)|bankAccount|persons\.[^.]+\.(idDocument|idDocumentCopy))$/.test(requirement);
}

/** Fields due from what was submitted alone: the part the workflow can act on before any check. */
export function dueFromSubmission(facts: SubmittedFacts, traderRules: TraderRules = 'established', ownershipRules: OwnershipRules = 'significant_owners'): Due {
  const due: Due = { now: [], later: [], errors: [] };
  const region = regionOf(facts.country);
  // DSA Art. 30 binds a trader that offers to consumers in the Union, wherever it is established.
  const dsaTrader = traderRules === 'offering' ? sellsInEea(facts.sellingRegions, facts.country) : region === 'EU';
  const need = (requirement: string, when: 'now' | 'later', present: unknown) => {
    if (present === undefined || present === null || present === '') due[when].push(requirement);
  };
  const isCompany = facts.businessType === 'company';
  const registered = isCompany || facts.businessType === 'partnership';

  // The business. A trade register number: for companies everywhere but the US (where the EIN is the
  // identifier), for EU partnerships (DSA Art. 30), later for UK partnerships and EU sole traders.
  if (region === 'US' && !(dsaTrader && registered)) need('business.registrationNumber', 'later', facts.business.registrationNumber);
  else if (isCompany || (registered && dsaTrader)) need('business.registrationNumber', 'now', facts.business.registrationNumber);
  else if (dsaTrader || registered) need('business.registrationNumber', 'later', facts.business.registrationNumber);
  // Art. 30(1)(d): the register itself, not only the number in it.
  if (traderRules === 'offering' && dsaTrader && registered) need('business.tradeRegister', 'later', facts.business.tradeRegister);
  if (region === 'US' || region === 'MX')
    need('business.taxId', 'now', facts.business.taxId); // INFORM; RFC in Mexico
  else need('business.taxId', 'later', facts.business.taxId);
  if (region === 'EU' && registered) need('business.vatNumber', 'later', facts.business.vatNumber);

  // The people: exactly one representative; every owner at 25% or more; every director.
  const representatives = facts.persons.filter((p) => p.roles.includes('representative'));
  if (representatives.length === 0) {
    due.now.push('representative');
    due.errors.push({ code: 'representative_missing', reason: 'Name the one person who represents the business.', requirement: 'representative' });
  } else if (representatives.length > 1) {
    due.errors.push({ code: 'multiple_representatives', reason: 'Only one person can be the representative.', requirement: 'representative' });
  }
  if (facts.businessType === 'sole_proprietor' && facts.persons.length !== 1) {
    due.errors.push({ code: 'sole_proprietor_persons', reason: 'A sole proprietor applies as one person.', requirement: 'persons' });
  }
  const beneficialOwners = new Set(beneficialOwnersOf(facts.persons, ownershipRules).map((o) => o.personId));
  // Companies and partnerships identify their beneficial owners; with nobody owning or controlling
  // them, the senior managing official is named instead (and a sole proprietor is its own owner).
  if (ownershipRules === 'beneficial_owners' && registered && beneficialOwners.size === 0) {
    due.now.push('persons.seniorManagingOfficial');
    due.errors.push({
      code: 'beneficial_owner_missing',
      reason: 'Nobody holds 25% or more of the business or controls it: name its senior managing official (role senior_managing_official).',
      requirement: 'persons.seniorManagingOfficial',
    });
  }
  for (const person of facts.persons) {
    const key = `persons.${person.id}`;
    const significantOwner = beneficialOwners.has(person.id) && !person.roles.includes('senior_managing_official');
    if (person.roles.includes('representative')) {
      // DSA Art. 30 and UK practice ask for an identity document; US and MX verify on data first.
      need(`${key}.idDocument`, dsaTrader || region === 'GB' ? 'now' : 'later', person.idDocument);
      // Art. 30(1)(b) asks for a copy of it, kept: an uploaded passport, identity card or driving licence.
      if (traderRules === 'offering' && dsaTrader) need(`${key}.idDocumentCopy`, 'now', facts.identityDocumentCopies?.includes(person.id) ? true : undefined);
      need(`${key}.address`, 'later', person.address);
    }
    if (significantOwner) {
      need(`${key}.address`, region === 'EU' || region === 'GB' ? 'now' : 'later', person.address);
      need(`${key}.nationality`, 'later', person.nationality);
    }
  }
  due.now = [...new Set(due.now)];
  due.later = [...new Set(due.later)].filter((r) => !due.now.includes(r));
  return due;
}

/** Requirement error codes for check outcomes, in the integrator's vocabulary. */
const checkErrors: Record<CheckCode, { code: string; reason: string }> = {
  registry_not_found: { code: 'verification_failed_business_registry', reason: 'The company register has no business with this registration number.' },
  registry_name_mismatch: { code: 'verification_failed_name_match', reason: 'The registered name does not match the legal name given.' },
  registry_address_mismatch: { code: 'verification_failed_address_match', reason: 'The registered office is not at the address given.' },
  registry_company_inactive: {
    code: 'verification_failed_company_status',
    reason: 'The company register shows the company as dissolved, struck off, or in liquidation, administration or receivership.',
  },
  registry_company_striking_off: { code: 'verification_pending_company_status', reason: 'The registrar has proposed to strike the company off the register; a reviewer will check.' },
  registry_company_status_review: { code: 'verification_pending_company_status', reason: 'The company register shows a status a reviewer must look at.' },
  registry_ownership_discrepancy: { code: 'verification_failed_beneficial_owners', reason: 'The owners and directors given differ from those in the company register.' },
  lei_not_found: { code: 'verification_failed_lei', reason: 'GLEIF has no record of this Legal Entity Identifier.' },
  lei_not_active: { code: 'verification_failed_lei', reason: 'The Legal Entity Identifier was retired or annulled, or its entity has ceased.' },
  lei_name_mismatch: { code: 'verification_failed_lei', reason: 'The Legal Entity Identifier belongs to an entity of another name and registration.' },
  registry_ownership_unresolved: { code: 'verification_pending_beneficial_owners', reason: 'The company register does not show who ultimately owns the company; a reviewer will check.' },
  identity_not_verified: { code: 'verification_failed_identity', reason: 'The identity of this person could not be verified.' },
  identity_document_expired: { code: 'verification_document_expired', reason: 'The identity document has expired.' },
  identity_no_answer: { code: 'verification_pending_manual_review', reason: 'The identity provider did not answer in time; a reviewer will check manually.' },
  sanctions_potential_match: { code: 'sanctions_potential_match', reason: 'The name is a potential match on a sanctions list and is being reviewed.' },
  bank_account_invalid: { code: 'invalid_bank_account', reason: 'The bank account could not be found.' },
  bank_account_name_mismatch: { code: 'verification_failed_bank_account_name', reason: 'The account holder name does not match the business.' },
  tax_id_invalid: { code: 'invalid_tax_id', reason: 'The tax ID or VAT number is not valid for its country.' },
  tax_id_not_matched: { code: 'verification_failed_tax_id_match', reason: 'The tax authority does not hold this tax ID under the business name.' },
  provider_unavailable: { code: 'verification_pending_manual_review', reason: 'A verification provider did not answer; a reviewer will check manually.' },
};

function requirementOf(check: CheckView): string {
  switch (check.subjectType) {
    case 'business':
      // The register's owners and directors differ from those given: the persons are what must change.
      if (check.code === 'registry_ownership_discrepancy' || check.code === 'registry_ownership_unresolved') return 'persons';
      if (check.code?.startsWith('lei_')) return 'business.lei';
      return check.kind === 'business_registry' ? 'business.registrationNumber' : check.kind === 'tax_id' ? 'business.taxId' : 'business.legalName';
    case 'person':
      return `persons.${check.subjectId}.${check.kind === 'identity' ? 'idDocument' : 'name'}`;
    case 'bank_account':
      return 'bankAccount';
    case 'register_person':
      // Someone the register names and the seller did not declare: the company's people are what is reviewed.
      return 'persons';
  }
}

export interface RequirementsInput {
  status: ApplicationStatus;
  /** The rules the application was submitted under (its onboarding rules version). */
  traderRules?: TraderRules;
  ownershipRules?: OwnershipRules;
  facts: SubmittedFacts;
  checks: CheckView[];
  submittedAt: string;
  now: string;
  /** An open request for information: its items are due by its own deadline. */
  informationRequest?: { items: string[]; dueAt: string };
}

export function computeRequirements({
  status,
  facts,
  checks,
  submittedAt,
  now,
  informationRequest,
  traderRules = 'established',
  ownershipRules = 'significant_owners',
}: RequirementsInput): Requirements {
  const open = !['approved', 'rejected', 'withdrawn', 'expired'].includes(status);
  const due = dueFromSubmission(facts, traderRules, ownershipRules);
  // A failed verification makes its field due again: the seller must give something that verifies.
  const failed = checks.filter((c) => c.status === 'failed').map(requirementOf);
  const currentlyDue = open ? [...new Set([...(informationRequest?.items ?? []), ...due.now, ...failed])] : [];
  const eventuallyDue = open ? due.later.filter((r) => !currentlyDue.includes(r)) : [];
  const deadline = currentlyDue.length === 0 ? null : informationRequest ? informationRequest.dueAt : new Date(Date.parse(submittedAt) + REQUIREMENTS_DEADLINE_DAYS * 86_400_000).toISOString();
  const pastDue = deadline && now > deadline ? currentlyDue : [];
  const pendingVerification = open ? [...new Set(checks.filter((c) => c.status === 'pending' || c.status === 'needs_review').map(requirementOf))] : [];
  const errors = [...due.errors, ...checks.filter((c) => (c.status === 'failed' || c.status === 'needs_review') && c.code).map((c) => ({ ...checkErrors[c.code!], requirement: requirementOf(c) }))];
  const disabledReason =
    status === 'approved'
      ? null
      : status === 'rejected'
        ? 'rejected'
        : status === 'withdrawn'
          ? 'withdrawn'
          : status === 'expired' || pastDue.length > 0
            ? 'requirements_past_due'
            : currentlyDue.length > 0
              ? 'requirements_due'
              : 'under_review';
  const traderTraceability = {
    applies: traderRules === 'offering' ? sellsInEea(facts.sellingRegions, facts.country) : regionOf(facts.country) === 'EU',
    currentlyDue: currentlyDue.filter(isTraderTraceabilityItem),
  };
  return {
    version: ownershipRules === 'beneficial_owners' ? REQUIREMENTS_VERSION_BENEFICIAL_OWNERS : traderRules === 'offering' ? REQUIREMENTS_VERSION_SELLING_REGIONS : REQUIREMENTS_VERSION,
    currentlyDue,
    eventuallyDue,
    pastDue,
    pendingVerification,
    errors,
    currentDeadline: open ? deadline : null,
    disabledReason,
    traderTraceability: traderTraceability.applies ? traderTraceability : { applies: false, currentlyDue: [] },
    beneficialOwners: beneficialOwnersOf(facts.persons, ownershipRules),
  };
}

/** The facts of a submission, with the person IDs the API assigned (the workflow's input). */
export function factsOf(submission: ApplicationSubmission, personIds: string[]): SubmittedFacts {
  return {
    country: submission.country,
    businessType: submission.businessType,
    business: submission.business,
    persons: submission.persons.map((p, i) => ({ ...p, id: personIds[i] })),
  };
}

/** The same, with where the seller offers to consumers (the rules since 2026-12). */
export function factsWithSellingRegions(submission: ApplicationSubmission, personIds: string[]): SubmittedFacts {
  return { ...factsOf(submission, personIds), sellingRegions: submission.sellingRegions ?? null };
}

/** True when something must be provided before the application can be approved. */
export function hasBlockingRequirements(facts: SubmittedFacts): boolean {
  const due = dueFromSubmission(facts);
  return due.now.length > 0 || due.errors.length > 0;
}

/** The same under the rules since 2026-12 (Art. 30 by selling regions, a copy of the identity document). */
export function hasBlockingRequirementsWhereSold(facts: SubmittedFacts): boolean {
  const due = dueFromSubmission(facts, 'offering');
  return due.now.length > 0 || due.errors.length > 0;
}

/** The same with the beneficial owners and their fallback (v3). */
export function hasBlockingBeneficialOwnerRequirements(facts: SubmittedFacts): boolean {
  const due = dueFromSubmission(facts, 'offering', 'beneficial_owners');
  return due.now.length > 0 || due.errors.length > 0;
}
