/** Reviewer outcomes and their fixed reason codes (a leaf: the rules and the API's schemas both import it). */

export const reviewReasonCodes = {
  approve: ['false_positive_match', 'identity_confirmed_manually', 'business_confirmed_manually', 'bank_account_confirmed', 'risk_accepted', 'beneficial_owners_confirmed'],
  reject: [
    'sanctions_match_confirmed',
    'identity_not_verified',
    'business_not_found',
    'bank_account_not_owned',
    'prohibited_business',
    'fraud_suspected',
    'documents_inconsistent',
    // The register shows it dissolved, struck off, or in liquidation, administration or receivership.
    'business_not_active',
    // Who ultimately owns or controls it could not be established: without it no business relationship may start (MLR 2017 reg. 31(1)).
    'beneficial_owners_not_established',
  ],
  request_information: ['document_required', 'clarification_required', 'bank_proof_required', 'beneficial_owners_required'],
} as const;

export const reviewOutcomes = ['approve', 'reject', 'request_information'] as const;

export type ReviewOutcome = (typeof reviewOutcomes)[number];
