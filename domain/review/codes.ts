/** Reviewer outcomes and their fixed reason codes (a leaf: the rules and the API's schemas both import it). */

export const reviewReasonCodes = {
  approve: ['false_positive_match', 'identity_confirmed_manually', 'business_confirmed_manually', 'bank_account_confirmed', 'risk_accepted'],
  reject: ['sanctions_match_confirmed', 'identity_not_verified', 'business_not_found', 'bank_account_not_owned', 'prohibited_business', 'fraud_suspected', 'documents_inconsistent'],
  request_information: ['document_required', 'clarification_required', 'bank_proof_required'],
} as const;

export const reviewOutcomes = ['approve', 'reject', 'request_information'] as const;

export type ReviewOutcome = (typeof reviewOutcomes)[number];
