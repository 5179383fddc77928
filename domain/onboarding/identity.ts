/**
 * Identity verification (KYC) of one person as Sellergate sees it: what a vendor can answer, how
 * an answer becomes a check outcome, and how long we wait for a vendor that answers later.
 * Type-only imports keep this file safe to load in the workflow sandbox.
 */
import type { CheckCode, CheckOutcome } from './onboarding';

/**
 * Why a person was not verified. The first three are the generic vendor contract's; the rest came
 * with Veriff's decision taxonomy (providers/identity/veriff.ts): a face that does not match the
 * document, signs of fraud, a document type not accepted, a flow the person never finished.
 */
export const identityFailureReasons = ['data_mismatch', 'document_expired', 'document_unreadable', 'face_mismatch', 'suspected_fraud', 'document_not_supported', 'not_completed'] as const;

export type IdentityFailureReason = (typeof identityFailureReasons)[number];

export type IdentityAnswer = { status: 'verified'; documentChecked: boolean } | { status: 'not_verified'; reason: IdentityFailureReason };

export function identityOutcome(provider: string, answer: IdentityAnswer, providerReference?: string): CheckOutcome {
  const reference = providerReference ? { providerReference } : {};
  if (answer.status === 'verified') return { status: 'passed', provider, evidence: { documentChecked: answer.documentChecked, ...reference } };
  const code: CheckCode = answer.reason === 'document_expired' ? 'identity_document_expired' : 'identity_not_verified';
  return { status: 'failed', code, provider, evidence: { reason: answer.reason, ...reference } };
}

/** How long a verification waits for the vendor's callback before a reviewer takes over. */
export const DEFAULT_IDENTITY_ANSWER_TIMEOUT_HOURS = 48;
