/**
 * Appeals (DSA Art. 20): a seller contests an enforcement action or a rejected application, within
 * six months of the decision, with free text and evidence. A person who did not take the original
 * decision decides, within an SLA; automation never decides an appeal.
 */

export const APPEAL_SLA_DAYS = 7;

export const appealOutcomes = ['uphold', 'overturn', 'modify'] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

export const appealReasonCodes = {
  uphold: ['decision_correct', 'evidence_insufficient', 'policy_applied_correctly'],
  overturn: ['metrics_error', 'decision_incorrect', 'new_evidence_accepted', 'policy_misapplied'],
  modify: ['disproportionate', 'partially_justified'],
} as const;

export type { AppealDecision, AppealRequest } from './schemas';
