/**
 * What is due, by when, and why: the `requirements` object of an application (Stripe style).
 * This version derives it from the checks; the per-country engine of the verification issue will
 * replace the field lists without changing the shape.
 */
import type { ApplicationStatus, CheckCode, CheckKind, CheckStatus, SubjectType } from './onboarding';

export const REQUIREMENTS_VERSION = 'requirements-2026-11-v0';

export interface RequirementError {
  code: CheckCode;
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
}

export interface CheckView {
  kind: CheckKind;
  subjectType: SubjectType;
  subjectId: string;
  status: CheckStatus;
  code?: CheckCode | null;
}

const reasons: Record<CheckCode, string> = {
  registry_not_found: 'The company register has no business with this registration number.',
  registry_name_mismatch: 'The registered name does not match the legal name given.',
  identity_not_verified: 'The identity of this person could not be verified.',
  identity_document_expired: 'The identity document has expired.',
  sanctions_potential_match: 'The name is a potential match on a sanctions list and is being reviewed.',
  bank_account_invalid: 'The bank account could not be validated.',
  bank_account_name_mismatch: 'The account holder name does not match the business.',
  provider_unavailable: 'A verification provider did not answer; a reviewer will check manually.',
};

function requirementOf(check: CheckView): string {
  switch (check.subjectType) {
    case 'business':
      return check.kind === 'business_registry' ? 'business.registrationNumber' : 'business.legalName';
    case 'person':
      return `persons.${check.subjectId}.${check.kind === 'identity' ? 'verification' : 'name'}`;
    case 'bank_account':
      return 'bankAccount';
  }
}

export function computeRequirements(status: ApplicationStatus, checks: CheckView[]): Requirements {
  const pending = status === 'submitted' || status === 'verifying' || status === 'in_review';
  const pendingVerification = pending
    ? [...new Set(checks.filter((c) => c.status !== 'passed').map(requirementOf))]
    : [];
  const errors = checks
    .filter((c) => (c.status === 'failed' || c.status === 'needs_review') && c.code)
    .map((c) => ({ code: c.code!, reason: reasons[c.code!], requirement: requirementOf(c) }));
  const disabledReason =
    status === 'rejected' ? 'rejected' : status === 'withdrawn' ? 'withdrawn' : status === 'expired' ? 'requirements_past_due'
      : status === 'approved' ? null : 'under_review';
  return {
    version: REQUIREMENTS_VERSION,
    currentlyDue: [],
    eventuallyDue: [],
    pastDue: [],
    pendingVerification,
    errors,
    currentDeadline: null,
    disabledReason,
  };
}
