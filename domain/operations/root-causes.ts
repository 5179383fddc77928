/**
 * Why a case happened at all: each closed case carries a root-cause code, so that a lead sees the
 * leading causes and their trend, and records what was done about each (db/operations/root-causes.ts).
 * A leaf: the decision schemas and the console import it.
 */
export const rootCauses = [
  'onboarding_gap',
  'policy_unclear',
  'seller_education',
  'deliberate_fraud',
  'organised_group',
  'listing_quality',
  'logistics_failure',
  'buyer_misuse',
  'detection_false_positive',
  'system_error',
  'other',
] as const;
export type RootCause = (typeof rootCauses)[number];
