/**
 * What a notice of illegal content (DSA Art. 16) may be about, what a reviewer decides on one, and
 * what can be done to one listing. A leaf: the rules, the schemas and the workflow all import it.
 */

/** What the notifier says is illegal; the exception of Art. 16(2)(c) depends on `child_sexual_abuse_material`. */
export const noticeCategories = [
  'counterfeit',
  'intellectual_property',
  'unsafe_product',
  'prohibited_product',
  'consumer_protection',
  'scam_fraud',
  'illegal_speech',
  'child_sexual_abuse_material',
  'other_illegal',
] as const;
export type NoticeCategory = (typeof noticeCategories)[number];

/**
 * The reasons a notice is decided for. Acting reasons are also enforcement reasons, so a statement of
 * reasons written for one reports its Transparency Database category
 * (domain/enforcement/transparency-categories.ts).
 */
export const noticeReasonCodes = {
  action: [
    'counterfeit_confirmed',
    'ip_infringement_confirmed',
    'unsafe_product_confirmed',
    'prohibited_items_confirmed',
    'consumer_law_violation_confirmed',
    'fraud_confirmed',
    'illegal_speech_confirmed',
    'child_abuse_material_confirmed',
    'policy_violation',
  ],
  no_action: ['not_illegal', 'insufficient_information', 'already_actioned', 'outside_service'],
} as const;

/** What can be done to one listing (Art. 17(1)(a): removal, disabling access, demotion). */
export const listingActionTypes = ['listing_removal', 'listing_disabled', 'listing_demotion'] as const;
export type ListingActionType = (typeof listingActionTypes)[number];

export type NoticeStatus = 'received' | 'in_review' | 'decided' | 'set_aside';
