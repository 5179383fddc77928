/** Appeal outcomes and their fixed reason codes (a leaf: the rules and the API's schemas both import it). */

export const appealOutcomes = ['uphold', 'overturn', 'modify'] as const;

export type AppealOutcome = (typeof appealOutcomes)[number];

export const appealReasonCodes = {
  uphold: ['decision_correct', 'evidence_insufficient', 'policy_applied_correctly'],
  overturn: ['metrics_error', 'decision_incorrect', 'new_evidence_accepted', 'policy_misapplied'],
  modify: ['disproportionate', 'partially_justified'],
} as const;
