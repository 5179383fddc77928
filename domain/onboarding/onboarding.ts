/**
 * The vocabulary of onboarding shared by the API, the workflow and the activities. Type-only
 * imports keep this file safe to load in the workflow sandbox.
 */
import type { Actor } from '../shared/actor';
import type { ApplicationSubmission } from './application';

export const applicationStatuses = ['submitted', 'verifying', 'in_review', 'information_requested', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const terminalStatuses: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn', 'expired'];

export const checkKinds = ['business_registry', 'tax_id', 'identity', 'sanctions', 'bank_account'] as const;
export type CheckKind = (typeof checkKinds)[number];

// register_person: someone the company's register names whom the seller did not declare (registry monitoring screens them).
export const subjectTypes = ['business', 'person', 'bank_account', 'register_person'] as const;
export type SubjectType = (typeof subjectTypes)[number];

/** Everything the onboarding workflow needs, with every ID assigned before it starts. */
export interface OnboardingInput {
  applicationId: string;
  sellerId: string;
  submittedAt: string;
  submittedBy: Actor;
  /** The integrator whose key submitted it: its keys, and only its keys among frontends, see the seller. */
  clientId?: string;
  requestId?: string;
  personIds: string[];
  bankAccountId: string;
  submission: ApplicationSubmission;
  /** The onboarding rules this application runs (domain/onboarding/rulesets.ts); absent: the first version. */
  rulesVersion?: string;
  /**
   * A rejected application reconsidered because an appeal overturned the rejection: the same data,
   * checked afresh, and always decided by a reviewer (with a second one where the rules ask).
   */
  reconsideration?: { appealId: string; applicationId: string };
}

export interface CheckSubject {
  type: SubjectType;
  id: string;
}

export interface PlannedCheck {
  kind: CheckKind;
  subject: CheckSubject;
}

/** Stable reason codes a check can end with (Stripe-style requirement error codes). */
export const checkCodes = [
  'registry_not_found',
  'registry_name_mismatch',
  'registry_address_mismatch',
  // The register's status and the beneficial owners (added with the Companies House registry).
  'registry_company_inactive',
  'registry_company_striking_off',
  'registry_company_status_review',
  'registry_ownership_discrepancy',
  'registry_ownership_unresolved',
  // The entity's LEI record at GLEIF, when it gave an LEI.
  'lei_not_found',
  'lei_not_active',
  'lei_name_mismatch',
  'identity_not_verified',
  'identity_document_expired',
  'identity_no_answer',
  'sanctions_potential_match',
  'bank_account_invalid',
  'bank_account_name_mismatch',
  'tax_id_invalid',
  'tax_id_not_matched',
  'provider_unavailable',
] as const;
export type CheckCode = (typeof checkCodes)[number];

export const checkStatuses = ['pending', 'passed', 'failed', 'needs_review'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export interface CheckOutcome {
  status: Exclude<CheckStatus, 'pending'>;
  code?: CheckCode;
  /** Evidence for the reviewer; never includes raw personal data beyond what the check itself saw. */
  evidence: Record<string, unknown>;
  provider: string;
}

export interface CheckResult extends PlannedCheck, CheckOutcome {
  checkId: string;
}

/**
 * One check per subject and kind: the business, each person, and the bank account. `taxId`: the
 * business's tax ID and VAT number are verified with the tax authority (added after the first
 * release; the workflow passes its patched() answer so replayed histories plan what they planned).
 */
export function planChecks(input: OnboardingInput, { taxId = true }: { taxId?: boolean } = {}): PlannedCheck[] {
  const business: CheckSubject = { type: 'business', id: input.applicationId };
  const checks: PlannedCheck[] = [];
  // A sole proprietor is often not in a company register; the registry is asked when a number is given.
  if (input.submission.businessType !== 'sole_proprietor' || input.submission.business.registrationNumber) {
    checks.push({ kind: 'business_registry', subject: business });
  }
  if (taxId && (input.submission.business.taxId || input.submission.business.vatNumber)) {
    checks.push({ kind: 'tax_id', subject: business });
  }
  checks.push({ kind: 'sanctions', subject: business });
  input.personIds.forEach((id) => {
    checks.push({ kind: 'identity', subject: { type: 'person', id } });
    checks.push({ kind: 'sanctions', subject: { type: 'person', id } });
  });
  checks.push({ kind: 'bank_account', subject: { type: 'bank_account', id: input.bankAccountId } });
  return checks;
}
