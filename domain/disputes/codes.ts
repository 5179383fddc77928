/** What a buyer disputes, how a dispute ends, and the reason codes of its decisions (a leaf). */

export const disputeScenarios = ['not_received', 'not_as_described', 'damaged', 'counterfeit', 'return_not_refunded'] as const;
export type DisputeScenario = (typeof disputeScenarios)[number];

/** Who the dispute was decided for; a partial refund is for the buyer in part. */
export const disputeOutcomes = ['buyer_favour', 'partial_refund', 'seller_favour', 'withdrawn'] as const;
export type DisputeOutcome = (typeof disputeOutcomes)[number];

/** Who or what decided it: a rule (automatic refund), the seller (accepted), the deadline (no answer), a reviewer, or the buyer (withdrew). */
export type DisputeDecider = 'rule' | 'seller' | 'deadline' | 'reviewer' | 'buyer';

export const disputeReasonCodes = {
  buyer_favour: ['no_proof_of_delivery', 'item_not_as_described', 'item_damaged', 'counterfeit_confirmed', 'return_received_not_refunded', 'seller_unresponsive', 'carrier_fault'],
  partial_refund: ['item_partly_as_described', 'item_damaged', 'carrier_fault'],
  seller_favour: ['proof_of_delivery', 'item_as_described', 'damage_after_delivery', 'return_not_received', 'buyer_evidence_insufficient'],
} as const;

/** Reasons that refund the buyer without the seller being at fault (the carrier lost or broke it). */
export const faultlessReasons: readonly string[] = ['carrier_fault', 'automatic_refund'];

/** The reasons of a resolution nobody chose from a list: the rules refunded it, the seller accepted, or did not answer in time. */
export const automaticReasons = { rule: 'automatic_refund', seller: 'seller_accepted', deadline: 'seller_unresponsive', buyer: 'buyer_withdrew' } as const;
