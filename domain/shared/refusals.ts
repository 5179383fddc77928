/**
 * The reasons a workflow refuses an Update (a claim, a decision, an answer). The API answers each
 * as a 409 problem with the same code, so the list is closed: api/shared/problem-types.ts has one
 * entry for each, which the compiler checks.
 */
export const refusals = [
  'review_task_not_open',
  'review_task_claimed_by_another',
  'review_task_not_claimed_by_caller',
  'four_eyes_same_reviewer',
  'application_already_decided',
  'no_open_information_request',
  'unknown_person',
  'compliance_officer_required',
  'reviewer_took_original_decision',
  'request_not_open',
  'dispute_not_awaiting_seller',
  'dispute_not_appealable',
  'listing_action_needs_listing',
] as const;

export type Refusal = (typeof refusals)[number];
