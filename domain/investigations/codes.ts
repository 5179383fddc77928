/** Report categories and investigation reason codes (a leaf: the rules and the API's schemas both import it). */

export const reportCategories = ['counterfeit', 'prohibited_items', 'fraud', 'misleading_listing', 'non_delivery', 'ip_infringement', 'other'] as const;

export type ReportCategory = (typeof reportCategories)[number];

export const investigationReasonCodes = {
  no_action: ['unfounded', 'insufficient_evidence', 'resolved_with_seller', 'false_positive_match'],
  enforce: ['counterfeit_confirmed', 'prohibited_items_confirmed', 'fraud_confirmed', 'policy_violation', 'sanctions_match_confirmed', 'performance_deteriorating'],
} as const;
